//go:build !js

package ui

import "time"

// idleFrame is how long a frame lasts once the app is idle: the first key
// pressed after a pause acts within it.
const idleFrame = 100 * time.Millisecond

// pace chooses how frames run. While something happens (input, an
// animation, a running timer) and for idleAfter after it, they run at the
// display's rate. Then each frame waits, so that about ten run a second:
// the screen is not drawn again, which costs next to no CPU, and GLFW's
// sticky keys stay on, so that a press released before the next frame
// (a clicker's, a key tapped on a loaded laptop) is seen by it.
//
// Ebitengine's FPSModeVsyncOffMinimum, which runs no frame until an input
// comes, costs no CPU at all, but it turns sticky keys off: a key pressed
// and released before the app woke up (a loaded computer wakes it late)
// was never seen. Ten frames a second on a still card cost about 0.6 % of
// a core under Xvfb (5 to 7 clock ticks in 10 s, against 0); see
// BENCHMARKS.md and `make stress-keys`.
func (a *App) pace(now time.Time, busy bool) {
	if busy || a.lastBusy.IsZero() {
		a.lastBusy = now
	}
	if now.Sub(a.lastBusy) > idleAfter {
		if wait := idleFrame - a.now().Sub(now); wait > 0 {
			time.Sleep(wait)
		}
	}
}
