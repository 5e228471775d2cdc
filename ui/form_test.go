package ui

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/decks"
	"declic/host"
	"declic/store"
	"declic/ui/draw"
)

// sceneDeps returns the deps of a workshop for scene tests: French texts, a
// 1920 × 1080 screen, the bundled discovery decks (fr and en: tests count
// on what they hold, and the other bundled decks grow) plus the decks given
// as TOML text, sessions and settings in temporary folders, and a clock
// that stands still.
func sceneDeps(t testing.TB, extra ...string) *Deps {
	t.Helper()
	discovery := fstest.MapFS{}
	for _, f := range []string{"fr/decouverte.toml", "en/discovery.toml"} {
		data, err := fs.ReadFile(decks.FS, f)
		require.NoError(t, err)
		discovery[f] = &fstest.MapFile{Data: data}
	}
	return depsWith(t, discovery, extra...)
}

// allDecksDeps is sceneDeps with every bundled deck: for the tests that
// lay out every card there is.
func allDecksDeps(t testing.TB, extra ...string) *Deps {
	t.Helper()
	return depsWith(t, decks.FS, extra...)
}

// testFonts and testPictures serve every test's deps: the tests run within
// one Update of Ebitengine's loop, which then never runs the drawing
// commands or lets a glyph or picture go, so fonts and pictures made again
// for each test added up (19 GB for the suite).
var (
	testFonts    *draw.Fonts
	testPictures = newCardImages()
)

func depsWith(t testing.TB, bundled fs.FS, extra ...string) *Deps {
	t.Helper()
	if testFonts == nil {
		fonts, err := draw.NewFonts()
		require.NoError(t, err)
		testFonts = fonts
	}
	fonts := testFonts
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	lib := &cards.Library{}
	lib.AddFS(bundled, "bundled/")
	if len(extra) > 0 {
		dir := t.TempDir()
		for i, text := range extra {
			require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("deck%02d.toml", i)), []byte(text), 0o644))
		}
		lib.AddPath(dir)
	}
	require.Zero(t, lib.Problems.Errors(), "the test decks are valid: %v", lib.Problems)
	settings := store.DefaultSettings()
	now := time.Date(2025, 3, 14, 14, 30, 0, 0, time.UTC)
	d := &Deps{
		View:         &View{Kit: draw.Kit{Fonts: fonts, Theme: draw.NormalTheme, Metrics: draw.NewMetrics(1920, 1080, 1)}, Tr: tr, Settings: &settings},
		Library:      lib,
		Store:        store.Folder{Dir: t.TempDir()},
		Now:          func() time.Time { return now },
		SettingsFile: filepath.Join(t.TempDir(), "settings.toml"),
		pictures:     testPictures,
	}
	d.Host = host.New(d.Store, d.Now)
	d.Listen()
	return d
}

// choiceDeck returns the TOML text of a small deck of choice cards.
func choiceDeck(id, title, lang string, cards int) string {
	s := fmt.Sprintf("format = 1\n\n[deck]\nid = %q\ntitle = %q\nlanguage = %q\nminutes = 15\n\n[defaults]\nseconds = 30\n", id, title, lang)
	for i := 0; i < cards; i++ {
		s += fmt.Sprintf("\n[[card]]\ntype = \"choice\"\nquestion = \"Question %d ?\"\nchoices = [\"Oui\", \"Non\"]\nanswer = 1\nexplanation = \"Parce que.\"\n", i+1)
	}
	return s
}

// boardDeck is a "Qui est-ce ?" deck whose first two characters have clues.
const boardDeck = `format = 1

[deck]
id = "qui-est-ce"
title = "Qui est-ce ? numérique"
language = "fr"
audience = ["enfants"]

[[question]]
id = "ecran"
text = "A-t-il un écran ?"

[[question]]
id = "poche"
text = "Tient-il dans une poche ?"

[[card]]
type = "character"
name = "Le smartphone"
yes = ["ecran", "poche"]
clues = ["Je sonne.", "Je tiens dans la main."]

[[card]]
type = "character"
name = "La télévision"
yes = ["ecran"]
clues = ["J'ai une télécommande.", "Je suis dans le salon."]

[[card]]
type = "character"
name = "La clé USB"
yes = ["poche"]

[[card]]
type = "character"
name = "Le Wi-Fi"
yes = []

[[card]]
type = "character"
name = "Le Minitel"
yes = ["ecran"]

[[card]]
type = "character"
name = "La souris"
yes = ["poche"]
`

