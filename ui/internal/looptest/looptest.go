// Package looptest runs a package's tests inside Ebitengine's game loop,
// during its first Update: pixels of an image can be read back (At,
// ReadPixels), text is shaped and ebiten.KeyName answers only once the loop
// runs. The window is small, undecorated and unfocused, and closes as soon
// as the tests end. Without a display the loop cannot start: `make test`
// runs these tests under xvfb-run.
package looptest

import (
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// screenSize is the side of the window the tests run in.
const screenSize = 64

// Main is a TestMain: it runs m in the game loop and exits with its code.
// name names the tests in the window's title and in the message given when
// Ebitengine cannot start.
func Main(m *testing.M, name string) {
	ebiten.SetWindowTitle("Déclic – " + name)
	ebiten.SetWindowSize(screenSize, screenSize)
	ebiten.SetWindowDecorated(false)
	ebiten.SetRunnableOnUnfocused(true)
	g := &loop{m: m, code: 1}
	if err := ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		fmt.Fprintln(os.Stderr, name+": Ebitengine did not start (no display? `make test` runs them under xvfb-run):", err)
		os.Exit(1)
	}
	os.Exit(g.code)
}

// loop is the game whose first Update runs the tests.
type loop struct {
	m    *testing.M
	code int
}

func (g *loop) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*loop) Draw(*ebiten.Image) {}

func (*loop) Layout(int, int) (int, int) { return screenSize, screenSize }
