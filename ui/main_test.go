package ui_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs the tests inside Ebitengine's game loop, during its first
// Update: pixels of an image can be read back (At, ReadPixels) and
// ebiten.KeyName answers only once the loop runs. The window is small,
// undecorated and unfocused, and closes as soon as the tests end. Without a
// display the loop cannot start: `make test` runs these tests under xvfb-run.
// The pixel tests are in pixel_test.go.
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
