// Package lan is the room on the local network: the phones of the players
// as answer pads and buzzers, and the facilitator's console, served by the
// game itself (issue 14). A phone is one more source of moves through
// host.Host, like the keyboard; what it receives is derived from
// game.View, so that it never learns what its team may not see.
//
// This file is the first part: the message a phone receives.
package lan

import (
	"declic/cards"
	"declic/game"
)

// PhoneView is what a phone receives after every change of the live
// workshop, as JSON: the card in play as its team may see it, and from the
// reveal on the answer, the explanation and the points. It is built from
// game.View(team) alone, never from the card: a field of cards.Card that
// View does not copy cannot leak to a phone.
type PhoneView struct {
	// Rev is the host's revision the view was made at: a move the phone
	// sends carries it back, and the host refuses it once stale.
	Rev   int      `json:"rev"`
	Team  int      `json:"team"`
	Teams []string `json:"teams"`
	// Card is the index of the card in play, Cards the number in the game;
	// Over is set once the game has no card left.
	Card  int  `json:"card"`
	Cards int  `json:"cards"`
	Over  bool `json:"over,omitempty"`
	// Kind is the card's kind; Phase "answering", "second" or "revealed".
	Kind  cards.Kind `json:"kind,omitempty"`
	Phase string     `json:"phase,omitempty"`
	// Turn is the team the game waits for (turns mode, or the team that
	// buzzed), -1 for none.
	Turn int `json:"turn"`

	Text    string   `json:"text,omitempty"`
	Easy    string   `json:"easy,omitempty"`
	Choices []string `json:"choices,omitempty"`
	Hints   []string `json:"hints,omitempty"`
	Clues   []string `json:"clues,omitempty"`
	Items   []string `json:"items,omitempty"` // an order's items, as shown
	Left    string   `json:"left,omitempty"`
	Right   string   `json:"right,omitempty"`
	Min     int      `json:"min"`
	Max     int      `json:"max"`
	Unit    string   `json:"unit,omitempty"`

	// Answered tells per team whether it answered the round in play.
	Answered []bool `json:"answered,omitempty"`
	// Mine is the team's own answer, as the game recorded it; before the
	// reveal it says nothing of right or wrong.
	Mine *game.Answer `json:"mine,omitempty"`
	// Revealed holds the answer once the card is revealed, nil before.
	Revealed *Revealed `json:"revealed,omitempty"`
	Totals   []int     `json:"totals"`
}

// Revealed is what a phone learns at the reveal.
type Revealed struct {
	Explanation string `json:"explanation,omitempty"`
	Source      string `json:"source,omitempty"`
	Reflex      string `json:"reflex,omitempty"`
	// Answer is the right answer, for clues and riddles; Correct the
	// indexes of the right choices; Verdict the key of the right verdict.
	Answer  string `json:"answer,omitempty"`
	Correct []int  `json:"correct,omitempty"`
	Verdict string `json:"verdict,omitempty"`
}

// phaseNames are the words a phone reads for game.Phase.
var phaseNames = map[game.Phase]string{
	game.PhaseAnswering: "answering",
	game.PhaseSecond:    "second",
	game.PhaseRevealed:  "revealed",
}

// NewPhoneView returns what team's phone may see of the current game of s
// at revision rev.
func NewPhoneView(s *game.Session, rev, team int) PhoneView {
	pv := PhoneView{Rev: rev, Team: team, Turn: game.NoTeam}
	for _, t := range s.Teams {
		pv.Teams = append(pv.Teams, string(t.Name))
	}
	g := s.Current()
	if g == nil {
		return pv
	}
	v := g.View(team)
	pv.Card, pv.Cards, pv.Totals = v.Card, g.Len(), v.Totals
	if v.Phase == game.PhaseOver {
		pv.Over = true
		return pv
	}
	q := v.Question
	pv.Kind, pv.Phase, pv.Turn = v.Kind, phaseNames[v.Phase], v.Turn
	pv.Text, pv.Easy, pv.Choices, pv.Hints, pv.Clues, pv.Items = q.Text, q.Easy, q.Choices, q.Hints, q.Clues, q.Items
	pv.Left, pv.Right, pv.Min, pv.Max, pv.Unit = q.Left, q.Right, q.Min, q.Max, q.Unit
	pv.Answered = v.Answered
	if team >= 0 && team < len(v.Answers) {
		pv.Mine = v.Answers[team]
		if pv.Mine == nil {
			pv.Mine = v.First[team]
		}
	}
	if c := v.Secret; c != nil {
		pv.Revealed = &Revealed{Explanation: c.Explanation, Source: c.Source, Reflex: c.Reflex,
			Answer: c.Answer, Correct: c.Correct, Verdict: c.Verdict}
		if c.Kind == cards.KindCharacter {
			pv.Revealed.Answer = c.Text // the character found, or the riddle's answer
		}
	}
	return pv
}
