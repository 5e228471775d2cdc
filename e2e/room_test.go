//go:build roompages

// The room's pages (lan/web) in headless Chromium against the real room
// (lan) and a real host: two phones (320×640 and 390×844, touch) join two
// teams by tapping their names, answer a verdict card, and go through a pad
// of every card kind while the console (1366×768) shows the card whole. A
// screenshot of every pad goes to DECLIC_ROOM_SHOTS (default
// /tmp/declic-room-shots), to be looked at. Needs chromium on PATH:
//
//	go test -tags roompages -count 1 -run TestRoomPages -v ./e2e/
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
	"declic/host"
	"declic/lan"
	"declic/lan/web"
)

// roomDeck has a card of every kind but the board, played in order.
const roomDeck = `format = 1
[deck]
id = "salle"
title = "Essai de la salle"
language = "fr"
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue inondée de Houston après l'ouragan."
answer = "faux"
hints = ["Cherchez l'image avec une recherche inversée.", "Regardez qui l'a publiée en premier."]
explanation = "La photo est un montage : le requin vient d'une autre image, publiée des années avant."
reflex = "Une image choc ? Recherche inversée avant de partager."
source = "Les Décodeurs, Le Monde, 2017"
[[card]]
type = "choice"
question = "Lesquels de ces réglages protègent votre compte ?"
choices = ["Un mot de passe long", "La double authentification", "Le même mot de passe partout", "Un code reçu par SMS donné au téléphone"]
answer = [1, 2]
explanation = "Un mot de passe long et unique, et la double authentification."
[[card]]
type = "clues"
answer = "Le Wi-Fi"
clues = ["Je suis invisible.", "On me cherche partout en vacances.", "J'ai un mot de passe souvent collé sous la box."]
[[card]]
type = "spectrum"
statement = "En quelle année le premier SMS a-t-il été envoyé ?"
left = "1950"
right = "2050"
min = 1950
max = 2050
target = 1992
zones = [2, 5, 10]
[[card]]
type = "spectrum"
statement = "Les réseaux sociaux rendent les ados plus seuls."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"
[[card]]
type = "order"
prompt = "Du plus ancien au plus récent"
items = ["Le Minitel", "Le Wi-Fi", "Le smartphone", "TikTok"]
[[card]]
type = "open"
question = "Qu'est-ce qui vous fait croire une information ?"
`

// roomHost is a host whose loop is a goroutine: it pumps when woken and
// plays the console's actions as the game's loop does.
type roomHost struct {
	t    *testing.T
	h    *host.Host
	room *lan.Room
	wake chan struct{}
}

type noSaver struct{}

func (noSaver) Save(*game.Session) error { return nil }

func newRoomHost(t *testing.T) *roomHost {
	rh := &roomHost{t: t, h: host.New(noSaver{}, time.Now), wake: make(chan struct{}, 1)}
	rh.h.SetWake(func() {
		select {
		case rh.wake <- struct{}{}:
		default:
		}
	})
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		last := time.Now()
		for {
			select {
			case <-stop:
				return
			case <-rh.wake:
			case <-time.After(200 * time.Millisecond):
			}
			rh.h.Advance(game.NoTeam, time.Since(last))
			last = time.Now()
			rh.h.Pump()
			if rh.room != nil {
				for _, a := range rh.room.Actions() {
					rh.act(a)
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
	return rh
}

// act plays a console action as the game's keys do.
func (rh *roomHost) act(a string) {
	g := rh.h.Session().Current()
	if g == nil {
		return
	}
	var m game.Move
	switch a {
	case "next":
		if g.State().Phase == game.PhaseRevealed {
			m.Kind = game.MoveNext
		} else {
			m.Kind = game.MoveReveal
		}
	case "reveal":
		m.Kind = game.MoveReveal
	case "pause":
		rh.h.SetPaused(!rh.h.Paused())
		return
	case "undo":
		m.Kind = game.MoveUndo
	default:
		return
	}
	rh.h.Apply("console", rh.h.Rev(), m)
}

// do runs f on the loop and waits for it.
func (rh *roomHost) do(f func()) {
	done := make(chan struct{})
	rh.h.Do(func() { f(); close(done) })
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		rh.t.Fatal("the loop did not run")
	}
}

// apply plays a move from the facilitator's keyboard.
func (rh *roomHost) apply(m game.Move) {
	rh.do(func() {
		_, err := rh.h.Apply("keyboard", rh.h.Rev(), m)
		require.NoError(rh.t, err, "%+v", m)
	})
}

// game starts a new game of deck on the loop.
func (rh *roomHost) game(deck *cards.Deck, s game.Settings) {
	rh.do(func() {
		_, err := rh.h.NewGame(deck, s)
		require.NoError(rh.t, err)
	})
}

// device is one browser page at one size, touch or not.
type device struct {
	t    *testing.T
	ctx  context.Context
	name string
}

func newDevice(t *testing.T, ctx context.Context, name string, w, h int64, mobile bool) *device {
	d := &device{t: t, ctx: ctx, name: name}
	err := chromedp.Do(ctx, viewport(w, h, 2, mobile), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: mobile, MaxTouchPoints: 5})
		return err
	}))
	require.NoError(t, err)
	return d
}

