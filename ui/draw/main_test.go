package draw

import (
	"testing"

	"github.com/stretchr/testify/require"

	"declic/ui/internal/looptest"
)

// TestMain runs the tests inside Ebitengine's game loop, as ui's tests do:
// text is shaped and images are drawn only once the loop runs.
func TestMain(m *testing.M) { looptest.Main(m, "ui/draw tests") }

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
