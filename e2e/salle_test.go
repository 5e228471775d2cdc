package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// TestSalle plays the room end to end (issue 14): the real game
// (bin/declic, built by make build) under its own Xvfb, opened with
// --salle on a deck in all mode, and two real Chromium pages as phones
// (390×844, touch, a phone's user agent, each its own profile). Each phone
// joins a team by tapping its name and answers the first card: the session
// under DECLIC_HOME holds both answers and the projector changed. The
// facilitator goes on (Space), one team answers the second card, and the
// game is killed with SIGKILL mid-card. Restarted the way a facilitator
// would (declic --salle, Esc to hide the room's overlay, then "Reprendre",
// the first button of the title screen, key 1), the
// game reopens the same room, and both phones come back to their seats
// without a tap, waiting there until the workshop is resumed: the one that answered sees its answer, the other answers
// the card, and the session holds it. Needs chromium, Xvfb, xdotool and
// ImageMagick's import on PATH; `make e2e` runs it.
func TestSalle(t *testing.T) {
	chromium, _ := setup(t)
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not on PATH: the room's end-to-end test needs it (apt install xvfb xdotool imagemagick)", tool)
		}
	}
	declic, err := filepath.Abs("../bin/declic")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{declic, declic + "-game"} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("%v: run `make build` first", err)
		}
	}
	deck, err := filepath.Abs("testdata/salle/salle-e2e.toml")
	if err != nil {
		t.Fatal(err)
	}
	display := xvfb(t)
	home := t.TempDir()
	shots := os.Getenv("DECLIC_E2E_SHOTS")

	started := time.Now()
	g := startGame(t, declic, display, home, "play", deck, "--salle", "--port", "0",
		"--teams", "Lynx,Ours", "--mode", "all", "--in-order", "--seed", "1", "--windowed", "--sound", "off")
	players := loopback(t, g.salle)
	t.Logf("salle: %s, animateur: %s (%v after start)", g.salle, g.console, time.Since(started).Round(time.Millisecond))

	lynx := newPhone(t, chromium, "lynx")
	ours := newPhone(t, chromium, "ours")
	for _, p := range []*seatPhone{lynx, ours} {
		p.open(players)
		p.wait(`document.querySelectorAll("button.team").length >= 2`, 20*time.Second)
	}
	lynx.tapTeam("Lynx")
	ours.tapTeam("Ours")
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(salleCardJS(1, "button.answer"), 15*time.Second)
	}
	tokens := map[*seatPhone]string{lynx: lynx.token(g.code), ours: ours.token(g.code)}
	for p, tok := range tokens {
		if tok == "" {
			t.Fatalf("%s: no seat token kept in localStorage under declic.seat.%s", p.name, g.code)
		}
	}

	// Everyone has joined: the facilitator hides the room's overlay (Esc)
	// and the first card shows. Answered on both phones: the projector
	// ticks both teams, the session holds both answers.
	g.press("Escape")
	before := rootShot(t, display)
	lynx.answer(1, 1)
	ours.answer(1, 2)
	sessions := filepath.Join(home, "sessions")
	if !poll(context.Background(), 10*time.Second, 50*time.Millisecond, func() bool {
		return answered(t, sessions, 0)[0] && answered(t, sessions, 0)[1]
	}) {
		files, _ := filepath.Glob(filepath.Join(sessions, "*.json"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			t.Logf("%s: %.2000s", f, b)
		}
		t.Logf("lynx: %q", lynx.text())
		t.Logf("ours: %q", ours.text())
		t.Fatalf("the session under %s does not hold both teams' answers to the first card: %v", sessions, answered(t, sessions, 0))
	}
	var after []byte
	if !poll(context.Background(), 10*time.Second, 100*time.Millisecond, func() bool {
		after = rootShot(t, display)
		return differ(t, before, after) > 0
	}) {
		t.Errorf("the projector did not change when both teams answered")
	}
	if shots != "" {
		os.WriteFile(filepath.Join(shots, "declic-salle-before.png"), before, 0o644)
		os.WriteFile(filepath.Join(shots, "declic-salle-answered.png"), after, 0o644)
	}

	// The facilitator goes on to the second card (Space on the game's
	// window); Lynx answers it; the game is killed mid-card.
	g.press("space")
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(salleCardJS(2, "button.answer"), 15*time.Second)
	}
	lynx.answer(2, 1)
	if !poll(context.Background(), 10*time.Second, 50*time.Millisecond, func() bool { return answered(t, sessions, 1)[0] }) {
		t.Fatalf("Lynx's answer to the second card is not in the session")
	}
	// From now on each page counts the views it receives on a new
	// socket: the page still shows the last view before the kill, and
	// only a view received after it says the phone is back.
	for _, p := range []*seatPhone{lynx, ours} {
		p.countViews()
	}
	g.kill()
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(`!document.getElementById("net").hidden`, 15*time.Second) // the page saw the room go
	}

	// Restarted as a facilitator would: declic --salle, then Resume, the
	// first button of the title screen when a workshop is unfinished.
	restarted := time.Now()
	g2 := startGame(t, declic, display, home, "--salle", "--windowed", "--sound", "off")
	if g2.salle != g.salle {
		t.Errorf("the restarted game opened another room: %s, before %s", g2.salle, g.salle)
	}
	g2.press("Escape") // the room's overlay, over the title screen
	// Both phones are back before the facilitator resumes: they wait at
	// their seats, with no card and no team buttons (the room once took
	// the title screen's first change, its timer held, for a workshop
	// without their teams, and sent a phone back that soon to the team
	// buttons; lan's TestAPhoneWaitsWhileNoWorkshopIsOpen plays that).
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(`window.declicViews > 0 && !document.querySelector("button.answer") && !document.querySelector("button.team")`, 60*time.Second)
	}
	g2.press("1")
	// The phones come back by themselves: no tap, the page retries with
	// its token until the room is back.
	lynx.wait(`window.declicViews > 0 && `+salleCardJS(2, "button.answer.chosen"), 60*time.Second)
	ours.wait(`window.declicViews > 0 && `+salleCardJS(2, "button.answer"), 60*time.Second)
	for _, p := range []*seatPhone{lynx, ours} {
		if n, _ := chromedp.Run(p.ctx, chromedp.Evaluate[int](`document.querySelectorAll("button.team").length`)); n > 0 {
			t.Errorf("%s: back from the restart, the page shows the team buttons", p.name)
		}
	}
	t.Logf("both phones back at their seats %v after the restart", time.Since(restarted).Round(time.Millisecond))
	for p, tok := range tokens {
		if now := p.token(g.code); now != tok {
			t.Errorf("%s: the seat token changed across the restart (%q, before %q)", p.name, now, tok)
		}
	}
	ours.answer(2, 2)
	if !poll(context.Background(), 10*time.Second, 50*time.Millisecond, func() bool {
		a := answered(t, sessions, 1)
		return a[0] && a[1]
	}) {
		t.Fatalf("after the restart the session does not hold both answers to the second card: %v", answered(t, sessions, 1))
	}
	if shots != "" {
		os.WriteFile(filepath.Join(shots, "declic-salle-resumed.png"), rootShot(t, display), 0o644)
	}
	t.Logf("the room's end-to-end test took %v", time.Since(started).Round(time.Second))
}