// sceneDriver plays frames of a scene: each call is one frame of input,
// after which the scene on show is drawn, so that drawing is tested too.
type sceneDriver struct {
	t      *testing.T
	d      *Deps
	scene  Scene
	screen *ebiten.Image
}

func newSceneDriver(t *testing.T, d *Deps, s Scene) *sceneDriver {
	screen := ebiten.NewImage(int(d.View.Metrics.W), int(d.View.Metrics.H))
	t.Cleanup(screen.Deallocate)
	dr := &sceneDriver{t: t, d: d, scene: s, screen: screen}
	dr.draw()
	return dr
}

func (dr *sceneDriver) frame(in *Input) Scene {
	dr.t.Helper()
	require.NotNil(dr.t, dr.scene, "the scene quit")
	dr.scene = dr.scene.Update(in)
	assert.False(dr.t, dr.scene != nil && dr.isOurs() && dr.scene.Animating(), "a static screen does not animate")
	dr.draw()
	return dr.scene
}

// isOurs reports whether the scene on show is one of the scenes this file
// tests (the play scene is tested on its own).
func (dr *sceneDriver) isOurs() bool {
	switch dr.scene.(type) {
	case *teamsScene, *deckScene, *gameSetupScene, *settingsScene:
		return true
	}
	return false
}

func (dr *sceneDriver) draw() {
	if dr.scene != nil && dr.isOurs() {
		dr.screen.Clear()
		dr.scene.Draw(dr.screen)
	}
}

// press plays one frame for each action.
func (dr *sceneDriver) press(actions ...Action) Scene {
	dr.t.Helper()
	for _, a := range actions {
		dr.frame(&Input{Actions: []Action{a}})
	}
	return dr.scene
}

// typeText types s in one frame, as Ebitengine hands typed characters over.
func (dr *sceneDriver) typeText(s string) Scene {
	dr.t.Helper()
	return dr.frame(&Input{Chars: []rune(s)})
}

// tap taps the middle of r.
func (dr *sceneDriver) tap(r draw.Rect) Scene {
	dr.t.Helper()
	return dr.frame(&Input{Taps: []draw.Point{{X: r.X + r.W/2, Y: r.Y + r.H/2}}})
}

// backScene is where Esc goes in the tests.
type backScene struct{}

func (backScene) Update(*Input) Scene { return backScene{} }
func (backScene) Draw(*ebiten.Image)  {}
func (backScene) Animating() bool     { return false }

// screenSizes are the screens every layout must fit: a laptop, a projector,
// a 4K screen, an old 4:3 projector and a small window, at every text size.
var screenSizes = [][2]int{{1366, 768}, {1920, 1080}, {3840, 2160}, {1024, 768}, {800, 600}}

func eachMetrics(f func(m draw.Metrics, name string)) {
	for _, s := range screenSizes {
		for _, scale := range TextScales {
			f(draw.NewMetrics(s[0], s[1], scale), fmt.Sprintf("%d×%d text ×%.1f", s[0], s[1], scale))
		}
	}
}

// checkTargets checks that targets lie on the screen, do not overlap, and
// are big enough for a finger: 60 pixels on a 1920 × 1080 screen, 43 on a
// 1366 × 768 laptop, whatever the text size (a larger text leaves less room
// for the same targets, it does not make fingers bigger).
func checkTargets(t *testing.T, m draw.Metrics, name string, targets []draw.Rect) {
	t.Helper()
	scr := m.Screen()
	minSide := 60 * draw.NewMetrics(int(m.W), int(m.H), 1).U
	for i, r := range targets {
		assert.Truef(t, r.Within(scr), "%s: target %d %v is off the screen", name, i, r)
		assert.GreaterOrEqualf(t, r.H, minSide, "%s: target %d %v is too small", name, i, r)
		assert.GreaterOrEqualf(t, r.W, minSide, "%s: target %d %v is too small", name, i, r)
		for j := i + 1; j < len(targets); j++ {
			assert.Falsef(t, r.Overlaps(targets[j]), "%s: targets %d %v and %d %v overlap", name, i, r, j, targets[j])
		}
	}
}

