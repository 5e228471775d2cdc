package game

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPointsByHandAreBounded gives points by hand up to their bounds: a
// move beyond MaxHandPoints, or a total beyond MaxGamePoints either way,
// is refused, and Allowed says so before.
func TestPointsByHandAreBounded(t *testing.T) {
	g, err := NewGame(deck(t, verdicts), 2, Settings{Mode: "turns"})
	require.NoError(t, err)
	for _, p := range []int{math.MaxInt64, math.MinInt64, MaxHandPoints + 1, -MaxHandPoints - 1} {
		m := points(0, p, "")
		assert.ErrorIs(t, g.Allowed(m), ErrPointsLimit, "%d", p)
		_, err := g.Apply(m)
		assert.ErrorIs(t, err, ErrPointsLimit, "%d", p)
	}
	assert.Equal(t, []int{0, 0}, g.State().Totals, "a refused move changes nothing")

	for range MaxGamePoints / MaxHandPoints {
		_, err := g.Apply(points(0, MaxHandPoints, ""))
		require.NoError(t, err)
	}
	assert.Equal(t, []int{MaxGamePoints, 0}, g.State().Totals)
	assert.ErrorIs(t, g.Allowed(points(0, 1, "")), ErrPointsLimit, "the + of the front end is greyed out")
	_, err = g.Apply(points(0, 1, ""))
	assert.ErrorIs(t, err, ErrPointsLimit)
	assert.NoError(t, g.Allowed(points(0, -1, "")), "taking back is allowed")
	assert.NoError(t, g.Allowed(points(1, 1, "")), "so are the other team's points")

	for range 2 * MaxGamePoints / MaxHandPoints {
		_, err := g.Apply(points(0, -MaxHandPoints, ""))
		require.NoError(t, err)
	}
	assert.Equal(t, []int{-MaxGamePoints, 0}, g.State().Totals)
	_, err = g.Apply(points(0, -1, ""))
	assert.ErrorIs(t, err, ErrPointsLimit)

	require.NoError(t, g.Restore(g.deck, 2), "a log within the bounds replays")
	assert.Equal(t, []int{-MaxGamePoints, 0}, g.State().Totals)
}
