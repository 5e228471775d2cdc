package game

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// TestConfidenceTrend checks the calibration's word against shares of
// right answers worked out by hand: only the surest and the least sure
// levels with three verdicts or more are compared, and a gap counts only
// beyond chance (one-sided z of 1.645).
func TestConfidenceTrend(t *testing.T) {
	lv := func(sure, rather, guess Level) Confidence {
		return Confidence{Levels: [SureLevels]Level{sure, rather, guess}}
	}
	for _, tc := range []struct {
		name  string
		c     Confidence
		trend Trend
	}{
		// 9/10 = 90 % when sure, 4/6 = 67 % rather, 2/4 = 50 % guessing:
		// pooled 11/14, se = 0.243, z = 0.4 / 0.243 = 1.65.
		{"falls as confidence falls", lv(Level{10, 9}, Level{6, 4}, Level{4, 2}), TrendFollows},
		// 1/3 = 33 % when sure, 4/4 = 100 % guessing: sure where wrong
		// (pooled 5/7, se = 0.345, z = −1.93).
		{"against", lv(Level{3, 1}, Level{}, Level{4, 4}), TrendAgainst},
		// 5/5, 4/4, 3/3: right whatever was said.
		{"all right", lv(Level{5, 5}, Level{4, 4}, Level{3, 3}), TrendFlat},
		// 2/4 = 50 % when sure and 3/6 = 50 % guessing: the fractions are
		// compared exactly (2 × 6 = 3 × 4).
		{"equal shares", lv(Level{4, 2}, Level{}, Level{6, 3}), TrendFlat},
		// The middle level is not an end: 9/10 sure, 3/3 rather (above
		// the sure ones), 0/4 guessing: the ends say it follows.
		{"a middle level does not decide", lv(Level{10, 9}, Level{3, 3}, Level{4, 0}), TrendFollows},
		// The play-test's workshop: 18/30 = 60 % sure, 7/12 = 58 % rather,
		// one guess. Pooled 25/42 = 0.595, se = √(0.595 × 0.405 × (1/30 +
		// 1/12)) = 0.168, z = 0.017 / 0.168 = 0.1: no clear difference,
		// not « vous savez quand vous savez ».
		{"a gap within chance", lv(Level{30, 18}, Level{12, 7}, Level{1, 0}), TrendFlat},
		// 8/10 sure, 1/3 guessing: pooled 9/13, se = 0.304, z = 1.54 <
		// 1.645: a gap, but three guesses cannot tell it from chance.
		{"a gap on few answers", lv(Level{10, 8}, Level{}, Level{3, 1}), TrendFlat},
		// Only "sûr" said: one level, no comparison.
		{"one level only", lv(Level{12, 7}, Level{}, Level{}), TrendTooFew},
		// The guesses are two: below MinLevelAnswers, left out.
		{"a level too small", lv(Level{5, 5}, Level{}, Level{2, 0}), TrendTooFew},
		// Sure and rather with 3 each: 3/3 against 1/3 (z = 1.73).
		{"two levels just enough", lv(Level{3, 3}, Level{3, 1}, Level{}), TrendFollows},
		{"no ratings", Confidence{}, TrendTooFew},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.trend, tc.c.Trend())
		})
	}
}

