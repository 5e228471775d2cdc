package game

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// measureDeck writes a verdict deck of truths true items (vrai1…) and
// intox false ones (faux1…), each with a hint, and a choice card.
func measureDeck(t *testing.T, truths, intox int) *cards.Deck {
	t.Helper()
	var b strings.Builder
	for i := 1; i <= truths; i++ {
		fmt.Fprintf(&b, "[[card]]\nid = \"vrai%d\"\ntype = \"verdict\"\nclaim = \"Vrai n° %d\"\nanswer = \"vrai\"\nexplanation = \"C'est vrai.\"\nhints = [\"Cherchez.\"]\n", i, i)
	}
	for i := 1; i <= intox; i++ {
		fmt.Fprintf(&b, "[[card]]\nid = \"faux%d\"\ntype = \"verdict\"\nclaim = \"Faux n° %d\"\nanswer = \"faux\"\nexplanation = \"C'est faux.\"\nhints = [\"Cherchez.\"]\n", i, i)
	}
	b.WriteString("[[card]]\nid = \"avis\"\ntype = \"choice\"\nquestion = \"Lequel est un navigateur ?\"\nchoices = [\"Firefox\", \"Wi-Fi\"]\nanswer = 1\nexplanation = \"Firefox.\"\n")
	return deck(t, b.String())
}

// TestMeasureSplit: the before and after tests get as many cards each,
// none in both, with the same mix of true items and intox, and only
// verdict cards.
func TestMeasureSplit(t *testing.T) {
	for _, tc := range []struct {
		name             string
		truths, intox, n int
		want, wantTrue   int // cards in each test, true items among them
	}{
		{"a balanced deck", 10, 10, 4, 4, 2},
		{"the default length", 10, 10, 0, MeasureCards, 4},
		{"the infox share", 18, 22, 8, 8, 4},         // 8 × 18/40 = 3.6 → 4
		{"more than the deck holds", 3, 3, 10, 2, 1}, // one of each kind left out: the tests stay alike
		{"no true item", 0, 6, 2, 2, 0},
		{"few intox", 8, 1, 4, 4, 4}, // the lone intox cannot be in both
		// The scam deck: 6 × 11/30 = 2.2 would give 2 true items, too few
		// to compare; each kind gets MinItems when the deck has them.
		{"the scam deck's share, 6 cards", 11, 19, 6, 6, MinItems},
		{"the cybersecurity deck's, 6 cards", 7, 13, 6, 6, MinItems},
		{"few true items, MinItems of intox kept", 20, 4, 8, 8, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := measureDeck(t, tc.truths, tc.intox)
			before, after, err := measureSplit(d, tc.n, 42)
			require.NoError(t, err)
			assert.Len(t, before, tc.want)
			assert.Len(t, after, tc.want)
			for _, id := range before {
				assert.NotContains(t, after, id)
				assert.NotEqual(t, "avis", id)
			}
			countTrue := func(ids []string) int {
				n := 0
				for _, id := range ids {
					if strings.HasPrefix(id, "vrai") {
						n++
					}
				}
				return n
			}
			assert.Equal(t, tc.wantTrue, countTrue(before))
			assert.Equal(t, tc.wantTrue, countTrue(after))
		})
	}
	_, _, err := measureSplit(deck(t, "[[card]]\ntype = \"verdict\"\nclaim = \"Seul\"\nanswer = \"vrai\"\nexplanation = \"Oui.\"\n"), 4, 1)
	assert.ErrorIs(t, err, ErrInvalid, "one verdict card cannot make two tests")
}

// TestMeasureComparable: a deck can be measured before and after when it
// has MinItems true items and MinItems intox for each test.
func TestMeasureComparable(t *testing.T) {
	for _, tc := range []struct {
		truths, intox int
		want          bool
	}{
		{6, 6, true},
		{11, 19, true},
		{5, 19, false}, // 2 true items a test
		{19, 5, false},
		{0, 20, false},
	} {
		assert.Equalf(t, tc.want, MeasureComparable(measureDeck(t, tc.truths, tc.intox)), "%d true, %d intox", tc.truths, tc.intox)
	}
}

