package draw

import (
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"
)

// TestMain runs the tests inside Ebitengine's game loop, during its first
// Update, as ui's tests do: text is shaped and images are drawn only once
// the loop runs. Without a display the loop cannot start: run these tests
// under xvfb-run.
func TestMain(m *testing.M) {
	ebiten.SetWindowTitle("Déclic – ui/draw tests")
	ebiten.SetWindowSize(testScreenSize, testScreenSize)
	ebiten.SetWindowDecorated(false)
	ebiten.SetRunnableOnUnfocused(true)
	g := &testLoop{m: m, code: 1}
	if err := ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		fmt.Fprintln(os.Stderr, "ui/draw tests: Ebitengine did not start (no display? run them under xvfb-run):", err)
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

// sharedFonts are the fonts of every test, parsed once: fonts are heavy, and
// their caches are what the tests exercise.
var sharedFonts *Fonts

func testFonts(t *testing.T) *Fonts {
	t.Helper()
	if sharedFonts == nil {
		f, err := NewFonts()
		require.NoError(t, err)
		sharedFonts = f
	}
	return sharedFonts
}

// testKit returns a kit for a 1920 × 1080 screen in the normal theme, as
// ui's scene tests draw with.
func testKit(t *testing.T) *Kit {
	return &Kit{Fonts: testFonts(t), Theme: NormalTheme, Metrics: NewMetrics(1920, 1080, 1)}
}
