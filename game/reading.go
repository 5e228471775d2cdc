package game

import "math"

// Reading is what a team's or a group's verdicts say in a word: the end
// screen and the report put it in a sentence for the group.
type Reading int

// The readings of a Detection, from its sensitivity d′ and its bias c.
const (
	// ReadingTooFew: fewer than MinItems intox or true items were judged;
	// nothing can be said yet.
	ReadingTooFew Reading = iota
	// ReadingDiscerning: intox and true news told apart, without leaning
	// much to either side (bon discernement).
	ReadingDiscerning
	// ReadingDoubtful: true news doubted with the intox (trop méfiants);
	// the lesson of the research on inoculation games — doubting everything
	// is not discernment.
	ReadingDoubtful
	// ReadingTrusting: intox let through (trop crédules).
	ReadingTrusting
	// ReadingBlurred: true and false told apart little, with no lean: the
	// answers look alike whatever the item.
	ReadingBlurred
)

// MinItems is how many intox and how many true items, each, a reading
// needs: with two of a kind, one answer more or less turns every figure
// over.
const MinItems = 3

// The thresholds of a reading. d′ = 1 is about 69 % right for an unbiased
// judge and d′ = 1.5 about 77 %; |c| under 0.25 is close to no lean (it
// moves the rates by about ten points). A sharp discernment (d′ ≥ 1.5)
// tolerates a mild lean up to 0.5: with the log-linear correction, a
// group that spots every intox and doubts one true item of seven has c ≈
// −0.4, and calling it "too doubtful" would be unfair.
const (
	fairSensitivity  = 1.0
	sharpSensitivity = 1.5
	mildLean         = 0.25
	sharpLean        = 0.5
)

// Reading says what the verdicts come to; see the constants.
func (d Detection) Reading() Reading {
	if d.Hits+d.Misses < MinItems || d.FalseAlarms+d.CorrectTrusts < MinItems {
		return ReadingTooFew
	}
	dp, c := d.Sensitivity(), d.Bias()
	switch {
	case dp >= sharpSensitivity && math.Abs(c) < sharpLean, dp >= fairSensitivity && math.Abs(c) < mildLean:
		return ReadingDiscerning
	case c <= -mildLean:
		return ReadingDoubtful
	case c >= mildLean:
		return ReadingTrusting
	}
	return ReadingBlurred
}

// Intox returns how many intox (false or misleading items) were judged.
func (d Detection) Intox() int { return d.Hits + d.Misses }

// TrueItems returns how many true items were judged.
func (d Detection) TrueItems() int { return d.FalseAlarms + d.CorrectTrusts }

// SensitivityInterval returns the 95 % confidence interval of d′, by the
// normal approximation of its variance (Gourevitch & Galanter 1967, in
// Macmillan & Creelman 2005, Detection Theory, ch. 13): H(1−H) / (N φ(z(H))²)
// plus the same for the false alarm rate, on the corrected rates. A
// workshop's few items give a wide interval: before and after are compared
// with it, and called indicative when the intervals overlap. With no item
// of a kind the interval is infinite.
func (d Detection) SensitivityInterval() (lo, hi float64) {
	if d.Intox() == 0 || d.TrueItems() == 0 {
		return math.Inf(-1), math.Inf(1)
	}
	half := 1.959964 * math.Sqrt(d.sensitivityVariance())
	dp := d.Sensitivity()
	return dp - half, dp + half
}

// phi is the standard normal density.
func phi(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }

func sq(x float64) float64 { return x * x }

// Shift is how a group's discernment changed from its before test to its
// after test (Settings.Measure).
type Shift struct {
	Sensitivity float64 // d′ after minus d′ before: above 0, true and false told apart better
	Bias        float64 // c after minus c before: below 0, intox called more readily
	// Sure is set when the change of d′ is larger than the 95 % interval
	// of a difference of two independent d′ (their variances added): the
	// few cards of a test seldom allow it, and the words say so.
	Sure bool
}

// ShiftOf compares a before test with an after test. Either without both
// kinds of items gives a shift of zero, never sure.
func ShiftOf(before, after Detection) Shift {
	if before.Intox() == 0 || before.TrueItems() == 0 || after.Intox() == 0 || after.TrueItems() == 0 {
		return Shift{}
	}
	s := Shift{Sensitivity: after.Sensitivity() - before.Sensitivity(), Bias: after.Bias() - before.Bias()}
	se := math.Sqrt(before.sensitivityVariance() + after.sensitivityVariance())
	s.Sure = math.Abs(s.Sensitivity) > 1.959964*se
	return s
}

// sensitivityVariance is the variance of d′ that SensitivityInterval uses.
func (d Detection) sensitivityVariance() float64 {
	h, f := d.Rates()
	return h*(1-h)/(float64(d.Intox())*sq(phi(z(h)))) + f*(1-f)/(float64(d.TrueItems())*sq(phi(z(f))))
}
