// Package e2e plays the web build of Déclic in headless Chromium (issue 6):
// dist/declic.html from file:// and dist/web/ from a loopback HTTP server.
// It needs `make dist` first and runs only when DECLIC_E2E is set and
// chromium is on PATH: `make e2e` does both.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/chromedp/chromedp/remote"
)

func TestWeb(t *testing.T) {
	chromium, dist := setup(t)
	for _, f := range []string{"declic.html", "web/index.html", "web/declic.wasm", "web/wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			t.Fatalf("%v: run `make dist` first", err)
		}
	}

	// Issue 6: the one-file build stays under 8 MB, to be mailed or put
	// on any USB key.
	if info, err := os.Stat(filepath.Join(dist, "declic.html")); err == nil && info.Size() > 8_000_000 {
		t.Errorf("declic.html is %d bytes, over 8 MB", info.Size())
	}

	t.Run("file", func(t *testing.T) {
		play(t, chromium, "file://"+filepath.ToSlash(filepath.Join(dist, "declic.html")))
	})
	t.Run("http", func(t *testing.T) {
		srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(dist, "web"))))
		defer srv.Close()
		play(t, chromium, srv.URL+"/")
	})
	t.Run("family", func(t *testing.T) {
		family(t, chromium, dist)
	})
	t.Run("phone", func(t *testing.T) {
		srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(dist, "web"))))
		defer srv.Close()
		phone(t, chromium, srv.URL+"/")
	})
	t.Run("picker", func(t *testing.T) {
		srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(dist, "web"))))
		defer srv.Close()
		picker(t, chromium, srv.URL+"/")
	})
}

// setup skips the test unless DECLIC_E2E is set and chromium is on PATH,
// and returns chromium's path and the dist/ folder.
func setup(t *testing.T) (chromium, dist string) {
	if os.Getenv("DECLIC_E2E") == "" {
		t.Skip("DECLIC_E2E not set: `make e2e` runs these tests")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not on PATH")
	}
	dist, err = filepath.Abs("../dist")
	if err != nil {
		t.Fatal(err)
	}
	return chromium, dist
}

// seed is the seed of every game the tests play (?seed=, the desktop's
// --seed): the deck order is known, and the first card of the first deck
// is answered with 1 in French as in English (a choice or verdict card).
const seed = "?seed=42"

// waitFor evaluates a JavaScript test at every frame of the page until it
// is true, for up to timeout; it reports whether it came true.
func waitFor(t *testing.T, ctx context.Context, test string, timeout time.Duration) bool {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](test, chromedp.WithPollingTimeout(timeout)))
	if errors.Is(err, chromedp.ErrPollingTimeout) {
		return false
	}
	if err != nil {
		t.Fatalf("waiting for %s: %v", test, err)
	}
	return true
}

// poll calls cond every interval until it returns true, for up to timeout,
// and reports whether it did; it stops early if ctx ends.
func poll(ctx context.Context, timeout, interval time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	for {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(interval):
		}
	}
}

// frames waits until the page has drawn n frames (requestAnimationFrame):
// the game's loop runs on them, so that an input sent before is seen by
// the game's next update.
func frames(ctx context.Context, n int) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(
		`new Promise(done => { let n = %d; const f = () => --n > 0 ? requestAnimationFrame(f) : done(true); requestAnimationFrame(f) })`, n),
		chromedp.EvalAwaitPromise))
	return err
}

// changed waits for the screen to differ from before (differ: the
// countdown left out), then for it to settle (two screenshots in a row
// alike: an animation over, or 2 s at most), and returns the screenshot
// and whether the screen changed within timeout. Unchanged, it returns the
// last screenshot: what the test checks then says what is wrong.
func changed(t *testing.T, ctx context.Context, before []byte, timeout time.Duration) ([]byte, bool) {
	t.Helper()
	shot := before
	if !poll(ctx, timeout, 20*time.Millisecond, func() bool {
		shot = screenshot(t, ctx)
		return differ(t, before, shot) > 0
	}) {
		return shot, false
	}
	poll(ctx, 2*time.Second, 20*time.Millisecond, func() bool {
		next := screenshot(t, ctx)
		same := differ(t, shot, next) == 0
		shot = next
		return same
	})
	return shot, true
}

