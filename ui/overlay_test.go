package ui

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// TestScreenshotsOfOverlays draws every overlay (help, quit, pause and its
// question, scores, export) over the scenes they open on, into
// DECLIC_SCREENSHOTS as TestScreenshots does: the panels over a shaded
// scene, to compare before and after a change to how overlays draw.
func TestScreenshotsOfOverlays(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	for _, sized := range screenshotSizes {
		size := [2]int{int(sized[0]), int(sized[1])}
		out := screenshotFolder(t, dir, sized)
		d := sceneDeps(t)
		d.View.Metrics = draw.NewMetrics(size[0], size[1], sized[2])
		d.View.Settings.TextScale = sized[2]
		img := ebiten.NewImage(size[0], size[1])
		shot := func(name string, s Scene) {
			t.Helper()
			img.Clear()
			img.Fill(d.View.Theme.Background)
			s.Draw(img)
			f, err := os.Create(filepath.Join(out, name+".png"))
			require.NoError(t, err)
			defer f.Close()
			require.NoError(t, png.Encode(f, img))
		}

		p, dr, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns, Timer: true})
		p.shown = revealDelay
		playStep(t, dr, p, ActionAnswer2) // a first answer: points to show
		p.since = 10e9
		shot("ov-01-help", newHelpOverlay(d.View, p))
		shot("ov-02-quit", newQuitOverlay(d.View, p))
		blank := &blankScreen{under: p}
		shot("ov-03-quit-over-black", newQuitOverlay(d.View, blank))
		ebiten.SetCursorMode(ebiten.CursorModeVisible)
		pause := newPauseOverlay(d, s, p, p)
		shot("ov-04-pause", pause)
		pause = step(step(pause, ActionDown), ActionDown)
		shot("ov-05-pause-focus", pause)
		shot("ov-06-scores", newScoresOverlay(d, s, p))
		shot("ov-07-scores-over-pause", newScoresOverlay(d, s, pause))
		shot("ov-08-quit-over-pause", newQuitOverlay(d.View, pause))
		pause = step(pause, ActionAnswer4)
		shot("ov-09-pause-end-question", pause)
		pause = step(pause, ActionDown)
		shot("ov-10-pause-end-question-focus", pause)
		fresh := newPauseOverlay(d, newTestSession(t, d, "Renards", "Hiboux"), nil, p)
		d.View.Notice = ""
		fresh = step(fresh, ActionUndo) // nothing to take back: it says so
		shot("ov-11-pause-nothing-to-undo", fresh)
		d.View.Notice = ""

		end := newEndScene(d, s)
		export := newExportPanel(d.View, end, "/home/animatrice/.config/declic/exports/2025-03-02-140000 Collège Jean Moulin, 4e B.csv", d.logError)
		shot("ov-12-export", export)
		export.opened = d.View.Tr.T("export_open_failed")
		shot("ov-13-export-open-failed", export)
		export.opened = ""
		export.figures = "/home/animatrice/.config/declic/exports/2025-03-02-140000 Collège Jean Moulin, 4e B-discernement.csv"
		shot("ov-15-export-two-files", export)
		shot("ov-14-help-over-end", newHelpOverlay(d.View, end))
		img.Deallocate()
	}
}

// overlayCase is one overlay over a scene, with what closes it and what
// leaves it on show.
type overlayCase struct {
	name string
	open func(t *testing.T, d *Deps, under Scene) overlayContent
	// closes and stays are inputs of one frame, each given to a fresh
	// overlay: those of closes show the scene under again, those of stays
	// leave the overlay on show.
	closes, stays map[string]func(o overlayContent) *Input
}

// Inputs of one frame, for overlayCase.
func keys(a ...Action) func(overlayContent) *Input {
	return func(overlayContent) *Input { return &Input{Actions: a} }
}

func tapAt(where func(o overlayContent) draw.Point) func(overlayContent) *Input {
	return func(o overlayContent) *Input { return &Input{Taps: []draw.Point{where(o)}} }
}

// corner is a point of the screen outside every panel; inBox the middle of
// the panel.
func corner(overlayContent) draw.Point { return draw.Point{X: 5, Y: 5} }

func inBox(o overlayContent) draw.Point {
	r, _ := o.box()
	return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2}
}

func centreOf(r draw.Rect) draw.Point { return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }

