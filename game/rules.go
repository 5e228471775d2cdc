package game

import (
	"fmt"
	"slices"

	"declic/cards"
)

// enter puts card i in play, or ends the game after the last card.
func (s *State) enter(g *Game, i int) {
	s.Card = i
	if i >= len(g.cards) {
		s.Phase, s.Turn = PhaseOver, NoTeam
		return
	}
	s.Phase = PhaseAnswering
	s.First = make([]*Answer, g.teams)
	s.Answers = make([]*Answer, g.teams)
	s.Out = make([]bool, g.teams)
	s.Clue, s.Asked, s.Candidates, s.Heads = 0, nil, nil, [2][]int{}
	s.Turn = NoTeam
	s.Played = make([]bool, g.teams)
	if g.Settings.Mode == cards.ModeTurns {
		s.Turn = i % g.teams // each card starts with the next team
	}
	for t := range s.Played {
		s.Played[t] = s.Turn == NoTeam || t == s.Turn || isOpinion(g.cards[i])
	}
	if g.isBoard() {
		s.Candidates = make([]bool, len(g.deck.Cards))
		for j := range s.Candidates {
			s.Candidates[j] = true
		}
	}
}

// apply plays a move on the state, or says why it cannot be played. It
// works on a copy (Game.Apply) or a replay, so a refused move may leave the
// state half changed: callers drop it.
func (s *State) apply(g *Game, m Move) (Event, error) {
	ev := Event{Move: m, Card: s.Card}
	if s.Phase == PhaseOver {
		return ev, ErrGameOver
	}
	if len(m.Choices) > maxChoices || len(m.Reason) > maxReason {
		return ev, fmt.Errorf("%w: a move too long to keep", ErrInvalid)
	}
	switch m.Kind {
	case MoveAnswer, MoveBuzz, MoveJudge, MoveGuess, MovePoints:
		if m.Team < 0 || m.Team >= g.teams {
			return ev, fmt.Errorf("%w: team %d", ErrInvalid, m.Team)
		}
	case MoveTimeout:
		if m.Team < NoTeam || m.Team >= g.teams {
			return ev, fmt.Errorf("%w: team %d", ErrInvalid, m.Team)
		}
	}
	var err error
	switch m.Kind {
	case MoveAnswer:
		err = s.answer(g, m, &ev)
	case MoveBuzz:
		err = s.buzz(g, m)
	case MoveJudge:
		err = s.judge(g, m, &ev)
	case MoveClue:
		err = s.clue(g)
	case MoveAsk:
		err = s.ask(g, m)
	case MoveGuess:
		err = s.guess(g, m, &ev)
	case MoveHeadCount:
		err = s.headCount(g, m)
	case MoveSecondRound:
		err = s.secondRound(g)
	case MoveReveal:
		err = s.needAnswering()
		if err == nil {
			s.reveal(g, &ev)
		}
	case MoveTimeout:
		err = s.timeout(g, m, &ev)
	case MoveNext:
		if s.Phase != PhaseRevealed {
			return ev, ErrWrongPhase
		}
		s.enter(g, s.Card+1)
	case MoveSkip:
		if err = s.needAnswering(); err == nil {
			s.Results = append(s.Results, Result{Card: s.Card, Skipped: true, First: s.First, Answers: s.Answers, Gained: make([]int, g.teams), Played: s.Played})
			s.enter(g, s.Card+1)
		}
	case MovePoints:
		if err := s.handPoints(m); err != nil {
			return ev, err
		}
		ev.Delta = make([]int, g.teams)
		ev.Delta[m.Team] = m.Points
	case MoveEnd:
		if s.Phase == PhaseRevealed {
			s.enter(g, len(g.cards))
		} else {
			s.Results = append(s.Results, Result{Card: s.Card, Skipped: true, First: s.First, Answers: s.Answers, Gained: make([]int, g.teams), Played: s.Played})
			s.enter(g, len(g.cards))
		}
	default:
		return ev, fmt.Errorf("%w: unknown move %q", ErrInvalid, m.Kind)
	}
	if err != nil {
		return ev, err
	}
	for t, d := range ev.Delta {
		s.Totals[t] += d
	}
	return ev, nil
}

