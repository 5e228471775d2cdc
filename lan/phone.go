// Package lan is the room on the local network: the phones of the players
// as answer pads and buzzers, and the facilitator's console, served by the
// game itself (issue 14). A phone is one more source of moves through
// host.Host, like the keyboard; what it receives is derived from
// game.View, so that it never learns what its team may not see.
//
// This file is the message a phone receives.
package lan

import (
	"slices"
	"time"

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
	// Mode is the game's turn mode: "turns", "all" or "buzzer".
	Mode cards.Mode `json:"mode,omitempty"`
	// Buzz is set when the card in play is answered by buzzing first
	// (buzzer mode, not an opinion or an open question): the phone shows
	// its Buzz button until a team has the hand (Turn).
	Buzz bool `json:"buzz,omitempty"`
	// Out marks the teams that answer this card no more: locked out after
	// a wrong buzz, tried at this clue, out of time.
	Out []bool `json:"out,omitempty"`

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
	// Target is a spectrum card with a value to estimate (a slider from
	// Min to Max); without it the card is an opinion on five steps and
	// "je ne comprends pas" (game.NotUnderstood).
	Target bool `json:"target,omitempty"`
	// Verdicts are the labels of a verdict card's buttons, a move's Choice
	// being the index; Several marks a choice card with more than one
	// right answer (how many, never which).
	Verdicts []string `json:"verdicts,omitempty"`
	Several  bool     `json:"several,omitempty"`
	// AskSure is set on a verdict card of a game that asks how sure the
	// team is (game.Settings.Confidence): the phone asks it after the
	// verdict is tapped, and sends both in one move (its "sure").
	AskSure bool `json:"ask_sure,omitempty"`
	// Clue is the index of the last clue shown (clues cards).
	Clue int `json:"clue,omitempty"`
	// Discuss holds an opinion's discussion prompts.
	Discuss []string `json:"discuss,omitempty"`
	// Questions and Characters are a board's questions and the names of its
	// characters, as the board shows them all, in the deck's order (a
	// guess's Choice is the index in Characters): every character is on
	// the board, which one is the secret is not said. Asked holds the
	// questions asked and the answers heard, Candidates the characters
	// still possible.
	Questions  []string `json:"questions,omitempty"`
	Characters []string `json:"characters,omitempty"`
	Asked      []Asked  `json:"asked,omitempty"`
	Candidates []bool   `json:"candidates,omitempty"`

	// Timer is set when the round in play has an answer timer; TimeMS is
	// what was left of it when the view was made, Paused whether it runs
	// (the phone counts down from TimeMS while not paused).
	Timer  bool  `json:"timer,omitempty"`
	TimeMS int64 `json:"time_ms,omitempty"`
	Paused bool  `json:"paused,omitempty"`

	// Answered tells per team whether it answered the round in play.
	Answered []bool `json:"answered,omitempty"`
	// Mine is the team's own answer, as the game recorded it; before the
	// reveal it says nothing of right or wrong. An order's Choices are
	// positions in Items as shown, like the move the phone sends.
	Mine *game.Answer `json:"mine,omitempty"`
	// Pending is, for the room, the team's current choice and the seat of
	// the phone that made it, so that a team's phones see each other's
	// choice; LockMS is what is left of the 2 s during which the team's
	// other phones may not change it. Vote is a person's own position on
	// an opinion card (the room's per-person votes), nil before it votes.
	Pending *Pending `json:"pending,omitempty"`
	LockMS  int64    `json:"lock_ms,omitempty"`
	Vote    *int     `json:"vote,omitempty"`
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
	// Order is an order card's items in the right order; Value a
	// spectrum's target value.
	Order []string `json:"order,omitempty"`
	Value *int     `json:"value,omitempty"`
}

// Asked is a board question asked and the secret character's answer,
// which everyone heard.
type Asked struct {
	Question int  `json:"q"`
	Yes      bool `json:"yes"`
}

