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
	// ErrPointsLimit refuses points given by hand beyond MaxHandPoints a
	// move or MaxGamePoints in a game.
	ErrPointsLimit = errors.New("too many points given by hand")
	// ErrSure refuses a rating of confidence (Move.Sure) other than 1
	// sûr, 2 plutôt sûr, 3 au hasard, or one given where the game asks
	// none: a card other than a verdict, a game without
	// Settings.Confidence.
	ErrSure = errors.New("not a rating of confidence this game asks")
)

// ErrNoDeck means a deck a saved session played was not found: the finder
// given to Restore (a store's Load) has no deck of that id and language.
// The session's files are left as they are, to be loaded once the deck is
// back.
var ErrNoDeck = errors.New("deck not found")

// The bounds of points given by hand (MovePoints): a well-argued answer is
// worth a point or a few, never enough to overflow a total.
const (
	// MaxHandPoints is the most points one move gives or takes.
	MaxHandPoints = 100
	// MaxGamePoints bounds a team's points in a game, either way: points
	// given by hand cannot take them beyond it.
	MaxGamePoints = 100_000
)