// xvfb starts an X server on a free display for the test and returns its
// name (":N"); it stops at the end of the test.
func xvfb(t *testing.T) string {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if n == "" {
			t.Fatal("Xvfb gave no display number")
		}
		return ":" + n
	case <-time.After(30 * time.Second):
		t.Fatal("Xvfb gave no display number after 30 s")
	}
	return ""
}

// salleGame is the game running under the test's X server.
type salleGame struct {
	t                    *testing.T
	cmd                  *exec.Cmd
	display              string
	salle, console, code string
	exited               chan struct{}
}

// startGame starts bin/declic with args, DECLIC_HOME home and DISPLAY
// display, in a process group of its own (declic and the declic-game it
// hands over to), and reads the room's lines on its standard output.
func startGame(t *testing.T, declic, display, home string, args ...string) *salleGame {
	cmd := exec.Command(declic, args...)
	cmd.Env = append(os.Environ(), "DECLIC_HOME="+home, "DISPLAY="+display, "LANG=fr_FR.UTF-8")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", declic, err)
	}
	g := &salleGame{t: t, cmd: cmd, display: display, exited: make(chan struct{})}
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		io.Copy(io.Discard, stdout)
	}()
	go func() { cmd.Wait(); close(g.exited) }()
	t.Cleanup(g.kill)
	deadline := time.After(60 * time.Second)
	for g.salle == "" || g.console == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				<-g.exited
				t.Fatalf("declic %v ended without printing the room's addresses; stderr: %s", args, stderr.String())
			}
			if u, ok := strings.CutPrefix(l, "salle: "); ok {
				g.salle = strings.TrimSpace(u)
			}
			if u, ok := strings.CutPrefix(l, "animateur: "); ok {
				g.console = strings.TrimSpace(u)
			}
		case <-deadline:
			t.Fatalf("declic %v printed no salle:/animateur: lines after 60 s; stderr: %s", args, stderr.String())
		}
	}
	u, err := url.Parse(g.salle)
	if err != nil {
		t.Fatalf("salle: %q: %v", g.salle, err)
	}
	g.code = u.Query().Get("c")
	if len(g.code) != 4 {
		t.Errorf("salle: %q has no 4-letter room code", g.salle)
	}
	return g
}

