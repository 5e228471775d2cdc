package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// TestPointsByHandStopAtTheLimit brings a team to the most points given by
// hand a game allows: + no longer gives any, and says why in words; −
// still takes one back.
func TestPointsByHandStopAtTheLimit(t *testing.T) {
	d := sceneDeps(t)
	p, _, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	for range game.MaxGamePoints / game.MaxHandPoints {
		_, err := s.Apply(game.Move{Kind: game.MovePoints, Team: 0, Points: game.MaxHandPoints}, d.Now())
		require.NoError(t, err)
	}
	p.sync()
	require.Equal(t, 0, p.focus)
	step(p, ActionPointPlus)
	assert.Equal(t, []int{game.MaxGamePoints, 0}, s.Totals())
	assert.Equal(t, "Limite atteinte\u00a0: pas plus de points à la main pour cette équipe dans cette partie.", p.flash)
	step(p, ActionPointMinus)
	assert.Equal(t, []int{game.MaxGamePoints - 1, 0}, s.Totals())
}
