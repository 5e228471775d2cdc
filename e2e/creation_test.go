package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"declic/cards"
)

// TestAtelierCreation plays the creation workshop end to end (issue 15):
// the real game under Xvfb with its room, two Chromium phones seated for
// Lynx and Ours, and the console in a desktop-sized Chromium page. The
// facilitator opens the workshop from the console ("Info ou intox"); the
// projector shows it; each phone fills the form and sends a card, Lynx's
// with a photo the page shrinks to 1280 px; the console sees both, accepts
// Lynx's and refuses Ours's, writes the deck and plays it: the deck is in
// DECLIC_HOME/decks and passes the check with Lynx's card credited, the
// session's new game plays it and the phones show its card.
func TestAtelierCreation(t *testing.T) {
	chromium, _ := setup(t)
	declic, err := filepath.Abs("../bin/declic")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(declic); err != nil {
		t.Fatalf("%v: run `make build` first", err)
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
	g.press("Escape") // the room's overlay: the first card shows

	console := newConsole(t, chromium, loopback(t, g.console))
	console.wait(`[...document.querySelectorAll("#keys button")].some(b => b.textContent.includes("Atelier création"))`)
	before := rootShot(t, display)
	console.click(`[...document.querySelectorAll("#keys button")].find(b => b.textContent.includes("Atelier création"))`)
	console.click(`[...document.querySelectorAll(".kinds button")].find(b => b.textContent.startsWith("Info ou intox"))`)
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(`!!document.querySelector("form.create textarea")`, 15*time.Second)
	}
	if !poll(context.Background(), 10*time.Second, 100*time.Millisecond, func() bool {
		return differ(t, before, rootShot(t, display)) > 0
	}) {
		t.Errorf("the projector did not show the workshop")
	}

	// Lynx writes a card with a photo from the phone's camera (a file
	// here, 1600 × 1200, which the page shrinks); Ours one without its
	// explanation.
	photo := filepath.Join(t.TempDir(), "photo.jpg")
	writePhoto(t, photo, 1600, 1200)
	lynx.fill(`form.create [name=claim]`, "Les chats ont neuf vies.")
	lynx.tapAt(`document.querySelector(".verdicts button:nth-of-type(2)")`)
	lynx.fill(`form.create [name=why]`, "C'est une légende")
	lynx.fill(`form.create [name=source]`, "https://fr.wikipedia.org/wiki/Chat")
	if err := chromedp.Do(lynx.ctx, chromedp.SetUploadFiles(`input.file`, []string{photo})); err != nil {
		t.Fatalf("lynx: the photo: %v", err)
	}
	lynx.wait(`!document.querySelector("img.shot").hidden && document.querySelector("img.shot").naturalWidth === 1280`, 10*time.Second)
	if shots != "" {
		lynx.shot(filepath.Join(shots, "creation-phone-form.png"))
	}
	ours.fill(`form.create [name=claim]`, "La Lune est un fromage.")
	ours.tapAt(`document.querySelector(".verdicts button:nth-of-type(1)")`)
	for _, p := range []*seatPhone{lynx, ours} {
		p.tapAt(`document.querySelector("form.create button[type=submit]")`)
		p.wait(`document.querySelectorAll(".mine li").length === 1`, 10*time.Second)
	}

	// The console sees both cards with their problems, accepts Lynx's and
	// refuses Ours's, writes the deck and plays it.
	console.wait(`document.querySelectorAll("article.csub").length === 2 && !!document.querySelector("article.csub img")`)
	console.wait(`[...document.querySelectorAll("article.csub")].some(a => a.textContent.includes("Ours") && a.querySelector(".problems li.warning"))`)
	if shots != "" {
		console.shot(filepath.Join(shots, "creation-console-full.png"))
		console.view(filepath.Join(shots, "creation-console.png"))
		small := newConsole(t, chromium, loopback(t, g.console))
		chromedp.Do(small.ctx, viewport(390, 844, 2, true))
		small.wait(`document.querySelectorAll("article.csub").length === 2`)
		small.view(filepath.Join(shots, "creation-console-phone.png"))
		os.WriteFile(filepath.Join(shots, "creation-projector.png"), rootShot(t, display), 0o644)
	}
	// Counts in words, and nothing to write yet: the button is disabled.
	console.wait(`document.querySelector("#creation .ccounts").textContent.includes("1 écrite · 0 acceptée") &&
		[...document.querySelectorAll("#creation button.primary")].some(b => b.textContent === "Écrire le deck (0 carte)" && b.disabled)`)
	// A correction typed in a card shows its Enregistrer, which sends it.
	ours2 := `[...document.querySelectorAll("article.csub")].find(a => a.textContent.includes("Ours"))`
	if _, err := chromedp.Run(console.ctx, chromedp.Evaluate[bool](`(() => { const e = `+ours2+`.querySelectorAll("textarea")[1]; e.value = "La Lune est faite de roche."; e.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)); err != nil {
		t.Fatal(err)
	}
	console.wait(`(() => { const b = [...` + ours2 + `.querySelectorAll("button")].find(b => b.textContent === "Enregistrer"); return !!b && b.offsetParent !== null && b.getBoundingClientRect().width > 0; })()`)
	if shots != "" {
		console.shot(filepath.Join(shots, "creation-console-edited.png"))
	}
	console.click(`[...` + ours2 + `.querySelectorAll("button")].find(b => b.textContent === "Enregistrer")`)
	console.wait(ours2 + `.textContent.includes("modifiée") && ` + ours2 + `.querySelectorAll("textarea")[1].value === "La Lune est faite de roche."`)
	console.click(`[...document.querySelectorAll("article.csub")].find(a => a.textContent.includes("Lynx")).querySelector("button.ok")`)
	console.click(`[...document.querySelectorAll("article.csub")].find(a => a.textContent.includes("Ours")).querySelector("button.no")`)
	lynx.wait(`document.querySelector(".mine li.st-accepted") !== null`, 10*time.Second)
	ours.wait(`document.querySelector(".mine li.st-refused") !== null`, 10*time.Second)
	console.click(`[...document.querySelectorAll("#creation button.primary")].find(b => b.textContent.startsWith("Écrire le deck (1"))`)
	console.click(`[...document.querySelectorAll("#creation button.primary")].find(b => b.textContent.startsWith("Jouer ce deck"))`)
	for _, p := range []*seatPhone{lynx, ours} {
		p.wait(`document.querySelector("#where").textContent.startsWith("Carte 1 sur 1") && document.body.innerText.includes("Les chats ont neuf vies.")`, 15*time.Second)
	}

	files, _ := filepath.Glob(filepath.Join(home, "decks", "creation-*", "creation-*.toml"))
	if len(files) != 1 {
		t.Fatalf("decks written under %s: %v, want one", home, files)
	}
	d, problems := cards.LoadFile(files[0])
	if d == nil || len(problems) > 0 {
		t.Fatalf("%s does not pass the check: %v", files[0], problems)
	}
	if len(d.Cards) != 1 || d.Cards[0].Image == "" || !strings.HasSuffix(d.Cards[0].Explanation, "Carte écrite par l'équipe Lynx.") {
		t.Errorf("the deck written: %+v", d.Cards)
	}
	// Lynx answers the new card: the session saves the game with it.
	lynx.answer(1, 2)
	if !poll(context.Background(), 10*time.Second, 100*time.Millisecond, func() bool {
		return lastDeck(filepath.Join(home, "sessions")) == d.ID
	}) {
		t.Errorf("the session's last game is not the workshop's deck %s", d.ID)
	}
	if shots != "" {
		os.WriteFile(filepath.Join(shots, "creation-played.png"), rootShot(t, display), 0o644)
	}
	if shots != "" {
		// The riddle's form, to look at.
		console.click(`[...document.querySelectorAll("#keys button")].find(b => b.textContent.includes("Atelier création"))`)
		console.click(`[...document.querySelectorAll(".kinds button")].find(b => b.textContent.startsWith("Qui suis-je"))`)
		ours.wait(`!!document.querySelector("form.create [name=answer]")`, 10*time.Second)
		ours.fill(`form.create [name=answer]`, "Le Minitel")
		ours.shot(filepath.Join(shots, "creation-phone-riddle.png"))
	}
	t.Logf("the creation workshop's end-to-end test took %v", time.Since(started).Round(time.Millisecond))
}

// consolePage is the facilitator's console in a laptop-sized page.
type consolePage struct {
	t   *testing.T
	ctx context.Context
}

func newConsole(t *testing.T, chromium, u string) *consolePage {
	ctx := browser(t, chromium)
	if err := chromedp.Do(ctx, viewport(1366, 768, 1, false), chromedp.Navigate(u)); err != nil {
		t.Fatalf("console: %v", err)
	}
	return &consolePage{t: t, ctx: ctx}
}

func (c *consolePage) wait(test string) {
	c.t.Helper()
	if !waitFor(c.t, c.ctx, test, 15*time.Second) {
		text, _ := chromedp.Run(c.ctx, chromedp.Evaluate[string](`document.body.innerText`))
		c.t.Fatalf("console: %s never held; the page says %q", test, text)
	}
}

// click clicks the element el gives once it is there and enabled.
func (c *consolePage) click(el string) {
	c.t.Helper()
	c.wait(fmt.Sprintf(`(() => { const e = %s; return !!e && !e.disabled; })()`, el))
	if _, err := chromedp.Run(c.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(() => { (%s).click(); return true; })()`, el))); err != nil {
		c.t.Fatalf("console: click %s: %v", el, err)
	}
}