// handPoints checks points given or taken by hand: never none, at most
// MaxHandPoints a move, and a team's points in the game stay within
// ±MaxGamePoints, so that no sum of them overflows.
func (s *State) handPoints(m Move) error {
	switch {
	case m.Points == 0:
		return fmt.Errorf("%w: no points", ErrInvalid)
	case m.Points < -MaxHandPoints || m.Points > MaxHandPoints:
		return fmt.Errorf("%w: %d points at once, at most %d", ErrPointsLimit, m.Points, MaxHandPoints)
	}
	if t := s.Totals[m.Team] + m.Points; t < -MaxGamePoints || t > MaxGamePoints {
		return fmt.Errorf("%w: %d points in the game, at most %d", ErrPointsLimit, t, MaxGamePoints)
	}
	return nil
}

func (s *State) needAnswering() error {
	if s.Phase != PhaseAnswering && s.Phase != PhaseSecond {
		return ErrWrongPhase
	}
	return nil
}

// isOpinion reports a spectrum card without target: positions, never points.
func isOpinion(c *cards.Card) bool { return c.Kind == cards.KindSpectrum && !c.HasTarget }

// hasRounds reports a card played in two rounds: a verdict card with hints
// (unless the game plays without them, Settings.NoHints), a spectrum card
// without target. A test of the workshop's effect (Blind) has no second
// round: its hints would teach what it measures.
func (g *Game) hasRounds(c *cards.Card) bool {
	return !g.Blind() && (g.hinted(c) || isOpinion(c))
}

// hinted reports a verdict card played with its hints and a second vote.
func (g *Game) hinted(c *cards.Card) bool {
	return c.Kind == cards.KindVerdict && len(c.Hints) > 0 && !g.Settings.NoHints
}

// Hinted reports whether the card in play is a verdict card whose hints
// come before a second vote: it has some, and the game plays them (not the
// before test, not Settings.NoHints). It is false once the game is over.
func (g *Game) Hinted() bool {
	return g.st.Phase != PhaseOver && !g.Blind() && g.hinted(g.Card())
}

// mayAnswer checks that the team may answer now, in the mode's terms.
func (s *State) mayAnswer(g *Game, team int, again bool) error {
	switch g.Settings.Mode {
	case cards.ModeTurns:
		if team != s.Turn {
			return ErrNotYourTurn
		}
	case cards.ModeBuzzer:
		if s.Out[team] {
			return ErrLockedOut
		}
		if team != s.Turn {
			return ErrNotYourTurn
		}
	default:
		if s.Out[team] {
			return ErrLockedOut
		}
	}
	if !again {
		return nil
	}
	if s.round(g)[team] != nil {
		return ErrAlreadyAnswered
	}
	return nil
}

// round returns the answers of the round in play: the first votes (or the
// positions before the discussion) during the first round of a card played
// in two rounds, the answers otherwise.
func (s *State) round(g *Game) []*Answer {
	if s.Phase == PhaseAnswering && g.hasRounds(s.card(g)) {
		return s.First
	}
	return s.Answers
}

// keepFirst gives a team that has not answered the second round of a card
// (or a card revealed before its second round) its first answer: a team
// that does not vote again keeps its vote, a team that does not move keeps
// its place. It reports whether the team had one.
func (s *State) keepFirst(g *Game, team int) bool {
	if g.Rules < 1 || s.Answers[team] != nil || s.First[team] == nil {
		return false
	}
	a := *s.First[team]
	a.Choices = slices.Clone(a.Choices)
	s.Answers[team] = &a
	return true
}

// toSecond ends the first round of a card: the hints and second vote, or the
// positions after the discussion, come. In all mode a team whose time ran
// out in the first round may answer the second.
func (s *State) toSecond(g *Game) {
	s.Phase = PhaseSecond
	if g.Settings.Mode == cards.ModeAll {
		clear(s.Out)
	}
}