func TestFocusGridMovesByRowsAndWraps(t *testing.T) {
	// Two chips on a row, one wide button under them, then two buttons.
	rects := []draw.Rect{
		{X: 0, Y: 0, W: 100, H: 50}, {X: 120, Y: 0, W: 100, H: 50},
		{X: 0, Y: 100, W: 220, H: 50},
		{X: 0, Y: 200, W: 100, H: 50}, {X: 120, Y: 200, W: 100, H: 50},
	}
	tests := []struct {
		from   int
		action Action
		want   int
	}{
		{0, ActionDown, 2},
		{1, ActionDown, 2},
		{2, ActionDown, 3}, // nearest across: the left one (equal distance, first wins)
		{4, ActionUp, 2},
		{2, ActionUp, 0},
		{3, ActionDown, 0}, // wraps to the top row, nearest across
		{4, ActionDown, 1},
		{0, ActionUp, 3}, // wraps to the bottom row
		{1, ActionFocusNext, 2},
		{4, ActionFocusNext, 0},
	}
	for _, tt := range tests {
		f := focusGrid{focus: tt.from}
		assert.True(t, f.move(&Input{Actions: []Action{tt.action}}, rects, nil))
		assert.Equal(t, tt.want, f.focus, "%d %v", tt.from, tt.action)
	}
	f := focusGrid{focus: 0}
	f.move(&Input{Actions: []Action{ActionDown}}, rects, func(i int) bool { return i != 2 })
	assert.Equal(t, 3, f.focus, "a disabled target is skipped")
	assert.False(t, f.move(&Input{Actions: []Action{ActionNext}}, rects, nil), "Space is the scene's to handle")
}

func TestChoiceRowsFitEveryScreen(t *testing.T) {
	rows := []choice{
		{Label: "Cartes", Options: []string{"Toutes", "5", "10", "15", "20", "30"}},
		{Label: "Ordre", Options: []string{"Mélangées", "Dans l'ordre"}},
		{Label: "Qui répond ?", Options: []string{"a", "b", "c"}, Details: []string{"x", "y", "z"}},
		{Label: "Minuteur", Options: []string{"Sans", "Selon la carte", "30 s", "45 s", "60 s", "90 s"}},
		{Label: "Points", Hint: "…", Options: []string{"Avec", "Sans"}},
		{Label: "Passer la main", Hint: "…", Options: []string{"Non", "Oui"}},
	}
	eachMetrics(func(m draw.Metrics, name string) {
		// Without the room's button, with it, and with its badge.
		for _, room := range []float64{0, roomBadgeWidth(false), roomBadgeWidth(true)} {
			l := layoutSetup(m, rows, room)
			targets := append(choiceTargets(l.rows), l.back, l.next)
			for _, r := range l.rows {
				targets = append(targets, r.Label)
			}
			if room > 0 {
				targets = append(targets, l.room)
				assert.Falsef(t, l.room.Overlaps(l.title), "%s: the room's button keeps clear of the title", name)
			}
			checkTargets(t, m, name, targets)
		}
	})
}