// press waits for the game's window to be drawn, presses k and waits for
// the screen to change: a key pressed before the game reads its keys, or
// on the frame of the one before, would be lost.
func (g *salleGame) press(k string) {
	g.t.Helper()
	var before []byte
	if !poll(context.Background(), 30*time.Second, 100*time.Millisecond, func() bool {
		before = rootShot(g.t, g.display)
		return colours(g.t, before, 16) >= 16
	}) {
		g.t.Fatalf("the game drew nothing on %s within 30 s", g.display)
	}
	g.key(k)
	if !poll(context.Background(), 10*time.Second, 100*time.Millisecond, func() bool {
		return differ(g.t, before, rootShot(g.t, g.display)) > 0
	}) {
		g.t.Fatalf("the key %s changed nothing on the game's screen within 10 s", k)
	}
}

// key presses a key on the game's window with xdotool, once the window is
// there; with no window manager the keyboard goes to the window under the
// pointer.
func (g *salleGame) key(k string) {
	g.t.Helper()
	var win string
	if !poll(context.Background(), 30*time.Second, 100*time.Millisecond, func() bool {
		// The game's window belongs to declic-game, which declic runs.
		// Any of declic's threads may have started it: each thread
		// lists its own children.
		var pid []string
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", g.cmd.Process.Pid))
		for _, f := range tasks {
			kids, _ := os.ReadFile(f)
			pid = append(pid, strings.Fields(string(kids))...)
		}
		if len(pid) == 0 {
			return false
		}
		out, err := g.xdotool("search", "--onlyvisible", "--pid", pid[0])
		win = strings.TrimSpace(strings.SplitN(out, "\n", 2)[0])
		return err == nil && win != ""
	}) {
		g.t.Fatalf("no game window on %s after 30 s", g.display)
	}
	if _, err := g.xdotool("mousemove", "--window", win, "200", "200"); err != nil {
		g.t.Fatalf("xdotool mousemove: %v", err)
	}
	// Held 0.1 s: the game reads its keys once a frame.
	if _, err := g.xdotool("keydown", k, "sleep", "0.1", "keyup", k); err != nil {
		g.t.Fatalf("xdotool key %s: %v", k, err)
	}
}

func (g *salleGame) xdotool(args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+g.display)
	out, err := cmd.Output()
	return string(out), err
}

// kill kills the game's process group with SIGKILL (the game crashing, or
// the laptop's battery) and waits for it to end.
func (g *salleGame) kill() {
	select {
	case <-g.exited:
		return
	default:
	}
	syscall.Kill(-g.cmd.Process.Pid, syscall.SIGKILL)
	<-g.exited
}

// rootShot returns the X server's whole screen as a PNG (ImageMagick's
// import -window root): what the projector shows.
func rootShot(t *testing.T, display string) []byte {
	cmd := exec.Command("import", "-window", "root", "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import -window root: %v", err)
	}
	return out
}

// loopback is the players' address on 127.0.0.1: the room listens on
// every interface and advertises the network's address, which a
// container may not route back to itself.
func loopback(t *testing.T, salle string) string {
	u, err := url.Parse(salle)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = "127.0.0.1:" + u.Port()
	return u.String()
}

// answered reads the newest session under dir and reports, per team,
// whether its last game holds an answer of that team to card (0-based,
// in the game's draw).
func answered(t *testing.T, dir string, card int) [2]bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	var got [2]bool
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var file struct {
			Session struct {
				Games []struct {
					Events []struct {
						Kind string `json:"kind"`
						Team int    `json:"team"`
						Card int    `json:"card"`
					} `json:"events"`
				} `json:"games"`
			} `json:"session"`
		}
		if json.Unmarshal(b, &file) != nil || len(file.Session.Games) == 0 {
			continue
		}
		for _, e := range file.Session.Games[len(file.Session.Games)-1].Events {
			if e.Kind == "answer" && e.Card == card && e.Team >= 0 && e.Team < 2 {
				got[e.Team] = true
			}
		}
	}
	return got
}

// seatPhone is a phone of the room: its own Chromium (its own
// localStorage), 390×844, touch, a phone's user agent.
type seatPhone struct {
	t    *testing.T
	ctx  context.Context
	name string
}

const phoneUA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"

