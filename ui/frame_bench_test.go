package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// BenchmarkFrame draws one whole frame, as the App draws it, at the game's
// window size (1366 × 768), and reads a pixel back so that the GPU's work,
// not only the queuing of it, is timed: the first card of the discovery
// deck, its reveal, and Ebitengine's hello world as the baseline. Under
// Xvfb the GPU is Mesa's software renderer (BENCHMARKS.md).
func BenchmarkFrame(b *testing.B) {
	d := sceneDeps(b)
	d.View.Metrics = draw.NewMetrics(1366, 768, 1)
	screen := ebiten.NewImage(1366, 768)
	defer screen.Deallocate()

	b.Run("hello", func(b *testing.B) {
		for b.Loop() {
			screen.Clear()
			ebitenutil.DebugPrint(screen, "Hello, World!")
			screen.At(0, 0)
		}
	})
	for _, reveal := range []bool{false, true} {
		name := "card"
		if reveal {
			name = "reveal"
		}
		b.Run(name, func(b *testing.B) {
			s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), d.Now())
			require.NoError(b, err)
			_, err = s.NewGame(d.Library.Find("decouverte", "fr"), game.Settings{InOrder: true, Mode: cards.ModeTurns})
			require.NoError(b, err)
			p := newPlayScene(d, s).(*playScene)
			if reveal {
				p.Update(&Input{Actions: []Action{ActionAnswer2}})
				p.Update(&Input{Actions: []Action{ActionAnswer1}})
				require.Equal(b, game.PhaseRevealed, p.g.State().Phase)
			}
			a := NewApp(d.View, p)
			for b.Loop() {
				a.dirty = true
				a.Draw(screen)
				screen.At(0, 0)
			}
		})
	}
}
