package game

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// sessionFile returns a session file holding body as its session, with
// the checksum that makes it pass for a sound one, and false when body is
// not JSON.
func sessionFile(body []byte) ([]byte, bool) {
	var compact bytes.Buffer
	if json.Compact(&compact, body) != nil {
		return nil, false
	}
	sum := sha256.Sum256(compact.Bytes())
	data, err := json.Marshal(savedFile{Format: SaveFormat, Checksum: hex.EncodeToString(sum[:]), Session: compact.Bytes()})
	return data, err == nil
}

// sessionJSON returns the session as a tree of JSON values to change.
func sessionJSON(t *testing.T, s *Session) map[string]any {
	t.Helper()
	body, err := json.Marshal(s)
	require.NoError(t, err)
	var tree map[string]any
	require.NoError(t, json.Unmarshal(body, &tree))
	return tree
}

// TestBadShapesAreDamage writes session files whose checksum is right but
// whose content no version of the game writes, and checks that each is
// listed, loaded and exported as a damaged file, never a crash.
func TestBadShapesAreDamage(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves...)
	game := func(tree map[string]any) map[string]any { return tree["games"].([]any)[0].(map[string]any) }
	event := func(tree map[string]any) map[string]any { return game(tree)["events"].([]any)[0].(map[string]any) }
	tests := []struct {
		name   string
		change func(map[string]any)
	}{
		{"a game that is null", func(tr map[string]any) { tr["games"] = []any{nil} }},
		{"a game after it that is null", func(tr map[string]any) { tr["games"] = append(tr["games"].([]any), nil) }},
		{"no teams", func(tr map[string]any) { tr["teams"] = []any{} }},
		{"seven teams", func(tr map[string]any) {
			var teams []any
			for i := range 7 {
				teams = append(teams, map[string]any{"name": fmt.Sprint("T", i), "colour": i % 6, "symbol": i % 6})
			}
			tr["teams"] = teams
		}},
		{"teams named alike", func(tr map[string]any) {
			tr["teams"].([]any)[1].(map[string]any)["name"] = " renards"
		}},
		{"a colour beyond the palette", func(tr map[string]any) { tr["teams"].([]any)[1].(map[string]any)["colour"] = 99 }},
		{"a symbol below zero", func(tr map[string]any) { tr["teams"].([]any)[1].(map[string]any)["symbol"] = -1 }},
		{"another session's id", func(tr map[string]any) { tr["id"] = "2020-01-01-000000" }},
		{"a team that does not exist", func(tr map[string]any) { event(tr)["team"] = 7 }},
		{"a team below NoTeam", func(tr map[string]any) { event(tr)["team"] = -2 }},
		{"a card beyond the draw", func(tr map[string]any) { event(tr)["card"] = 3 }},
		{"a card below zero", func(tr map[string]any) { event(tr)["card"] = -1 }},
		{"points for three teams of two", func(tr map[string]any) { event(tr)["delta"] = []any{1, 0, 0} }},
		{"points that overflow a total", func(tr map[string]any) {
			event(tr)["delta"] = []any{math.MaxInt64, 0}
			game(tr)["events"] = append(game(tr)["events"].([]any), map[string]any{"kind": "points", "team": 0, "points": 1, "card": 0, "delta": []any{1, 0}})
		}},
		{"points by hand beyond the bound", func(tr map[string]any) { game(tr)["events"].([]any)[1].(map[string]any)["points"] = math.MaxInt64 }},
		{"an unknown move", func(tr map[string]any) { event(tr)["kind"] = "teleport" }},
		{"an undo in the log", func(tr map[string]any) { event(tr)["kind"] = "undo" }},
		{"a card drawn twice", func(tr map[string]any) { game(tr)["draw"] = []any{"requin", "requin", "sms"} }},
		{"nothing drawn", func(tr map[string]any) { game(tr)["draw"] = []any{} }},
		{"no deck", func(tr map[string]any) { game(tr)["deck"] = map[string]any{} }},
		{"a deck id of a megabyte", func(tr map[string]any) { game(tr)["deck"].(map[string]any)["id"] = strings.Repeat("x", 1<<20) }},
		{"a deck id that is a path", func(tr map[string]any) { game(tr)["deck"].(map[string]any)["id"] = "../../etc/passwd" }},
		{"a deck language of escapes", func(tr map[string]any) { game(tr)["deck"].(map[string]any)["language"] = "fr\x1b[2J" }},
		{"an unknown mode", func(tr map[string]any) { game(tr)["settings"].(map[string]any)["mode"] = "chaos" }},
		{"a count below zero", func(tr map[string]any) { game(tr)["settings"].(map[string]any)["cards"] = -5 }},
		{"a timer below zero", func(tr map[string]any) { game(tr)["elapsed"] = -1 }},
		{"a team's timer for a team that does not exist", func(tr map[string]any) { game(tr)["team_elapsed"] = []any{1, 2, 3} }},
		{"rules of a later version", func(tr map[string]any) { game(tr)["rules"] = RulesVersion + 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree := sessionJSON(t, s)
			tt.change(tree)
			body, err := json.Marshal(tree)
			require.NoError(t, err)
			data, ok := sessionFile(body)
			require.True(t, ok)
			st := Store{Dir: t.TempDir()}
			require.NoError(t, os.WriteFile(st.path(s.ID), data, 0o644))

			list, err := st.List()
			require.NoError(t, err)
			require.Len(t, list, 1)
			assert.ErrorIs(t, list[0].Err, ErrCorrupt)
			_, ok = st.Latest()
			assert.False(t, ok, "a damaged workshop is not offered")
			_, err = st.Load(s.ID, storeFinder(deck))
			assert.ErrorIs(t, err, ErrCorrupt)
			_, err = st.Resume(s.ID, storeFinder(deck))
			assert.ErrorIs(t, err, ErrCorrupt)
		})
	}
}

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
		data, ok := sessionFile(body)
		if !ok {
			return
		}
		var head struct{ ID string }
		json.Unmarshal(body, &head)
		if _, empty := describeSaved(head.ID, func(bool) (*Session, error) { return decode(data, head.ID) }); empty {
			return
		}
		s, err := restore(data, head.ID, find)
		if err != nil {
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
	st := Store{Dir: t.TempDir()}
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
	require.NoError(t, st.Save(s))
	_, err = st.Load(s.ID, storeFinder(d))
	require.NoError(t, err)
}
