package ui

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
	d := sceneDeps(t)
	v := d.View
	long := strings.Repeat("Une phrase assez longue pour remplir la page. ", 14)
	short := "Où signaler : transférez le SMS au 33700, puis allez sur 17cyber.gouv.fr pour être aidé."
	blocks := []flowBlock{
		{text: long, size: SizeBody, colour: v.Theme.Text},
		{text: short, size: SizeBody, colour: v.Theme.Text, gap: 18},
	}
	w := v.Px(900)
	one := v.Fonts.layout(long, Style{Size: v.Px(SizeBody), Min: v.Px(SizeBody)}, w, 1e9)
	// A page with room for the long paragraph and one line more.
	h := float64(len(one.lines)+1)*one.lineH + v.Px(18)
	l := v.placeFlow(blocks, 1, w, h, h)
	require.GreaterOrEqual(t, len(l.pages), 2)
	for n, page := range l.pages {
		for _, piece := range page {
			if piece.block == 1 {
				assert.Equal(t, 1, n, "the short block starts the second page")
				assert.Zero(t, piece.from, "whole")
				assert.Equal(t, len(piece.b.lines), piece.to, "whole")
			}
		}
	}
}
