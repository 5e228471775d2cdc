package game

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A session saved by an older version, or written by hand, may name its
// teams with control characters or names longer than a score line: read
// back, they follow today's name rules.
func TestDecodeAppliesTheNameRules(t *testing.T) {
	for _, c := range []struct {
		name       string
		teams      []string
		workshop   string
		want       []string
		wantByName string
	}{
		{"controls", []string{"Re\x1b[2Jnards\a", "\u202eHiboux"}, "Atelier\x1b]0;x\a", []string{"Re[2Jnards", "Hiboux"}, "Atelier]0;x"},
		{"too long", []string{strings.Repeat("x", 10000), "Hiboux"}, strings.Repeat("w", 100), []string{strings.Repeat("x", MaxNameRunes), "Hiboux"}, strings.Repeat("w", MaxWorkshopRunes)},
		// Cut to 20 characters, both would be "Les Renards du collè": the second is numbered.
		{"would clash", []string{"Les Renards du collège A", "Les Renards du collège B"}, "", []string{"Les Renards du collè", "Les Renards du col 2"}, ""},
		{"huge and alike", []string{strings.Repeat("A", 100000) + "1", strings.Repeat("A", 100000) + "2", strings.Repeat("A", 100000) + "3"}, "", []string{strings.Repeat("A", 20), strings.Repeat("A", 18) + " 2", strings.Repeat("A", 18) + " 3"}, ""},
		{"invisible", []string{"\u200b", "\u202e", "Hiboux"}, "", []string{"1", "2", "Hiboux"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &Session{ID: "2026-01-01-100000", Started: time.Unix(0, 0), Teams: NewTeams(c.teams...), Name: c.workshop}
			body, err := json.Marshal(s)
			require.NoError(t, err)
			got, err := DecodeSession(body)
			require.NoError(t, err)
			names := make([]string, len(got.Teams))
			for i, tm := range got.Teams {
				names[i] = tm.Name
			}
			assert.Equal(t, c.want, names)
			assert.Equal(t, c.wantByName, got.Name)
		})
	}
}

// A session's file names its games' decks with the titles they had: read
// back, a title follows the rules of a deck's texts, one line without
// control characters and at most maxDeckTitle characters (a megabyte of
// title reached declic export's message whole).
func TestDecodeBoundsDeckTitles(t *testing.T) {
	s := &Session{ID: "2026-01-01-100000", Started: time.Unix(0, 0), Teams: NewTeams("A", "B"),
		Games: []*Game{{Deck: DeckRef{ID: "d", Language: "fr", Title: strings.Repeat("T\x1b[2J ", 200_000)}, Settings: Settings{Mode: "turns"}, Draw: []string{"c"}}}}
	body, err := json.Marshal(s)
	require.NoError(t, err)
	got, err := DecodeSession(body)
	require.NoError(t, err)
	title := got.Games[0].Deck.Title
	n := len([]rune(title))
	assert.True(t, n <= maxDeckTitle && n > maxDeckTitle-2, "%d characters", n)
	assert.True(t, strings.HasPrefix(title, "T[2J T[2J"), title[:20])
}

func TestRanks(t *testing.T) {
	for _, tc := range []struct {
		totals, want []int
	}{
		{[]int{5, 5, 3}, []int{1, 1, 3}},
		{[]int{3, 5, 5}, []int{3, 1, 1}},
		{[]int{2, 7, 4, 4}, []int{4, 1, 2, 2}},
		{[]int{0, 0}, []int{1, 1}},
		{[]int{1}, []int{1}},
	} {
		assert.Equal(t, tc.want, Ranks(tc.totals), "%v", tc.totals)
	}
}
