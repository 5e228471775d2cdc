package game

import "math"

// Detection reads the verdicts given on a verdict deck as signal detection
// theory does, the way the research on inoculation games re-analyses them
// (Modirrousta-Galian & Higham 2023, doi:10.1037/xge0001395): an intox (a
// false or misleading item) is the signal to detect, a true item the
// noise. Sensitivity tells whether players tell them apart; bias whether
// they lean to trusting or to doubting — answering "fake" more often is
// not discernment.
type Detection struct {
	Hits          int // intox called false or misleading (any verdict but the true one)
	Misses        int // intox believed true
	FalseAlarms   int // true items doubted
	CorrectTrusts int // true items trusted (signal detection's correct rejections)
}

// Add returns the sum of two readings: a game's teams, a session's games.
func (d Detection) Add(o Detection) Detection {
	return Detection{d.Hits + o.Hits, d.Misses + o.Misses, d.FalseAlarms + o.FalseAlarms, d.CorrectTrusts + o.CorrectTrusts}
}

// count adds one verdict: of an item trustworthy or not, said true or not.
func (d *Detection) count(trustworthy, saidTrue bool) {
	switch {
	case !trustworthy && !saidTrue:
		d.Hits++
	case !trustworthy:
		d.Misses++
	case !saidTrue:
		d.FalseAlarms++
	default:
		d.CorrectTrusts++
	}
}

// Answers counts the verdicts read.
func (d Detection) Answers() int { return d.Hits + d.Misses + d.FalseAlarms + d.CorrectTrusts }

// Rates returns the hit rate (intox spotted among intox) and the false
// alarm rate (true items doubted among true items), corrected by the
// log-linear rule (Hautus 1995, Behavior Research Methods, Instruments, &
// Computers 27(1), 46–51): 0.5 added to each count and 1 to each total,
// so that the rates of 0 and 1 that a workshop's few items often give
// still have a finite z-score, with less bias than the 1/(2N) rule
// (Stanislaw & Todorov 1999). With no item of a kind its rate is 0.5.
func (d Detection) Rates() (hit, falseAlarm float64) {
	hit = (float64(d.Hits) + 0.5) / float64(d.Hits+d.Misses+1)
	falseAlarm = (float64(d.FalseAlarms) + 0.5) / float64(d.FalseAlarms+d.CorrectTrusts+1)
	return hit, falseAlarm
}

// Sensitivity returns d′ = z(hit rate) − z(false alarm rate): 0 when
// intox and true items are called alike, about 1 a fair discernment, 2 and
// more a sharp one; negative when true items are doubted more than intox.
func (d Detection) Sensitivity() float64 {
	h, f := d.Rates()
	return z(h) - z(f)
}

// Bias returns the criterion c = −(z(hit rate) + z(false alarm rate)) / 2:
// 0 for no lean, negative for players who call items intox readily (too
// doubtful: true news rejected too), positive for players who believe
// readily (too trusting: intox let through).
func (d Detection) Bias() float64 {
	h, f := d.Rates()
	return -(z(h) + z(f)) / 2
}

// z is the inverse of the standard normal distribution function.
func z(p float64) float64 { return math.Sqrt2 * math.Erfinv(2*p-1) }
