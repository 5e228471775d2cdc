package lan

import (
	"time"

	"golang.org/x/time/rate"
)

// The limits of a connection. A phone's page sends a message a tap; these
// are far above what a person taps and far below what would slow the game.
const (
	// maxMessage is the largest message read, in bytes: a longer one
	// closes the connection (coder/websocket's read limit). A said text
	// of maxSay characters fits with room to spare.
	maxMessage = 2048
	// maxConsoleMessage is the console's: a card of the creation workshop
	// edited, at its fields' longest.
	maxConsoleMessage = 16 << 10
	// perSecond and burst are the messages a connection may send: 10 a
	// second sustained, 20 at once.
	perSecond = 10
	burst     = 20
	// maxBad is how many malformed, unknown or too frequent messages a
	// connection sends before it is closed.
	maxBad = 50
	// maxConns is the most connections the room holds at once: twenty
	// phones, a few tablets and consoles, and their reconnections.
	maxConns = 256
	// maxSay is the longest text a phone says, in characters.
	maxSay = 200
	// lockFor is how long after a team's answer changes its other phones
	// may not change it ("last tap counts, with a 2 s lock").
	lockFor = 2 * time.Second
)

// limit counts what one connection may still send.
type limit struct {
	rate *rate.Limiter
	bad  int
}

func newLimit() *limit { return &limit{rate: rate.NewLimiter(perSecond, burst)} }

// allow reports whether a message arriving at now is within the rate.
func (l *limit) allow(now time.Time) bool { return l.rate.AllowN(now, 1) }

// fault counts a message refused, and reports whether the connection has
// sent too many of them and is to be closed.
func (l *limit) fault() bool {
	l.bad++
	return l.bad > maxBad
}
