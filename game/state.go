package game

import "slices"

// Phase is where the card in play stands.
type Phase int

// The phases of a card: presented and answering are one phase (the timer runs
// from the card's first frame); a card with a second round (hints, then a
// second vote; positions after the discussion) goes through PhaseSecond.
const (
	PhaseAnswering Phase = iota
	PhaseSecond
	PhaseRevealed
	PhaseOver // the game is over: no card is in play
)

// NoTeam is the turn when no team is answering: in all mode, in buzzer mode
// before a buzz.
const NoTeam = -1

// Answer is one team's answer to the card in play.
type Answer struct {
	Choice  int   `json:"choice"`
	Choices []int `json:"choices,omitempty"`
	Right   bool  `json:"right"`
	Points  int   `json:"points"` // what the answer earns at the reveal
	Clue    int   `json:"clue"`   // clues: the clue shown when the team answered
	// Sure is how sure the team said it was of its verdict (Move.Sure),
	// 0 when not asked or not said.
	Sure int `json:"sure,omitempty"`
}

// Result is what happened on a card once it is over (revealed or skipped):
// the summary and the export read results.
type Result struct {
	Card    int       // index in the game's draw
	Skipped bool      // left without a reveal
	First   []*Answer // per team: the first vote, or the position before the discussion
	Answers []*Answer // per team: the answer that counted, nil where none
	Gained  []int     // per team: points gained at the reveal
	Asked   int       // board: questions asked
	Heads   [2][]int  // spectrum: head counts before and after the discussion
	// Played marks per team whether the card was the team's to answer (see
	// State.Played): a team it never came to did not fail to answer.
	Played []bool
}

// State is the derived state of a game: where it stands and what each team
// did on the card in play. It is rebuilt from the events, never saved.
type State struct {
	Card  int // index in the game's draw of the card in play
	Phase Phase
	// Turn is the team whose answer the game waits for in turns mode, the
	// team that buzzed in buzzer mode, NoTeam otherwise.
	Turn int
	// First holds each team's first vote (a card with hints) or position
	// before the discussion (a spectrum without target); nil where none.
	First []*Answer
	// Answers holds each team's answer, nil where none yet.
	Answers []*Answer
	// Out marks the teams that cannot answer this card any more: locked out
	// after a wrong buzz, or having tried at this clue in turns mode.
	Out []bool
	// Played marks the teams the card in play was given to answer: in
	// turns mode the team it started with and each team it passed to (on
	// an opinion, where everyone takes a place, every team); every team in
	// the other modes.
	Played []bool
	// Clue is the index of the last clue shown (clues cards).
	Clue int
	// Asked holds the board questions asked, by index, in order.
	Asked []int
	// Candidates marks the board characters still possible, by index in the
	// deck's cards.
	Candidates []bool
	// Heads holds the head counts per scale step before and after the
	// discussion (spectrum without target); nil until recorded.
	Heads [2][]int
	// Totals holds each team's points in this game.
	Totals []int
	// Results holds every card already over.
	Results []Result
}

func (s State) clone() State {
	c := s
	c.First = cloneAnswers(s.First)
	c.Answers = cloneAnswers(s.Answers)
	c.Out = slices.Clone(s.Out)
	c.Played = slices.Clone(s.Played)
	c.Asked = slices.Clone(s.Asked)
	c.Candidates = slices.Clone(s.Candidates)
	c.Heads = [2][]int{slices.Clone(s.Heads[0]), slices.Clone(s.Heads[1])}
	c.Totals = slices.Clone(s.Totals)
	c.Results = slices.Clone(s.Results)
	return c
}

func cloneAnswers(as []*Answer) []*Answer {
	out := make([]*Answer, len(as))
	for i, a := range as {
		if a != nil {
			c := *a
			c.Choices = slices.Clone(a.Choices)
			out[i] = &c
		}
	}
	return out
}

// answered counts the non-nil answers.
func answered(as []*Answer) int {
	n := 0
	for _, a := range as {
		if a != nil {
			n++
		}
	}
	return n
}