// TestConfidenceROC checks the rating ROC curve and its area against
// values computed by hand: the hit and false-alarm rates cumulate from
// "intox, sûr" (step 1) to "vrai, sûr" (step 6); the area joins the points
// by straight lines.
func TestConfidenceROC(t *testing.T) {
	for _, tc := range []struct {
		name          string
		intox, truths [RatingSteps]int
		points        []ROCPoint // nil: no curve
		area          float64
	}{
		{
			// 10 intox rated 6, 2, 1, 1, 0, 0 from "intox sûr"; 10 true
			// items rated 0, 1, 1, 2, 3, 3. Hits cumulate to .6 .8 .9 1
			// 1 1, false alarms to 0 .1 .2 .4 .7 1. Area: 0 (x from 0 to
			// 0) + .1 × (.6+.8)/2 = .07 + .1 × (.8+.9)/2 = .085 + .2 ×
			// (.9+1)/2 = .19 + .3 × 1 = .3 + .3 × 1 = .3; total .945.
			name:  "a group that tells them apart",
			intox: [RatingSteps]int{6, 2, 1, 1, 0, 0}, truths: [RatingSteps]int{0, 1, 1, 2, 3, 3},
			points: []ROCPoint{{0, 0}, {0, .6}, {.1, .8}, {.2, .9}, {.4, 1}, {.7, 1}, {1, 1}},
			area:   .945,
		},
		{
			// Intox and true items rated alike: the diagonal, area .5.
			name:  "chance",
			intox: [RatingSteps]int{2, 2, 1, 1, 2, 2}, truths: [RatingSteps]int{2, 2, 1, 1, 2, 2},
			points: []ROCPoint{{0, 0}, {.2, .2}, {.4, .4}, {.5, .5}, {.6, .6}, {.8, .8}, {1, 1}},
			area:   .5,
		},
		{
			// Every verdict right and sure: every intox at step 1, every
			// true item at step 6. Points (0, 0), then (0, 1) five times,
			// then (1, 1): area 1.
			name:  "all right and sure",
			intox: [RatingSteps]int{12, 0, 0, 0, 0, 0}, truths: [RatingSteps]int{0, 0, 0, 0, 0, 8},
			points: []ROCPoint{{0, 0}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {1, 1}},
			area:   1,
		},
		{
			// 19 rated verdicts: one short of MinROCAnswers.
			name:  "too few answers",
			intox: [RatingSteps]int{5, 5, 0, 0, 0, 0}, truths: [RatingSteps]int{0, 0, 0, 0, 4, 5},
		},
		{
			// 20 verdicts, but 4 true items: below MinROCItems.
			name:  "too few true items",
			intox: [RatingSteps]int{8, 4, 4, 0, 0, 0}, truths: [RatingSteps]int{0, 0, 0, 0, 0, 4},
		},
		{name: "no ratings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Confidence{Intox: tc.intox, Truths: tc.truths}
			points, ok := c.ROC()
			area, hasArea := c.Area()
			if tc.points == nil {
				assert.False(t, ok)
				assert.Nil(t, points)
				assert.False(t, hasArea)
				return
			}
			require.True(t, ok)
			require.Len(t, points, len(tc.points))
			for i, p := range tc.points {
				assert.InDelta(t, p.FalseAlarm, points[i].FalseAlarm, 1e-9, "point %d", i)
				assert.InDelta(t, p.Hit, points[i].Hit, 1e-9, "point %d", i)
			}
			require.True(t, hasArea)
			assert.InDelta(t, tc.area, area, 1e-9)
		})
	}
}

