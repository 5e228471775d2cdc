package game

// MoveKind names a move. Its values are the words a saved session holds.
type MoveKind string

// The moves of a game.
const (
	// MoveAnswer gives a team's answer: Choice is the verdict (index into the
	// deck's verdicts), the choice, the spectrum value (with a target, a
	// value of the card's scale, from its Min to its Max: a year, a percent;
	// else a step 0–4 of the scale or NotUnderstood); Choices holds several
	// choices, or an order's item indexes from first to last.
	MoveAnswer MoveKind = "answer"
	// MoveBuzz is a team's buzzer (buzzer mode): the first team to buzz answers.
	MoveBuzz MoveKind = "buzz"
	// MoveJudge records the facilitator's judgement of a spoken answer (clues
	// cards): Right or not.
	MoveJudge MoveKind = "judge"
	// MoveClue shows the next clue of a clues card.
	MoveClue MoveKind = "clue"
	// MoveAsk asks a board question, Choice being its index in the deck.
	MoveAsk MoveKind = "ask"
	// MoveGuess is a team's guess of the board's secret character, Choice
	// being the character's index in the deck's cards.
	MoveGuess MoveKind = "guess"
	// MoveHeadCount records how many people stand on each step of a spectrum
	// scale: Choices holds the five steps, then "je ne comprends pas".
	MoveHeadCount MoveKind = "headcount"
	// MoveSecondRound moves on to the second round of a card: the hints and
	// second vote of a verdict card, the positions after the discussion of a
	// spectrum card.
	MoveSecondRound MoveKind = "second-round"
	// MoveReveal shows the answer; points count from the reveal.
	MoveReveal MoveKind = "reveal"
	// MoveNext goes to the next card once this one is revealed.
	MoveNext MoveKind = "next"
	// MoveSkip leaves the card without points and goes to the next one.
	MoveSkip MoveKind = "skip"
	// MovePoints gives (Points > 0) or takes (Points < 0) points to a team by
	// hand, with a Reason.
	MovePoints MoveKind = "points"
	// MoveTimeout is the answer timer running out; Advance makes it, with
	// Team NoTeam, and AdvanceFor with the team whose own time ran out (all
	// mode).
	MoveTimeout MoveKind = "timeout"
	// MoveEnd ends the game before its last card.
	MoveEnd MoveKind = "end"
	// MoveUndo takes back the last undoable move of the game (an answer, a
	// score, a head count, a timeout, a reveal, the start of a second round),
	// and every move after it. It is never in the log: undo removes events.
	MoveUndo MoveKind = "undo"
)

// NotUnderstood is the position "je ne comprends pas" on a spectrum scale
// without target, after its five steps 0–4.
const NotUnderstood = 5

// Steps is the number of positions on a spectrum scale without target.
const Steps = 6

// Move is something a facilitator or a team does. Which fields count
// depends on Kind.
type Move struct {
	Kind    MoveKind `json:"kind"`
	Team    int      `json:"team"`
	Choice  int      `json:"choice,omitempty"`
	Choices []int    `json:"choices,omitempty"`
	Right   bool     `json:"right,omitempty"`
	Points  int      `json:"points,omitempty"`
	Reason  string   `json:"reason,omitempty"`
	// Change, on an answer in all mode before the reveal, replaces the
	// team's answer of the round in play instead of being refused with
	// ErrAlreadyAnswered: the room's phones, where the last tap of a team
	// counts. Everywhere else (turns and buzzer modes, after the reveal, a
	// team out of time) the move is checked as without it.
	Change bool `json:"change,omitempty"`
	// Sure, on an answer to a verdict card in a game that asks it
	// (Settings.Confidence), is how sure the team says it is: SureCertain,
	// SureRather, SureGuess, or SureUnsaid (0) when it did not say. Any
	// other value, or a rating where none is asked, is refused with
	// ErrSure.
	//
	// The rating comes with the answer, not as a move of its own: the
	// screen and the phone ask it after the verdict is picked and send
	// both at once. An answer reveals at once in turns mode, and the
	// last team's reveals in all mode, so a rating made after it would
	// be made knowing the answer (and leak nothing less than a reveal);
	// as one move, the log keeps one event per answer, undo takes back
	// the verdict and its rating together, a change on a phone replaces
	// both, and the room relays one move. When the time runs out between
	// the two steps, the screen gives the verdict without a rating
	// (SureUnsaid) rather than lose it.
	Sure int `json:"sure,omitempty"`
}

// Event is an accepted move, where it happened and what it gave.
type Event struct {
	Move
	// Card is the index, in the game's draw, of the card in play.
	Card int `json:"card"`
	// Delta holds the points the move gave each team (most moves give none;
	// an answer gives points when it reveals the card).
	Delta []int `json:"delta,omitempty"`
}

// undoable reports whether undo takes a move back: the moves that record a
// team's answer or change a score, and those that show a card's answer or
// hints (a reveal pressed too early goes back to the question of its card).
// Moving between cards is not undone on its own; it goes back with the move
// before it.
func (k MoveKind) undoable() bool {
	switch k {
	case MoveAnswer, MoveBuzz, MoveJudge, MoveGuess, MoveAsk, MoveHeadCount, MovePoints, MoveTimeout, MoveReveal, MoveSecondRound:
		return true
	}
	return false
}
