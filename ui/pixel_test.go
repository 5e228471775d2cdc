package ui

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// The pixel tests draw scenes offscreen, as the App draws them, and look at
// a few pixels, with a delta: GPUs and drivers round differently, and the
// layout is free to move things by a few pixels. They run inside the game
// loop (TestMain), under Xvfb without a screen.

// assertColorNear checks each channel of the pixel at (x, y) against want,
// within delta.
func assertColorNear(t *testing.T, img image.Image, x, y int, want color.RGBA, delta uint8) {
	t.Helper()
	got := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
	assert.Truef(t, colorNear(got, want, delta), "pixel (%d, %d) = %v, want %v ± %d", x, y, got, want, delta)
}

func colorNear(got, want color.RGBA, delta uint8) bool {
	return near(got.R, want.R, delta) && near(got.G, want.G, delta) &&
		near(got.B, want.B, delta) && near(got.A, want.A, delta)
}

func near(a, b, delta uint8) bool {
	if a > b {
		return a-b <= delta
	}
	return b-a <= delta
}

// drawFrame draws one frame of an App showing scene, as the window would
// show it, and returns its pixels, read back once.
func drawFrame(t *testing.T, d *Deps, scene Scene) *image.RGBA {
	t.Helper()
	w, h := int(d.View.Metrics.W), int(d.View.Metrics.H)
	screen := ebiten.NewImage(w, h)
	defer screen.Deallocate()
	NewApp(d.View, scene).Draw(screen)
	pix := image.NewRGBA(image.Rect(0, 0, w, h))
	screen.ReadPixels(pix.Pix)
	return pix
}

// longestRun returns where the longest run of pixels of colour want (±
// delta) starts among the pixels at, and its length.
func longestRun(img image.Image, at []image.Point, want color.RGBA, delta uint8) (start image.Point, n int) {
	run := 0
	for i, p := range at {
		if colorNear(color.RGBAModel.Convert(img.At(p.X, p.Y)).(color.RGBA), want, delta) {
			run++
			if run > n {
				start, n = at[i-run+1], run
			}
		} else {
			run = 0
		}
	}
	return start, n
}

// row returns the pixels of line y from x0 to x1, x1 excluded.
func row(y, x0, x1 int) []image.Point {
	var out []image.Point
	for x := x0; x < x1; x++ {
		out = append(out, image.Pt(x, y))
	}
	return out
}

// column returns the pixels of column x from y0 to y1, y1 excluded.
func column(x, y0, y1 int) []image.Point {
	var out []image.Point
	for y := y0; y < y1; y++ {
		out = append(out, image.Pt(x, y))
	}
	return out
}

var themes = []struct {
	name         string
	highContrast bool
}{
	{"normal", false},
	{"high contrast", true},
}

// themedDeps returns the deps of the scene tests with the theme asked for.
func themedDeps(t *testing.T, highContrast bool) *Deps {
	d := sceneDeps(t)
	d.View.Settings.HighContrast = highContrast
	d.applySettings()
	return d
}

// TestPixelsPlayScreenBackground: the margins of the play screen are the
// theme's background, black in high contrast.
func TestPixelsPlayScreenBackground(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			d := themedDeps(t, th.highContrast)
			want := draw.NormalTheme.Background
			if th.highContrast {
				want = color.RGBA{0, 0, 0, 0xff}
			}
			p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
			img := drawFrame(t, d, p)
			w, h := img.Bounds().Dx(), img.Bounds().Dy()
			for _, pt := range []image.Point{{2, 2}, {w - 3, 2}, {w / 2, 2}, {4, h / 2}, {w - 5, h / 2}, {2, h - 3}, {w - 3, h - 3}} {
				assertColorNear(t, img, pt.X, pt.Y, want, 2)
			}
		})
	}
}

// TestPixelsTeamSymbolsInTheirColours: each team's chip at the bottom of the
// play screen shows its symbol in the team's own colour, not in the
// colour of its place.
func TestPixelsTeamSymbolsInTheirColours(t *testing.T) {
	d := sceneDeps(t)
	teams := []game.Team{
		{Name: "Renards", Colour: 3, Symbol: game.Square},
		{Name: "Hiboux", Colour: 5, Symbol: game.Circle},
	}
	s, err := game.NewSession(teams, d.Now())
	require.NoError(t, err)
	_, err = s.NewGame(d.Library.Find("decouverte", "fr"), game.Settings{InOrder: true})
	require.NoError(t, err)
	p := newPlayScene(d, s).(*playScene)
	img := drawFrame(t, d, p)

	for i, chip := range p.layout().teams {
		mid := int(chip.Y + chip.H/2)
		line := row(mid, int(chip.X), int(chip.X+chip.W))
		start, n := longestRun(img, line, TeamColour(teams[i]), 3)
		assert.GreaterOrEqualf(t, float64(n), d.View.Px(24), "team %d: its colour across its symbol", i+1)
		assert.Lessf(t, float64(start.X), chip.X+chip.W/4, "team %d: the symbol is at the start of its chip", i+1)
		_, other := longestRun(img, line, TeamColour(teams[1-i]), 3)
		assert.Zerof(t, other, "team %d: not the other team's colour", i+1)
	}
}

// TestPixelsRightAnswerAtTheReveal: at the reveal, the right answer stands
// in a box of the theme's Right colour, which the card itself does not
// show before.
func TestPixelsRightAnswerAtTheReveal(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			d := themedDeps(t, th.highContrast)
			p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
			body := p.layout().body
			// A column near the left edge of the card, clear of the
			// rounded corners and of the centred text.
			line := column(int(body.X+d.View.Px(40)), int(body.Y), int(body.Y+body.H))
			right := d.View.Theme.Right

			_, n := longestRun(drawFrame(t, d, p), line, right, 3)
			assert.Less(t, float64(n), d.View.Px(10), "no answer in the Right colour before the reveal")

			playStep(t, dr, p, ActionAnswer2) // the first vote
			playStep(t, dr, p, ActionAnswer1) // the second, right
			require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
			_, n = longestRun(drawFrame(t, d, p), line, right, 3)
			assert.GreaterOrEqual(t, float64(n), d.View.Px(100), "the right answer's box")
		})
	}
}
