package game

import (
	"fmt"
	"math"

	"declic/cards"
)

// The ratings of confidence a team gives with a verdict (Move.Sure), when
// the game asks (Settings.Confidence).
const (
	// SureUnsaid is an answer without a rating: not asked, or the time ran
	// out before the team said.
	SureUnsaid = 0
	// SureCertain is "1 sûr".
	SureCertain = 1
	// SureRather is "2 plutôt sûr".
	SureRather = 2
	// SureGuess is "3 au hasard".
	SureGuess = 3
)

// SureLevels is the number of levels of confidence, SureCertain to
// SureGuess.
const SureLevels = 3

// RatingSteps is the number of steps of the rating scale a verdict and
// its confidence make together, from "intox, sûr" (step 1) through
// "intox, au hasard" (3) and "vrai, au hasard" (4) to "vrai, sûr" (6).
const RatingSteps = 2 * SureLevels

// checkSure checks the rating an answer carries: none, or 1 to 3 on a
// verdict card of a game that asks it.
func (g *Game) checkSure(c *cards.Card, sure int) error {
	switch {
	case sure == SureUnsaid:
		return nil
	case sure < SureCertain || sure > SureGuess:
		return fmt.Errorf("%w: %d", ErrSure, sure)
	case !g.Settings.Confidence:
		return fmt.Errorf("%w: the game does not ask how sure teams are", ErrSure)
	case c.Kind != cards.KindVerdict:
		return fmt.Errorf("%w: only a verdict is rated", ErrSure)
	}
	return nil
}

// Level counts the verdicts given at one level of confidence.
type Level struct {
	Answers int // verdicts rated at this level
	Right   int // of them, the right verdict
}

// Confidence reads the ratings of confidence given with verdicts, for a
// team or a group: whether confidence followed accuracy (calibration: the
// surer, the more often right), and the rating ROC curve. Verdicts given
// without a rating are not in it.
type Confidence struct {
	// Levels counts the rated verdicts by level: Levels[0] sûr, [1] plutôt
	// sûr, [2] au hasard (Sure − 1). Right is the verdict being the card's
	// (a misleading item called false is not right).
	Levels [SureLevels]Level
	// Intox and Truths count the rated verdicts given to intox (false or
	// misleading items) and to true items on the rating scale (see
	// RatingSteps): index 0 is "intox, sûr", 5 "vrai, sûr". As Detection
	// does, any verdict but the true one says "intox".
	Intox, Truths [RatingSteps]int
}

// count adds one rated verdict: of an item trustworthy or not, said true
// or not, right or not, at a rating 1–3.
func (c *Confidence) count(trustworthy, saidTrue, right bool, sure int) {
	if sure < SureCertain || sure > SureGuess {
		return
	}
	l := &c.Levels[sure-1]
	l.Answers++
	if right {
		l.Right++
	}
	step := sure - 1 // intox sûr … intox au hasard
	if saidTrue {
		step = RatingSteps - sure // vrai au hasard … vrai sûr
	}
	if trustworthy {
		c.Truths[step]++
	} else {
		c.Intox[step]++
	}
}

// Add returns the sum of two readings: a game's teams, a session's games.
func (c Confidence) Add(o Confidence) Confidence {
	for i := range c.Levels {
		c.Levels[i].Answers += o.Levels[i].Answers
		c.Levels[i].Right += o.Levels[i].Right
	}
	for i := range c.Intox {
		c.Intox[i] += o.Intox[i]
		c.Truths[i] += o.Truths[i]
	}
	return c
}

// Rated counts the verdicts given with a rating.
func (c Confidence) Rated() int {
	n := 0
	for _, l := range c.Levels {
		n += l.Answers
	}
	return n
}

// Accuracy returns the share of right verdicts at a level of confidence
// (SureCertain to SureGuess), and false when no verdict was rated so.
func (c Confidence) Accuracy(sure int) (float64, bool) {
	if sure < SureCertain || sure > SureGuess || c.Levels[sure-1].Answers == 0 {
		return 0, false
	}
	l := c.Levels[sure-1]
	return float64(l.Right) / float64(l.Answers), true
}

// Trend says in a word whether confidence followed accuracy.
type Trend int

// The trends of a Confidence (see Confidence.Trend).
const (
	// TrendTooFew: fewer than two levels have MinLevelAnswers verdicts;
	// nothing can be said (one level only: the team always said the same).
	TrendTooFew Trend = iota
	// TrendFollows: right clearly more often when sure than when least
	// sure — the confidence followed the answers (well calibrated).
	TrendFollows
	// TrendFlat: no clear difference — about as often right whatever the
	// confidence said, or a gap too small for the answers to tell from
	// chance (every answer right, for instance: a team that said "au
	// hasard" and was right knew more than it thought).
	TrendFlat
	// TrendAgainst: right clearly less often when sure than when least
	// sure — overconfident where it was wrong.
	TrendAgainst
)

