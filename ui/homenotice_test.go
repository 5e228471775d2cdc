package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
)

// TestHomeNoticesFit lays out the notices saying where the data goes when
// the system gives no home folder (the game shows them on its first
// screen) in the notice bar of the smallest screen: they show whole.
func TestHomeNoticesFit(t *testing.T) {
	fonts, err := NewFonts()
	require.NoError(t, err)
	for _, lang := range assets.Languages {
		tr, err := assets.NewTranslator(lang)
		require.NoError(t, err)
		v := &View{Fonts: fonts, Tr: tr, Theme: NormalTheme, Metrics: NewMetrics(1366, 768, 1)}
		scr := v.Metrics.Screen().Inset(v.Px(24))
		_, scr = scr.Bottom(v.Px(150))
		bar, _ := scr.Bottom(v.Px(90))
		box := bar.Centered(v.Px(1500), bar.H).InsetXY(v.Px(24), v.Px(8))
		for _, key := range []string{"home_fallback", "home_temporary"} {
			notice := tr.T(key, "Path", "/tmp/declic-1000/.declic")
			assert.True(t, fonts.Fits(notice, v.style(SizeSmall, true, Center, nil), box.W, box.H), "%s %s: %q", lang, key, notice)
		}
	}
}
