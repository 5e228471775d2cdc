package draw

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCutLongWord lays out a word far wider than its box, as a notice
// naming a zip's file of 50,000 characters: its line is cut to the most
// characters that fit before the ellipsis. Taking one character off at a
// time, the layout measured the line 50,000 times and did not end within
// the test's timeout (a 4,000-character word took 33 s).
func TestCutLongWord(t *testing.T) {
	fonts := testFonts(t)
	k := &Kit{Fonts: fonts, Theme: NormalTheme, Metrics: NewMetrics(1366, 768, 1)}
	st := k.Style(SizeSmall, true, Center, nil)
	const w, h = 600, 20 // one line
	for _, word := range []string{strings.Repeat("a", 50_000), strings.Repeat("日本", 20_000), "ok" + strings.Repeat("é", 3000)} {
		b := fonts.Layout(word+" est trop long", st, w, h)
		require.True(t, b.Clipped)
		last := b.Lines[len(b.Lines)-1]
		require.True(t, strings.HasSuffix(last, "…"), last)
		face := fonts.face(b.Size, b.bold, false)
		assert.LessOrEqual(t, text.Advance(last, face), float64(w))
		kept := []rune(strings.TrimSuffix(last, "…"))
		require.Len(t, b.Lines, 1)
		if rest := []rune(word); len(kept) < len(rest) {
			longer := string(rest[:len(kept)+1]) + "…"
			assert.Greater(t, text.Advance(longer, face), float64(w), "one more character would fit")
		}
	}
}

// TestLongWordsBreak lays out words wider than their box even at the
// smallest size — a web address of 1,000 characters (the longest a deck may
// hold), a file's name of 50,000 — in a box tall enough: the word is broken
// between its characters, every line fits the box, and no character is
// lost. Before, a word stayed whole on its line and ran past the box (a
// 50,000-character word was drawn 378,000 px wide).
func TestLongWordsBreak(t *testing.T) {
	fonts := testFonts(t)
	k := &Kit{Fonts: fonts, Theme: NormalTheme, Metrics: NewMetrics(1366, 768, 1)}
	st := k.Style(SizeReadable, false, Start, nil)
	address := "https://exemple.fr/" + strings.Repeat("chemin-", 140)
	for _, s := range []string{"Source : " + address + " (consulté en 2026)", strings.Repeat("a", 50_000), "مصدر " + strings.Repeat("ب", 300)} {
		const w = 500.0
		b := fonts.Layout(s, st, w, 1e7)
		require.False(t, b.Clipped)
		for i, lw := range b.Widths {
			assert.LessOrEqual(t, lw, w+0.5, "line %d is wider than its box", i)
		}
		assert.Equal(t, strings.ReplaceAll(s, " ", ""), strings.ReplaceAll(strings.Join(b.Lines, ""), " ", ""), "every character kept")
		assert.Greater(t, len(b.Lines), 1)
	}
}