func newPhone(t *testing.T, chromium, name string) *seatPhone {
	ctx := browser(t, chromium)
	err := chromedp.Do(ctx, viewport(390, 844, 2, true), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: phoneUA, AcceptLanguage: "fr-FR", Platform: "Android"})
		return err
	}))
	if err != nil {
		t.Fatalf("%s: phone emulation: %v", name, err)
	}
	return &seatPhone{t: t, ctx: ctx, name: name}
}

func (p *seatPhone) open(u string) {
	if err := chromedp.Do(p.ctx, chromedp.Navigate(u)); err != nil {
		p.t.Fatalf("%s: navigate %s: %v", p.name, u, err)
	}
}

// wait waits until the JavaScript test holds on the page, for up to timeout.
func (p *seatPhone) wait(test string, timeout time.Duration) {
	p.t.Helper()
	if !waitFor(p.t, p.ctx, test, timeout) {
		text, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.body.innerText`))
		views, _ := chromedp.Run(p.ctx, chromedp.Evaluate[int](`window.declicViews || 0`))
		chosen, _ := chromedp.Run(p.ctx, chromedp.Evaluate[int](`document.querySelectorAll("button.answer.chosen").length`))
		p.t.Fatalf("%s: %s never held within %v (views received since the kill, once counted: %d; answers chosen: %d); the page says %q", p.name, test, timeout, views, chosen, text)
	}
}

// tapTeam taps the team button that names team.
func (p *seatPhone) tapTeam(team string) {
	p.t.Helper()
	p.tapAt(fmt.Sprintf(`[...document.querySelectorAll("button.team")].find(b => b.textContent.includes(%q))`, team))
}

// tapOn taps the element sel once it is there and enabled.
func (p *seatPhone) tapOn(sel string) {
	p.t.Helper()
	p.wait(fmt.Sprintf(`!!document.querySelector(%q) && !document.querySelector(%q).disabled`, sel, sel), 15*time.Second)
	p.tapAt(fmt.Sprintf(`document.querySelector(%q)`, sel))
}

// answer taps the answer button n (1-based) of card (1-based) until the
// page shows it chosen or the card revealed, three taps at most: a tap
// that lands while the page redraws its pad (a teammate's or another
// team's answer just came) touches a button that is no longer there, and
// a player taps again.
func (p *seatPhone) answer(card, n int) {
	p.t.Helper()
	sel := fmt.Sprintf("button.answer:nth-of-type(%d)", n)
	shown := salleCardJS(card, "button.answer.chosen, .result")
	for try := 0; try < 3; try++ {
		p.tapOn(sel)
		if waitFor(p.t, p.ctx, shown, 3*time.Second) {
			return
		}
	}
	p.wait(shown, time.Second)
}

// tapAt touches the middle of the element the expression el gives, as a
// finger does.
func (p *seatPhone) tapAt(el string) {
	p.t.Helper()
	xy, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(
		`(() => { const e = %s; if (!e) return []; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`, el)))
	if err != nil || len(xy) != 2 {
		p.t.Fatalf("%s: nothing to tap at %s (%v)", p.name, el, err)
	}
	err = chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: xy[0], Y: xy[1]}}}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
		return err
	}))
	if err != nil {
		p.t.Fatalf("%s: tap: %v", p.name, err)
	}
}

// countViews makes the page count, in window.declicViews, the views its
// sockets opened from now on receive: the page opens a new WebSocket after
// a loss, and the constructor it calls is the window's at that moment.
func (p *seatPhone) countViews() {
	p.t.Helper()
	_, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`(() => {
		const W = window.WebSocket;
		window.declicViews = 0;
		const C = function (u, q) {
			const ws = q === undefined ? new W(u) : new W(u, q);
			ws.addEventListener("message", e => { try { if (JSON.parse(e.data).t === "view") window.declicViews++; } catch (x) {} });
			return ws;
		};
		C.prototype = W.prototype;
		Object.assign(C, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
		window.WebSocket = C;
		return true;
	})()`))
	if err != nil {
		p.t.Fatalf("%s: counting views: %v", p.name, err)
	}
}

// text is the page's text, to say what went wrong.
func (p *seatPhone) text() string {
	s, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	return s
}

// token is the seat token the page keeps for the room code.
func (p *seatPhone) token(code string) string {
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](fmt.Sprintf(`localStorage.getItem("declic.seat.%s") || ""`, code)))
	if err != nil {
		p.t.Fatalf("%s: localStorage: %v", p.name, err)
	}
	return s
}

// salleCardJS is a test: the phone shows card n (1-based) with sel on it.
func salleCardJS(n int, sel string) string {
	return fmt.Sprintf(`(document.querySelector("#where") || {textContent: ""}).textContent.startsWith("Carte %d ") && !!document.querySelector(%q)`, n, sel)
}
