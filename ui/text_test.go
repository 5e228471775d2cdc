package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestControlCharactersAreDrawnAsCodes lays out a name holding a direction
// override and an escape: they are drawn as their codes, and the text
// keeps its order.
func TestControlCharactersAreDrawnAsCodes(t *testing.T) {
	fonts, err := NewFonts()
	require.NoError(t, err)
	b := fonts.layout("Renards\u202esdrawkcab\x1b", Style{Size: 40}, 4000, 200)
	require.Len(t, b.lines, 1)
	assert.Equal(t, "Renards[U+202E]sdrawkcab[U+001B]", b.lines[0])
	assert.False(t, b.rtl[0])
}