// Pending is a team's current answer in the room, and which of its
// phones gave it.
type Pending struct {
	Choice  int    `json:"choice"`
	Choices []int  `json:"choices,omitempty"`
	By      string `json:"by,omitempty"`
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
	pv.Kind, pv.Phase, pv.Turn, pv.Mode = v.Kind, phaseNames[v.Phase], v.Turn, g.Settings.Mode
	pv.Buzz = g.Settings.Mode == cards.ModeBuzzer && g.Buzzes()
	pv.Out = v.Out
	pv.Text, pv.Easy, pv.Choices, pv.Hints, pv.Clues, pv.Items = q.Text, q.Easy, q.Choices, q.Hints, q.Clues, q.Items
	pv.Left, pv.Right, pv.Min, pv.Max, pv.Unit, pv.Target = q.Left, q.Right, q.Min, q.Max, q.Unit, q.HasTarget
	pv.Several, pv.Clue, pv.Discuss = v.Several, v.Clue, q.Discuss
	d := g.TheDeck()
	if v.Kind == cards.KindVerdict {
		for _, vd := range d.Verdicts {
			pv.Verdicts = append(pv.Verdicts, vd.Label)
		}
		pv.AskSure = g.Settings.Confidence
	}
	if v.Kind == cards.KindCharacter {
		for _, bq := range d.Questions {
			pv.Questions = append(pv.Questions, bq.Text)
		}
		for i := range d.Cards {
			pv.Characters = append(pv.Characters, d.Cards[i].Text)
		}
		for i, a := range v.Asked {
			pv.Asked = append(pv.Asked, Asked{Question: a, Yes: v.Replies[i]})
		}
		pv.Candidates = v.Candidates
	}
	if left, ok := timeLeft(g, team); ok {
		pv.Timer, pv.TimeMS = true, left.Milliseconds()
	}
	pv.Answered = v.Answered
	if team >= 0 && team < len(v.Answers) {
		pv.Mine = v.Answers[team]
		if pv.Mine == nil {
			pv.Mine = v.First[team]
		}
		if pv.Mine != nil && v.Kind == cards.KindOrder {
			pv.Mine.Choices = shownPositions(g.Shuffled(v.Card), pv.Mine.Choices)
		}
	}
	if c := v.Secret; c != nil {
		pv.Revealed = &Revealed{Explanation: c.Explanation, Source: c.Source, Reflex: c.Reflex,
			Answer: c.Answer, Correct: c.Correct, Verdict: c.Verdict}
		if c.Kind == cards.KindCharacter {
			pv.Revealed.Answer = c.Text // the character found, or the riddle's answer
		}
		if c.Kind == cards.KindOrder {
			pv.Revealed.Order = slices.Clone(c.Items)
		}
		if c.Kind == cards.KindSpectrum && c.HasTarget {
			pv.Revealed.Value = &c.Target
		}
	}
	return pv
}

// shownPositions turns item indexes (an order answer, as the engine keeps
// it) into positions in the items as shown (shown[p] is the item shown at
// position p): what the phone sent.
func shownPositions(shown, items []int) []int {
	out := make([]int, len(items))
	for i, item := range items {
		out[i] = slices.Index(shown, item)
	}
	return out
}

// shownItems turns positions in the items as shown into item indexes, the
// answer the engine checks; false when a position is not one.
func shownItems(shown, positions []int) ([]int, bool) {
	out := make([]int, len(positions))
	for i, p := range positions {
		if p < 0 || p >= len(shown) {
			return nil, false
		}
		out[i] = shown[p]
	}
	return out, true
}

// msLeft returns the milliseconds from now to until, 0 once past.
func msLeft(until, now time.Time) int64 { return max(0, until.Sub(now).Milliseconds()) }

// timeLeft returns the time left that team's phone, or the room (NoTeam),
// counts down: when the teams answer unseen in all mode each has its own
// timer from when it sees the card (game.TimeLeftFor), and the room's is
// the longest still running (the card waits for its last team); else the
// card's timer.
func timeLeft(g *game.Game, team int) (time.Duration, bool) {
	if !g.SecretAnswers() {
		return g.TimeLeft()
	}
	if team != game.NoTeam {
		return g.TimeLeftFor(team)
	}
	var longest time.Duration
	running := false
	for t := range len(g.State().Totals) {
		if left, ok := g.TimeLeftFor(t); ok {
			longest, running = max(longest, left), true
		}
	}
	return longest, running
}
