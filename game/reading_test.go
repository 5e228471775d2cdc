package game

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// TestReading checks the words against d′ and c computed by hand with the
// log-linear rule (see TestDetection), the interval of d′ with the
// variance of Gourevitch & Galanter (Python's statistics.NormalDist for z
// and φ).
func TestReading(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      Detection
		want   Reading
		lo, hi float64
	}{
		// d′ 0.905, c −0.295: the group, which spots the intox and
		// doubts 3 true items of 7.
		{"spots the intox, doubts the truth", Detection{8, 2, 3, 4}, ReadingDoubtful, -0.3642, 2.1746},
		// d′ 2.578, c −0.402: a sharp group with one true item doubted is
		// not called doubtful.
		{"sharp, one doubt", Detection{10, 0, 1, 6}, ReadingDiscerning, 0.8517, 4.3039},
		{"all right", Detection{10, 0, 0, 7}, ReadingDiscerning, 1.2369, 5.2125},
		// d′ 1.593 but c 0.797: half the intox believed.
		{"believes half the intox", Detection{5, 5, 0, 8}, ReadingTrusting, -0.0215, 3.2079},
		// d′ 1.117, c 0.329: four intox of ten let through.
		{"a fair group that trusts", Detection{6, 4, 1, 6}, ReadingTrusting, -0.2131, 2.4471},
		// d′ 2.179, c −0.601: every intox spotted, 2 true items of 7 doubted.
		{"sharp but doubts", Detection{10, 0, 2, 5}, ReadingDoubtful, 0.5162, 3.8426},
		// d′ 1.699, c 0.038.
		{"sharp", Detection{9, 2, 1, 6}, ReadingDiscerning, 0.3378, 3.061},
		// d′ 0, c 0: a coin.
		{"a coin", Detection{5, 5, 2, 2}, ReadingBlurred, -1.4533, 1.4533},
		// d′ −0.473, c 0.236: worse than a coin, no clear lean.
		{"worse than a coin", Detection{3, 7, 4, 4}, ReadingBlurred, -1.6598, 0.7142},
		{"two true items only", Detection{8, 2, 1, 1}, ReadingTooFew, 0, 0},
		{"two intox only", Detection{2, 0, 3, 4}, ReadingTooFew, 0, 0},
		{"nothing", Detection{}, ReadingTooFew, math.Inf(-1), math.Inf(1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.d.Reading())
			if tc.lo == 0 && tc.hi == 0 {
				return
			}
			lo, hi := tc.d.SensitivityInterval()
			if math.IsInf(tc.lo, 0) {
				assert.True(t, math.IsInf(lo, -1) && math.IsInf(hi, 1), "%v %v", lo, hi)
				return
			}
			assert.InDelta(t, tc.lo, lo, 1e-3)
			assert.InDelta(t, tc.hi, hi, 1e-3)
		})
	}
}

// TestShift checks the change from a before test to an after test against
// values computed by hand (the same formulas as TestReading).
func TestShift(t *testing.T) {
	for _, tc := range []struct {
		name          string
		before, after Detection
		dp, c         float64
		sure          bool
	}{
		// 16 cards a test: a gain of a whole d′ is still within chance.
		{"a small test", Detection{5, 3, 2, 6}, Detection{7, 1, 1, 7}, 1.0632, -0.1536, false},
		// 40 cards a test: the same kind of gain is beyond it.
		{"a large test", Detection{10, 10, 5, 15}, Detection{18, 2, 2, 18}, 1.722, -0.3187, true},
		// The trap of inoculation games: every intox spotted after, but
		// true news rejected too — no gain, a lean to doubt.
		{"doubting more", Detection{6, 2, 2, 6}, Detection{8, 0, 6, 2}, -0.1751, -1.0913, false},
		{"no true item", Detection{Hits: 4}, Detection{Hits: 4, CorrectTrusts: 2}, 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := ShiftOf(tc.before, tc.after)
			assert.InDelta(t, tc.dp, s.Sensitivity, 1e-3)
			assert.InDelta(t, tc.c, s.Bias, 1e-3)
			assert.Equal(t, tc.sure, s.Sure)
		})
	}
}

// TestScamsWords: a summary speaks of scams when every verdict judged was
// a scam deck's, of intox as soon as one was a news deck's.
func TestScamsWords(t *testing.T) {
	scams := deck(t, `
[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"

[[card]]
type = "verdict"
claim = "Votre colis est bloqué : payez 1 € ici."
answer = "arnaque"
explanation = "Un faux SMS."
`)
	news := deck(t, verdicts)
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	s, err := NewSession(NewTeams("A"), now)
	require.NoError(t, err)
	for i, d := range []*cards.Deck{scams, news} {
		_, err := s.NewGame(d, Settings{InOrder: true, Mode: cards.ModeAll})
		require.NoError(t, err)
		_, err = s.Apply(answer(0, 0), now)
		require.NoError(t, err)
		assert.Equal(t, i == 0, s.Current().Summary().Scams)
		assert.Equal(t, i == 0, s.Summary().Scams, "after game %d", i+1)
	}
	empty, err := NewSession(NewTeams("A"), now)
	require.NoError(t, err)
	assert.False(t, empty.Summary().Scams)
}
