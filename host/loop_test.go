package host

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// TestPausedRunsNoTime: while paused, Advance runs no time and the timer
// cannot run out; the pause and the resume each publish one event, with no
// move, no save and the same revision, Paused saying how it stands.
func TestPausedRunsNoTime(t *testing.T) {
	h, sv := started(t, threeClaims, game.Settings{InOrder: true, Timer: true, Seconds: 30})
	var got []Event
	h.Listen(func(e Event) { got = append(got, e) })
	rev, saved := h.Rev(), len(sv.moves)

	h.SetPaused(true)
	h.SetPaused(true) // no change, no event
	require.True(t, h.Paused())
	_, out := h.Advance(game.NoTeam, time.Hour)
	assert.False(t, out, "no time runs while paused")
	left, running := h.Session().Current().TimeLeft()
	require.True(t, running)
	assert.Equal(t, 30*time.Second, left)

	h.SetPaused(false)
	assert.False(t, h.Paused())
	require.Len(t, got, 2)
	assert.True(t, got[0].Paused)
	assert.False(t, got[1].Paused)
	for _, e := range got {
		assert.Empty(t, e.Kind, "a pause is no move")
		assert.Equal(t, rev, e.Rev, "a pause makes no answer stale")
	}
	assert.Equal(t, rev, h.Rev())
	assert.Len(t, sv.moves, saved, "a pause is not saved")

	_, out = h.Advance(game.NoTeam, 31*time.Second)
	assert.True(t, out, "the timer runs again once resumed")
}

// TestEveryEventSaysWhetherPaused: an event published while paused says so.
func TestEveryEventSaysWhetherPaused(t *testing.T) {
	h, _ := started(t, threeClaims, game.Settings{InOrder: true})
	h.SetPaused(true)
	ev, err := h.Apply(Local, h.Rev(), game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0})
	require.NoError(t, err)
	assert.True(t, ev.Paused)
}

// TestDoRunsOnTheLoopInOrder: functions handed over by Do from other
// goroutines run at Pump, on the loop's goroutine, in order with the moves
// Send handed over, and each Do and Send wakes the loop.
func TestDoRunsOnTheLoopInOrder(t *testing.T) {
	h, _ := started(t, threeClaims, game.Settings{InOrder: true})
	var wakes atomic.Int32
	h.SetWake(func() { wakes.Add(1) })
	var order []string // touched on the loop only: -race tells otherwise
	rev := h.Rev()
	var wg sync.WaitGroup
	wg.Go(func() {
		h.Do(func() { order = append(order, "first") })
		<-h.Send("phone", rev, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0})
	})
	for played := 0; played == 0; {
		played = h.Pump() // the loop, here the test's goroutine
	}
	wg.Wait()
	h.Do(func() {
		order = append(order, "after the answer, turn "+string(rune('0'+h.Session().Current().State().Phase)))
	})
	assert.Equal(t, 1, len(order))
	h.Pump()
	assert.Equal(t, []string{"first", "after the answer, turn 2"}, order)
	h.Wake()
	assert.EqualValues(t, 4, wakes.Load())
	h.SetWake(nil)
	h.Wake() // nothing to call: no panic
}
