package decks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEstimatesSpeakInTheirUnit checks that every bundled estimate says its
// unit, so that the slider and the reveal say "91 %", not "91".
func TestEstimatesSpeakInTheirUnit(t *testing.T) {
	estimates := 0
	for key, d := range load(t) {
		for _, c := range d.Cards {
			if !c.HasTarget {
				continue
			}
			if d.ID == "nuance" {
				estimates++
			}
			assert.NotEmpty(t, c.Unit, "%s: %s gives no unit", key, c.ID)
			assert.True(t, c.Min <= c.Target && c.Target <= c.Max, "%s: %s", key, c.ID)
		}
	}
	assert.Equal(t, 16, estimates, "8 estimates in each nuance deck")
}