func (d *device) open(url string) {
	require.NoError(d.t, chromedp.Do(d.ctx, chromedp.Navigate(url)))
}

// wait waits until the JavaScript test holds on the page.
func (d *device) wait(test string) {
	d.t.Helper()
	if !waitFor(d.t, d.ctx, test, 15*time.Second) {
		text, _ := chromedp.Run(d.ctx, chromedp.Evaluate[string](`document.body.innerText`))
		d.t.Fatalf("%s: %s never held; the page says %q", d.name, test, text)
	}
}

// tapOn touches the middle of the element sel (scrolled into view), as a
// finger does: a touch start and end.
func (d *device) tapOn(sel string) {
	d.t.Helper()
	d.wait(fmt.Sprintf(`!!document.querySelector(%q) && !document.querySelector(%q).disabled`, sel, sel))
	xy, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`, sel)))
	require.NoError(d.t, err)
	err = chromedp.Do(d.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchTouchEventType{input.DispatchTouchEventTypeTouchStart, input.DispatchTouchEventTypeTouchEnd} {
			pts := []*input.TouchPoint{{X: xy[0], Y: xy[1]}}
			if typ == input.DispatchTouchEventTypeTouchEnd {
				pts = []*input.TouchPoint{}
			}
			if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: pts}); err != nil {
				return err
			}
		}
		return nil
	}))
	require.NoError(d.t, err)
}

// click clicks sel with the mouse (the console on a laptop).
func (d *device) click(sel string) {
	d.t.Helper()
	d.wait(fmt.Sprintf(`!!document.querySelector(%q)`, sel))
	_, err := chromedp.Run(d.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(document.querySelector(%q).click(), true)`, sel)))
	require.NoError(d.t, err)
}

// shot saves the page as the person sees it, and the whole page below.
func (d *device) shot(dir, what string) {
	d.t.Helper()
	time.Sleep(150 * time.Millisecond) // a paint after the last message, no game loop to wait for
	b, err := chromedp.Run(d.ctx, chromedp.CaptureScreenshot())
	require.NoError(d.t, err)
	require.NoError(d.t, os.WriteFile(filepath.Join(dir, what+"-"+d.name+".png"), b, 0o644))
	tall, err := chromedp.Run(d.ctx, chromedp.Evaluate[bool](`document.documentElement.scrollHeight > innerHeight + 4`))
	require.NoError(d.t, err)
	if tall {
		b, err := chromedp.Run(d.ctx, chromedp.FullScreenshot(90))
		require.NoError(d.t, err)
		require.NoError(d.t, os.WriteFile(filepath.Join(dir, what+"-"+d.name+"-whole.jpg"), b, 0o644))
	}
}