// MinLevelAnswers is how many rated verdicts a level needs for its share
// of right answers to be compared: with one or two, a single answer turns
// it over.
const MinLevelAnswers = 3

// Trend compares the share of right verdicts at the surest and the least
// sure levels that have MinLevelAnswers verdicts or more: only the two
// ends, so that a middle level a few answers move does not decide. This is
// the calibration of confidence as a direction (Lichtenstein, Fischhoff &
// Phillips 1982, "Calibration of probabilities", in Kahneman, Slovic &
// Tversky, Judgment under Uncertainty): a workshop's few verdicts give no
// calibration curve worth the name, but can say whether "sûr" meant right
// more often than "au hasard".
func (c Confidence) Trend() Trend {
	first, last := 0, 0
	for sure := SureCertain; sure <= SureGuess; sure++ {
		if c.Levels[sure-1].Answers < MinLevelAnswers {
			continue
		}
		if first == 0 {
			first = sure
		}
		last = sure
	}
	if first == last {
		return TrendTooFew
	}
	// The two shares compared by the two-proportion z test with pooled
	// variance (Agresti, An Introduction to Categorical Data Analysis, 2nd
	// ed. 2007, §2.2.3): a gap counts when it is beyond chance at the
	// one-sided 5 % level. A workshop rates a few dozen verdicts: 60 %
	// against 58 % is no confidence that follows the answers.
	a, b := c.Levels[first-1], c.Levels[last-1]
	n1, n2 := float64(a.Answers), float64(b.Answers)
	p1, p2 := float64(a.Right)/n1, float64(b.Right)/n2
	pooled := float64(a.Right+b.Right) / (n1 + n2)
	se := math.Sqrt(pooled * (1 - pooled) * (1/n1 + 1/n2))
	if se == 0 {
		return TrendFlat // all right, or all wrong, at both ends
	}
	switch z := (p1 - p2) / se; {
	case z >= trendZ:
		return TrendFollows
	case z <= -trendZ:
		return TrendAgainst
	}
	return TrendFlat
}

// trendZ is the z of the one-sided 5 % level: the least gap between two
// levels' shares of right verdicts that Trend reads as a direction.
const trendZ = 1.645

// The least a rating ROC curve is drawn from: MinROCAnswers rated verdicts,
// among them MinROCItems given to intox and as many to true items. Each
// point is a share of each kind; with fewer than five of a kind its steps
// are of 20 points or more and the curve says nothing.
const (
	MinROCAnswers = 20
	MinROCItems   = 5
)

// ROCPoint is one point of a ROC curve: the share of true items called
// intox (false alarms) and of intox called intox (hits) when "intox" is
// every rating up to a step.
type ROCPoint struct {
	FalseAlarm, Hit float64
}

// ROC returns the rating ROC curve of the verdicts (Macmillan & Creelman,
// Detection Theory: A User's Guide, 2nd ed. 2005, ch. 3, "the rating
// experiment"): the six steps of the rating scale, from "intox, sûr" to
// "vrai, sûr", taken as five criteria from the strictest to the most
// lenient; at each, the hit and false-alarm rates of calling "intox" every
// rating up to it, cumulated from "intox, sûr". Its seven points run from
// (0, 0) to (1, 1), in order; the rates are raw (no correction: a curve,
// unlike d′, needs no z-score). It is nil, and ok false, below
// MinROCAnswers rated verdicts or MinROCItems of a kind.
func (c Confidence) ROC() (points []ROCPoint, ok bool) {
	intox, truths := sum(c.Intox[:]), sum(c.Truths[:])
	if intox+truths < MinROCAnswers || intox < MinROCItems || truths < MinROCItems {
		return nil, false
	}
	points = []ROCPoint{{0, 0}}
	hits, alarms := 0, 0
	for i := range RatingSteps {
		hits += c.Intox[i]
		alarms += c.Truths[i]
		points = append(points, ROCPoint{float64(alarms) / float64(truths), float64(hits) / float64(intox)})
	}
	return points, true
}

// Area returns the area under the ROC curve, its points joined by
// straight lines (the trapezoid rule; Macmillan & Creelman 2005 call it
// A_g, after Pollack & Hsieh 1969): 0.5 for ratings that tell intox and
// true items apart no better than chance, 1 for every intox rated more
// "intox" than every true item. It is the chance that a random intox is
// rated more doubtful than a random true item, ties counting half. False
// when there is no curve (ROC).
func (c Confidence) Area() (float64, bool) {
	points, ok := c.ROC()
	if !ok {
		return 0, false
	}
	area := 0.0
	for i := 1; i < len(points); i++ {
		a, b := points[i-1], points[i]
		area += (b.FalseAlarm - a.FalseAlarm) * (a.Hit + b.Hit) / 2
	}
	return area, true
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