// press presses each key in turn, waiting after each for the screen it
// opens (changed), so that the next key goes to that screen; it returns the
// last screenshot. A key that changes nothing within 5 s is logged, and the
// test's own checks say whether that is wrong.
func press(t *testing.T, ctx context.Context, keys string, before []byte) []byte {
	t.Helper()
	if before == nil {
		before = screenshot(t, ctx)
	}
	for _, k := range keys {
		key(t, ctx, k)
		var ok bool
		if before, ok = changed(t, ctx, before, 5*time.Second); !ok {
			t.Logf("key %q changed nothing on the screen within 5 s", k)
		}
	}
	return before
}

// family makes a family copy of declic.html with a deck of the day
// (declic bundle), opens it from file:// and plays that deck from the
// family start: 1 (Family game, first on the title screen of a family
// copy), 1 (all together), 1 (the deck of the day), then 1 answers the
// first card: a workshop is kept from its first move.
func family(t *testing.T, chromium, dist string) {
	page := filepath.Join(t.TempDir(), "famille.html")
	cmd := exec.Command("go", "run", "../cmd/declic", "bundle", "--decks", "testdata/famille",
		"--from", filepath.Join(dist, "declic.html"), "-o", page)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("declic bundle: %v\n%s", err, out)
	}
	t.Logf("declic bundle: %s", bytes.TrimSpace(out))
	ctx, cancel := context.WithTimeout(browser(t, chromium), 3*time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+filepath.ToSlash(page)+seed)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	shots := [][]byte{firstFrame(t, ctx)}
	for _, k := range "1111" {
		shots = append(shots, press(t, ctx, string(k), shots[len(shots)-1]))
	}
	if os.Getenv("DECLIC_E2E_SHOTS") != "" {
		for i, shot := range shots {
			os.WriteFile(filepath.Join(os.TempDir(), fmt.Sprintf("declic-family-%d.png", i)), shot, 0o644)
		}
	}
	waitFor(t, ctx, sessionsJS+`.includes('"atelier-du-jour"')`, 5*time.Second)
	saved := sessions(t, ctx)
	if !strings.Contains(saved, `"atelier-du-jour"`) {
		t.Errorf("no game of the deck of the day in localStorage: %.300s", saved)
	}
	if !strings.Contains(saved, `"La famille"`) {
		t.Errorf("not one cooperative team: %.300s", saved)
	}
	seeded(t, saved)
}

// picker changes a setting, adds a deck through the page's file picker and
// drops another on the page, checks all are kept in localStorage, then after
// a reload plays the first deck: the decks a player added come first.
func picker(t *testing.T, chromium, url string) {
	ctx, cancel := context.WithTimeout(browser(t, chromium), 3*time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+seed)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	shot := firstFrame(t, ctx)
	// Settings first: 4 (Settings), 3 (text size: large), Esc. They are
	// kept in localStorage.
	shot = press(t, ctx, "43\x1b", shot)
	waitFor(t, ctx, `(localStorage.getItem("declic/settings") || "").includes("text_scale = 1.2")`, 5*time.Second)
	settings, err := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.getItem("declic/settings") || ""`))
	if err != nil {
		t.Fatalf("localStorage: %v", err)
	}
	if !strings.Contains(settings, "text_scale = 1.2") {
		t.Errorf("the larger text is not kept in localStorage: %q", settings)
	}
	press(t, ctx, "3", shot) // Decks
	deck, err := filepath.Abs("testdata/ajout/ajout-e2e.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#declic-file", []string{deck})); err != nil {
		t.Fatalf("picking the deck: %v", err)
	}
	if !waitFor(t, ctx, `localStorage.getItem("declic/decks/ajout-e2e.fr") !== null`, 5*time.Second) {
		t.Fatalf("the deck picked is not in localStorage")
	}

	// Then a deck dropped on the page.
	dropped, err := filepath.Abs("testdata/depot/depot-e2e.toml")
	if err != nil {
		t.Fatal(err)
	}
	drop(t, ctx, 640, 360, dropped)
	if !waitFor(t, ctx, `localStorage.getItem("declic/decks/depot-e2e.fr") !== null`, 5*time.Second) {
		t.Errorf("the deck dropped is not in localStorage")
	}

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reload: %v", err)
	}
	shot = firstFrame(t, ctx)
	// New workshop, 2 teams, the first deck (one of those added), start,
	// and a point to the team in focus: a workshop is kept from its first
	// move.
	press(t, ctx, "1\r1\r=", shot)
	waitFor(t, ctx, sessionsJS+`.includes('"ajout-e2e"') || `+sessionsJS+`.includes('"depot-e2e"')`, 5*time.Second)
	if saved := sessions(t, ctx); !strings.Contains(saved, `"ajout-e2e"`) && !strings.Contains(saved, `"depot-e2e"`) {
		t.Errorf("a deck added is not the one played after a reload: %.300s", saved)
	}
	if os.Getenv("DECLIC_E2E_SHOTS") != "" {
		os.WriteFile(filepath.Join(os.TempDir(), "declic-picker-after-reload.png"), screenshot(t, ctx), 0o644)
	}
}

// phone plays on a phone's screen (390 × 844, twice the pixels): held
// upright, the page asks to turn it; sideways, the game shows and a tap on
// Family game opens it.
func phone(t *testing.T, chromium, url string) {
	ctx, cancel := context.WithTimeout(browser(t, chromium), 3*time.Minute)
	defer cancel()
	metrics := func(w, h int64) chromedp.Action[chromedp.Void] { return viewport(w, h, 2, true) }
	if err := chromedp.Do(ctx, metrics(390, 844), chromedp.Navigate(url+seed)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	top, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.elementFromPoint(195, 422).closest("#rotate") ? "rotate" : "game"`))
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	if top != "rotate" {
		t.Errorf("upright, the page does not ask to turn the phone")
	}
	if err := chromedp.Do(ctx, metrics(844, 390)); err != nil {
		t.Fatalf("turning: %v", err)
	}
	shot := firstFrame(t, ctx)
	// The title screen: Nouvel atelier, En famille…; a finger on the
	// second, whose middle is at 422, 241 on this screen.
	tap(t, ctx, 422, 241)
	after, _ := changed(t, ctx, shot, 5*time.Second)
	if differ(t, shot, after) == 0 {
		// On a screen of two pixels a point, a tap lands where the finger
		// is only if the game does not scale Ebitengine's positions again.
		t.Errorf("a tap on the phone changed nothing")
	}
	if os.Getenv("DECLIC_E2E_SHOTS") != "" {
		os.WriteFile(filepath.Join(os.TempDir(), "declic-phone-title.png"), shot, 0o644)
		os.WriteFile(filepath.Join(os.TempDir(), "declic-phone-tap.png"), after, 0o644)
	}
}

