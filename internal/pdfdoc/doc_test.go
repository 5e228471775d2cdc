package pdfdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrintableKeepsWhatTheFontHas checks the one function every text goes
// through on its way to the PDF.
func TestPrintableKeepsWhatTheFontHas(t *testing.T) {
	g, err := newGlyphs()
	require.NoError(t, err)
	for _, tc := range []struct{ in, want string }{
		{"Qu'en pensez-vous\u00a0? « Œuvre » à l'été…", "Qu'en pensez-vous\u00a0? « Œuvre » à l'été…"},
		{"Cafe\u0301 n\u0303", "Café ñ"}, // composed: the font has both whole
		{"Un 🍪 !", "Un ? !"},
		{"❤\ufe0f 👍🏽", "? ??"},     // a variation selector has no shape of its own
		{"👨\u200d👩\u200d👧", "???"}, // nor a joiner
		{"𝔘 \U0010FFFD", "? ?"},    // above U+FFFF, where fpdf's tables end
		{"שלום", "????"},
		{"a\tb\r\nc\x1bd", "a b\ncd"},
	} {
		got := g.printable(tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
		for _, r := range got {
			assert.True(t, r == '\n' || g.has(r), "%q keeps %U, which the font lacks", tc.in, r)
		}
	}
}

// TestSplitTextKeepsNonBreakingSpaces: lines break at plain spaces, never
// at the non-breaking space before a question mark or inside « »; a word
// wider than the cell is cut.
func TestSplitTextKeepsNonBreakingSpaces(t *testing.T) {
	d, err := New(false)
	require.NoError(t, err)
	d.AddPage()
	d.SetFont(Font, "", 10)
	for _, tc := range []struct {
		in    string
		width float64
		want  []string
	}{
		{"Qu'en pensez-vous\u00a0?", 30, []string{"Qu'en", "pensez-vous\u00a0?"}},
		{"un «\u00a0mot\u00a0» ici", 16, []string{"un", "«\u00a0mot\u00a0»", "ici"}},
		{"un deux\ntrois", 100, []string{"un deux", "trois"}},
		{"abcdefghijklmnopqrstuvwxyz", 20, []string{"abcdefghij", "klmnopqrs", "tuvwxyz"}},
	} {
		got := d.SplitText(tc.in, tc.width)
		assert.Equal(t, tc.want, got, "%q in %v mm", tc.in, tc.width)
		for _, line := range got {
			assert.LessOrEqual(t, d.GetStringWidth(line), tc.width-2*d.GetCellMargin(), "%q", line)
		}
	}
}
