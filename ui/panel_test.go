package ui

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// panelOf returns the play scene's panel as the kind T, the test failing
// when the card in play has another.
func panelOf[T panel](t *testing.T, p *playScene) T {
	t.Helper()
	q, ok := p.panel.(T)
	require.True(t, ok, "the panel is a %T", p.panel)
	return q
}