// view writes what the page's viewport shows as a PNG.
func (c *consolePage) view(file string) {
	b, err := chromedp.Run(c.ctx, chromedp.CaptureScreenshot())
	if err == nil {
		os.WriteFile(file, b, 0o644)
	}
}

func (c *consolePage) shot(file string) {
	b, err := chromedp.Run(c.ctx, chromedp.FullScreenshot(90))
	if err == nil {
		os.WriteFile(file, b, 0o644)
	}
}

// fill types text into the field sel, as the phone's keyboard would leave it.
func (p *seatPhone) fill(sel, text string) {
	p.t.Helper()
	p.wait(fmt.Sprintf(`!!document.querySelector(%q)`, sel), 10*time.Second)
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); e.focus(); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`, sel, text))); err != nil {
		p.t.Fatalf("%s: fill %s: %v", p.name, sel, err)
	}
}

func (p *seatPhone) shot(file string) {
	b, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(90))
	if err == nil {
		os.WriteFile(file, b, 0o644)
	}
}

// writePhoto writes a JPEG of w × h pixels, a gradient.
func writePhoto(t *testing.T, file string, w, h int) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 160, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lastDeck returns the id of the deck of the newest session's last game
// under dir, "" when none.
func lastDeck(dir string) string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var file struct {
			Session struct {
				Games []struct {
					Deck struct {
						ID string `json:"id"`
					} `json:"deck"`
				} `json:"games"`
			} `json:"session"`
		}
		if json.Unmarshal(b, &file) != nil || len(file.Session.Games) == 0 {
			continue
		}
		if id := file.Session.Games[len(file.Session.Games)-1].Deck.ID; strings.HasPrefix(id, "creation-") {
			return id
		}
	}
	return ""
}
