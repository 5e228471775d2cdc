package assets

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCanDraw(t *testing.T) {
	for _, r := range "Aéœ€«»’…\u00a0\u202fДαب→−" {
		assert.True(t, CanDraw(r), "%U %c", r, r)
	}
	for _, r := range "🍪א中\u0007" {
		assert.False(t, CanDraw(r), "%U %c", r, r)
	}
}
