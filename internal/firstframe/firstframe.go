// Package firstframe measures how long a program takes to put its first
// frame on the screen, for the start-up benchmark of `make bench`
// (BENCHMARKS.md): the game and the Ebitengine hello world it is compared
// with report it the same way. It imports nothing of Ebitengine, so that the
// hello world stays a hello world.
package firstframe

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Env names the environment variable that turns the report on: when it is
// set, to anything, New returns a Reporter that writes one line on stderr.
const Env = "DECLIC_FIRST_FRAME"

// Reporter writes, once, how long after the process started its first frame
// was shown:
//
//	first frame: 412.3 ms after the process started
//
// A nil Reporter reports nothing, so that a program calls it unconditionally.
type Reporter struct {
	w     io.Writer
	since func() time.Duration
	drawn bool // the first frame is drawn, not yet known to be shown
	done  bool
}

// New returns a Reporter writing on stderr when Env is set, else nil.
func New() *Reporter {
	if os.Getenv(Env) == "" {
		return nil
	}
	return &Reporter{w: os.Stderr, since: SinceStart}
}

// Drew is called at the end of the game's Draw, when it drew something.
func (r *Reporter) Drew() {
	if r != nil {
		r.drawn = true
	}
}

// Frame is called at the start of the game's Update and Draw. Ebitengine
// renders what Draw queued and swaps the buffers between two frames: the
// first call after Drew is the first moment the frame is known to be on the
// screen, and it writes the report.
func (r *Reporter) Frame() {
	if r == nil || !r.drawn || r.done {
		return
	}
	r.done = true
	fmt.Fprintf(r.w, "first frame: %.1f ms after the process started\n", float64(r.since())/float64(time.Millisecond))
}

// initialised is when this package was initialised: the fallback start of
// the process where the kernel does not tell it.
var initialised = time.Now()
