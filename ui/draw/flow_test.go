package draw

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestShortBlocksAreNotSplitAcrossPages: a sentence of a few lines that does
// not fit in what is left of a page starts the next page whole, where a
// long paragraph still flows on.
func TestShortBlocksAreNotSplitAcrossPages(t *testing.T) {
	k := testKit(t)
	long := strings.Repeat("Une phrase assez longue pour remplir la page. ", 14)
	short := "Où signaler : transférez le SMS au 33700, puis allez sur 17cyber.gouv.fr pour être aidé."
	blocks := []FlowBlock{
		{Text: long, Size: SizeBody, Colour: k.Theme.Text},
		{Text: short, Size: SizeBody, Colour: k.Theme.Text, Gap: 18},
	}
	w := k.Px(900)
	one := k.Fonts.Layout(long, Style{Size: k.Px(SizeBody), Min: k.Px(SizeBody)}, w, 1e9)
	// A page with room for the long paragraph and one line more.
	h := float64(len(one.Lines)+1)*one.LineH + k.Px(18)
	l := k.placeFlow(blocks, 1, w, h, h)
	require.GreaterOrEqual(t, len(l.Pages), 2)
	for n, page := range l.Pages {
		for _, piece := range page {
			if piece.Block == 1 {
				assert.Equal(t, 1, n, "the short block starts the second page")
				assert.Zero(t, piece.From, "whole")
				assert.Equal(t, len(piece.Text.Lines), piece.To, "whole")
			}
		}
	}
}