// seedSaved finds the seed of the page's address (seed) in a saved game.
var seedSaved = regexp.MustCompile(`"seed":\s*` + strings.TrimPrefix(seed, "?seed=") + `\b`)

// seeded checks that the game saved was drawn with the page's seed: the
// web build reads ?seed= and passes it on as the desktop's --seed.
func seeded(t *testing.T, saved string) {
	t.Helper()
	if !seedSaved.MatchString(saved) {
		t.Errorf("the game saved was not drawn with %s: %.300s", seed, saved)
	}
}

// viewport makes the page w × h CSS pixels, scale device pixels a CSS
// pixel, on a phone (mobile) or not.
func viewport(w, h int64, scale float64, mobile bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: w, Height: h, DeviceScaleFactor: scale, Mobile: mobile})
		return err
	})
}

// sessionsJS is a JavaScript expression: the workshops saved in
// localStorage, one after the other.
const sessionsJS = `Object.keys(localStorage).filter(k => k.startsWith("declic/sessions/")).map(k => localStorage.getItem(k)).join("\n")`

// sessions returns the workshops saved in localStorage, one after the other.
func sessions(t *testing.T, ctx context.Context) string {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](sessionsJS))
	if err != nil {
		t.Fatalf("localStorage: %v", err)
	}
	return s
}

// drop drags files over the page and drops them at x, y.
func drop(t *testing.T, ctx context.Context, x, y float64, files ...string) {
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: files, DragOperationsMask: 1}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
			if _, err := cdp.Call(ctx, tg, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: x, Y: y, Data: data}); err != nil {
				return err
			}
			// A frame between the steps, as a hand dragging spans frames.
			if err := frames(ctx, 1); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatalf("drop: %v", err)
	}
}

// tap touches the page at x, y (CSS pixels) and lifts the finger.
func tap(t *testing.T, ctx context.Context, x, y float64) {
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 1}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: x, Y: y}}}); err != nil {
			return err
		}
		// The finger down until the game's update has seen it.
		if err := frames(ctx, 3); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
		return err
	}))
	if err != nil {
		t.Fatalf("tap at %v, %v: %v", x, y, err)
	}
}

