package draw

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestControlCharactersAreDrawnAsCodes lays out a name holding a direction
// override and an escape: they are drawn as their codes, and the text
// keeps its order.
func TestControlCharactersAreDrawnAsCodes(t *testing.T) {
	fonts := testFonts(t)
	b := fonts.Layout("Renards\u202esdrawkcab\x1b", Style{Size: 40}, 4000, 200)
	require.Len(t, b.Lines, 1)
	assert.Equal(t, "Renards[U+202E]sdrawkcab[U+001B]", b.Lines[0])
	assert.False(t, b.rtl[0])
}

// TestFrenchMarksStayWithTheirWord: a colon, a question mark, a closing
// guillemet, a group of digits or a unit typed after an ordinary space (as
// in Notepad) never starts a line, and an opening guillemet never ends one, at any width where the
// word and its mark fit.
func TestFrenchMarksStayWithTheirWord(t *testing.T) {
	fonts := testFonts(t)
	const s = "Compté juste aussi : Douteux. Pourquoi ? Parce que « le canal officiel » suffit ! Il a promis 100 000 € à 45 % des joueurs."
	for w := 300.0; w <= 1600; w += 7 { // from the widest word with its mark
		b := fonts.Layout(s, Style{Size: 40}, w, 4000)
		for i, line := range b.Lines {
			for _, mark := range []string{":", "?", "!", "»", "000", "€", "%"} {
				assert.False(t, strings.HasPrefix(line, mark), "width %.0f, line %d starts with %q: %q", w, i, mark, b.Lines)
			}
			assert.False(t, strings.HasSuffix(line, "«"), "width %.0f, line %d ends with «: %q", w, i, b.Lines)
		}
	}
}
