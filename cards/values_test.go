package cards

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// list returns a TOML list of n distinct short texts.
func list(prefix string, n int) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("%q", fmt.Sprint(prefix, i))
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// TestListValuesLimit: a deck of as many cards as a deck may hold, each
// with every list as long as it may be, is within tomlguard's count of
// values; a file of a million numbers in a list (2 MB, which the parser
// would build in 64 MB) is refused at the value past the limit.
func TestListValuesLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("a deck of 10,000 cards")
	}
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"fr\"\n" +
		"audience = " + list("a", maxListLen) + "\n")
	for i := range maxCards {
		fmt.Fprintf(&b, "[[card]]\ntype = \"clues\"\nid = \"c%d\"\nanswer = \"R\"\nclues = %s\npoints = [8, 7, 6, 5, 4, 3, 2, 1]\naccept = %s\ntechnique = %s\ndiscuss = %s\ntags = %s\n",
			i, list("c", 8), list("r", maxListLen), list("t", maxListLen), list("d", maxListLen), list("g", maxTags))
	}
	d, problems := Parse("deck.toml", []byte(b.String()), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	require.Len(t, d.Cards, maxCards)

	src := "format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"fr\"\nx = [" + strings.Repeat("1,", 1_000_001) + "1]\n"
	assert.Equal(t, []string{"deck.toml:6:2000007: too many values in lists for a deck: 1000000 at most; this file is not read"}, errorsOf(t, src, nil))
}
