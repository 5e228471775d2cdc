package draw

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMixedDirectionsKeepTheirSpaces lays out lines that mix Arabic and
// Latin words and checks, on the glyphs as they are drawn, that the words
// stand apart by about a space: before, the space at a change of
// direction went to the far end of the Arabic words, which then touched
// the Latin ones.
func TestMixedDirectionsKeepTheirSpaces(t *testing.T) {
	fonts := testFonts(t)
	st := Style{Size: 40}
	space := text.Advance(" ", fonts.face(st.Size, false, false))
	for _, c := range []struct {
		s string
		// order is the words' order from left to right, by their
		// logical places.
		order []int
	}{
		{"مرحبا hello", []int{1, 0}},
		{"مرحبا hello world بكم", []int{3, 1, 2, 0}},
		{"مرحبا بكم في Déclic اليوم", []int{4, 3, 2, 1, 0}},
		{"Bonjour مرحبا le monde", []int{0, 1, 2, 3}},
		{"Le mot مرحبا بكم veut dire bienvenue", []int{0, 1, 3, 2, 4, 5, 6}},
		{"Le nombre مرحبا 45 بكم ici", []int{0, 1, 4, 3, 2, 5}},
		{"hello مرحبا", []int{0, 1}},
	} {
		s := c.s
		t.Run(s, func(t *testing.T) {
			b := fonts.Layout(s, st, 4000, 200)
			require.Len(t, b.Lines, 1)
			runs, width := fonts.lineRuns(b, 0)
			words := wordInk(fonts, b, runs)
			require.Len(t, words, len(strings.Fields(s)))
			byX := make([]int, len(words))
			for k := range byX {
				byX[k] = k
			}
			slices.SortFunc(byX, func(a, b int) int { return cmp.Compare(words[a].min, words[b].min) })
			assert.Equal(t, c.order, byX, "the words from left to right")
			for k := 0; k+1 < len(words); k++ {
				a, c := words[k], words[k+1]
				gap := math.Max(a.min, c.min) - math.Min(a.max, c.max)
				assert.GreaterOrEqual(t, gap, space*0.5, "words %d and %d of %q: %.1f px apart (a space is %.1f)", k, k+1, s, gap, space)
			}
			// The runs hold every character once: nothing is lost or drawn twice.
			var all []string
			for _, r := range runs {
				all = append(all, r.s)
			}
			assert.Equal(t, utf8.RuneCountInString(s), utf8.RuneCountInString(strings.Join(all, "")))
			assert.InDelta(t, text.Advance(s, fonts.face(st.Size, false, b.rtl[0])), width, space, "the line is as wide as its text")
		})
	}
}

type ink struct{ min, max float64 }

// wordInk returns the horizontal extent of the ink of each word of a
// line, by the words' logical order.
func wordInk(f *Fonts, b *Block, runs []dirRun) []ink {
	line := b.Lines[0]
	wordOf := make([]int, len(line)+1) // byte offset → word index
	w := -1
	inWord := false
	for i, r := range line {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord, w = true, w+1
		}
		for j := i; j < i+utf8.RuneLen(r); j++ {
			wordOf[j] = w
		}
	}
	words := make([]ink, w+1)
	for i := range words {
		words[i] = ink{math.Inf(1), math.Inf(-1)}
	}
	for _, r := range runs {
		for _, g := range text.AppendGlyphs(nil, r.s, f.face(b.Size, b.bold, r.rtl), nil) {
			if g.Image == nil {
				continue
			}
			k := wordOf[r.at+g.StartIndexInBytes]
			x0 := r.origin() + g.X
			x1 := x0 + float64(g.Image.Bounds().Dx())
			words[k].min, words[k].max = math.Min(words[k].min, x0), math.Max(words[k].max, x1)
		}
	}
	return words
}

// TestRightToLeftPunctuation draws Arabic words with punctuation the Arabic
// font lacks, taken from Noto Sans: each mark stands where it is read, the
// ellipsis at the end (on the left), the opening bracket at the start (on
// the right).
func TestRightToLeftPunctuation(t *testing.T) {
	fonts := testFonts(t)
	for _, c := range []struct {
		s, mark string
		left    bool // the mark is left of the Arabic letters
	}{
		{"مرحبا بكم…", "…", true},
		{"(مرحبا بكم", "(", false},
		{"مرحبا بكم)", ")", true},
		{"مرحبا بكم ?", "?", true},
	} {
		t.Run(c.s, func(t *testing.T) {
			b := fonts.Layout(c.s, Style{Size: 40}, 4000, 200)
			require.Len(t, b.Lines, 1)
			require.True(t, b.rtl[0])
			runs, _ := fonts.lineRuns(b, 0)
			mark, letters := ink{math.Inf(1), math.Inf(-1)}, ink{math.Inf(1), math.Inf(-1)}
			for _, r := range runs {
				for _, g := range text.AppendGlyphs(nil, r.s, fonts.face(b.Size, b.bold, r.rtl), nil) {
					if g.Image == nil {
						continue
					}
					x0 := r.origin() + g.X
					x1 := x0 + float64(g.Image.Bounds().Dx())
					in := &letters
					if strings.HasPrefix(b.Lines[0][r.at+g.StartIndexInBytes:], c.mark) {
						in = &mark
					}
					in.min, in.max = math.Min(in.min, x0), math.Max(in.max, x1)
				}
			}
			require.False(t, math.IsInf(mark.min, 0), "the mark is drawn")
			if c.left {
				assert.LessOrEqual(t, mark.max, letters.min, "%q left of the letters", c.mark)
			} else {
				assert.GreaterOrEqual(t, mark.min, letters.max, "%q right of the letters", c.mark)
			}
		})
	}
}
