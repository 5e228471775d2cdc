package cards

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spectrumCard returns a deck of one spectrum card with the keys given
// after its statement and poles, which take lines 8 to 10.
func spectrumCard(keys string) string {
	return deck("[[card]]\ntype = \"spectrum\"\nstatement = \"En quelle année le Web a-t-il été inventé ?\"\nleft = \"1950\"\nright = \"2050\"\n" + keys)
}

// An estimate speaks in its own scale: min, max and unit, with the target
// and the zones in that scale.
func TestSpectrumScale(t *testing.T) {
	d, problems := Parse("t.toml", []byte(spectrumCard("min = 1950\nmax = 2050\nunit = \"\"\"ans\"\"\"\ntarget = 1989\nzones = [2, 5, 10]\n")), nil)
	require.Empty(t, problems)
	c := d.Cards[0]
	assert.Equal(t, 1950, c.Min)
	assert.Equal(t, 2050, c.Max)
	assert.Equal(t, "ans", c.Unit)
	assert.True(t, c.HasTarget)
	assert.Equal(t, 1989, c.Target)
	assert.Equal(t, []int{2, 5, 10}, c.Zones)

	// Without min and max, the scale is 0–100 as before: a deck valid before
	// stays valid and means the same.
	d, problems = Parse("t.toml", []byte(spectrumCard("target = 39\n")), nil)
	require.Empty(t, problems)
	c = d.Cards[0]
	assert.Equal(t, [3]int{0, 100, 39}, [3]int{c.Min, c.Max, c.Target})
	assert.Equal(t, "", c.Unit)
	assert.Equal(t, []int{5, 12, 20}, c.Zones)

	// A scale below zero (temperatures) is a scale.
	_, problems = Parse("t.toml", []byte(spectrumCard("min = -30\nmax = 50\nunit = \"°C\"\ntarget = -5\n")), nil)
	assert.Empty(t, problems)
}

func TestSpectrumScaleProblems(t *testing.T) {
	tests := []struct {
		name, keys string
		want       []string
	}{
		{"min after max", "min = 2050\nmax = 1950\n",
			[]string{"t.toml:12:1: \"min\" (2050) must be less than \"max\" (1950)"}},
		{"min alone past the default max", "min = 1950\ntarget = 1989\n",
			[]string{"t.toml:11:1: \"min\" (1950) must be less than \"max\" (100)"}},
		{"target outside the scale", "min = 1950\nmax = 2050\ntarget = 39\n",
			[]string{"t.toml:13:1: \"target\" is 39: it must be between 1950 and 2050"}},
		{"target outside the default scale", "target = 1989\n",
			[]string{"t.toml:11:1: \"target\" is 1989: it must be between 0 and 100"}},
		{"zone wider than the scale", "min = 1950\nmax = 2050\ntarget = 1989\nzones = [5, 200]\n",
			[]string{"t.toml:14:1: each value of \"zones\" must be between 1 and 100 (the distance from \"min\" to \"max\")"}},
		{"zone of zero", "target = 50\nzones = [0, 5]\n",
			[]string{"t.toml:12:1: each value of \"zones\" must be between 1 and 100 (the distance from \"min\" to \"max\")"}},
		{"zones without target", "min = 1950\nmax = 2050\nzones = [5]\n",
			[]string{"t.toml:13:1: \"zones\" without \"target\": add the target value, between 1950 and 2050"}},
		{"empty unit", "unit = \" \"\n", []string{"t.toml:11:1: \"unit\" is empty"}},
		{"unit not a text", "unit = 3\n", []string{"t.toml:11:1: \"unit\" must be text, not a whole number"}},
		{"max not a number", "max = \"2050\"\n", []string{"t.toml:11:1: \"max\" must be a whole number, not text"}},
		{"too far", "max = 10000000000\n", []string{"t.toml:11:1: \"max\" is 10000000000, too far: between -1000000000 and 1000000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := Parse("t.toml", []byte(spectrumCard(tt.keys)), nil)
			var got []string
			for _, p := range problems {
				got = append(got, p.Text("en"))
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, problems := Parse("t.toml", []byte(spectrumCard("min = 2050\nmax = 1950\n")), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "t.toml:12:1: « min » (2050) doit être plus petit que « max » (1950)", problems[0].Text("fr"))
}
