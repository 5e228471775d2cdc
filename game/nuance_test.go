package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// at is a team's position on a debate card's scale, nil for none.
func at(step int) *Answer { return &Answer{Choice: step} }

const nu = NotUnderstood

// TestNuanceOf reads debate cards' results, positions before and after
// the discussion, against counts made by hand in the comments.
func TestNuanceOf(t *testing.T) {
	for _, tc := range []struct {
		name          string
		first, after  []*Answer
		before, later Spread
		stayed, moved int
		steps         int
		right, left   int
		toNU, fromNU  int
	}{
		{
			// Nobody moved: 3 teams on 1, 2, 2.
			name: "no one moved", first: []*Answer{at(1), at(2), at(2)}, after: []*Answer{at(1), at(2), at(2)},
			before: Spread{0, 1, 2}, later: Spread{0, 1, 2}, stayed: 3,
		},
		{
			// 0→2 is 2 steps right, 4→3 is 1 step left, 2 stays:
			// 2 moved, 3 steps, 1 right, 1 left.
			name: "both ways", first: []*Answer{at(0), at(4), at(2)}, after: []*Answer{at(2), at(3), at(2)},
			before: Spread{1, 0, 1, 0, 1}, later: Spread{0, 0, 2, 1, 0}, stayed: 1, moved: 2, steps: 3, right: 1, left: 1,
		},
		{
			// 3→"je ne comprends pas" and "je ne comprends pas"→0: two
			// moves of no step; 1→4 is 3 steps right.
			name: "to and from not understood", first: []*Answer{at(3), at(nu), at(1)}, after: []*Answer{at(nu), at(0), at(4)},
			before: Spread{0, 1, 0, 1, 0, 1}, later: Spread{1, 0, 0, 0, 1, 1}, moved: 3, steps: 3, right: 1, toNU: 1, fromNU: 1,
		},
		{
			// Team 2 placed itself only after (counted after, not as a
			// move); team 3 only before; team 1 never: 1 stayed.
			name: "teams placed once", first: []*Answer{nil, at(2), nil, at(0)}, after: []*Answer{nil, at(2), at(4), nil},
			before: Spread{1, 0, 1}, later: Spread{0, 0, 1, 0, 1}, stayed: 1,
		},
		{
			name: "nobody placed", first: []*Answer{nil, nil}, after: []*Answer{nil, nil},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := nuanceOf(Result{Card: 4, First: tc.first, Answers: tc.after})
			assert.Equal(t, Nuance{Card: 4, Before: tc.before, After: tc.later, Stayed: tc.stayed, Moved: tc.moved, Steps: tc.steps,
				ToRight: tc.right, ToLeft: tc.left, ToNotUnderstood: tc.toNU, FromNotUnderstood: tc.fromNU}, n)
		})
	}
}

// TestHeadsMoved: from head counts only a least number of people who
// moved is known.
func TestHeadsMoved(t *testing.T) {
	for _, tc := range []struct {
		name          string
		before, after []int
		want          int
	}{
		// 3 5 2 1 0 1 → 1 4 4 2 1 0: places gained 2 + 1 + 1 = 4, 12
		// people both times: at least 4 moved.
		{"the same people", []int{3, 5, 2, 1, 0, 1}, []int{1, 4, 4, 2, 1, 0}, 4},
		// 2 2 0 0 0 0 → 2 2 1 0 0 0: one place gained, one person more:
		// the newcomer may be it, nobody need have moved.
		{"one came in", []int{2, 2, 0, 0, 0, 0}, []int{2, 2, 1, 0, 0, 0}, 0},
		// 4 0 0 0 0 0 → 1 0 0 2 0 0: two places gained, one person left:
		// the two on step 3 moved.
		{"one left", []int{4, 0, 0, 0, 0, 0}, []int{1, 0, 0, 2, 0, 0}, 2},
		{"the same", []int{1, 1, 1, 1, 1, 1}, []int{1, 1, 1, 1, 1, 1}, 0},
		{"after not counted", []int{1, 1, 1, 1, 1, 1}, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := nuanceOf(Result{Heads: [2][]int{tc.before, tc.after}})
			assert.Equal(t, tc.after != nil, n.HasHeads[1])
			assert.Equal(t, tc.want, n.HeadsMoved())
		})
	}
}

// TestGameNuances plays a game of two debate cards, one skipped, and a
// verdict card: only the debate card played to its reveal is read, with
// its head counts.
func TestGameNuances(t *testing.T) {
	d := `
[[card]]
type = "spectrum"
statement = "Les réseaux sociaux rendent heureux."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"

[[card]]
type = "verdict"
claim = "Le premier SMS date de 1992."
answer = "vrai"

[[card]]
type = "spectrum"
statement = "Les écrans rendent bête."
left = "Non"
right = "Oui"
`
	g := newGame(t, d, 3, Settings{Mode: cards.ModeAll, InOrder: true})
	play(t, g, []step{
		{answer(0, 0), nil, nil}, {answer(1, 1), nil, nil}, {answer(2, NotUnderstood), nil, nil},
		{Move{Kind: MoveHeadCount, Choices: []int{3, 5, 2, 1, 0, 1}}, nil, nil},
		{second, nil, nil},
		{answer(0, 2), nil, nil}, {answer(2, 1), nil, nil}, // team 1 keeps its place
		{Move{Kind: MoveHeadCount, Choices: []int{1, 4, 4, 2, 1, 0}}, nil, nil},
		{reveal, nil, nil}, {next, nil, nil},
		{answer(0, 0), nil, nil}, {answer(1, 0), nil, nil}, {answer(2, 0), nil, nil}, {next, nil, nil},
		{answer(0, 4), nil, nil}, {skip, nil, nil},
	})
	ns := g.Nuances()
	require.Len(t, ns, 1)
	n := ns[0]
	assert.Equal(t, 0, n.Card)
	assert.Equal(t, Spread{1, 1, 0, 0, 0, 1}, n.Before)
	assert.Equal(t, Spread{0, 2, 1}, n.After)
	// 0→2: 2 steps right; 1 stays; "je ne comprends pas"→1.
	assert.Equal(t, 1, n.Stayed)
	assert.Equal(t, 2, n.Moved)
	assert.Equal(t, 2, n.Steps)
	assert.Equal(t, 1, n.ToRight)
	assert.Equal(t, 1, n.FromNotUnderstood)
	assert.Equal(t, [2]Spread{{3, 5, 2, 1, 0, 1}, {1, 4, 4, 2, 1, 0}}, n.Heads)
	assert.Equal(t, 4, n.HeadsMoved())
}
