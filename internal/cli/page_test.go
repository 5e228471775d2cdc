package cli

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The web build's address gives the seed of its games as ?seed=N, as the
// desktop's --seed N.
func TestPageOptions(t *testing.T) {
	for _, c := range []struct {
		query string
		seed  int64
		err   error
	}{
		{"", 0, nil},
		{"?", 0, nil},
		{"?seed=42", 42, nil},
		{"seed=42", 42, nil},
		{"?lang=fr&seed=-7", -7, nil},
		{"?seed=42&%zz=1", 42, nil}, // a parameter badly escaped spoils not the seed
		{"?seed=", 0, nil},
		{"?other=1", 0, nil},
		{"?seed=abc", 0, strconv.ErrSyntax},
		{"?seed=4.2", 0, strconv.ErrSyntax},
		{"?seed=99999999999999999999", 0, strconv.ErrRange},
	} {
		o, err := PageOptions(c.query)
		assert.Equal(t, c.seed, o.Seed, c.query)
		if c.err == nil {
			assert.NoError(t, err, c.query)
		} else {
			assert.Truef(t, errors.Is(err, c.err), "%s: %v, want %v", c.query, err, c.err)
		}
	}
}

// A wrong seed is said, in the page's language, and the game opens all
// the same, drawing at random.
func TestBrowserWrongSeed(t *testing.T) {
	var seed int64 = -1
	window := func(c *Command, deck string) int { seed = c.Options().Seed; return ExitOK }
	getenv := func(name string) string {
		if name == "LANG" {
			return "fr-FR"
		}
		return ""
	}
	assert.Equal(t, ExitOK, Browser(getenv, "?seed=42", nil, window))
	assert.Equal(t, int64(42), seed)
	assert.Equal(t, ExitOK, Browser(getenv, "?seed=abc", nil, window))
	assert.Equal(t, int64(0), seed)
}
