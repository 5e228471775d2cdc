package game

import (
	"fmt"
	"math"
	"math/rand/v2"

	"declic/cards"
)

// Measure says whether a game is a test of "mesurer l'effet de l'atelier":
// a few cards of a verdict deck played at the start (before) and as many
// others at the end (after), so that the summary compares the group's
// discernment before and after the workshop.
type Measure string

// The tests of a workshop's effect. Both play in all mode (every team
// judges every card), without points and revealing nothing (Blind): the
// before test so that it measures and does not teach, the after test so
// that it is played as the before test was and the two compare.
const (
	MeasureNone   Measure = ""
	MeasureBefore Measure = "before"
	MeasureAfter  Measure = "after"
)

// MeasureCards is how many cards a before test plays when its settings
// name none: enough for a figure, few enough for ten minutes.
const MeasureCards = 8

// Blind reports a game that reveals nothing: a test of the workshop's
// effect, whose cards are over once every team has judged them, without
// hints or second vote. An after test of rules 1 played its hints, second
// vote and reveal, and replays so.
func (g *Game) Blind() bool {
	return g.Settings.Measure == MeasureBefore || g.Settings.Measure == MeasureAfter && g.Rules >= 2
}

// measureSplit draws the cards of a before test and those it keeps for the
// after test: n each, from the deck's verdict cards, with as many true
// items in both (as close to the deck's share as the deck allows), so that
// the two tests are alike but for the workshop in between.
func measureSplit(deck *cards.Deck, n int, seed int64) (before, after []string, err error) {
	truths, intox := measureKinds(deck)
	total := len(truths) + len(intox)
	if total < 2 {
		return nil, nil, fmt.Errorf("%w: a test of the workshop's effect needs two verdict cards or more", ErrInvalid)
	}
	if n <= 0 {
		n = MeasureCards
	}
	n = min(n, total/2)
	r := rand.New(rand.NewPCG(uint64(seed), 0x6d657375))
	r.Shuffle(len(truths), func(i, j int) { truths[i], truths[j] = truths[j], truths[i] })
	r.Shuffle(len(intox), func(i, j int) { intox[i], intox[j] = intox[j], intox[i] })
	// Each test gets half of each kind at most.
	kt := int(math.Round(float64(n) * float64(len(truths)) / float64(total)))
	// Fewer than MinItems of a kind and the two tests cannot be compared
	// (Detection.Reading): each kind gets them when n and the deck allow.
	kt = max(kt, min(MinItems, n/2, len(truths)/2))
	kt = min(kt, n-min(MinItems, n/2, len(intox)/2), len(truths)/2)
	ki := min(n-kt, len(intox)/2)
	kt = min(n-ki, len(truths)/2) // a deck short of intox gives more true items
	before = append(append(before, truths[:kt]...), intox[:ki]...)
	after = append(append(after, truths[kt:2*kt]...), intox[ki:2*ki]...)
	r.Shuffle(len(before), func(i, j int) { before[i], before[j] = before[j], before[i] })
	r.Shuffle(len(after), func(i, j int) { after[i], after[j] = after[j], after[i] })
	return before, after, nil
}

// measureKinds returns the ids of the deck's verdict cards, the cards a
// test of the workshop's effect draws from: the true items, then the intox.
func measureKinds(deck *cards.Deck) (truths, intox []string) {
	trueKey := trueVerdict(deck.Verdicts)
	for _, c := range deck.Cards {
		switch {
		case c.Kind != cards.KindVerdict:
		case c.Verdict == trueKey:
			truths = append(truths, c.ID)
		default:
			intox = append(intox, c.ID)
		}
	}
	return truths, intox
}

// MeasureComparable reports whether deck can give both tests of the
// workshop's effect MinItems true items and MinItems intox each, the least
// a comparison of before and after needs: with fewer the group's end
// screen can only say that there were too few. The setup says so before
// the before test is played.
func MeasureComparable(deck *cards.Deck) bool {
	truths, intox := measureKinds(deck)
	return len(truths) >= 2*MinItems && len(intox) >= 2*MinItems
}

// OpenBefore returns the session's before test of the deck whose after test
// has not been played yet, nil if none: the game an after test follows.
func (s *Session) OpenBefore(deckID string) *Game {
	var open *Game
	for _, g := range s.Games {
		if g.Deck.ID != deckID {
			continue
		}
		switch g.Settings.Measure {
		case MeasureBefore:
			open = g
		case MeasureAfter:
			open = nil
		}
	}
	return open
}

// reserved returns the cards of deckID the session keeps for an after test
// still to come: no other game of the deck may show them.
func (s *Session) reserved(deckID string) map[string]bool {
	g := s.OpenBefore(deckID)
	if g == nil {
		return nil
	}
	out := make(map[string]bool, len(g.Reserved))
	for _, id := range g.Reserved {
		out[id] = true
	}
	return out
}

// Test reports a test of the workshop's effect, before or after: a game
// that measures, not one the facilitator counts.
func (g *Game) Test() bool { return g.Settings.Measure != MeasureNone }

// Played returns how many of the session's games are games, not tests of
// the workshop's effect: the number a facilitator counts (« après la
// partie 2 »).
func (s *Session) Played() int {
	n := 0
	for _, g := range s.Games {
		if !g.Test() {
			n++
		}
	}
	return n
}

// WaitingBefore returns the session's before tests whose after test has
// not been played, in the order they were played: what the end of the
// workshop offers to play first.
func (s *Session) WaitingBefore() []*Game {
	var out []*Game
	seen := map[string]bool{}
	for _, g := range s.Games {
		if g.Settings.Measure != MeasureBefore || seen[g.Deck.ID] {
			continue
		}
		seen[g.Deck.ID] = true
		if before := s.OpenBefore(g.Deck.ID); before != nil {
			out = append(out, before)
		}
	}
	return out
}
