package game

import (
	"fmt"
	"slices"

	"declic/cards"
)

// score checks a team's answer to a verdict, choice, spectrum (with target)
// or order card, and says whether it is right and what it earns.
func score(g *Game, c *cards.Card, m Move) (*Answer, error) {
	if err := g.checkSure(c, m.Sure); err != nil {
		return nil, err
	}
	a := &Answer{Choice: m.Choice, Choices: slices.Clone(m.Choices), Sure: m.Sure}
	points := c.Points
	switch c.Kind {
	case cards.KindVerdict:
		if m.Choice < 0 || m.Choice >= len(g.deck.Verdicts) {
			return nil, fmt.Errorf("%w: verdict %d", ErrInvalid, m.Choice)
		}
		key := g.deck.Verdicts[m.Choice].Key
		a.Right = key == c.Verdict || slices.Contains(c.Accept, key)
	case cards.KindChoice:
		chosen := m.Choices
		if len(chosen) == 0 {
			chosen = []int{m.Choice}
		}
		seen := make(map[int]bool)
		for _, i := range chosen {
			if i < 0 || i >= len(c.Choices) || seen[i] {
				return nil, fmt.Errorf("%w: choice %d", ErrInvalid, i)
			}
			seen[i] = true
		}
		a.Choices = slices.Sorted(slices.Values(chosen))
		a.Right = slices.Equal(a.Choices, slices.Sorted(slices.Values(c.Correct)))
	case cards.KindSpectrum:
		if m.Choice < c.Min || m.Choice > c.Max {
			return nil, fmt.Errorf("%w: value %d outside %d–%d", ErrInvalid, m.Choice, c.Min, c.Max)
		}
		points = zonePoints(c, m.Choice)
		a.Right = points > 0
	case cards.KindOrder:
		if len(m.Choices) != len(c.Items) {
			return nil, fmt.Errorf("%w: %d items placed, %d expected", ErrInvalid, len(m.Choices), len(c.Items))
		}
		if sorted := slices.Sorted(slices.Values(m.Choices)); sorted[0] != 0 || !isRange(sorted) {
			return nil, fmt.Errorf("%w: not an order of the items", ErrInvalid)
		}
		a.Right = isRange(m.Choices)
	}
	if a.Right && !g.Settings.Unscored {
		a.Points = points
	}
	return a, nil
}

// isRange reports whether xs is 0, 1, 2, … in order.
func isRange(xs []int) bool {
	for i, x := range xs {
		if x != i {
			return false
		}
	}
	return true
}

// zonePoints scores a guess on a spectrum with a target, Wavelength-style,
// by its distance from the target in the scale's unit (years, percents…):
// within the first zone it earns as many points as there are zones, one
// less in the next, down to 1 in the widest, 0 beyond.
func zonePoints(c *cards.Card, guess int) int {
	d := guess - c.Target
	if d < 0 {
		d = -d
	}
	for i, z := range c.Zones {
		if d <= z {
			return len(c.Zones) - i
		}
	}
	return 0
}

// BoardPoints is what finding the secret character earns after asking some
// questions: 6 for a guess with no question, one less a question, never
// less than 1. A board of 24 characters needs about 5 good questions.
func BoardPoints(asked int) int { return max(1, 6-asked) }

// Ranks returns each team's rank by its total, from 1, teams with as many
// points sharing a rank and the next rank skipping as many (1, 1, 3): the
// rank the screens and the report print alike.
func Ranks(totals []int) []int {
	ranks := make([]int, len(totals))
	for i, a := range totals {
		ranks[i] = 1
		for _, b := range totals {
			if b > a {
				ranks[i]++
			}
		}
	}
	return ranks
}
