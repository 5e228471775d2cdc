package e2e

import (
	"bufio"
	"context"
	"encoding/base64"
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
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyPNG is a 2×2 PNG picture, the one a facilitator uploads.
const tinyPNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=="

// TestEdit makes a deck in the editor end to end (issue 15): the real
// program (bin/declic edit, built by make build) with a fresh DECLIC_HOME,
// and the page in headless Chromium at 1366×768. A new deck gets three
// cards — a claim with its verdict, a multiple choice, an open question
// with a picture uploaded; the choice shows its problem on its answers
// while none is ticked, and the problem goes once one is. The third card
// is dragged by its handle to the top and put back with the ↓ buttons.
// Saved, the file passes declic check, and declic list lists the deck.
// Then a hand-written deck loses the card a comment sits on: saving asks
// first, naming the comment. Last, the saved deck opened from its address
// on a phone's screen fits its width. DECLIC_E2E_SHOTS=DIR keeps
// screenshots (and one of a bundled board deck's version).
func TestEdit(t *testing.T) {
	chromium, _ := setup(t)
	declic, err := filepath.Abs("../bin/declic")
	require.NoError(t, err)
	if _, err := os.Stat(declic); err != nil {
		t.Fatalf("%v: run `make build` first", err)
	}
	home := t.TempDir()
	cmd := exec.Command(declic, "edit", "--port", "0", "--lang", "fr")
	cmd.Env = append(os.Environ(), "DECLIC_HOME="+home, "DECLIC_NO_BROWSER=1")
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	started := time.Now()
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := ""
	sc := bufio.NewScanner(out)
	for url == "" && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "http://127.0.0.1:") {
			url = strings.TrimSpace(sc.Text())
		}
	}
	require.NotEmpty(t, url, "declic edit printed no address")
	served := time.Since(started)
	go func() {
		for sc.Scan() {
		}
	}()

	shots := os.Getenv("DECLIC_E2E_SHOTS")
	d := newEditPage(t, browser(t, chromium), "1366x768", 1366, 768, false)
	t.Logf("declic edit served after %v, Chromium started after %v", served.Round(time.Millisecond), time.Since(started).Round(time.Millisecond))
	d.open(url)
	d.wait(`!!document.querySelector("#new") && document.querySelectorAll("#bundled li").length > 3`)
	t.Logf("the decks listed after %v", time.Since(started).Round(time.Millisecond))
	if shots != "" {
		d.shot(shots, "edit-01-decks")
	}
	d.click("#new")
	d.wait(`document.querySelectorAll("#cards > .card").length === 1`)

	js := func(script string) {
		t.Helper()
		_, err := chromedp.Run(d.ctx, chromedp.Evaluate[bool]("(() => {"+script+"; return true })()"))
		require.NoError(t, err)
	}
	// type puts text in a field as typing does: its value, an input event.
	typeIn := func(sel, text string) {
		t.Helper()
		js(fmt.Sprintf(`const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true}))`, sel, text))
	}
	card := func(n int) string { return fmt.Sprintf(`#cards > .card:nth-child(%d)`, n) }

	typeIn(`[data-sec=deck] [data-key=title] input`, "Mon atelier e2e")
	// The deck's short name follows its title, as long as nobody typed one.
	d.wait(`document.querySelector("[data-sec=deck] [data-key=id] input").value === "mon-atelier-e2e"`)
	typeIn(card(1)+` [data-key=claim] textarea`, "Les poissons rouges ont une mémoire de trois secondes.")
	d.click(card(1) + ` [data-key=answer] button:nth-child(2)`)

	js(`document.querySelector("#kind").value = "choice"`)
	d.click("#addcard")
	d.wait(`document.querySelectorAll("#cards > .card").length === 2`)
	typeIn(card(2)+` [data-key=question] textarea`, "Combien de temps dure la mémoire d'un poisson rouge ?")
	d.click(card(2) + ` [data-key=choices] button.add`)
	d.click(card(2) + ` [data-key=choices] button.add`)
	typeIn(card(2)+` [data-key=choices] .row:nth-child(1) textarea`, "Trois secondes")
	typeIn(card(2)+` [data-key=choices] .row:nth-child(2) textarea`, "Plusieurs mois : des chercheurs leur ont appris à réagir à un son, et ils s'en souvenaient")
	// No right answer ticked: the rules say so, on the answers offered.
	d.wait(`!!document.querySelector("` + card(2) + ` [data-key=choices].fault") && document.querySelectorAll("#problems li:not(.warning):not(.none)").length === 1`)
	problem := d.text()
	if shots != "" {
		d.shot(shots, "edit-02-problem")
	}
	d.click(card(2) + ` [data-key=choices] .row:nth-child(2) input[type=checkbox]`)
	d.wait(`!document.querySelector("#cards .fault") && document.querySelectorAll("#problems li:not(.warning):not(.none)").length === 0`)
	// The two cards without an explanation: one piece of advice, in
	// French words rather than the file's keys, under a title for advice.
	tips, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]string](`[document.querySelector("#problems-box h2").textContent, ...[...document.querySelectorAll("#problems li.warning")].map(li => li.textContent)]`))
	require.NoError(t, err)
	assert.Equal(t, []string{"Conseils", "Conseil · Cartes 1 et 2Pas d’explication\u00a0: ajoutez une explication pour le moment de la révélation"}, tips)

	js(`document.querySelector("#kind").value = "open"`)
	d.click("#addcard")
	d.wait(`document.querySelectorAll("#cards > .card").length === 3`)
	typeIn(card(3)+` [data-key=question] textarea`, "Qu'est-ce qui vous fait croire une information ?")
	// The picture, as a file picked in the file chooser.
	js(fmt.Sprintf(`const bytes = Uint8Array.from(atob(%q), c => c.charCodeAt(0));
		const dt = new DataTransfer(); dt.items.add(new File([bytes], "Poisson Rouge.png", {type: "image/png"}));
		const input = document.querySelector(%q); input.files = dt.files; input.dispatchEvent(new Event("change"))`, tinyPNG, card(3)+` [data-key=image] input[type=file]`))
	d.wait(`!!document.querySelector("` + card(3) + ` [data-key=image] img")`)
	if shots != "" {
		d.shot(shots, "edit-03-three-cards")
	}

	// Card 3 dragged by its handle above card 1, then put back with the
	// keyboard's buttons: ↓ twice.
	order := func() string {
		o, err := chromedp.Run(d.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#cards > .card h3")].map(h => h.textContent.split("·")[1].trim()).join(" | ")`))
		require.NoError(t, err)
		return o
	}
	require.Equal(t, "Vrai ou faux | Question à choix | Question ouverte", order())
	// A tall window, so that both cards are on screen together.
	require.NoError(t, chromedp.Do(d.ctx, viewport(1366, 3000, 1, false)))
	d.drag(card(3)+" .grip", card(1))
	require.NoError(t, chromedp.Do(d.ctx, viewport(1366, 768, 1, false)))
	assert.Equal(t, "Question ouverte | Vrai ou faux | Question à choix", order())
	d.click(card(1) + " button.down")
	js(`document.activeElement.click()`) // the focus stays on the card's ↓
	assert.Equal(t, "Vrai ou faux | Question à choix | Question ouverte", order())

	t.Logf("three cards made after %v", time.Since(started).Round(time.Millisecond))
	d.click("#save")
	d.wait(`document.querySelector("#status").classList.contains("ok")`)
	said, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]string](`[document.querySelector("#status").textContent, document.querySelector("#status").title]`))
	require.NoError(t, err)
	assert.Equal(t, "Enregistré. Le jeu le propose dès maintenant (écran Jeux de cartes).", said[0])
	assert.Contains(t, said[1], filepath.Join("mon-atelier-e2e.fr", "mon-atelier-e2e.toml"), "the file, in the tooltip")
	file := filepath.Join(home, "decks", "mon-atelier-e2e.fr", "mon-atelier-e2e.toml")
	text, err := os.ReadFile(file)
	require.NoError(t, err, "the page says %q", d.text())
	assert.Contains(t, string(text), `image = "img/poisson-rouge.png"`)
	png, _ := base64.StdEncoding.DecodeString(tinyPNG)
	pic, err := os.ReadFile(filepath.Join(home, "decks", "mon-atelier-e2e.fr", "img", "poisson-rouge.png"))
	require.NoError(t, err)
	assert.Equal(t, png, pic)
	assert.Contains(t, problem, "réponse", "the problem of the choice without a right answer")
	assert.Contains(t, problem, "Il manque la bonne réponse, obligatoire sur une carte «\u00a0Question à choix\u00a0»")

	run := func(args ...string) (string, error) {
		c := exec.Command(declic, args...)
		c.Env = append(os.Environ(), "DECLIC_HOME="+home)
		b, err := c.CombinedOutput()
		return string(b), err
	}
	out2, err := run("check", file)
	assert.NoError(t, err, "declic check: %s", out2)
	out2, err = run("list")
	assert.NoError(t, err, "declic list: %s", out2)
	assert.Contains(t, out2, "mon-atelier-e2e")
	assert.Contains(t, out2, "Mon atelier e2e")

	if shots != "" {
		d.shot(shots, "edit-04-saved")
	}

	// A hand-written deck with comments: deleting the card a comment sits
	// on asks before saving, and names the comment.
	t.Logf("checked and listed after %v", time.Since(started).Round(time.Millisecond))
	hand := filepath.Join(home, "decks", "main.toml")
	require.NoError(t, os.WriteFile(hand, []byte(`format = 1
[deck]
id = "main"
title = "Écrit à la main"
language = "fr"

[[card]]
type = "open"
question = "Qu'est-ce qu'une rumeur ?"

# à garder pour la fin
[[card]]
type = "open"
question = "Qui croire ?"
`), 0o644))
	d.open(url + "&deck=main.toml")
	d.wait(`document.querySelectorAll("#cards > .card").length === 2`)
	d.click(card(2) + " button.remove")
	d.wait(`document.querySelector("#ask").open`)
	js(`document.querySelector("#ask-yes").click()`) // delete the card
	d.wait(`document.querySelectorAll("#cards > .card").length === 1`)
	d.click("#save")
	d.wait(`document.querySelector("#ask").open && document.querySelector("#ask-list").textContent.includes("à garder pour la fin")`)
	if shots != "" {
		d.shot(shots, "edit-05-comments")
	}
	js(`document.querySelector("#ask-yes").click()`)
	d.wait(`document.querySelector("#status").classList.contains("ok")`)
	text, err = os.ReadFile(hand)
	require.NoError(t, err)
	assert.NotContains(t, string(text), "Qui croire")

	// On a phone's screen, the saved deck opened from its address: one
	// column, nothing wider than the screen.
	require.NoError(t, chromedp.Do(d.ctx, viewport(390, 844, 1, true)))
	t.Logf("comments asked after %v", time.Since(started).Round(time.Millisecond))
	d.name = "390x844"
	d.open(url + "&deck=mon-atelier-e2e.fr/mon-atelier-e2e.toml")
	d.wait(`document.querySelectorAll("#cards > .card").length === 3`)
	wide, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > innerWidth + 1).map(e => e.tagName + "." + e.className)`))
	require.NoError(t, err)
	assert.Empty(t, wide, "wider than the phone")
	// A long answer wraps, read whole: its box grows rather than hiding
	// the end of the text.
	cut, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]int](`(() => { const e = document.querySelector("#cards > .card:nth-child(2) [data-key=choices] .row:nth-child(2) textarea"); return [e.scrollHeight - e.clientHeight, e.clientHeight] })()`))
	require.NoError(t, err)
	assert.LessOrEqual(t, cut[0], 1, "the answer is cut at the phone's width")
	assert.Greater(t, cut[1], 50, "the long answer takes more than one line")
	if shots != "" {
		d.shot(shots, "edit-05-phone")
		// A version of a bundled board deck: its questions, and the
		// characters' ticks.
		require.NoError(t, chromedp.Do(d.ctx, viewport(1366, 768, 1, false)))
		d.name = "1366x768"
		d.open(url)
		d.wait(`document.querySelectorAll("#bundled li").length > 3`)
		js(`[...document.querySelectorAll("#bundled li")].find(li => li.textContent.includes("Qui est-ce")).querySelector("button").click()`)
		d.wait(`document.querySelectorAll("#cards > .card").length > 5`)
		js(`document.querySelector("#cards > .card:nth-child(2) textarea, #cards > .card:nth-child(2) input").focus()`)
		d.shot(shots, "edit-06-board")
	}
}

// editPage is a Chromium tab on the editor.
type editPage struct {
	t    *testing.T
	ctx  context.Context
	name string
}

func newEditPage(t *testing.T, ctx context.Context, name string, w, h int64, mobile bool) *editPage {
	require.NoError(t, chromedp.Do(ctx, viewport(w, h, 1, mobile), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: mobile, MaxTouchPoints: 5})
		return err
	})))
	return &editPage{t: t, ctx: ctx, name: name}
}

func (d *editPage) open(url string) { require.NoError(d.t, chromedp.Do(d.ctx, chromedp.Navigate(url))) }

// wait waits until the JavaScript test holds on the page.
func (d *editPage) wait(test string) {
	d.t.Helper()
	if !waitFor(d.t, d.ctx, test, 10*time.Second) {
		d.t.Fatalf("%s: %s never held; the page says %q", d.name, test, d.text())
	}
}

// click clicks sel as the mouse does.
func (d *editPage) click(sel string) {
	d.t.Helper()
	d.wait(fmt.Sprintf(`!!document.querySelector(%q)`, sel))
	_, err := chromedp.Run(d.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(document.querySelector(%q).click(), true)`, sel)))
	require.NoError(d.t, err)
}

