//go:build !js

package report

import (
	"slices"
	"strconv"
	"strings"

	"declic/cards"
	"declic/game"
)

// hardCard is a card the group found hard: how many answers it got and
// how many were right, over every game that played it.
type hardCard struct {
	card         *cards.Card
	deck         string // the deck's title
	lang         string // the deck's language
	text, answer string // the card's text and its right answer, in words
	right, total int
	order        int // when it was first played, to keep ties in play order
}

// hardestCards returns up to maxHardest cards of the workshop that got at
// least one wrong answer, the fewest right answers (in share) first, then
// the most answered, and how many cards with a right answer were played. Only cards with a right answer count: an opinion, an
// open question and a board's round have none; the tests of the
// workshop's effect are left out, as their cards were never explained.
func hardestCards(s *game.Session) ([]hardCard, int) {
	type key struct{ deck, lang, card string }
	byKey := map[key]*hardCard{}
	var all []*hardCard
	for _, g := range s.Games {
		if g.Settings.Measure != game.MeasureNone || g.TheDeck() == nil || g.TheDeck().IsBoard() && !g.Settings.Riddles {
			continue
		}
		for _, r := range g.State().Results {
			if r.Skipped {
				continue
			}
			c := g.CardAt(r.Card)
			if c.Kind == cards.KindOpen || c.Kind == cards.KindSpectrum && !c.HasTarget {
				continue
			}
			k := key{g.Deck.ID, g.Deck.Language, c.ID}
			h := byKey[k]
			if h == nil {
				lang := g.Deck.Language
				h = &hardCard{card: c, deck: g.Deck.Title, lang: lang, text: typeset(cardText(c), lang), answer: typeset(rightAnswer(g.TheDeck(), c), lang), order: len(all)}
				byKey[k] = h
				all = append(all, h)
			}
			for _, a := range r.Answers {
				if a == nil {
					continue
				}
				h.total++
				if a.Right {
					h.right++
				}
			}
		}
	}
	var out []hardCard
	for _, h := range all {
		if h.total > h.right {
			out = append(out, *h)
		}
	}
	slices.SortStableFunc(out, func(a, b hardCard) int {
		// a.right/a.total against b.right/b.total, without division.
		if d := a.right*b.total - b.right*a.total; d != 0 {
			return d
		}
		if a.total != b.total {
			return b.total - a.total
		}
		return a.order - b.order
	})
	return out[:min(len(out), maxHardest)], len(all)
}

// cardText is what a card asks, on one line: a riddle has no text but its
// clues, the easiest last.
func cardText(c *cards.Card) string {
	t := flat(c.Text)
	if c.Kind == cards.KindClues && len(c.Clues) > 0 {
		t = c.Clues[len(c.Clues)-1]
	}
	if c.Kind == cards.KindCharacter && len(c.Clues) > 0 {
		t = c.Clues[len(c.Clues)-1]
	}
	return t
}

// rightAnswer says a card's right answer in the words of its reveal: the
// verdict's label, the right choices, the riddle's answer, the items in
// order, the reference value with its unit.
func rightAnswer(deck *cards.Deck, c *cards.Card) string {
	switch c.Kind {
	case cards.KindVerdict:
		return deck.VerdictLabel(c.Verdict)
	case cards.KindChoice:
		return join(c.Choices, c.Correct, " + ")
	case cards.KindClues:
		return c.Answer
	case cards.KindCharacter:
		return c.Text
	case cards.KindOrder:
		return strings.Join(c.Items, " > ")
	case cards.KindSpectrum:
		v := strconv.Itoa(c.Target)
		switch {
		case c.Unit == "":
		case c.Unit == "%" && deck.Language != "fr" && !strings.HasPrefix(deck.Language, "fr-"):
			v += c.Unit
		default:
			v += "\u00a0" + c.Unit
		}
		return v
	}
	return ""
}
