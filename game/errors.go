package game

import "errors"

// The errors a move can be refused with, tested with errors.Is. Apply checks
// in this order: game over, move not allowed for the card or phase, not the
// team's turn, team locked out, already answered, invalid value.
var (
	ErrGameOver        = errors.New("the game is over")
	ErrNotAllowed      = errors.New("not allowed for this card")
	ErrWrongPhase      = errors.New("not possible at this point of the card")
	ErrNotYourTurn     = errors.New("not this team's turn")
	ErrLockedOut       = errors.New("this team is locked out for this card")
	ErrAlreadyAnswered = errors.New("this team has already answered")
	ErrAlreadyAsked    = errors.New("this question was already asked")
	ErrNoMoreClues     = errors.New("every clue is already shown")
	ErrNothingToUndo   = errors.New("nothing to undo in this game")
	ErrInvalid         = errors.New("invalid move")
	ErrNoGame          = errors.New("no game is being played")
)
