package game

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// FuzzSession decodes any session, its file given the checksum that makes
// it pass for a sound one, and runs what the game, declic sessions and
// declic export do with it: list it, restore it with its decks, sum it up.
// None may panic; a session that restores must sum up and play on.
func FuzzSession(f *testing.F) {
	decks := []*cards.Deck{deck(f, everyKind), boardDeck(f), parseStoreDeck(f, storeDeck)}
	find := func(ref DeckRef) (*cards.Deck, error) {
		for _, d := range decks {
			if d.ID == ref.ID && d.Language == ref.Language {
				return d, nil
			}
		}
		return nil, fmt.Errorf("no deck %q", ref.ID)
	}
	modes := []cards.Mode{cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer}
	for seed := range 12 {
		r := rand.New(rand.NewPCG(uint64(seed), 2026))
		s, err := NewSession(NewTeams("Renards", "Hiboux", "Loups")[:1+seed%3], storeStart)
		require.NoError(f, err)
		for range 1 + seed%3 {
			d := decks[r.IntN(len(decks))]
			g, err := s.NewGame(d, Settings{Seed: int64(seed), Mode: modes[r.IntN(3)], Timer: seed%2 == 0, Riddles: seed%4 == 1 && d.IsBoard()})
			require.NoError(f, err)
			for range 60 {
				m := randomMove(r, len(s.Teams))
				if m.Kind != MoveUndo || r.IntN(3) == 0 {
					s.Apply(m, storeStart)
				}
			}
			g.Advance(3 * time.Second)
		}
		body, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(body)
	}
	f.Add([]byte(`{"id":"2026-11-28-140000","teams":[{"name":"A"}],"games":[null]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		// What a store does with a file that passes its checksum: decode it,
		// describe it for the list (an empty workshop is not kept), restore
		// it with its decks.
		s, err := DecodeSession(body)
		if err != nil {
			return
		}
		if s.Totals(); s.Empty() {
			return
		}
		if err := s.Restore(find); err != nil {
			return
		}
		s.Summary()
		s.Totals()
		g := s.Current()
		for _, g := range s.Games {
			g.Summary()
			for i := range g.Len() {
				g.CardAt(i)
			}
		}
		g.Card()
		g.Kind()
		g.LastUndoable()
		for team := NoTeam; team < len(s.Teams); team++ {
			g.TimeLeftFor(team)
			g.AdvanceFor(team, time.Second)
			g.Allowed(Move{Kind: MovePoints, Team: team, Points: 1})
		}
		_, err = s.Apply(Move{Kind: MoveUndo}, storeStart)
		if err == nil {
			s.Summary()
		}
		for _, m := range []Move{{Kind: MoveReveal}, {Kind: MoveNext}, {Kind: MoveEnd}} {
			s.Apply(m, storeStart)
		}
		require.True(t, g.Over(), "a game always ends")
		s.Summary()
	})
}

// boardDeck returns the board deck of the engine's tests under an id of
// its own, so that a finder tells it from the other test decks.
func boardDeck(t testing.TB) *cards.Deck {
	t.Helper()
	d := deck(t, board)
	d.ID = "plateau"
	return d
}

// TestTheEngineStaysWithinTheBounds plays what comes near the bounds of a
// session file: whatever the engine accepts, a later start reads back.
func TestTheEngineStaysWithinTheBounds(t *testing.T) {
	d := parseStoreDeck(t, storeDeck)
	s, err := NewSession(NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	g, err := s.NewGame(d, Settings{InOrder: true, Timer: true, Seconds: maxSeconds})
	require.NoError(t, err)
	_, err = s.Apply(Move{Kind: MoveAnswer, Team: 0, Choice: 1, Choices: make([]int, maxChoices+1)}, storeStart)
	assert.ErrorIs(t, err, ErrInvalid, "a move too long to keep")
	_, err = s.Apply(Move{Kind: MovePoints, Team: 0, Points: 1, Reason: string(make([]byte, maxReason+1))}, storeStart)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = s.Apply(Move{Kind: MoveNext, Team: 42, Points: math.MaxInt64}, storeStart)
	assert.ErrorIs(t, err, ErrWrongPhase)
	_, err = s.Apply(Move{Kind: MoveSkip, Team: 42, Points: math.MaxInt64}, storeStart)
	require.NoError(t, err, "a team and points a move does not use are no harm")
	for range 3 {
		g.Advance(math.MaxInt64) // a laptop asleep for ages
	}
	readBack(t, s, storeFinder(d))
}