// text returns the page's text.
func (d *device) text() string {
	s, err := chromedp.Run(d.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	require.NoError(d.t, err)
	return s
}

// cardJS is a test: the phone shows card n (1-based) in phase (a word of
// PhoneView) with sel on it.
func cardJS(n int, sel string) string {
	return fmt.Sprintf(`document.querySelector("#where").textContent.startsWith("Carte %d ") && !!document.querySelector(%q)`, n, sel)
}

func TestRoomPages(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not on PATH")
	}
	dir := os.Getenv("DECLIC_ROOM_SHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "declic-room-shots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))

	deck, problems := cards.Parse("salle.toml", []byte(roomDeck), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	rh := newRoomHost(t)
	rh.do(func() {
		_, err := rh.h.NewSession("", game.NewTeams("Les Lynx", "Les Hiboux"))
		require.NoError(t, err)
	})
	rh.game(deck, game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 90})
	rh.do(func() {
		r, err := lan.Open(rh.h, lan.Options{Port: 0, Lang: "fr", Pages: web.FS})
		require.NoError(t, err)
		rh.room = r
	})
	t.Cleanup(func() { rh.room.Close() })
	players := strings.Replace(rh.room.PlayersURL(), hostOf(rh.room.PlayersURL()), "127.0.0.1", 1)
	console := strings.Replace(rh.room.ConsoleURL(), hostOf(rh.room.ConsoleURL()), "127.0.0.1", 1)

	a := newDevice(t, browser(t, chromium), "320x640", 320, 640, true)
	b := newDevice(t, browser(t, chromium), "390x844", 390, 844, true)
	cctx := browser(t, chromium)
	c := newDevice(t, cctx, "console-1366x768", 1366, 768, false)
	phones := []*device{a, b}
	all := func(what string) {
		for _, d := range phones {
			d.shot(dir, what)
		}
	}

	// Joining: the teams as buttons, a tap on a team's name.
	for _, d := range phones {
		d.open(players)
		d.wait(`document.querySelectorAll("button.team").length === 3`)
	}
	all("01-join")
	a.tapOn(`button.team:nth-of-type(1)`)
	b.tapOn(`button.team:nth-of-type(2)`)
	for _, d := range phones {
		d.wait(cardJS(1, "button.answer"))
	}
	all("02-verdict")
	// The small phone turned: landscape, the answers in two columns.
	require.NoError(t, chromedp.Do(a.ctx, viewport(640, 320, 2, true)))
	a.shot(dir, "02-verdict-landscape")
	require.NoError(t, chromedp.Do(a.ctx, viewport(320, 640, 2, true)))
	c.open(console)
	c.wait(`document.querySelector("#card .text") && document.querySelectorAll(".trow").length >= 2`)
	c.shot(dir, "02-verdict")

	// The verdict answered by both teams, from their phones.
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`)
	a.wait(`!!document.querySelector("#s-pad button.answer.chosen")`)
	b.tapOn(`#s-pad button.answer:nth-of-type(1)`)
	b.wait(`!!document.querySelector("#s-pad button.answer.chosen")`)
	all("03-verdict-answered")
	// Both teams answered: the second vote after the hints comes by itself.
	c.wait(`document.querySelectorAll("#side .ans").length >= 2 && document.querySelectorAll("#side .ans")[1].textContent.includes("avant")`)
	c.shot(dir, "03-verdict-answered")
	rh.do(func() {
		st := rh.h.Session().Current().State()
		require.NotNil(t, st.First[0], "team 1 answered from its phone")
		require.NotNil(t, st.First[1], "team 2 answered from its phone")
		require.Equal(t, 1, st.First[0].Choice, "team 1 tapped Faux")
		require.Equal(t, 0, st.First[1].Choice, "team 2 tapped Vrai")
	})
	for _, d := range phones {
		d.wait(`!!document.querySelector(".hints")`)
	}
	all("04-second-vote")
	// A second phone of the first team sees the vote its teammate gives,
	// and the 2 s lock against tap wars.
	a2 := newDevice(t, browser(t, chromium), "teammate-360x740", 360, 740, true)
	a2.open(players)
	a2.tapOn(`button.team:nth-of-type(1)`)
	a2.wait(`!!document.querySelector(".hints")`)
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`)
	a2.wait(`!!document.querySelector("#lock") && document.querySelector(".pending").textContent.includes("autre téléphone")`)
	a2.shot(dir, "04-second-vote-locked")
	a2.wait(`!document.querySelector("#lock") && !document.querySelector("#s-pad button.answer").disabled`)
	c.click(`.acts button.big`)
	for _, d := range phones {
		d.wait(`!!document.querySelector(".result")`)
	}
	all("05-reveal")
	require.Contains(t, a.text(), "Juste\u00a0!", "team 1 was right, in French typography")
	require.Contains(t, b.text(), "Raté")
	c.wait(`document.querySelector("#where").textContent.includes("montrée")`)
	c.shot(dir, "05-reveal")
	// The console on the facilitator's phone, walking round the room.
	require.NoError(t, chromedp.Do(c.ctx, viewport(390, 844, 2, true)))
	c.shot(dir, "05-reveal-on-a-phone")
	require.NoError(t, chromedp.Do(c.ctx, viewport(1366, 768, 2, false)))

	// A reloaded phone comes back to its seat by itself (its token).
	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.wait(`!!document.querySelector(".result.right")`)

	next := func(n int, sel, what string) {
		rh.apply(game.Move{Kind: game.MoveNext})
		for _, d := range phones {
			d.wait(cardJS(n, sel))
		}
		all(what)
	}
	next(2, "button.primary", "06-choice-several")
	a.tapOn(`#s-pad button.answer:nth-of-type(1)`)
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`)
	a.shot(dir, "07-choice-picked")
	a.tapOn(`#s-pad > button.primary`)
	a.wait(`!!document.querySelector(".pending")`)
	a.shot(dir, "07-choice-sent")
	rh.apply(game.Move{Kind: game.MoveReveal})
	a.wait(`!!document.querySelector(".result.right")`)
	all("08-choice-reveal")

	next(3, "textarea", "09-clues")
	_, err = chromedp.Run(a.ctx, chromedp.Evaluate[bool](`(document.querySelector("textarea").value = "Le wifi", true)`))
	require.NoError(t, err)
	a.tapOn(`.say button.primary`)
	c.wait(`document.querySelector(".says q") && document.querySelector(".says q").textContent === "Le wifi"`)
	c.shot(dir, "09-clues")
	a.shot(dir, "09-clues-sent")
	rh.apply(game.Move{Kind: game.MoveReveal})

	next(4, `input[type=range]`, "10-spectrum")
	a.tapOn(`.slider .row button:last-child`)
	a.tapOn(`.slider > button.primary`)
	a.wait(`!!document.querySelector(".pending")`)
	c.shot(dir, "10-spectrum")
	rh.apply(game.Move{Kind: game.MoveReveal})
	a.wait(`!!document.querySelector(".result")`)
	a.shot(dir, "11-spectrum-reveal")

	next(5, ".steps", "12-opinion")
	// A person's vote, on a third phone (the console's browser, its own tab).
	pctx, pcancel := chromedp.NewContext(cctx)
	defer pcancel()
	p := newDevice(t, pctx, "person-360x740", 360, 740, true)
	p.open(players)
	p.tapOn(`button.team.person`)
	p.wait(`!!document.querySelector(".steps")`)
	p.tapOn(`.steps button.answer:nth-of-type(4)`)
	p.wait(`!!document.querySelector(".steps button.chosen")`)
	p.shot(dir, "12-opinion")
	c.wait(`document.body.innerText.includes("1 vote")`)
	c.shot(dir, "12-opinion")
	rh.apply(game.Move{Kind: game.MoveSecondRound})
	p.wait(`document.body.innerText.includes("Après")`)
	rh.apply(game.Move{Kind: game.MoveReveal})

	next(6, "ol.order", "13-order")
	a.tapOn(`ol.order li:nth-child(1) button:last-child`)
	a.shot(dir, "14-order-moved")
	a.tapOn(`#s-pad > button.primary`)
	a.wait(`!!document.querySelector(".pending")`)
	rh.apply(game.Move{Kind: game.MoveReveal})
	a.wait(`!!document.querySelector(".result")`)
	a.shot(dir, "15-order-reveal")

	next(7, "textarea", "16-open")
	rh.apply(game.Move{Kind: game.MoveReveal})
	rh.apply(game.Move{Kind: game.MoveNext})
	for _, d := range phones {
		d.wait(`!!document.querySelector(".totals")`)
	}
	all("17-over")

	// Buzzer: the Buzz button, the first tap wins, the other phone says so.
	rh.game(deck, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
	for _, d := range phones {
		d.wait(`!!document.querySelector("button.buzz")`)
	}
	all("18-buzz")
	b.tapOn(`button.buzz`)
	b.wait(`document.body.innerText.includes("Vous avez la main")`)
	a.wait(`document.body.innerText.includes("Buzz")`)
	all("19-buzzed")

	// A board: questions, then a character with a confirmation.
	board := boardDeck(t)
	rh.game(board, game.Settings{Mode: cards.ModeAll, Seed: 3})
	for _, d := range phones {
		d.wait(`!!document.querySelector(".board")`)
	}
	all("20-board")
	a.tapOn(`button.ask`)
	a.wait(`!!document.querySelector(".asked")`)
	a.tapOn(`.board button.answer:not(.gone)`)
	a.wait(`!!document.querySelector(".confirm:not([hidden])")`)
	a.shot(dir, "21-board-confirm")
	c.shot(dir, "21-board")

	// A phone freed from the console goes back to the team buttons.
	c.click(`.seats li button`)        // Libérer
	c.click(`.seats li button.danger`) // Oui, libérer
	a.wait(`document.querySelectorAll("button.team").length === 3`)
	t.Logf("screenshots in %s", dir)
}

// boardDeck returns the bundled French board deck.
func boardDeck(t *testing.T) *cards.Deck {
	all, problems := cards.LoadFS(decks.FS, "fr", "")
	require.Zero(t, problems.Errors(), "%v", problems)
	for _, d := range all {
		if d.ID == "qui-est-ce-numerique" {
			return d
		}
	}
	t.Fatal("no board deck")
	return nil
}

// hostOf returns the host of an http address, without its port.
func hostOf(u string) string {
	h := strings.TrimPrefix(u, "http://")
	h = h[:strings.IndexAny(h, "/")]
	return h[:strings.LastIndex(h, ":")]
}