// TestALabelWithAHintKeepsTheRowsSize: a setting's label over its hint is
// drawn at the size of every other row's label, never shrunk to make room
// for the hint (it was, by the leading its line lost).
func TestALabelWithAHintKeepsTheRowsSize(t *testing.T) {
	d := sceneDeps(t)
	v := d.View
	g := newGameSetupScene(d, newTestSession(t, d, "Renards", "Hiboux"), d.Library.Decks[0], backScene{})
	g.mode = cards.ModeAll
	// An old 4:3 projector: room for the hints under their labels.
	defer func(m draw.Metrics) { v.Metrics = m }(v.Metrics)
	v.Metrics = draw.NewMetrics(1024, 768, 1)
	rows := choicesOf(g.rows())
	l := g.layout(g.rows())
	size := v.choiceSize(l.rows)
	hinted := 0
	for i, c := range rows {
		if c.Hint == "" {
			continue
		}
		_, inner := v.labelParts(l.rows[i].Label, size, true)
		label, hint, hintSize := v.labelAndHint(inner, size)
		if hintSize == 0 {
			continue
		}
		hinted++
		st := draw.Style{Size: size, Min: size * 0.6, Bold: true}
		assert.InDeltaf(t, size, v.Fonts.Layout("Points", st, label.W, label.H).Size, 1e-9, "%s: the label at the rows' size", c.Label)
		assert.LessOrEqualf(t, label.Y+label.H, hint.Y+hint.H, "%s: the hint under its label", c.Label)
		assert.GreaterOrEqualf(t, label.Y, inner.Y-size, "%s: within its row", c.Label)
	}
	assert.Positive(t, hinted, "a row of the setup shows its hint")
}

// TestEverySettingReadsAtOneSize: on a laptop and a projector, at text
// sizes 1 and 1.4, the game's setup of a verdict deck in turns (its nine
// rows) draws every label and option at one size, none shrunk by its row's
// height; a hint shows at a readable size or not at all, and a row whose
// hint is left out is as tall as the others.
func TestEverySettingReadsAtOneSize(t *testing.T) {
	d := allDecksDeps(t)
	v := d.View
	defer func(m draw.Metrics) { v.Metrics = m }(v.Metrics)
	g := newGameSetupScene(d, newTestSession(t, d, "Renards", "Hiboux"), d.Library.Find("infox", "fr"), backScene{})
	g.mode = cards.ModeTurns
	rows := choicesOf(g.rows())
	require.Len(t, rows, 9)
	for _, sz := range [][2]int{{1366, 768}, {1920, 1080}} {
		for _, scale := range []float64{1, 1.4} {
			v.Metrics = draw.NewMetrics(sz[0], sz[1], scale)
			name := fmt.Sprintf("%d×%d text ×%.1f", sz[0], sz[1], scale)
			l := g.layout(g.rows())
			size := v.choiceSize(l.rows)
			plain := 0.0
			for i, c := range rows {
				if c.Details == nil {
					plain = math.Max(plain, l.rows[i].Options[0].H)
				}
			}
			for i, c := range rows {
				r := l.rows[i]
				_, inner := v.labelParts(r.Label, size, true)
				label, hintSize := inner, 0.0
				if c.Hint != "" {
					var top draw.Rect
					top, _, hintSize = v.labelAndHint(inner, size)
					if hintSize > 0 {
						label = top
						assert.GreaterOrEqualf(t, hintSize, v.Px(draw.SizeTiny)*0.8, "%s: %s: its hint readable", name, c.Label)
					}
				}
				if hintSize == 0 && c.Details == nil {
					assert.InDeltaf(t, plain, r.Options[0].H, 1e-9, "%s: %s: as tall as the others without its hint", name, c.Label)
				}
				if hintSize == 0 && c.Hint != "" {
					g.focus.focus = choiceTargetIndex(rows, i, 0)
					assert.Containsf(t, g.message(), c.Hint, "%s: %s: its hint under the rows while it has the focus", name, c.Label)
				}
				st := draw.Style{Size: size, Min: size * 0.6, Bold: true}
				assert.InDeltaf(t, size, v.Fonts.Layout(c.Label, st, label.W, label.H).Size, 1e-9, "%s: %s: the label at the rows' size", name, c.Label)
				chip := r.Options[0].InsetXY(v.Px(16), v.Px(6))
				if c.Details == nil {
					assert.InDeltaf(t, size, v.Fonts.Layout("Non", st, chip.W, chip.H).Size, 1e-9, "%s: %s: its options at the rows' size", name, c.Label)
				}
			}
		}
	}
}
