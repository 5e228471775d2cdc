package game

import (
	"slices"
	"strings"

	"declic/cards"
)

// TeamSummary is one team's record in a game or a session.
type TeamSummary struct {
	Points int // every point, given by hand included
	Right  int // answers that were right
	Wrong  int // answers that were wrong (a position on a scale is neither)
	// Detection reads the team's verdicts by signal detection: a
	// misleading item called false is an intox spotted, though not the
	// right verdict. The tests of the workshop's effect are not in it, nor
	// in Right and Wrong: they are read apart, in Before and After.
	Detection Detection
	// Before and After read the team's verdicts in the before and the
	// after tests of the workshop's effect (Settings.Measure).
	Before, After Detection
	// Confidence reads the ratings of confidence the team gave with its
	// verdicts (Settings.Confidence), the tests excluded as from
	// Detection.
	Confidence Confidence
}

// TechniqueSummary tells how a manipulation technique fared: how many
// answers it fooled and how many saw through it.
type TechniqueSummary struct {
	Technique string
	Fooled    int
	Spotted   int
	// Lever is set for a technique named after the first of a card's list:
	// the first is the kind of content (a First Draft type), the others the
	// levers it pulls (Bad News's émotion, usurpation…).
	Lever bool
}

// Discernment tells false items spotted apart from true items doubted:
// critical thinking is not doubting everything.
type Discernment struct {
	FalseSpotted int // answers that said a false item was false (or misleading)
	FalseMissed  int // answers that believed a false item
	TrueTrusted  int // answers that said a true item was true
	TrueDoubted  int // answers that doubted a true item
}

// Summary is what a game or a whole session comes to.
type Summary struct {
	Teams []TeamSummary
	// Techniques lists the techniques met, those that fooled the most first.
	Techniques  []TechniqueSummary
	Discernment Discernment
	Detection   Detection // every team's verdicts together
	// Before and After are every team's verdicts in the before and the
	// after tests, together.
	Before, After Detection
	// Confidence is every team's ratings of confidence together, the
	// tests excluded.
	Confidence Confidence
	Cards      int // cards played to their reveal
	// Scams is set when every verdict judged told a scam from a legitimate
	// message (decks whose true verdict is légitime): their summary speaks
	// of scams, not of intox and true news.
	Scams bool
}

// Summary sums the game up from its results.
func (g *Game) Summary() Summary {
	sum := Summary{Teams: make([]TeamSummary, g.teams)}
	for t, p := range g.st.Totals {
		sum.Teams[t].Points = p
	}
	techniques := make(map[techniqueID]*TechniqueSummary)
	for _, r := range g.st.Results {
		if r.Skipped {
			continue
		}
		sum.Cards++
		c := g.cards[r.Card]
		if isOpinion(c) || c.Kind == cards.KindOpen {
			continue
		}
		trueKey := trueVerdict(g.deck.Verdicts)
		trustworthy := c.Kind == cards.KindVerdict && c.Verdict == trueKey
		for t, a := range r.Answers {
			if a == nil {
				continue
			}
			if test := g.Settings.Measure; test != MeasureNone {
				if c.Kind == cards.KindVerdict && a.Choice >= 0 && a.Choice < len(g.deck.Verdicts) {
					det := &sum.Teams[t].Before
					if test == MeasureAfter {
						det = &sum.Teams[t].After
					}
					det.count(trustworthy, g.deck.Verdicts[a.Choice].Key == trueKey)
				}
				continue
			}
			if a.Right {
				sum.Teams[t].Right++
			} else {
				sum.Teams[t].Wrong++
			}
			if c.Kind != cards.KindVerdict {
				continue
			}
			if a.Choice >= 0 && a.Choice < len(g.deck.Verdicts) {
				saidTrue := g.deck.Verdicts[a.Choice].Key == trueKey
				sum.Teams[t].Detection.count(trustworthy, saidTrue)
				sum.Teams[t].Confidence.count(trustworthy, saidTrue, a.Right, a.Sure)
			}
			d := &sum.Discernment
			switch {
			case trustworthy && a.Right:
				d.TrueTrusted++
			case trustworthy:
				d.TrueDoubted++
			case a.Right:
				d.FalseSpotted++
			default:
				d.FalseMissed++
			}
			if trustworthy {
				continue
			}
			for i, name := range c.Techniques {
				key := techniqueID{name, i > 0}
				ts := techniques[key]
				if ts == nil {
					ts = &TechniqueSummary{Technique: name, Lever: i > 0}
					techniques[key] = ts
				}
				if a.Right {
					ts.Spotted++
				} else {
					ts.Fooled++
				}
			}
		}
	}
	for _, ts := range techniques {
		sum.Techniques = append(sum.Techniques, *ts)
	}
	sortTechniques(sum.Techniques)
	for _, ts := range sum.Teams {
		sum.Detection = sum.Detection.Add(ts.Detection)
		sum.Before = sum.Before.Add(ts.Before)
		sum.After = sum.After.Add(ts.After)
		sum.Confidence = sum.Confidence.Add(ts.Confidence)
	}
	sum.Scams = Scams(g.deck.Verdicts)
	return sum
}

