package ui

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// pace chooses how frames run in the browser. While something happens
// (input, an animation, a running timer) and for idleAfter after it, they
// run at the display's rate; then the app waits for input
// (FPSModeVsyncOffMinimum), which costs no CPU. An update must not sleep
// in the browser, where it would hold up the page's event loop, so the
// desktop's slow idle frames (pace_other.go) are not used here.
func (a *App) pace(now time.Time, busy bool) {
	if busy || a.lastBusy.IsZero() {
		a.lastBusy = now
	}
	mode := ebiten.FPSModeVsyncOn
	if now.Sub(a.lastBusy) > idleAfter {
		mode = ebiten.FPSModeVsyncOffMinimum
	}
	if mode != a.mode {
		a.mode = mode
		ebiten.SetFPSMode(mode)
	}
}