// drag holds the mouse on from, moves it to the top of to, and lets go.
func (d *editPage) drag(from, to string) {
	d.t.Helper()
	at := func(sel string, top bool) []float64 {
		xy, err := chromedp.Run(d.ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(
			`(() => { const r = document.querySelector(%q).getBoundingClientRect(); return [r.x + r.width / 2, %v ? r.y + 4 : r.y + r.height / 2]; })()`, sel, top)))
		require.NoError(d.t, err)
		return xy
	}
	a, b := at(from, false), at(to, true)
	err := chromedp.Do(d.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, e := range []input.DispatchMouseEventParams{
			{Type: input.DispatchMouseEventTypeMousePressed, X: a[0], Y: a[1], Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1},
			{Type: input.DispatchMouseEventTypeMouseMoved, X: a[0], Y: (a[1] + b[1]) / 2, Button: input.MouseButtonLeft, Buttons: 1},
			{Type: input.DispatchMouseEventTypeMouseMoved, X: b[0], Y: b[1], Button: input.MouseButtonLeft, Buttons: 1},
			{Type: input.DispatchMouseEventTypeMouseReleased, X: b[0], Y: b[1], Button: input.MouseButtonLeft, Buttons: 0, ClickCount: 1},
		} {
			if _, err := cdp.Call(ctx, tg, input.DispatchMouseEvent, e); err != nil {
				return err
			}
		}
		return nil
	}))
	require.NoError(d.t, err)
}

func (d *editPage) text() string {
	s, _ := chromedp.Run(d.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	return s
}

// shot saves what the person sees, and the whole page when it is taller.
func (d *editPage) shot(dir, what string) {
	d.t.Helper()
	b, err := chromedp.Run(d.ctx, chromedp.CaptureScreenshot())
	require.NoError(d.t, err)
	require.NoError(d.t, os.WriteFile(filepath.Join(dir, what+"-"+d.name+".png"), b, 0o644))
	b, err = chromedp.Run(d.ctx, chromedp.FullScreenshot(85))
	require.NoError(d.t, err)
	require.NoError(d.t, os.WriteFile(filepath.Join(dir, what+"-"+d.name+"-whole.jpg"), b, 0o644))
}