// Scams reports verdicts that tell a scam from a legitimate message: their
// true verdict is légitime (legitimate, legit), not vrai.
func Scams(verdicts []cards.Verdict) bool {
	switch trueVerdict(verdicts) {
	case "legitime", "légitime", "legitimate", "legit":
		return true
	}
	return false
}

// Summary sums up every game of the session; its games must be restored.
func (s *Session) Summary() Summary {
	sum := Summary{Teams: make([]TeamSummary, len(s.Teams))}
	techniques := make(map[techniqueID]*TechniqueSummary)
	scams, news := false, false
	for _, g := range s.Games {
		gs := g.Summary()
		if gs.Detection.Answers()+gs.Before.Answers()+gs.After.Answers() > 0 {
			scams, news = scams || gs.Scams, news || !gs.Scams
		}
		for t, ts := range gs.Teams {
			sum.Teams[t].Points += ts.Points
			sum.Teams[t].Right += ts.Right
			sum.Teams[t].Wrong += ts.Wrong
			sum.Teams[t].Detection = sum.Teams[t].Detection.Add(ts.Detection)
			sum.Teams[t].Before = sum.Teams[t].Before.Add(ts.Before)
			sum.Teams[t].After = sum.Teams[t].After.Add(ts.After)
			sum.Teams[t].Confidence = sum.Teams[t].Confidence.Add(ts.Confidence)
		}
		sum.Detection = sum.Detection.Add(gs.Detection)
		sum.Confidence = sum.Confidence.Add(gs.Confidence)
		sum.Before = sum.Before.Add(gs.Before)
		sum.After = sum.After.Add(gs.After)
		for _, ts := range gs.Techniques {
			key := techniqueID{ts.Technique, ts.Lever}
			if techniques[key] == nil {
				techniques[key] = &TechniqueSummary{Technique: ts.Technique, Lever: ts.Lever}
			}
			techniques[key].Fooled += ts.Fooled
			techniques[key].Spotted += ts.Spotted
		}
		sum.Discernment.FalseSpotted += gs.Discernment.FalseSpotted
		sum.Discernment.FalseMissed += gs.Discernment.FalseMissed
		sum.Discernment.TrueTrusted += gs.Discernment.TrueTrusted
		sum.Discernment.TrueDoubted += gs.Discernment.TrueDoubted
		sum.Cards += gs.Cards
	}
	for _, ts := range techniques {
		sum.Techniques = append(sum.Techniques, *ts)
	}
	sortTechniques(sum.Techniques)
	sum.Scams = scams && !news
	return sum
}

// techniqueID tells a technique counted as a kind of content from the same
// word counted as a lever.
type techniqueID struct {
	name  string
	lever bool
}

func sortTechniques(ts []TechniqueSummary) {
	slices.SortFunc(ts, func(a, b TechniqueSummary) int {
		if a.Fooled != b.Fooled {
			return b.Fooled - a.Fooled
		}
		return strings.Compare(a.Technique, b.Technique)
	})
}

// MostFooling returns up to n of the techniques ts (sorted as
// Summary.Techniques is) that fooled the group and for which keep holds
// (nil: any), and how many more fooled it as often as the last returned:
// the ties a list cut at n would hide. A summary says "and 2 others as
// often" rather than pick one of them by its name's alphabetical order.
func MostFooling(ts []TechniqueSummary, n int, keep func(TechniqueSummary) bool) (top []TechniqueSummary, tied int) {
	for _, t := range ts {
		if t.Fooled == 0 || (keep != nil && !keep(t)) {
			continue
		}
		switch {
		case len(top) < n:
			top = append(top, t)
		case t.Fooled == top[len(top)-1].Fooled:
			tied++
		}
	}
	return top, tied
}

// trueVerdict returns the verdict that says an item is true or legitimate:
// the deck's verdict with a known key (vrai, true, legitime…), else its first.
func trueVerdict(verdicts []cards.Verdict) string {
	for _, v := range verdicts {
		switch v.Key {
		case "vrai", "true", "legitime", "légitime", "legitimate", "legit", "genuine", "real", "sahih":
			return v.Key
		}
	}
	if len(verdicts) > 0 {
		return verdicts[0].Key
	}
	return ""
}
