package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
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
	for _, sized := range [][3]float64{{1920, 1080, 1}, {1366, 768, 1}, {1920, 1080, 1.4}, {1366, 768, 1.4}} {
		size := [2]int{int(sized[0]), int(sized[1])}
		out := filepath.Join(dir, fmt.Sprintf("%dx%d", size[0], size[1]))
		if sized[2] != 1 {
			out += fmt.Sprintf("@%.1f", sized[2])
		}
		require.NoError(t, os.MkdirAll(out, 0o755))
		d := sceneDeps(t)
		d.View.Metrics = NewMetrics(size[0], size[1], sized[2])
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
		shot("ov-14-help-over-end", newHelpOverlay(d.View, end))
		img.Deallocate()
	}
}
