package ui_test

import (
	"fmt"
	"image/color"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"github.com/stretchr/testify/assert"
)

// TestMain runs the tests inside Ebitengine's game loop, during its first
// Update: pixels of an image can be read back (At, ReadPixels) and
// ebiten.KeyName answers only once the loop runs. The window is small,
// undecorated and unfocused, and closes as soon as the tests end. Without a
// display the loop cannot start: `make test` runs these tests under xvfb-run.
func TestMain(m *testing.M) {
	ebiten.SetWindowTitle("Déclic – ui tests")
	ebiten.SetWindowSize(testScreenSize, testScreenSize)
	ebiten.SetWindowDecorated(false)
	ebiten.SetRunnableOnUnfocused(true)
	g := &testLoop{m: m, code: 1}
	if err := ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		fmt.Fprintln(os.Stderr, "ui tests: Ebitengine did not start (no display? `make test` runs them under xvfb-run):", err)
		os.Exit(1)
	}
	os.Exit(g.code)
}

const testScreenSize = 64

// testLoop is the game whose first Update runs the tests.
type testLoop struct {
	m    *testing.M
	code int
}

func (g *testLoop) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*testLoop) Draw(*ebiten.Image) {}

func (*testLoop) Layout(int, int) (int, int) { return testScreenSize, testScreenSize }

// assertColorNear checks each channel of the pixel at (x, y) against want,
// within delta: GPUs and drivers round differently.
func assertColorNear(t *testing.T, img *ebiten.Image, x, y int, want color.RGBA, delta uint8) {
	t.Helper()
	got := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
	ok := near(got.R, want.R, delta) && near(got.G, want.G, delta) &&
		near(got.B, want.B, delta) && near(got.A, want.A, delta)
	assert.Truef(t, ok, "pixel (%d, %d) = %v, want %v ± %d", x, y, got, want, delta)
}

func near(a, b, delta uint8) bool {
	if a > b {
		return a-b <= delta
	}
	return b-a <= delta
}

func TestPixelsOfAFilledRectangle(t *testing.T) {
	img := ebiten.NewImage(32, 32)
	defer img.Deallocate()
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	blue := color.RGBA{0x20, 0x60, 0xc0, 0xff}
	img.Fill(white)
	vector.DrawFilledRect(img, 8, 8, 16, 16, blue, false)

	for _, p := range []struct {
		x, y int
		want color.RGBA
	}{
		{0, 0, white},
		{7, 7, white},
		{8, 8, blue},
		{16, 16, blue},
		{23, 23, blue},
		{24, 24, white},
		{31, 31, white},
	} {
		assertColorNear(t, img, p.x, p.y, p.want, 2)
	}
}
