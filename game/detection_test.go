package game

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/cards"
)

// TestDetection checks the measures against values computed by hand with
// the log-linear rule: H = (hits + 0.5) / (intox + 1), F = (false alarms +
// 0.5) / (true items + 1), d′ = z(H) − z(F), c = −(z(H) + z(F)) / 2
// (z from Python's statistics.NormalDist().inv_cdf).
func TestDetection(t *testing.T) {
	for _, tc := range []struct {
		name      string
		d         Detection
		hit, fa   float64
		dPrime, c float64
	}{
		// 8 of 10 intox spotted, 3 of 7 true items doubted: H = 8.5/11 =
		// 0.772727, F = 3.5/8 = 0.4375; some discernment, a lean to doubt.
		{"a fair group", Detection{8, 2, 3, 4}, 0.772727, 0.4375, 0.9052, -0.2953},
		// Everything right: the rates of 1 and 0 become 10.5/11 and 0.5/8.
		{"all right", Detection{10, 0, 0, 7}, 0.954545, 0.0625, 3.2247, -0.0783},
		// Everything wrong: the mirror, d′ negative.
		{"all wrong", Detection{0, 10, 7, 0}, 0.045455, 0.9375, -3.2247, 0.0783},
		// Intox and true items called alike: no discernment, no lean.
		{"a coin", Detection{5, 5, 2, 2}, 0.5, 0.5, 0, 0},
		// No true item played: the false alarm rate is 0.5, the figures
		// say little (the summary must say so).
		{"no true item", Detection{3, 0, 0, 0}, 0.875, 0.5, 1.1503, -0.5752},
		{"nothing yet", Detection{}, 0.5, 0.5, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, f := tc.d.Rates()
			assert.InDelta(t, tc.hit, h, 1e-6)
			assert.InDelta(t, tc.fa, f, 1e-6)
			assert.InDelta(t, tc.dPrime, tc.d.Sensitivity(), 1e-4)
			assert.InDelta(t, tc.c, tc.d.Bias(), 1e-4)
		})
	}
	sum := Detection{8, 2, 3, 4}.Add(Detection{1, 1, 1, 1})
	assert.Equal(t, Detection{9, 3, 4, 5}, sum)
	assert.Equal(t, 21, sum.Answers())
}

// TestMisleadingCalledFalseIsSpotted: signal detection counts every
// verdict but the true one as "not true": a misleading item called false
// is a wrong answer, and an intox spotted all the same; a deck's own
// verdicts map through its true one (légitime).
func TestMisleadingCalledFalseIsSpotted(t *testing.T) {
	g := newGame(t, `
[[card]]
type = "verdict"
claim = "Une photo de 2011 présentée comme d'hier."
answer = "trompeur"
explanation = "Le contexte est faux."
`, 3, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 1), nil, nil}, // faux: not the verdict, but not believed
		{answer(1, 2), nil, nil}, // trompeur: right
		{answer(2, 0), nil, nil}, // vrai: fooled
		{next, nil, nil},
	})
	s := g.Summary()
	assert.Equal(t, Detection{Hits: 1}, s.Teams[0].Detection)
	assert.Equal(t, 0, s.Teams[0].Right)
	assert.Equal(t, Detection{Hits: 1}, s.Teams[1].Detection)
	assert.Equal(t, Detection{Misses: 1}, s.Teams[2].Detection)
	assert.Equal(t, Detection{Hits: 2, Misses: 1}, s.Detection)

	scams := newGame(t, `
[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"
douteux = "Douteux"

[[card]]
type = "verdict"
claim = "Votre mutuelle vous écrit depuis son adresse habituelle."
answer = "legitime"
explanation = "Rien d'inhabituel."
`, 2, Settings{Mode: cards.ModeAll})
	play(t, scams, []step{
		{answer(0, 2), nil, nil}, // douteux: a true item doubted
		{answer(1, 1), nil, nil}, // légitime: trusted
		{next, nil, nil},
	})
	assert.Equal(t, Detection{FalseAlarms: 1, CorrectTrusts: 1}, scams.Summary().Detection)
}
