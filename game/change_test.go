package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

func change(team, choice int) Move {
	return Move{Kind: MoveAnswer, Team: team, Choice: choice, Change: true}
}

// TestChangeReplacesAnAnswerOnlyInAllModeBeforeTheReveal plays the room's
// "last tap counts": in all mode a team's answer with Change replaces its
// answer of the round until the reveal; everywhere else Change is refused
// with the errors a second answer gets without it.
func TestChangeReplacesAnAnswerOnlyInAllModeBeforeTheReveal(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		settings Settings
		steps    []step
		// mine is team 0's answer (Choice) once the steps are played, -1 for none.
		mine int
	}{
		{"all mode: the last tap counts", verdicts, Settings{Mode: cards.ModeAll}, []step{
			{answer(0, 1), nil, nil},
			{change(0, 0), nil, nil},
			{change(0, 2), nil, nil},
			{answer(0, 1), ErrAlreadyAnswered, nil}, // without Change, as today
		}, 2},
		{"all mode: a change as a first answer is an answer", verdicts, Settings{Mode: cards.ModeAll}, []step{
			{change(0, 0), nil, nil},
		}, 0},
		{"all mode: the change gives the points at the reveal", verdicts, Settings{Mode: cards.ModeAll}, []step{
			{answer(0, 1), nil, []int{0, 0}},
			{change(0, 0), nil, []int{0, 0}},
			{answer(1, 1), nil, []int{1, 0}}, // all in: revealed, sms is vrai (0)
		}, 0},
		{"all mode: refused after the reveal", verdicts, Settings{Mode: cards.ModeAll}, []step{
			{answer(0, 1), nil, nil},
			{reveal, nil, nil},
			{change(0, 0), ErrWrongPhase, nil},
		}, 1},
		{"all mode: refused once every team answered (revealed)", verdicts, Settings{Mode: cards.ModeAll}, []step{
			{answer(0, 1), nil, nil},
			{answer(1, 1), nil, nil},
			{change(0, 0), ErrWrongPhase, nil},
		}, 1},
		{"all mode: refused after the team's time ran out", verdicts, Settings{Mode: cards.ModeAll, Timer: true, Seconds: 30}, []step{
			{Move{Kind: MoveTimeout, Team: 0}, nil, nil},
			{change(0, 0), ErrLockedOut, nil},
		}, -1},
		{"all mode: a first vote changes before the hints", hinted, Settings{Mode: cards.ModeAll}, []step{
			{answer(0, 1), nil, nil},
			{change(0, 0), nil, nil},
		}, 0},
		{"turns mode: refused as today", verdicts, Settings{Mode: cards.ModeTurns}, []step{
			{answer(0, 1), nil, nil}, // a wrong answer reveals
			{change(0, 0), ErrWrongPhase, nil},
		}, 1},
		{"turns mode with pass: the other team's turn", verdicts, Settings{Mode: cards.ModeTurns, Pass: true}, []step{
			{answer(0, 1), nil, nil},
			{change(0, 0), ErrNotYourTurn, nil},
		}, 1},
		{"buzzer mode: refused as today", verdicts, Settings{Mode: cards.ModeBuzzer}, []step{
			{buzz(0), nil, nil},
			{answer(0, 1), nil, nil}, // wrong: locked out
			{change(0, 0), ErrLockedOut, nil},
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t, tt.src, 2, tt.settings)
			play(t, g, tt.steps)
			st := g.State()
			a := st.Answers[0]
			if st.Phase == PhaseAnswering && g.hasRounds(g.Card()) {
				a = st.First[0]
			}
			if tt.mine < 0 {
				assert.Nil(t, a)
				return
			}
			require.NotNil(t, a)
			assert.Equal(t, tt.mine, a.Choice)
		})
	}
}

// TestUndoOfAChangeGivesTheEarlierAnswerBack: the change is a move of the
// log like any answer, and undo takes it back alone.
func TestUndoOfAChangeGivesTheEarlierAnswerBack(t *testing.T) {
	g := newGame(t, verdicts, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 1), nil, nil},
		{change(0, 2), nil, nil},
		{undo, nil, nil},
	})
	require.NotNil(t, g.State().Answers[0])
	assert.Equal(t, 1, g.State().Answers[0].Choice)
	play(t, g, []step{{undo, nil, nil}})
	assert.Nil(t, g.State().Answers[0])
}

// TestASavedSessionWithChangesReplays reads back a session whose log holds
// changed answers: the replay accepts them and gives the same points.
func TestASavedSessionWithChangesReplays(t *testing.T) {
	d := parseStoreDeck(t, storeDeck)
	s, err := NewSession(NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	g, err := s.NewGame(d, Settings{InOrder: true, Mode: cards.ModeAll, Seed: 1})
	require.NoError(t, err)
	for _, m := range []Move{answer(0, 0), change(0, 1), answer(1, 0), next, answer(1, 1), change(1, 0), change(1, 2)} {
		_, err := s.Apply(m, storeStart)
		require.NoError(t, err, "%+v", m)
	}
	require.Equal(t, []int{1, 0}, g.State().Totals) // requin is faux (1): team 0 changed to it
	got := readBack(t, s, storeFinder(d))
	gg := got.Current()
	assert.Equal(t, g.State().Totals, gg.State().Totals)
	require.NotNil(t, gg.State().Answers[1])
	assert.Equal(t, 2, gg.State().Answers[1].Choice)
	assert.True(t, gg.Events[1].Change, "the change is kept in the file")
}
