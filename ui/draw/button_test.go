package draw

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAButtonRowSharesOneSize: the end screen's buttons, on a laptop with
// large text, need different sizes on their own (« Accueil » fits large,
// « Nouvelle partie avec les mêmes équipes » does not); given the smallest
// (what DrawButtonRow does), every label is drawn at it.
func TestAButtonRowSharesOneSize(t *testing.T) {
	k := testKit(t)
	k.Metrics = NewMetrics(1366, 768, 1.4)
	row := Rect{X: 0, Y: 0, W: 1300, H: 100}.Cols(4, 20)
	buttons := []Button{
		{Label: "Exporter les scores (CSV)", Key: "1", Rect: row[0], Primary: true},
		{Label: "Bilan (PDF)", Key: "2", Rect: row[1]},
		{Label: "Nouvelle partie avec les mêmes équipes", Key: "3", Rect: row[2]},
		{Label: "Accueil", Key: "4", Rect: row[3]},
	}
	sizes := map[float64]bool{}
	smallest := k.Px(SizeBody)
	for _, b := range buttons {
		s := k.LabelSize(b)
		sizes[s] = true
		smallest = min(smallest, s)
	}
	assert.Greater(t, len(sizes), 1, "on their own the labels take different sizes")
	for _, b := range buttons {
		b.Size = smallest
		assert.InDeltaf(t, smallest, k.LabelSize(b), 1e-9, "%s at the row's size", b.Label)
	}
}