// play opens url in a fresh Chromium (its own profile, so its own
// localStorage), waits for the first frame, answers a card with the keys
// and checks the session is in localStorage after a reload.
func play(t *testing.T, chromium, url string) {
	ctx, cancel := context.WithTimeout(browser(t, chromium), 3*time.Minute)
	defer cancel()

	// The page 1280 × 720, as the positions below say: headless
	// Chromium's window of that size leaves the page only 633 pixels high,
	// where the tap below landed on Family game instead.
	if err := chromedp.Do(ctx, viewport(1280, 720, 1, false)); err != nil {
		t.Fatalf("viewport: %v", err)
	}
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+seed)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	loaded := time.Since(start)
	shot := firstFrame(t, ctx)
	t.Logf("%s: load event after %v, first frame after %v", url,
		loaded.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	// declic.html carries everything: it must fetch nothing.
	if strings.HasPrefix(url, "file:") {
		fetched, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
			`performance.getEntriesByType("resource").map(e => e.name)`))
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		if len(fetched) > 0 {
			t.Errorf("%s fetched %v", url, fetched)
		}
	}

	// Title screen: a finger on the first button, New workshop (the
	// window is 1280×720: the button's middle is at 640, 367).
	tap(t, ctx, 640, 367)
	touched, _ := changed(t, ctx, shot, 5*time.Second)
	if differ(t, shot, touched) == 0 {
		t.Fatalf("a tap on New workshop changed nothing")
	}
	// Enter: 2 teams; 1: the first deck; Enter: start; Space: the first
	// team takes the laptop (the first deck plays all teams at once, each
	// in turn on one laptop); 1: answer the card.
	before := press(t, ctx, "\r1\r", touched)
	if differ(t, touched, before) == 0 {
		t.Errorf("the screen did not change from the teams after Enter, 1, Enter")
	}
	before = press(t, ctx, " ", before)
	// The seed gives the first card: one answered with 1 (see seed). The
	// countdown at the top right ticks on its own, so it is left out of
	// the comparison.
	after := press(t, ctx, "1", before)
	d := differ(t, before, after)
	if d == 0 {
		t.Errorf("the screen did not change after answering with 1")
	} else {
		t.Logf("answering changed %d pixels", d)
	}

	exportCSV(t, ctx)

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reload: %v", err)
	}
	keys, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Object.keys(localStorage).filter(k => k.startsWith("declic/sessions/"))`))
	if err != nil {
		t.Fatalf("localStorage: %v", err)
	}
	if len(keys) == 0 {
		t.Errorf("no declic/sessions/ key in localStorage after a reload")
	} else {
		t.Logf("localStorage after reload: %v", keys)
	}
	seeded(t, sessions(t, ctx))
	// DECLIC_E2E_SHOTS=1 keeps the screenshots before and after the answer
	// in the temporary folder, to look at.
	if os.Getenv("DECLIC_E2E_SHOTS") != "" {
		name := strings.NewReplacer(":", "_", "/", "_").Replace(url)
		os.WriteFile(filepath.Join(os.TempDir(), name+"-before.png"), before, 0o644)
		os.WriteFile(filepath.Join(os.TempDir(), name+"-after.png"), after, 0o644)
	}
}

// exportCSV ends the game and the workshop from the pause menu and
// exports the scores: the browser downloads the CSV file. Esc: pause; 4:
// end the game; 1: yes; 2: end the workshop; 1: the summary; 1: export.
func exportCSV(t *testing.T, ctx context.Context) {
	dir := t.TempDir()
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		return err
	}))
	if err != nil {
		t.Fatalf("downloads: %v", err)
	}
	// The last key downloads the file and may leave the screen as it is.
	press(t, ctx, "\x1b4121", nil)
	key(t, ctx, '1')
	var csv []byte
	poll(ctx, 5*time.Second, 50*time.Millisecond, func() bool {
		files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
		if len(files) == 0 {
			return false
		}
		// Chromium writes the file under its name once it is whole.
		csv, _ = os.ReadFile(files[0])
		t.Logf("downloaded %s, %d bytes", filepath.Base(files[0]), len(csv))
		return true
	})
	if csv == nil {
		t.Fatalf("no CSV file downloaded")
	}
	if !bytes.Contains(csv, []byte("Équipe")) && !bytes.Contains(csv, []byte("Team")) {
		t.Errorf("the CSV has no team column: %.200s", csv)
	}
}

// browser starts Chromium on a DevTools port chosen by the system, reads
// its websocket address from stderr, and returns a chromedp context on a
// new tab of it. At the end of the test Chromium is closed (Browser.close,
// killed if it lingers) and its profile removed.
func browser(t *testing.T, chromium string) context.Context {
	profile, err := os.MkdirTemp("", "declic-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run",
		"--enable-unsafe-swiftshader", "--window-size=1280,720",
		"--remote-debugging-port=0", "--user-data-dir="+profile, "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	ws := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "DevTools listening on "); ok {
				ws <- strings.TrimSpace(u)
			}
		}
		close(ws)
	}()
	go func() {
		cmd.Wait() // closes stderr, which Chromium's helpers may hold open
		close(exited)
	}()
	var cctx context.Context
	var cancels []context.CancelFunc
	t.Cleanup(func() {
		if cctx != nil {
			ctx, cancel := context.WithTimeout(cctx, 2*time.Second)
			// The answer may not come back: the browser goes with the connection.
			chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, cdpbrowser.Close, cdp.Empty{})
				return err
			}))
			cancel()
		}
		for _, c := range cancels {
			c()
		}
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		// Chromium's helpers may still be writing to the profile a moment.
		for i := 0; ; i++ {
			err := os.RemoveAll(profile)
			if err == nil {
				break
			}
			if i == 50 {
				t.Logf("removing the profile: %v", err)
				break
			}
			time.Sleep(100 * time.Millisecond) // a retry, not a wait for the game
		}
	})
	var u string
	select {
	case u = <-ws:
	case <-time.After(30 * time.Second):
	}
	if u == "" {
		t.Fatal("chromium printed no DevTools address")
	}
	actx, acancel := remote.NewAllocator(context.Background(), u, remote.NoModifyURL)
	c, ccancel := chromedp.NewContext(actx)
	cancels = []context.CancelFunc{ccancel, acancel}
	cctx = c
	// French first, as the families and facilitators read it: the
	// game takes its language from navigator.language.
	err = chromedp.Do(c, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		ua, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.userAgent`))
		if err != nil {
			return err
		}
		_, err = cdp.Call(ctx, tg, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
			UserAgent: strings.Replace(ua, "HeadlessChrome", "Chrome", 1), AcceptLanguage: "fr-FR"})
		return err
	}))
	if err != nil {
		t.Fatalf("language: %v", err)
	}
	return c
}

