package game

import (
	"slices"

	"declic/cards"
)

// The turn questions a front end asks between moves: the keys of the shared
// laptop, and later the phones over the network, ask them instead of
// re-deriving the rules. Apply still checks every move; these say what it
// would accept, and what each team may see, so that a screen offers and
// shows only that.

// Answerer returns the team whose answer a move given now counts for, when
// it comes from a device that speaks for team from: on the shared laptop,
// the team it was handed to in all mode, else the team in focus; a team's
// phone, its team. In turns mode it is the team in turn and in buzzer mode
// the team that buzzed (NoTeam before a buzz), whatever from says: the
// laptop's keys answer for the team playing, and a phone may answer when
// Answerer of its team is its team. In all mode every team answers: it is
// from, or NoTeam when from is no team. It does not look at the phase:
// whether the card takes answers now is for Apply (or Allowed) to say.
func (g *Game) Answerer(from int) int {
	switch g.Settings.Mode {
	case cards.ModeTurns, cards.ModeBuzzer:
		return g.st.Turn
	}
	if from < 0 || from >= g.teams {
		return NoTeam
	}
	return from
}

// Answered reports whether team has answered the round in play: its first
// vote or position during the first round of a card played in two rounds,
// its answer otherwise. It is false for no team and once the game is over.
func (g *Game) Answered(team int) bool {
	if g.st.Phase == PhaseOver || team < 0 || team >= g.teams {
		return false
	}
	return g.st.round(g)[team] != nil
}

// OutOfTime reports, in all mode, a team whose own time ran out on the
// round in play: it answers no more until the next round.
func (g *Game) OutOfTime(team int) bool {
	return g.Settings.Mode == cards.ModeAll && team >= 0 && team < len(g.st.Out) && g.st.Out[team]
}

// NextToAnswer returns the team the game waits for next: in all mode the
// first team, in the teams' order, that has neither answered the round in
// play nor run out of time (NoTeam when none is left); in turns mode the
// team in turn, in buzzer mode the team that buzzed (NoTeam before a buzz).
func (g *Game) NextToAnswer() int {
	if g.Settings.Mode != cards.ModeAll {
		return g.st.Turn
	}
	for t := range g.teams {
		if !g.Answered(t) && !g.OutOfTime(t) {
			return t
		}
	}
	return NoTeam
}

// SecretAnswers reports whether, on one shared laptop, the teams answer
// the card in play one after the other, each unseen by those after it: in
// all mode, with two teams or more, on a card answered on the laptop
// itself (a verdict, a choice, an order, an estimate). Open questions,
// spoken answers (clues), a board and opinions placed by the facilitator
// are played in front of everyone.
func (g *Game) SecretAnswers() bool {
	return g.Settings.Mode == cards.ModeAll && g.teams >= 2 && g.answeredOnScreen()
}

// answeredOnScreen reports a card in play that teams answer on the screen
// itself, where an answer given could be seen by the next team.
func (g *Game) answeredOnScreen() bool {
	switch g.Kind() {
	case cards.KindVerdict, cards.KindChoice, cards.KindOrder:
		return true
	case cards.KindSpectrum:
		return g.Card().HasTarget
	}
	return false
}

// NeedsHandover reports whether the shared laptop must pass to the next
// team before anyone answers: the answers are secret (SecretAnswers) and
// the team that holds it, handed (NoTeam when none), has answered the round
// or run out of time. The front end then shows the pass-the-laptop screen
// for NextToAnswer.
func (g *Game) NeedsHandover(handed int) bool {
	if !g.SecretAnswers() {
		return false
	}
	return handed == NoTeam || g.Answered(handed) || g.OutOfTime(handed)
}

// Clock returns whose timer runs now, given the team that holds the shared
// laptop (handed): when the answers are secret, the timer of that team (each
// team has the card's full time from when it sees the card), and none (ok
// false) while the laptop is handed over; the card's timer (NoTeam, ok)
// otherwise. Advance the one it returns with AdvanceFor.
func (g *Game) Clock(handed int) (team int, ok bool) {
	if !g.SecretAnswers() {
		return NoTeam, true
	}
	if g.NeedsHandover(handed) {
		return NoTeam, false
	}
	return handed, true
}

// Buzzes reports whether the card in play is answered by buzzing first in
// buzzer mode: every card but opinions and open questions, which the whole
// room answers.
func (g *Game) Buzzes() bool {
	return g.st.Phase != PhaseOver && g.buzzable(g.st.Card)
}

// buzzable reports whether card i of the draw takes a buzz.
func (g *Game) buzzable(i int) bool {
	return !isOpinion(g.cards[i]) && g.kindOf(i) != cards.KindOpen
}

