package ui

import "strconv"

// Action is what a person asked for with a key, a click or a touch. Scenes see
// actions, never keys, and tests drive scenes by injecting actions. The zero
// Action means "nothing" and is never produced by the keymap.
type Action int

// The actions of DESIGN.md's key table. Answer1…Answer6 and Buzz1…Buzz6 are
// consecutive, so ActionAnswer1+i is answer i+1 and ActionBuzz1+i is team i+1's
// buzzer.
const (
	// ActionNext moves on: next, confirm, reveal.
	ActionNext Action = iota + 1
	// ActionBack goes back, before an answer is locked.
	ActionBack
	// ActionAnswer1 picks answer 1 (the first verdict in the deck's order).
	ActionAnswer1
	// ActionAnswer2 picks answer 2.
	ActionAnswer2
	// ActionAnswer3 picks answer 3.
	ActionAnswer3
	// ActionAnswer4 picks answer 4.
	ActionAnswer4
	// ActionAnswer5 picks answer 5.
	ActionAnswer5
	// ActionAnswer6 picks answer 6.
	ActionAnswer6
	// ActionBuzz1 is the buzzer of team 1.
	ActionBuzz1
	// ActionBuzz2 is the buzzer of team 2.
	ActionBuzz2
	// ActionBuzz3 is the buzzer of team 3.
	ActionBuzz3
	// ActionBuzz4 is the buzzer of team 4.
	ActionBuzz4
	// ActionBuzz5 is the buzzer of team 5.
	ActionBuzz5
	// ActionBuzz6 is the buzzer of team 6.
	ActionBuzz6
	// ActionNextClue reveals the next clue of a riddle.
	ActionNextClue
	// ActionPointPlus gives a point to the team in focus.
	ActionPointPlus
	// ActionPointMinus takes a point from the team in focus.
	ActionPointMinus
	// ActionFocusNext moves the focus to the next team.
	ActionFocusNext
	// ActionUndo undoes the last scoring event.
	ActionUndo
	// ActionScores shows or hides the scores overlay.
	ActionScores
	// ActionFullscreen switches fullscreen on or off.
	ActionFullscreen
	// ActionHelp shows or hides the help overlay with every key.
	ActionHelp
	// ActionPause opens the pause menu (Esc, F5, a clicker's start button);
	// nothing quits without asking.
	ActionPause
	// ActionUp moves the focus or a picked-up item up (↑): menus and order
	// cards. An addition to DESIGN.md's table, which it leaves as it is.
	ActionUp
	// ActionDown moves the focus or a picked-up item down (↓).
	ActionDown
	// ActionBlank blacks the screen out (B, ".": a presenter clicker's
	// "blank screen" button); any key or tap brings it back.
	ActionBlank
	// ActionConfirm is Enter: it moves on as ActionNext does, and
	// Input.Has(ActionNext) takes it too, so that every scene that does not
	// tell them apart sees a "next"; an order card tells it apart from
	// Space, which picks an item up, and gives its order with it.
	ActionConfirm
	// ActionRoom opens the room overlay (R): the QR code phones join by,
	// the room's address and code, who has joined; opened, it hides it
	// again and the room stays open. An addition to DESIGN.md's table.
	ActionRoom
	// ActionTimer pauses the answer timer, or lets it run again (T, the
	// console's "pause").
	ActionTimer
	// ActionNetwork advertises the room on the next network (N), in the
	// room overlay, when the computer has several.
	ActionNetwork
	// ActionCloseRoom closes the room (Delete), in the room overlay: every
	// phone is let go.
	ActionCloseRoom
	// ActionDigit7 is the digit 7: no card has a seventh answer, but a
	// screen of settings may have a seventh row. An addition to DESIGN.md's
	// table, like ActionDigit8 and ActionDigit9.
	ActionDigit7
	// ActionDigit8 is the digit 8.
	ActionDigit8
	// ActionDigit9 is the digit 9.
	ActionDigit9
	// ActionSelect is Space: a "next" wherever a scene does not tell it
	// apart (Input.Has(ActionNext) takes it); a screen of settings tells
	// it apart from Enter and Page Down, which start the game, so that
	// Space picks the option with the focus.
	ActionSelect
	// ActionRight is →: a "next" wherever a scene does not tell it apart;
	// on a screen of settings it moves the focus to the next option of its
	// row.
	ActionRight
	// ActionLeft is ←: a "back" wherever a scene does not tell it apart
	// (Input.Has(ActionBack) takes it); on a screen of settings it moves
	// the focus to the option before.
	ActionLeft
)

