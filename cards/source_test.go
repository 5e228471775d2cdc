package cards

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadableSource: an address is decoded to the text it names, other
// sources and addresses that do not decode stay as they are.
func TestReadableSource(t *testing.T) {
	for src, want := range map[string]string{
		"https://fr.wikipedia.org/wiki/Cr%C3%A9dibilit%C3%A9": "https://fr.wikipedia.org/wiki/Crédibilité",
		"https://example.org/a%20b":                           "https://example.org/a b",
		"Le Monde, 12 mars 2024":                              "Le Monde, 12 mars 2024",
		"https://example.org/%ZZ":                             "https://example.org/%ZZ",
	} {
		assert.Equal(t, want, ReadableSource(src), src)
	}
}
