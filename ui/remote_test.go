package ui

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/host"
)

// TestAMoveFromAnotherSourceShowsAtOnce plays a buzzer game from the
// keyboard and from a source on another goroutine (as a phone of the room
// will): the move waits for the loop, wakes it, is played at the next frame
// before the keys, and the screen redraws with it; a move made before the
// card changed is refused, and the screen stays as it was.
func TestAMoveFromAnotherSourceShowsAtOnce(t *testing.T) {
	d := sceneDeps(t)
	var heard []host.Event
	d.Host.Listen(func(e host.Event) { heard = append(heard, e) })
	p, _, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
	a := NewApp(d.View, p)
	a.deps = d
	woken := make(chan struct{}, 4)
	d.Host.SetWake(func() { woken <- struct{}{} })
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	require.NoError(t, a.update(&Input{}, now))
	a.dirty = false // the frame is drawn: the screen is idle

	seen := d.Host.Rev()
	reply := make(chan host.Result, 1)
	go func() { reply <- <-d.Host.Send("phone:2", seen, game.Move{Kind: game.MoveBuzz, Team: 2}) }()
	<-woken
	assert.False(t, a.dirty, "nothing played before the loop runs")
	require.NoError(t, a.update(&Input{}, now.Add(time.Second)))
	got := <-reply
	require.NoError(t, got.Err)
	assert.True(t, got.Event.Buzzed)
	assert.Equal(t, 2, p.g.State().Turn, "team 3 buzzed")
	assert.True(t, a.dirty, "the screen redraws")
	require.NotEmpty(t, heard)
	assert.Equal(t, host.Source("phone:2"), heard[len(heard)-1].From, "the screens heard it")

	// Team 3 answers from the keyboard: the card goes on to its hints; a
	// buzz sent before is stale.
	p.shown = revealDelay
	require.NoError(t, a.update(&Input{Actions: []Action{ActionAnswer1}}, now.Add(2*time.Second)))
	phase := p.g.State().Phase
	require.NotEqual(t, game.PhaseAnswering, phase)
	totals := s.Totals()
	late := d.Host.Send("phone:1", seen, game.Move{Kind: game.MoveBuzz, Team: 0})
	<-woken
	a.dirty = false
	require.NoError(t, a.update(&Input{}, now.Add(3*time.Second)))
	assert.ErrorIs(t, (<-late).Err, host.ErrStale)
	assert.Equal(t, totals, s.Totals())
	assert.Equal(t, phase, p.g.State().Phase)
	assert.False(t, a.dirty, "nothing to redraw")

	// The room plays a phone's move on the loop itself (Host.Do, where it
	// checks its tap lock against the session): the screen redraws too.
	// It did not: the projector stayed on the question until a key.
	d.Host.Do(func() {
		_, err := d.Host.Apply("phone:1", d.Host.Rev(), game.Move{Kind: game.MovePoints, Team: 0, Points: 1, Reason: "console"})
		assert.NoError(t, err)
	})
	<-woken
	a.dirty = false
	require.NoError(t, a.update(&Input{}, now.Add(4*time.Second)))
	assert.Equal(t, totals[0]+1, s.Totals()[0])
	assert.True(t, a.dirty, "a move made by a function handed over redraws the screen")
	d.Host.Do(func() {}) // a function that changes nothing
	<-woken
	a.dirty = false
	require.NoError(t, a.update(&Input{}, now.Add(5*time.Second)))
	assert.False(t, a.dirty, "nothing to redraw")
}

// TestTheTimerHoldsWhileThePlaySceneIsCovered: the pause menu (or the
// room's overlay, help…) stops the projector's clock, and the host's timer
// with it, so that the phones and the console stop counting too; back on
// the card it runs again, unless the facilitator had paused it.
func TestTheTimerHoldsWhileThePlaySceneIsCovered(t *testing.T) {
	d := sceneDeps(t)
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns, Timer: true, Seconds: 30})
	a := NewApp(d.View, p)
	a.deps = d
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	frame := func(actions ...Action) {
		now = now.Add(time.Second / 10)
		require.NoError(t, a.update(&Input{Actions: actions, Dt: time.Second / 10}, now))
	}
	frame()
	require.False(t, d.Host.Paused())
	frame(ActionPause)
	assert.NotSame(t, Scene(p), a.scene, "the pause menu is up")
	assert.True(t, d.Host.Paused(), "the phones' countdown stops with the projector's")
	frame(ActionPause) // Esc again: back to the card
	require.Same(t, Scene(p), a.scene)
	assert.False(t, d.Host.Paused(), "and runs again")

	frame(ActionTimer) // the facilitator pauses it
	require.True(t, d.Host.Paused())
	frame(ActionPause)
	frame(ActionPause)
	require.Same(t, Scene(p), a.scene)
	assert.True(t, d.Host.Paused(), "still paused: the facilitator's pause")
}
