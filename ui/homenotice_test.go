package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/store"
	"declic/ui/draw"
)

// TestHomeNoticesFit lays out the notices the game may show on its first
// screen — where the data goes when the system gives no home folder, a
// settings file it could not use — alone and together, in the notice bar
// of the smallest screen at every text size: they show whole.
func TestHomeNoticesFit(t *testing.T) {
	fonts, err := draw.NewFonts()
	require.NoError(t, err)
	for _, lang := range assets.Languages {
		tr, err := assets.NewTranslator(lang)
		require.NoError(t, err)
		settings := SettingsNotice(tr, &store.UnknownLanguageError{Language: "ar"})
		for _, scale := range TextScales {
			for _, key := range []string{"home_fallback", "home_temporary"} {
				home := tr.T(key, "Path", "/tmp/declic-1000/.declic")
				for _, notices := range [][]string{{home}, {settings, home}} {
					v := &View{Kit: draw.Kit{Fonts: fonts, Theme: draw.NormalTheme, Metrics: draw.NewMetrics(1366, 768, scale)}, Tr: tr}
					for _, n := range notices {
						v.AddNotice(n)
					}
					for _, n := range notices {
						assert.Contains(t, v.Notice, n, "one notice replaced another")
					}
					bar, box := v.noticeBar()
					assert.True(t, fonts.Fits(v.Notice, v.noticeStyle(), box.W, box.H), "%s %s ×%g: %q", lang, key, scale, v.Notice)
					assert.GreaterOrEqual(t, bar.Y, v.Metrics.Screen().H/4, "the notice leaves the screen's top to its title")
				}
			}
		}
	}
}