var overlayCases = []overlayCase{
	{
		name: "help",
		open: func(t *testing.T, d *Deps, under Scene) overlayContent { return newHelpOverlay(d.View, under) },
		closes: map[string]func(overlayContent) *Input{
			"Space": keys(ActionNext), "1": keys(ActionAnswer1), "Esc": keys(ActionPause), "S": keys(ActionScores),
			"a tap on the panel": tapAt(inBox), "a tap outside": tapAt(corner),
		},
		stays: map[string]func(overlayContent) *Input{"nothing": keys()},
	},
	{
		name: "scores",
		open: func(t *testing.T, d *Deps, under Scene) overlayContent {
			return newScoresOverlay(d, newTestSession(t, d, "Renards", "Hiboux"), under).(overlayContent)
		},
		closes: map[string]func(overlayContent) *Input{
			"Space": keys(ActionNext), "A": keys(ActionBuzz1), "Esc": keys(ActionPause), "←": keys(ActionBack),
			"a tap on the panel": tapAt(inBox), "a tap outside": tapAt(corner),
		},
		stays: map[string]func(overlayContent) *Input{"nothing": keys()},
	},
	{
		name: "quit",
		open: func(t *testing.T, d *Deps, under Scene) overlayContent { return newQuitOverlay(d.View, under) },
		closes: map[string]func(overlayContent) *Input{
			"Esc": keys(ActionPause), "←": keys(ActionBack), "2: no": keys(ActionAnswer2),
			"Enter: no has the focus": keys(ActionConfirm),
			"a tap on no":             tapAt(func(o overlayContent) draw.Point { return centreOf(o.(*quitOverlay).buttons()[1]) }),
		},
		stays: map[string]func(overlayContent) *Input{
			"nothing": keys(), "↓": keys(ActionDown), "3": keys(ActionAnswer3), "S": keys(ActionScores),
			"a tap outside": tapAt(corner),
			"a tap on the question": tapAt(func(o overlayContent) draw.Point {
				r, _ := o.box()
				return draw.Point{X: r.X + r.W/2, Y: r.Y + o.(*quitOverlay).v.Px(80)}
			}),
		},
	},
	{
		name: "pause",
		open: func(t *testing.T, d *Deps, under Scene) overlayContent {
			return newPauseOverlay(d, newTestSession(t, d, "Renards", "Hiboux"), under, under).(overlayContent)
		},
		closes: map[string]func(overlayContent) *Input{
			"Esc": keys(ActionPause), "←": keys(ActionBack), "1: resume": keys(ActionAnswer1),
			"Space: resume has the focus": keys(ActionNext),
			"a tap on resume": tapAt(func(o overlayContent) draw.Point {
				_, _, items := layoutPause(o.(*pauseOverlay).v)
				return centreOf(items[pauseResume])
			}),
		},
		stays: map[string]func(overlayContent) *Input{
			"nothing": keys(), "↓": keys(ActionDown), "4: end the game? asked first": keys(ActionAnswer4),
			"a tap outside": tapAt(corner),
		},
	},
	{
		name: "export",
		open: func(t *testing.T, d *Deps, under Scene) overlayContent {
			p := newExportPanel(d.View, under, "/tmp/exports/2026-03-14-164500.csv", d.logError)
			p.open = func(string) error { return nil }
			return p
		},
		closes: map[string]func(overlayContent) *Input{
			"Esc": keys(ActionPause), "←": keys(ActionBack),
			"its digit: close": func(o overlayContent) *Input {
				return &Input{Actions: []Action{ActionAnswer1 + Action(len(o.(*exportPanel).buttons())-1)}}
			},
			"a tap on close": tapAt(func(o overlayContent) draw.Point {
				p := o.(*exportPanel)
				l := layoutExportPanel(p.v, len(p.buttons()))
				return centreOf(l.buttons[len(l.buttons)-1])
			}),
		},
		stays: map[string]func(overlayContent) *Input{
			"nothing": keys(), "a tap outside": tapAt(corner),
		},
	},
}

// TestEveryOverlayClosesOnItsKeysBackToTheSceneUnder checks what every
// overlay shares: it closes on its own keys (any key or tap for a panel to
// read; Esc, ← or its "close" button for one with buttons) and shows the
// scene under it again, which got no frame meanwhile, as if paused.
func TestEveryOverlayClosesOnItsKeysBackToTheSceneUnder(t *testing.T) {
	d := sceneDeps(t)
	for _, tc := range overlayCases {
		t.Run(tc.name, func(t *testing.T) {
			for what, input := range tc.closes {
				under := &recorder{}
				o := tc.open(t, d, under)
				assert.Same(t, under, o.Update(input(o)), "%s closes the %s", what, tc.name)
				assert.Zero(t, under.frames, "the scene under gets no frame: %s", what)
				assert.Empty(t, under.actions, "%s does nothing under", what)
			}
			for what, input := range tc.stays {
				under := &recorder{}
				o := tc.open(t, d, under)
				assert.Same(t, o, o.Update(input(o)), "%s leaves the %s on show", what, tc.name)
				assert.Zero(t, under.frames)
			}
			assert.False(t, tc.open(t, d, &recorder{}).Animating(), "over a scene that animates, still no frames: the scene under is paused")
		})
	}
}

// TestEveryOverlayDrawsTheSceneUnderShaded checks that each overlay draws
// the scene under it (white here) under the theme's shade, and its box in
// its colour, at both themes.
func TestEveryOverlayDrawsTheSceneUnderShaded(t *testing.T) {
	d := sceneDeps(t)
	w, h := int(d.View.Metrics.W), int(d.View.Metrics.H)
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	pix := image.NewRGBA(image.Rect(0, 0, w, h))
	for _, th := range []draw.Theme{draw.NormalTheme, draw.HighContrastTheme} {
		d.View.Theme = th
		// The shade over white: its colour, premultiplied, plus what
		// of the white shows through.
		s := th.Shade
		through := func(c uint8) uint8 { return c + uint8(0xff*(0xff-int(s.A))/0xff) }
		shaded := color.RGBA{through(s.R), through(s.G), through(s.B), 0xff}
		for _, tc := range overlayCases {
			o := tc.open(t, d, &recorder{})
			img.Clear()
			o.Draw(img)
			img.ReadPixels(pix.Pix)
			assertColorNear(t, pix, 5, 5, shaded, 2)
			assertColorNear(t, pix, w-5, h-5, shaded, 2)
			r, look := o.box()
			fill := th.Background
			if look == boxPlain {
				fill = th.Panel
			}
			assertColorNear(t, pix, int(r.X+d.View.Px(16)), int(r.Y+r.H/2), fill, 2)
		}
	}
}
