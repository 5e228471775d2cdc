package lan

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
)

// TestPhonesLearnNothingBeforeTheReveal plays every bundled deck to its end
// and reads, at every card, the message each team's phone would receive:
// before the reveal it holds none of the card's explanation, source,
// reflex, answer to find or character's name; from the reveal on it holds
// the explanation. A board lists every character's name, as the board shows
// them: the list is the deck's whole cast in the deck's order, the same at
// every round, and no other field holds the secret character's name.
func TestPhonesLearnNothingBeforeTheReveal(t *testing.T) {
	lib := &cards.Library{}
	lib.AddFS(decks.FS, "bundled/")
	require.NotEmpty(t, lib.Decks)
	for _, deck := range lib.Decks {
		t.Run(deck.ID+"-"+deck.Language, func(t *testing.T) {
			s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), deckTime)
			require.NoError(t, err)
			g, err := s.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns, Seed: 1})
			require.NoError(t, err)
			for rev := 0; !g.Over(); rev++ {
				c := g.Card()
				for _, team := range []int{0, 1} {
					pv := NewPhoneView(s, rev, team)
					require.Nil(t, pv.Revealed, "card %s", c.ID)
					if deck.IsBoard() {
						assert.Equal(t, castOf(deck), pv.Characters, "card %s: the board's characters are the whole cast, in the deck's order", c.ID)
						pv.Characters = nil
					}
					text := marshal(t, pv)
					for what, secret := range secretsOf(c) {
						assert.NotContains(t, text, secret, "card %s: the %s reached a phone before the reveal", c.ID, what)
					}
				}
				if _, err := s.Apply(game.Move{Kind: game.MoveReveal}, deckTime); err != nil {
					require.True(t, errors.Is(err, game.ErrNotAllowed) || errors.Is(err, game.ErrWrongPhase), "card %s: %v", c.ID, err)
					_, err = s.Apply(game.Move{Kind: game.MoveSkip}, deckTime)
					require.NoError(t, err, "card %s", c.ID)
					continue
				}
				pv := NewPhoneView(s, rev, 0)
				require.NotNil(t, pv.Revealed, "card %s", c.ID)
				if c.Explanation != "" {
					assert.Contains(t, marshal(t, pv), jsonText(t, c.Explanation), "card %s: the explanation at the reveal", c.ID)
				}
				_, err := s.Apply(game.Move{Kind: game.MoveNext}, deckTime)
				require.NoError(t, err, "card %s", c.ID)
			}
			assert.True(t, NewPhoneView(s, 0, 0).Over)
		})
	}
}

// castOf returns the names of a board deck's characters, in the deck's
// order.
func castOf(d *cards.Deck) []string {
	var names []string
	for i := range d.Cards {
		names = append(names, d.Cards[i].Text)
	}
	return names
}

// secretsOf returns what a phone must not read before the card's reveal,
// as it would stand in JSON.
func secretsOf(c *cards.Card) map[string]string {
	out := map[string]string{}
	add := func(what, s string) {
		if len(s) >= 4 { // a word so short may stand anywhere
			b, _ := json.Marshal(s)
			out[what] = strings.Trim(string(b), `"`)
		}
	}
	add("explanation", c.Explanation)
	add("source", c.Source)
	add("reflex", c.Reflex)
	add("answer", c.Answer)
	add("report", c.Report)
	if c.Kind == cards.KindCharacter {
		add("character's name", c.Text)
	}
	return out
}

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func jsonText(t *testing.T, s string) string { return strings.Trim(marshal(t, s), `"`) }

var deckTime = time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC)
