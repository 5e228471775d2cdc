package game

import (
	"fmt"
	"slices"

	"declic/cards"
)

// ask asks a board question about the secret character; the characters that
// answer it differently are greyed out.
func (s *State) ask(g *Game, m Move) error {
	if !g.isBoard() {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if m.Choice < 0 || m.Choice >= len(g.deck.Questions) {
		return fmt.Errorf("%w: question %d", ErrInvalid, m.Choice)
	}
	if slices.Contains(s.Asked, m.Choice) {
		return ErrAlreadyAsked
	}
	q := g.deck.Questions[m.Choice].ID
	yes := slices.Contains(s.card(g).Yes, q)
	for i := range g.deck.Cards {
		if slices.Contains(g.deck.Cards[i].Yes, q) != yes {
			s.Candidates[i] = false
		}
	}
	s.Asked = append(s.Asked, m.Choice)
	return nil
}

// Answer reports how the secret character answers board question q.
func (g *Game) Answer(q int) bool {
	c := g.Card()
	return c != nil && q >= 0 && q < len(g.deck.Questions) && slices.Contains(c.Yes, g.deck.Questions[q].ID)
}

// guess plays a team's guess of the secret character. A right guess earns
// BoardPoints; a wrong one ends that team's round.
func (s *State) guess(g *Game, m Move, ev *Event) error {
	if !g.isBoard() {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if err := s.mayAnswer(g, m.Team, g.Settings.Mode == cards.ModeAll); err != nil {
		return err
	}
	if m.Choice < 0 || m.Choice >= len(g.deck.Cards) {
		return fmt.Errorf("%w: character %d", ErrInvalid, m.Choice)
	}
	a := &Answer{Choice: m.Choice, Right: g.deck.Cards[m.Choice].ID == s.card(g).ID}
	if a.Right && !g.Settings.Unscored {
		a.Points = BoardPoints(len(s.Asked))
	}
	s.Answers[m.Team] = a
	if g.Settings.Mode == cards.ModeTurns {
		s.reveal(g, ev) // the team's round ends, found or not
		return nil
	}
	s.afterAnswer(g, m.Team, a.Right, ev)
	return nil
}
