package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// TestConfidenceIsSaved saves a game that asks how sure teams are and
// loads it back: the setting and every answer's rating come back, and the
// summary reads them as before.
func TestConfidenceIsSaved(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	_, err = s.NewGame(deck, game.Settings{InOrder: true, Seed: 7, Confidence: true})
	require.NoError(t, err)
	storePlay(t, s,
		game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 1, Sure: game.SureCertain}, // requin, faux: right
		game.Move{Kind: game.MoveNext},
		game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 1, Sure: game.SureGuess}, // sms, faux: wrong
		game.Move{Kind: game.MoveNext},
	)
	st := Folder{Dir: t.TempDir()}
	require.NoError(t, st.Save(s))
	got, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assertSameSession(t, s, got)
	assert.True(t, got.Games[0].Settings.Confidence)
	assert.Equal(t, s.Summary().Confidence, got.Summary().Confidence)
	assert.Equal(t, [game.SureLevels]game.Level{{Answers: 1, Right: 1}, {}, {Answers: 1}}, got.Summary().Confidence.Levels)
}