// counts reports whether an action x counts as a: it is a, or one of the
// keys of DESIGN.md's "next" or "back" that a few screens tell apart
// (Enter, Space, →; ←) and that every other screen takes as a "next" or a
// "back".
func (x Action) counts(a Action) bool {
	switch {
	case x == a:
		return true
	case a == ActionNext:
		return x == ActionConfirm || x == ActionSelect || x == ActionRight
	case a == ActionBack:
		return x == ActionLeft
	}
	return false
}

// MaxAnswers is the number of answer actions, and so of answer keys.
const MaxAnswers = 6

// MaxDigits is the number of digit keys, 1 to 9, and so of the rows of a
// screen of settings that a digit reaches.
const MaxDigits = 9

// DigitAction returns the action of digit n, 1 to MaxDigits: an answer up
// to MaxAnswers, then ActionDigit7…; 0 for any other n.
func DigitAction(n int) Action {
	switch {
	case n >= 1 && n <= MaxAnswers:
		return ActionAnswer1 + Action(n-1)
	case n > MaxAnswers && n <= MaxDigits:
		return ActionDigit7 + Action(n-MaxAnswers-1)
	}
	return 0
}

// MaxBuzzers is the number of buzzer actions, and so of teams that can buzz.
const MaxBuzzers = 6

var actionNames = [...]string{
	ActionNext:       "Next",
	ActionBack:       "Back",
	ActionAnswer1:    "Answer1",
	ActionAnswer2:    "Answer2",
	ActionAnswer3:    "Answer3",
	ActionAnswer4:    "Answer4",
	ActionAnswer5:    "Answer5",
	ActionAnswer6:    "Answer6",
	ActionBuzz1:      "Buzz1",
	ActionBuzz2:      "Buzz2",
	ActionBuzz3:      "Buzz3",
	ActionBuzz4:      "Buzz4",
	ActionBuzz5:      "Buzz5",
	ActionBuzz6:      "Buzz6",
	ActionNextClue:   "NextClue",
	ActionPointPlus:  "PointPlus",
	ActionPointMinus: "PointMinus",
	ActionFocusNext:  "FocusNext",
	ActionUndo:       "Undo",
	ActionScores:     "Scores",
	ActionFullscreen: "Fullscreen",
	ActionHelp:       "Help",
	ActionPause:      "Pause",
	ActionUp:         "Up",
	ActionDown:       "Down",
	ActionBlank:      "Blank",
	ActionConfirm:    "Confirm",
	ActionRoom:       "Room",
	ActionTimer:      "Timer",
	ActionNetwork:    "Network",
	ActionCloseRoom:  "CloseRoom",
	ActionDigit7:     "Digit7",
	ActionDigit8:     "Digit8",
	ActionDigit9:     "Digit9",
	ActionSelect:     "Select",
	ActionRight:      "Right",
	ActionLeft:       "Left",
}

// String returns the action's name without the "Action" prefix ("Next",
// "Buzz3"), for logs and test failures; it is not meant for the screen.
func (a Action) String() string {
	if a > 0 && int(a) < len(actionNames) {
		return actionNames[a]
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// Answer returns the answer number, 1 to MaxAnswers, that a picks, and false
// when a is not an answer action.
func (a Action) Answer() (int, bool) {
	if a >= ActionAnswer1 && a < ActionAnswer1+MaxAnswers {
		return int(a-ActionAnswer1) + 1, true
	}
	return 0, false
}

// Buzzer returns the team number, 1 to MaxBuzzers, whose buzzer a is, and false
// when a is not a buzzer action.
func (a Action) Buzzer() (int, bool) {
	if a >= ActionBuzz1 && a < ActionBuzz1+MaxBuzzers {
		return int(a-ActionBuzz1) + 1, true
	}
	return 0, false
}
