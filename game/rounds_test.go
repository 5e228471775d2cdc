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

// In all mode on a shared laptop each team has the card's full time from
// when it is handed the laptop: its own timer runs only while it answers.
func TestTeamTimersInAllMode(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeAll, Timer: true, Seconds: 45})
	// Team 0 takes 20 s to answer; the laptop is handed over (no timer runs).
	_, out := g.AdvanceFor(0, 20*time.Second)
	require.False(t, out)
	play(t, g, []step{{answer(0, 0), nil, nil}})
	_, running := g.TimeLeftFor(0)
	assert.False(t, running, "an answered team's timer stops")
	left, running := g.TimeLeftFor(1)
	require.True(t, running)
	assert.Equal(t, 45*time.Second, left, "the next team gets the full time")
	_, out = g.AdvanceFor(1, 44*time.Second)
	require.False(t, out)
	play(t, g, []step{{answer(1, 1), nil, nil}})
	left, _ = g.TimeLeftFor(2)
	assert.Equal(t, 45*time.Second, left, "team 3 too, whatever the others took")

	// Team 2's time runs out: it answers no more, and the card is revealed
	// since every other team has answered.
	ev, out := g.AdvanceFor(2, 46*time.Second)
	require.True(t, out)
	assert.Equal(t, Move{Kind: MoveTimeout, Team: 2}, ev.Move)
	assert.Equal(t, PhaseRevealed, g.State().Phase)
	assert.Equal(t, []int{1, 0, 0}, g.State().Totals)

	// Undo gives the time back.
	play(t, g, []step{{undo, nil, []int{0, 0, 0}}})
	left, running = g.TimeLeftFor(2)
	require.True(t, running)
	assert.Equal(t, 45*time.Second, left)

	// A team out of time is refused, the others still answer; the next card
	// starts every clock again.
	play(t, g, []step{{next, ErrWrongPhase, nil}})
	_, out = g.AdvanceFor(2, time.Minute)
	require.True(t, out)
	play(t, g, []step{{next, nil, nil}})
	for team := range 3 {
		left, _ := g.TimeLeftFor(team)
		assert.Equal(t, 45*time.Second, left)
	}
	_, out = g.AdvanceFor(1, time.Minute)
	require.True(t, out)
	assert.Equal(t, PhaseAnswering, g.State().Phase, "the other teams have not answered")
	play(t, g, []step{
		{answer(1, 1), ErrLockedOut, nil},
		{answer(0, 1), nil, nil},
		{answer(2, 1), nil, []int{3, 0, 2}},
	})
}

// A team whose time runs out on the first vote votes again after the hints,
// with its full time.
func TestTeamTimersOnTwoRounds(t *testing.T) {
	g := newGame(t, hinted, 2, Settings{Mode: cards.ModeAll, Timer: true, Seconds: 30})
	play(t, g, []step{{answer(0, 1), nil, nil}})
	_, out := g.AdvanceFor(1, 30*time.Second)
	require.True(t, out)
	require.Equal(t, PhaseSecond, g.State().Phase)
	left, running := g.TimeLeftFor(1)
	require.True(t, running, "the second vote is open to the team out of time in the first")
	assert.Equal(t, 30*time.Second, left)
	play(t, g, []step{{answer(1, 1), nil, nil}})
	_, out = g.AdvanceFor(0, 31*time.Second)
	require.True(t, out)
	assert.Equal(t, []int{1, 1}, g.State().Totals, "team 0 keeps its first vote")

	// Team timers are for all mode only.
	g = newGame(t, verdicts, 2, Settings{Mode: cards.ModeTurns, Timer: true, Seconds: 30})
	_, running = g.TimeLeftFor(0)
	assert.False(t, running)
	_, err := g.Apply(Move{Kind: MoveTimeout, Team: 0})
	assert.ErrorIs(t, err, ErrNotAllowed)
	_, err = g.Apply(Move{Kind: MoveTimeout, Team: 5})
	assert.ErrorIs(t, err, ErrInvalid)
}

// The second round of a card has its own time: a first round that ran out
// does not reveal the card at the next tick.
func TestSecondRoundHasItsTime(t *testing.T) {
	g := newGame(t, hinted, 2, Settings{Mode: cards.ModeAll, Timer: true, Seconds: 30})
	_, out := g.Advance(30 * time.Second)
	require.True(t, out)
	require.Equal(t, PhaseSecond, g.State().Phase)
	_, out = g.Advance(time.Second / 60)
	assert.False(t, out)
	left, _ := g.TimeLeft()
	assert.Equal(t, 30*time.Second-time.Second/60, left)
}

// Settings.NoHints plays a card with hints in one vote, as a card without:
// no hints, no second vote, the answer counts at once.
func TestNoHintsPlaysOneVote(t *testing.T) {
	t.Run("all", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeAll, NoHints: true})
		play(t, g, []step{
			{second, ErrNotAllowed, nil},
			{answer(0, 1), nil, []int{0, 0}},
			{answer(1, 0), nil, []int{1, 0}}, // every team has voted: revealed
		})
		r := g.State().Results[0]
		assert.Equal(t, PhaseRevealed, g.State().Phase)
		assert.Nil(t, r.First[0], "no first vote: the vote is the answer")
		assert.True(t, r.Answers[0].Right)
		assert.Empty(t, g.View(0).Question.Hints, "no hints at the reveal either")
		assert.False(t, g.Hinted())
	})
	t.Run("turns", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeTurns, NoHints: true})
		play(t, g, []step{{answer(0, 1), nil, []int{1, 0}}})
		assert.Equal(t, PhaseRevealed, g.State().Phase, "a right answer reveals at once")
	})
	t.Run("the hints never show", func(t *testing.T) {
		g := newGame(t, hinted, 2, Settings{Mode: cards.ModeTurns, NoHints: true, Timer: true, Seconds: 10})
		_, out := g.Advance(10 * time.Second)
		require.True(t, out)
		assert.NotEqual(t, PhaseSecond, g.State().Phase, "the time out ends the card, not its first round")
	})
	t.Run("a game saved before the setting plays its hints", func(t *testing.T) {
		var s Settings
		require.NoError(t, json.Unmarshal([]byte(`{"seed":7,"in_order":true,"mode":"all"}`), &s))
		assert.False(t, s.NoHints)
		g, err := NewGame(deck(t, hinted), 2, s)
		require.NoError(t, err)
		assert.True(t, g.Hinted())
		play(t, g, []step{{answer(0, 1), nil, nil}, {answer(1, 1), nil, nil}})
		assert.Equal(t, PhaseSecond, g.State().Phase)
		assert.NotEmpty(t, g.View(0).Question.Hints)

		on, err := json.Marshal(Settings{NoHints: true})
		require.NoError(t, err)
		assert.Contains(t, string(on), `"no_hints":true`)
		off, err := json.Marshal(Settings{})
		require.NoError(t, err)
		assert.NotContains(t, string(off), "hints", "a game with hints saves as before")
	})
}
