package ui

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// TestAppHandsEveryActionOfAFrame plays keys that came within one frame, as
// on a loaded laptop where a frame lasts a tenth of a second: each acts, in
// order, as if it had come alone.
func TestAppHandsEveryActionOfAFrame(t *testing.T) {
	d := sceneDeps(t)
	p, _, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	now := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	a := NewApp(d.View, p)

	require.NoError(t, a.update(&Input{Actions: []Action{ActionFocusNext, ActionPointPlus, ActionPointPlus, ActionFocusNext, ActionPointMinus}}, now))
	assert.Equal(t, []int{0, 2, -1}, s.Totals(), "Tab, +, +, Tab, − in one frame")

	// A first vote and the key that goes on, in one frame: the vote is
	// taken, then the hints of a second vote show.
	require.Equal(t, game.PhaseAnswering, p.g.State().Phase)
	require.NoError(t, a.update(&Input{Actions: []Action{ActionAnswer2, ActionNext}}, now.Add(time.Second)))
	st := p.g.State()
	require.NotNil(t, st.First[0], "the vote of team 1")
	assert.Equal(t, 1, st.First[0].Choice)
	assert.Equal(t, game.PhaseSecond, st.Phase)
}