// loadedJS is a JavaScript test: the game's canvas is on the page and the
// loading screen gone.
const loadedJS = `!!document.querySelector("canvas") && !document.getElementById("loading")`

// firstFrame polls until the game's canvas is on the page, the loading
// screen gone, and a screenshot shows more than a few colours; it returns
// that screenshot.
func firstFrame(t *testing.T, ctx context.Context) []byte {
	var shot []byte
	if poll(ctx, 90*time.Second, 50*time.Millisecond, func() bool {
		ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool](loadedJS))
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		if !ready {
			return false
		}
		shot = screenshot(t, ctx)
		return colours(t, shot, 16) >= 16
	}) {
		return shot
	}
	msg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	t.Fatalf("no first frame after 90s; page text: %q", msg)
	return nil
}

// key presses and releases one key, a few of the page's frames apart for
// the game's update to see it pressed.
func key(t *testing.T, ctx context.Context, r rune) {
	events := kb.Encode(r)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for i, ev := range events {
			if i == len(events)-1 { // the key up
				if err := frames(ctx, 3); err != nil {
					return err
				}
			}
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *ev); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatalf("key %q: %v", r, err)
	}
}

func screenshot(t *testing.T, ctx context.Context) []byte {
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return b
}

func decode(t *testing.T, b []byte) image.Image {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return img
}

// colours counts the distinct colours of a PNG, up to max.
func colours(t *testing.T, b []byte, max int) int {
	img := decode(t, b)
	seen := map[[4]uint32]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c0, c1, c2, c3 := img.At(x, y).RGBA()
			seen[[4]uint32{c0, c1, c2, c3}] = true
			if len(seen) >= max {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// differ counts the pixels that differ between two screenshots, leaving
// out the countdown and pause button at the top right (180×100 pixels).
func differ(t *testing.T, a, b []byte) int {
	ia, ib := decode(t, a), decode(t, b)
	if ia.Bounds() != ib.Bounds() {
		return ia.Bounds().Dx() * ia.Bounds().Dy()
	}
	n := 0
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if y < r.Min.Y+100 && x >= r.Max.X-180 {
				continue
			}
			if ia.At(x, y) != ib.At(x, y) {
				n++
			}
		}
	}
	return n
}