// TestMeasureWorkshop plays a workshop measured before and after: the
// before test shows no answer, no hint and no point, each card ending once
// every team has judged it; the game in between shows none of the cards
// kept for the after test; the after test plays them, revealed, without
// points; the summary reads both tests apart from the rest.
func TestMeasureWorkshop(t *testing.T) {
	d := measureDeck(t, 10, 10)
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	s, err := NewSession(NewTeams("Lynx", "Ours"), now)
	require.NoError(t, err)
	apply := func(m Move) {
		t.Helper()
		_, err := s.Apply(m, now)
		require.NoError(t, err, "%+v", m)
	}

	_, err = s.NewGame(d, Settings{Measure: MeasureAfter})
	require.ErrorIs(t, err, ErrInvalid, "no after test without a before test")

	before, err := s.NewGame(d, Settings{Measure: MeasureBefore, Cards: 4, Seed: 3, Mode: cards.ModeTurns, Timer: true})
	require.NoError(t, err)
	assert.Equal(t, cards.ModeAll, before.Settings.Mode, "every team judges every card")
	assert.True(t, before.Settings.Unscored)
	assert.True(t, before.Blind())
	require.Len(t, before.Draw, 4)
	require.Len(t, before.Reserved, 4)
	// Lynx believes the true items and doubts the intox; Ours believes all.
	for i := range 4 {
		require.Equal(t, i, before.State().Card)
		truth := before.Card().Verdict == "vrai"
		apply(answer(1, 0))
		lynx := 1
		if truth {
			lynx = 0
		}
		apply(answer(0, lynx))
		v := before.View(NoTeam)
		assert.Nil(t, v.Secret, "the before test reveals nothing")
		assert.Empty(t, v.Question.Hints, "nor its hints")
		for _, a := range before.State().Results[i].Answers {
			require.NotNil(t, a, "both answers kept")
		}
	}
	assert.True(t, before.Over(), "each card ends once both teams have judged it")
	assert.Equal(t, []int{0, 0}, s.Totals())

	middle, err := s.NewGame(d, Settings{Seed: 9})
	require.NoError(t, err)
	assert.Len(t, middle.Draw, 17, "every card but the four kept for the after test")
	for _, id := range before.Reserved {
		assert.NotContains(t, middle.Draw, id)
	}
	assert.Same(t, before, s.OpenBefore(d.ID))
	assert.Equal(t, []*Game{before}, s.WaitingBefore(), "the end of the workshop offers its after test")
	assert.Equal(t, 1, s.Played(), "the before test is no game")

	after, err := s.NewGame(d, Settings{Measure: MeasureAfter})
	require.NoError(t, err)
	assert.Equal(t, before.Reserved, after.Draw)
	assert.Nil(t, s.OpenBefore(d.ID), "the after test closes it")
	assert.Empty(t, s.WaitingBefore())
	assert.Equal(t, 1, s.Played())
	assert.Nil(t, s.reserved(d.ID))
	assert.True(t, after.Blind(), "the after test plays as its before test did")
	for i := range 4 {
		require.Equal(t, i, after.State().Card)
		apply(answer(0, 1)) // Lynx now doubts everything
		apply(answer(1, 0))
		v := after.View(NoTeam)
		assert.Nil(t, v.Secret, "the after test reveals nothing")
		assert.Empty(t, v.Question.Hints, "nor its hints: no second vote to compare")
	}
	assert.True(t, after.Over(), "each card ends once both teams have judged it")
	assert.Equal(t, []int{0, 0}, s.Totals(), "no points in a test")
	_, err = s.NewGame(d, Settings{Measure: MeasureAfter})
	assert.ErrorIs(t, err, ErrInvalid, "one after test a before test")

	sum := s.Summary()
	// The before test held 2 true items and 2 intox, the after test too.
	assert.Equal(t, Detection{Hits: 2, CorrectTrusts: 2}, sum.Teams[0].Before)
	assert.Equal(t, Detection{Hits: 2, FalseAlarms: 2}, sum.Teams[0].After)
	assert.Equal(t, Detection{Misses: 2, CorrectTrusts: 2}, sum.Teams[1].Before)
	assert.Equal(t, Detection{Hits: 2, Misses: 2, CorrectTrusts: 4}, sum.Before)
	assert.Equal(t, Detection{Hits: 2, Misses: 2, CorrectTrusts: 2, FalseAlarms: 2}, sum.After)
	assert.Zero(t, sum.Detection.Answers(), "the middle game had no answer, and the tests are apart")
	assert.Zero(t, sum.Teams[0].Right+sum.Teams[0].Wrong)
}

// TestBlindUndo: undoing the answer that ended a card of the before test
// brings the card back, with the other answers.
func TestBlindUndo(t *testing.T) {
	d := measureDeck(t, 4, 4)
	g, err := NewGame(d, 2, Settings{Measure: MeasureBefore, Cards: 2, Seed: 1})
	require.NoError(t, err)
	play(t, g, []step{
		{answer(0, 0), nil, nil},
		{answer(1, 1), nil, nil},
	})
	require.Equal(t, 1, g.State().Card)
	play(t, g, []step{{Move{Kind: MoveUndo}, nil, nil}})
	assert.Equal(t, 0, g.State().Card)
	assert.NotNil(t, g.State().Answers[0])
	assert.Nil(t, g.State().Answers[1])
}

// TestAnAfterTestOfOlderRulesHasItsHints: an after test saved by rules 1
// (when it played its hints, second vote and reveal) replays as it was
// played.
func TestAnAfterTestOfOlderRulesHasItsHints(t *testing.T) {
	d := measureDeck(t, 4, 4)
	s, err := NewSession(NewTeams("Lynx", "Ours"), time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	before, err := s.NewGame(d, Settings{Measure: MeasureBefore, Cards: 2, Seed: 1})
	require.NoError(t, err)
	play(t, before, []step{{answer(0, 0), nil, nil}, {answer(1, 1), nil, nil}, {answer(0, 0), nil, nil}, {answer(1, 1), nil, nil}})
	require.True(t, before.Over())
	after, err := s.NewGame(d, Settings{Measure: MeasureAfter})
	require.NoError(t, err)
	after.Rules = 1
	assert.False(t, after.Blind())
	play(t, after, []step{{answer(0, 0), nil, nil}, {answer(1, 1), nil, nil}})
	assert.Equal(t, PhaseSecond, after.State().Phase)
}
