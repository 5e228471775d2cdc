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

func TestFontHas(t *testing.T) {
	assert.True(t, ArabicRegular.Has('ب'))
	assert.False(t, ArabicRegular.Has('('), "the Arabic font lacks the brackets: ui takes them from Noto Sans")
	assert.True(t, Regular.Has('('))
	assert.True(t, Bold.Has('é'))
	assert.True(t, ArabicBold.Has('ب'))
	assert.True(t, Symbols.Has('→'))
	assert.False(t, Regular.Has('🍪'))
}

// BenchmarkCanDraw measures the check of one character: declic check asks
// for every character of every text of a deck.
func BenchmarkCanDraw(b *testing.B) {
	s := []rune("Un requin nage dans une rue inondée de Houston — مرحبا بكم 🍪 ✓")
	for b.Loop() {
		for _, r := range s {
			CanDraw(r)
		}
	}
}