// answer plays a team's answer to a verdict, choice, spectrum or order card.
func (s *State) answer(g *Game, m Move, ev *Event) error {
	c := s.card(g)
	switch g.kindOf(s.Card) {
	case cards.KindVerdict, cards.KindChoice, cards.KindSpectrum, cards.KindOrder:
	default:
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if isOpinion(c) {
		// Everyone places themselves, and may move until the round ends.
		if m.Sure != SureUnsaid {
			return fmt.Errorf("%w: a position is not rated", ErrSure)
		}
		if m.Choice < 0 || m.Choice >= Steps {
			return fmt.Errorf("%w: position %d", ErrInvalid, m.Choice)
		}
		a := &Answer{Choice: m.Choice}
		if s.Phase == PhaseAnswering {
			s.First[m.Team] = a
		} else {
			s.Answers[m.Team] = a
		}
		return nil
	}
	again := !m.Change || g.Settings.Mode != cards.ModeAll // a change replaces only in all mode
	if err := s.mayAnswer(g, m.Team, again); err != nil {
		return err
	}
	a, err := score(g, c, m)
	if err != nil {
		return err
	}
	if s.Phase == PhaseAnswering && g.hasRounds(c) {
		s.First[m.Team] = a
		if s.roundDone(g, s.First, m.Team) {
			s.toSecond(g)
		}
		return nil
	}
	s.Answers[m.Team] = a
	s.afterAnswer(g, m.Team, a.Right, ev)
	return nil
}

// roundDone reports whether every team expected has answered the round.
func (s *State) roundDone(g *Game, round []*Answer, team int) bool {
	if g.Settings.Mode == cards.ModeAll {
		for t, a := range round {
			if a == nil && !s.Out[t] {
				return false
			}
		}
		return true
	}
	return true // turns and buzzer: the one team answering
}

// afterAnswer moves the card on once a team has answered: a right answer in
// turns or buzzer mode reveals; a wrong one passes the card on, locks the
// team out, or reveals when nobody is left.
func (s *State) afterAnswer(g *Game, team int, right bool, ev *Event) {
	switch g.Settings.Mode {
	case cards.ModeAll:
		if s.roundDone(g, s.Answers, team) {
			s.reveal(g, ev)
		}
	case cards.ModeBuzzer:
		if right {
			s.reveal(g, ev)
			return
		}
		s.Out[team], s.Turn = true, NoTeam
		if s.allOut() {
			s.reveal(g, ev)
		}
	default:
		if right || !g.passes(s) {
			s.reveal(g, ev)
			return
		}
		s.Out[team] = true
		s.passTurn(g, ev)
	}
}

// passes reports whether a wrong answer in turns mode passes the card on.
func (g *Game) passes(s *State) bool { return g.Settings.Pass || g.kindOf(s.Card) == cards.KindClues }

// card returns the card in play in this state, which during a replay is not
// the game's.
func (s *State) card(g *Game) *cards.Card { return g.cards[s.Card] }

// passTurn gives the card to the next team that has not tried it. On a
// clues card, when every team has tried, the next clue comes and everyone
// may try again; with no clue left, or on another card, the card is revealed.
func (s *State) passTurn(g *Game, ev *Event) {
	for i := 1; i <= g.teams; i++ {
		t := (s.Turn + i) % g.teams
		if !s.Out[t] {
			s.Turn, s.Played[t] = t, true
			return
		}
	}
	c := s.card(g)
	if g.kindOf(s.Card) == cards.KindClues && s.Clue < len(c.Clues)-1 {
		s.Clue++
		clear(s.Out)
		s.Turn = (s.Turn + 1) % g.teams
		s.Played[s.Turn] = true
		return
	}
	s.reveal(g, ev)
}

func (s *State) allOut() bool {
	for _, out := range s.Out {
		if !out {
			return false
		}
	}
	return true
}

// buzz gives a team the hand in buzzer mode.
func (s *State) buzz(g *Game, m Move) error {
	if g.Settings.Mode != cards.ModeBuzzer || !g.buzzable(s.Card) {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if s.Turn != NoTeam {
		return ErrNotYourTurn // another team has the hand
	}
	if s.Out[m.Team] {
		return ErrLockedOut
	}
	s.Turn = m.Team
	return nil
}

// judge records the facilitator's judgement of a team's spoken answer to a
// clues card, worth the points of the clue reached.
func (s *State) judge(g *Game, m Move, ev *Event) error {
	if g.kindOf(s.Card) != cards.KindClues {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if err := s.mayAnswer(g, m.Team, g.Settings.Mode == cards.ModeAll); err != nil {
		return err
	}
	c := s.card(g)
	a := &Answer{Right: m.Right, Clue: s.Clue}
	if m.Right && !g.Settings.Unscored {
		a.Points = c.CluePoints[s.Clue]
	}
	s.Answers[m.Team] = a
	s.afterAnswer(g, m.Team, m.Right, ev)
	return nil
}

// clue shows the next clue.
func (s *State) clue(g *Game) error {
	if g.kindOf(s.Card) != cards.KindClues {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if s.Clue >= len(s.card(g).Clues)-1 {
		return ErrNoMoreClues
	}
	s.Clue++
	if g.Settings.Mode == cards.ModeTurns {
		clear(s.Out) // a new clue, a new chance for everyone
	}
	return nil
}

// headCount records how many people stand on each step of the scale.
func (s *State) headCount(g *Game, m Move) error {
	if !isOpinion(s.card(g)) {
		return ErrNotAllowed
	}
	if err := s.needAnswering(); err != nil {
		return err
	}
	if len(m.Choices) != Steps {
		return fmt.Errorf("%w: %d head counts, %d expected", ErrInvalid, len(m.Choices), Steps)
	}
	for _, n := range m.Choices {
		if n < 0 || n > 1000 {
			return fmt.Errorf("%w: head count %d", ErrInvalid, n)
		}
	}
	round := 0
	if s.Phase == PhaseSecond {
		round = 1
	}
	s.Heads[round] = append([]int(nil), m.Choices...)
	return nil
}

// secondRound moves to the hints and second vote, or to the positions after
// the discussion.
func (s *State) secondRound(g *Game) error {
	if !g.hasRounds(s.card(g)) {
		return ErrNotAllowed
	}
	if s.Phase != PhaseAnswering {
		return ErrWrongPhase
	}
	s.toSecond(g)
	if g.Settings.Mode == cards.ModeBuzzer {
		s.Turn = NoTeam
	}
	return nil
}

// timeout closes answering when the timer runs out: in turns mode the team
// in turn has not answered in time, which counts as a wrong answer (or as
// its first vote, in a second round); in the other modes answering is over.
// A team's own timer (all mode, m.Team set) closes that team's round: it
// answers no more, and the round ends once every team has answered or is
// out of time.
func (s *State) timeout(g *Game, m Move, ev *Event) error {
	if err := s.needAnswering(); err != nil {
		return err
	}
	c := s.card(g)
	if m.Team != NoTeam {
		if g.Settings.Mode != cards.ModeAll {
			return ErrNotAllowed
		}
		if s.Out[m.Team] || s.round(g)[m.Team] != nil {
			return ErrAlreadyAnswered
		}
		s.Out[m.Team] = true
		switch {
		case !s.roundDone(g, s.round(g), m.Team):
		case g.hasRounds(c) && s.Phase == PhaseAnswering:
			s.toSecond(g)
		default:
			s.reveal(g, ev)
		}
		return nil
	}
	switch {
	case g.hasRounds(c) && s.Phase == PhaseAnswering:
		s.toSecond(g)
	case g.Settings.Mode == cards.ModeTurns && s.Turn != NoTeam && !isOpinion(c) && g.kindOf(s.Card) != cards.KindOpen:
		right := false
		if s.keepFirst(g, s.Turn) {
			right = s.Answers[s.Turn].Right
		}
		s.afterAnswer(g, s.Turn, right, ev)
	default:
		s.reveal(g, ev)
	}
	return nil
}

// reveal shows the answer: the points of the answers count now.
func (s *State) reveal(g *Game, ev *Event) {
	if g.hasRounds(s.card(g)) {
		for t := range s.Answers {
			s.keepFirst(g, t)
		}
	}
	s.Phase = PhaseRevealed
	gained := make([]int, g.teams)
	for t, a := range s.Answers {
		if a != nil && a.Right {
			gained[t] = a.Points
		}
	}
	ev.Delta = gained
	s.Results = append(s.Results, Result{Card: s.Card, First: s.First, Answers: s.Answers, Gained: gained, Asked: len(s.Asked), Heads: s.Heads, Played: s.Played})
	if g.Blind() {
		// A test shows no answer: its card is over once every answer is
		// in, and the next one comes.
		s.enter(g, s.Card+1)
	}
}
