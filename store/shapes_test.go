package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
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
func sessionJSON(t *testing.T, s *game.Session) map[string]any {
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
	gameOf := func(tree map[string]any) map[string]any { return tree["games"].([]any)[0].(map[string]any) }
	event := func(tree map[string]any) map[string]any { return gameOf(tree)["events"].([]any)[0].(map[string]any) }
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
			gameOf(tr)["events"] = append(gameOf(tr)["events"].([]any), map[string]any{"kind": "points", "team": 0, "points": 1, "card": 0, "delta": []any{1, 0}})
		}},
		{"points by hand beyond the bound", func(tr map[string]any) { gameOf(tr)["events"].([]any)[1].(map[string]any)["points"] = math.MaxInt64 }},
		{"a confidence beyond au hasard", func(tr map[string]any) { event(tr)["sure"] = 4 }},
		{"an unknown move", func(tr map[string]any) { event(tr)["kind"] = "teleport" }},
		{"an undo in the log", func(tr map[string]any) { event(tr)["kind"] = "undo" }},
		{"a card drawn twice", func(tr map[string]any) { gameOf(tr)["draw"] = []any{"requin", "requin", "sms"} }},
		{"nothing drawn", func(tr map[string]any) { gameOf(tr)["draw"] = []any{} }},
		{"no deck", func(tr map[string]any) { gameOf(tr)["deck"] = map[string]any{} }},
		{"a deck id of a megabyte", func(tr map[string]any) { gameOf(tr)["deck"].(map[string]any)["id"] = strings.Repeat("x", 1<<20) }},
		{"a deck id that is a path", func(tr map[string]any) { gameOf(tr)["deck"].(map[string]any)["id"] = "../../etc/passwd" }},
		{"a deck language of escapes", func(tr map[string]any) { gameOf(tr)["deck"].(map[string]any)["language"] = "fr\x1b[2J" }},
		{"an unknown mode", func(tr map[string]any) { gameOf(tr)["settings"].(map[string]any)["mode"] = "chaos" }},
		{"a count below zero", func(tr map[string]any) { gameOf(tr)["settings"].(map[string]any)["cards"] = -5 }},
		{"a timer below zero", func(tr map[string]any) { gameOf(tr)["elapsed"] = -1 }},
		{"a team's timer for a team that does not exist", func(tr map[string]any) { gameOf(tr)["team_elapsed"] = []any{1, 2, 3} }},
		{"rules of a later version", func(tr map[string]any) { gameOf(tr)["rules"] = game.RulesVersion + 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree := sessionJSON(t, s)
			tt.change(tree)
			body, err := json.Marshal(tree)
			require.NoError(t, err)
			data, ok := sessionFile(body)
			require.True(t, ok)
			st := Folder{Dir: t.TempDir()}
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