// View is what one team, or the room, may see of a game at a moment: the
// state of the card in play with what is not theirs to see left out. Its
// slices are copies: change them at will.
type View struct {
	// Team is whose view it is: a team, or NoTeam for the room (the
	// facilitator's screen, the projector).
	Team  int
	Card  int // index in the game's draw of the card in play
	Kind  cards.Kind
	Phase Phase
	Turn  int
	Clue  int
	// Question is the card in play as it may be seen now: its text, its
	// answers to pick from, the hints from the second round on, the clues
	// given so far, an order's items in the order shown (Game.Shuffled,
	// never the right one). It never holds the right answer, the
	// explanation or, on a board, anything of the secret character.
	Question cards.Card
	// Several is a choice card with more than one right answer, which the
	// screen says (the teams pick several before confirming): how many
	// are right, never which.
	Several bool
	// Secret is the card in play whole, right answer and explanation, once
	// it is revealed; nil before. It belongs to the deck: read it only.
	Secret *cards.Card
	// Answered tells per team whether it has answered the round in play,
	// which everyone sees (a tick on its tile).
	Answered []bool
	// First and Answers hold the answers the viewer may see (see
	// State.First and State.Answers), nil elsewhere. Before the reveal
	// none says whether it is right or what it earns; in all mode, on a
	// card with secret answers (SecretAnswers), a team sees only its own
	// and the room none.
	First, Answers []*Answer
	Out            []bool
	// Asked and Replies are a board's questions asked, in order, and the
	// secret character's answer to each, which everyone heard.
	Asked      []int
	Replies    []bool
	Candidates []bool
	Heads      [2][]int
	Totals     []int
}

// View returns what team sees of the game now; NoTeam gives the room's view,
// as the shared screen shows it. Once the game is over it holds the totals
// alone.
func (g *Game) View(team int) View {
	st := g.st
	v := View{Team: team, Card: st.Card, Phase: st.Phase, Turn: st.Turn, Clue: st.Clue, Totals: slices.Clone(st.Totals)}
	if st.Phase == PhaseOver {
		return v
	}
	v.Kind = g.Kind()
	v.Question = g.question()
	v.Several = v.Kind == cards.KindChoice && len(g.Card().Correct) > 1
	if st.Phase == PhaseRevealed {
		v.Secret = g.Card()
	}
	v.Answered = make([]bool, g.teams)
	for t := range v.Answered {
		v.Answered[t] = g.Answered(t)
	}
	hidden := st.Phase != PhaseRevealed && g.Settings.Mode == cards.ModeAll && g.answeredOnScreen()
	v.First, v.Answers = make([]*Answer, g.teams), make([]*Answer, g.teams)
	for t := range g.teams {
		if hidden && t != team {
			continue
		}
		v.First[t], v.Answers[t] = seen(st.First[t], st.Phase), seen(st.Answers[t], st.Phase)
	}
	v.Out = slices.Clone(st.Out)
	v.Asked = slices.Clone(st.Asked)
	for _, q := range st.Asked {
		v.Replies = append(v.Replies, g.Answer(q))
	}
	v.Candidates = slices.Clone(st.Candidates)
	v.Heads = [2][]int{slices.Clone(st.Heads[0]), slices.Clone(st.Heads[1])}
	return v
}

// seen copies an answer as it may be seen in phase: before the reveal,
// without whether it is right and what it earns.
func seen(a *Answer, p Phase) *Answer {
	if a == nil {
		return nil
	}
	c := *a
	c.Choices = slices.Clone(a.Choices)
	if p != PhaseRevealed {
		c.Right, c.Points = false, 0
	}
	return &c
}

// question returns the card in play as the room may see it before its
// reveal: only what is shown while it is answered is copied, so that a
// field added to cards.Card stays secret until it is added here.
func (g *Game) question() cards.Card {
	c := g.Card()
	st := g.st
	q := cards.Card{Kind: c.Kind}
	if c.Kind == cards.KindCharacter {
		// A board's card in play is its secret character, a riddle's its
		// answer: only the clues given so far and their points show.
		if g.kindOf(st.Card) == cards.KindClues {
			q.Clues = slices.Clone(c.Clues[:min(st.Clue+1, len(c.Clues))])
			q.CluePoints = slices.Clone(c.CluePoints)
		}
		return q
	}
	q.ID, q.Text, q.Easy, q.Image, q.Sound = c.ID, c.Text, c.Easy, c.Image, c.Sound
	q.Points, q.Seconds = c.Points, c.Seconds
	if st.Phase != PhaseAnswering && g.hinted(c) {
		q.Hints = slices.Clone(c.Hints) // the hints come with the second vote, if any
	}
	q.Choices = slices.Clone(c.Choices)
	if c.Kind == cards.KindClues {
		q.Clues = slices.Clone(c.Clues[:min(st.Clue+1, len(c.Clues))])
		q.CluePoints = slices.Clone(c.CluePoints)
	}
	q.Left, q.Right, q.Min, q.Max, q.Unit, q.HasTarget = c.Left, c.Right, c.Min, c.Max, c.Unit, c.HasTarget
	q.Zones = slices.Clone(c.Zones)
	if isOpinion(c) {
		q.Discuss = slices.Clone(c.Discuss) // an opinion's prompts are its discussion
	}
	if c.Kind == cards.KindOrder {
		for _, i := range g.Shuffled(st.Card) {
			q.Items = append(q.Items, c.Items[i])
		}
	}
	return q
}

// Opinion reports whether the card in play is an opinion: a scale without
// target, where teams take positions before and after a discussion, never
// for points. It is false once the game is over.
func (g *Game) Opinion() bool { return g.st.Phase != PhaseOver && isOpinion(g.Card()) }
