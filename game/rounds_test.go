package game

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// hinted is a verdict card played in two votes, and a card after it.
const hinted = `
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
hints = ["Recherche d'image inversée."]
explanation = "Un montage."

[[card]]
type = "verdict"
claim = "Le premier SMS date de 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."
`

// A team that does not vote again keeps its first vote: a right first vote
// scores when the facilitator reveals during the second round.
func TestFirstVoteKeptWhenNoSecondVote(t *testing.T) {
	t.Run("turns", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeTurns})
		play(t, g, []step{
			{answer(0, 1), nil, []int{0, 0}}, // faux: right, but a first vote scores at the reveal
			{reveal, nil, []int{1, 0}},       // no second vote: the first one counts
		})
		r := g.State().Results[0]
		require.NotNil(t, r.Answers[0])
		assert.True(t, r.Answers[0].Right)
		assert.Nil(t, r.Answers[1], "team 1 never voted")
	})
	t.Run("all", func(t *testing.T) {
		g := newGame(t, hinted, 3, Settings{Mode: cards.ModeAll})
		play(t, g, []step{
			{answer(0, 1), nil, nil}, // right
			{answer(1, 0), nil, nil}, // wrong
			{answer(2, 0), nil, []int{0, 0, 0}},
			{answer(2, 1), nil, []int{0, 0, 0}}, // team 2 changes its mind after the hints
			{reveal, nil, []int{1, 0, 1}},       // teams 0 and 1 keep their first vote
		})
		r := g.State().Results[0]
		assert.False(t, r.Answers[1].Right)
		assert.False(t, r.First[2].Right)
		assert.True(t, r.Answers[2].Right)
	})
	t.Run("buzzer", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeBuzzer})
		play(t, g, []step{
			{buzz(1), nil, nil},
			{answer(1, 1), nil, []int{0, 0}},
			{reveal, nil, []int{0, 1}},
		})
	})
	t.Run("timeout in the second round", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeTurns, Timer: true, Seconds: 10})
		play(t, g, []step{{answer(0, 1), nil, nil}})
		_, out := g.Advance(10 * time.Second)
		require.True(t, out)
		assert.Equal(t, PhaseRevealed, g.State().Phase)
		assert.Equal(t, []int{1, 0}, g.State().Totals, "the first vote counts when the second never comes")
	})
	t.Run("a game of an older version replays as it was played", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeTurns})
		g.Rules = 0
		play(t, g, []step{{answer(0, 1), nil, nil}, {reveal, nil, []int{0, 0}}})
		saved, err := json.Marshal(g)
		require.NoError(t, err)
		var back Game
		require.NoError(t, json.Unmarshal(saved, &back))
		require.NoError(t, back.Restore(g.TheDeck(), 2))
		assert.Equal(t, []int{0, 0}, back.State().Totals)
	})
}

// A reveal pressed too early can be taken back: undo returns to the
// question of the card, with the answers given before it.
func TestUndoReveal(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 0), nil, []int{0, 0, 0}},
		{next, ErrWrongPhase, nil},
		{answer(1, 0), nil, nil},
		{answer(2, 1), nil, []int{1, 1, 0}},
		{next, nil, nil},
		{reveal, nil, []int{1, 1, 0}}, // Space twice: the second card revealed with no answer
		{undo, nil, []int{1, 1, 0}},   // back to its question, the first card untouched
	})
	st := g.State()
	assert.Equal(t, 1, st.Card)
	assert.Equal(t, PhaseAnswering, st.Phase)
	require.Len(t, st.Results, 1, "the second card is no longer over")
	play(t, g, []step{
		{answer(0, 1), nil, nil},
		{reveal, nil, []int{3, 1, 0}}, // revealed before everyone answered
		{undo, nil, []int{1, 1, 0}},   // the reveal goes back, the answer stays
		{answer(1, 1), nil, nil},
		{answer(2, 1), nil, []int{3, 3, 2}},
	})

	// The hints of a second vote shown too early go back too.
	g = newGame(t, hinted, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{{second, nil, nil}, {undo, nil, nil}})
	assert.Equal(t, PhaseAnswering, g.State().Phase)
	play(t, g, []step{{undo, ErrNothingToUndo, nil}})
}