// TestConfidenceInGame plays ratings through the engine: each verdict's
// rating is kept on its answer, read into the summary per level and on
// the rating scale (a misleading item called false is an intox rated
// "intox", though not the right verdict), unrated verdicts left out; a
// rating out of 0–3, on another card or in a game that does not ask is
// refused; undo takes a verdict back with its rating.
func TestConfidenceInGame(t *testing.T) {
	g := newGame(t, verdicts+`
[[card]]
type = "verdict"
id = "photo"
claim = "Une photo de 2011 présentée comme d'hier."
answer = "trompeur"
explanation = "Le contexte est faux."

[[card]]
type = "choice"
question = "Combien ?"
choices = ["un", "deux"]
answer = 1
explanation = "Un."
`, 2, Settings{Mode: cards.ModeAll, Confidence: true})
	sure := func(team, choice, s int) Move {
		m := answer(team, choice)
		m.Sure = s
		return m
	}
	play(t, g, []step{
		// sms, true: team 0 says vrai, sûr (step 6, right); team 1 faux,
		// au hasard (step 3, a true item doubted).
		{sure(0, 0, 4), ErrSure, nil},
		{sure(0, 0, -1), ErrSure, nil},
		{sure(0, 0, SureCertain), nil, nil},
		{sure(1, 1, SureGuess), nil, nil},
		{next, nil, nil},
		// requin, false: team 0 faux, plutôt (step 2, right); team 1
		// vrai, sûr — then takes it back and gives it unrated.
		{sure(0, 1, SureRather), nil, nil},
		{sure(1, 0, SureCertain), nil, nil},
		{undo, nil, nil},
		{answer(1, 0), nil, nil},
		{next, nil, nil},
		// banque, false: team 0 faux, sûr; team 1 faux, plutôt.
		{sure(0, 1, SureCertain), nil, nil},
		{sure(1, 1, SureRather), nil, nil},
		{next, nil, nil},
		// photo, misleading: team 0 faux, sûr (step 1, not right); team
		// 1 trompeur, au hasard (step 3, right).
		{sure(0, 1, SureCertain), nil, nil},
		{sure(1, 2, SureGuess), nil, nil},
		{next, nil, nil},
		// A choice card is not rated.
		{sure(0, 0, SureCertain), ErrSure, nil},
		{answer(0, 0), nil, nil},
		{answer(1, 1), nil, nil},
	})
	s := g.Summary()
	assert.Equal(t, Confidence{
		Levels: [SureLevels]Level{{3, 2}, {1, 1}, {0, 0}},
		Intox:  [RatingSteps]int{2, 1, 0, 0, 0, 0},
		Truths: [RatingSteps]int{0, 0, 0, 0, 0, 1},
	}, s.Teams[0].Confidence)
	assert.Equal(t, Confidence{
		Levels: [SureLevels]Level{{0, 0}, {1, 1}, {2, 1}},
		Intox:  [RatingSteps]int{0, 1, 1, 0, 0, 0},
		Truths: [RatingSteps]int{0, 0, 1, 0, 0, 0},
	}, s.Teams[1].Confidence)
	assert.Equal(t, 7, s.Confidence.Rated())
	assert.Equal(t, [SureLevels]Level{{3, 2}, {2, 2}, {2, 1}}, s.Confidence.Levels)

	// The rating is kept on the answer, and read back from the file.
	r := g.State().Results[0]
	assert.Equal(t, SureCertain, r.Answers[0].Sure)
	b, err := json.Marshal(g.Events[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"answer","team":0,"card":0,"sure":1}`, string(b))

	off := newGame(t, verdicts, 1, Settings{Mode: cards.ModeTurns})
	play(t, off, []step{{sure(0, 0, SureCertain), ErrSure, nil}, {answer(0, 0), nil, []int{1}}})
}

// TestConfidenceKeptWithFirstVote: on a card with hints, a team that does
// not vote again keeps its first vote, and its rating with it.
func TestConfidenceKeptWithFirstVote(t *testing.T) {
	g := newGame(t, `
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
hints = ["Cherchez l'image."]
explanation = "Un montage."
`, 2, Settings{Mode: cards.ModeAll, Confidence: true})
	first := answer(0, 1)
	first.Sure = SureRather
	again := answer(1, 0)
	again.Sure = SureCertain
	play(t, g, []step{
		{first, nil, nil},
		{answer(1, 1), nil, nil},
		{again, nil, nil}, // team 1 votes again, sure; team 0 keeps its vote
		{reveal, nil, nil},
	})
	r := g.State().Results[0]
	assert.Equal(t, SureRather, r.Answers[0].Sure)
	assert.Equal(t, SureCertain, r.Answers[1].Sure)
}

// TestConfidenceLeavesTestsOut: the tests of the workshop's effect are
// read apart, as in Detection; their ratings are not in the game's
// confidence.
func TestConfidenceLeavesTestsOut(t *testing.T) {
	g := newGame(t, verdicts, 1, Settings{Measure: MeasureBefore, Cards: 1, Confidence: true})
	for !g.Over() {
		m := answer(0, 1)
		m.Sure = SureCertain
		_, err := g.Apply(m)
		require.NoError(t, err)
	}
	s := g.Summary()
	assert.Equal(t, 1, s.Before.Answers())
	assert.Equal(t, Confidence{}, s.Confidence)
}

// TestConfidenceOfSession sums the games' ratings, team by team.
func TestConfidenceOfSession(t *testing.T) {
	d := deck(t, verdicts)
	s, err := NewSession(NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	for range 2 {
		g, err := s.NewGame(d, Settings{Mode: cards.ModeTurns, InOrder: true, Confidence: true, Cards: 1})
		require.NoError(t, err)
		m := answer(0, 0) // sms is true: vrai, sûr, right
		m.Sure = SureCertain
		_, err = g.Apply(m)
		require.NoError(t, err)
		_, err = g.Apply(Move{Kind: MoveEnd})
		require.NoError(t, err)
	}
	sum := s.Summary()
	want := Confidence{Levels: [SureLevels]Level{{2, 2}}, Truths: [RatingSteps]int{0, 0, 0, 0, 0, 2}}
	assert.Equal(t, want, sum.Teams[0].Confidence)
	assert.Equal(t, Confidence{}, sum.Teams[1].Confidence)
	assert.Equal(t, want, sum.Confidence)
}
