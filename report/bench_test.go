//go:build !js

package report

import (
	"testing"

	"declic/assets"
	"declic/game"
	"declic/sheets"
)

// BenchmarkReport writes the report of a workshop of three games and six
// teams (the infox deck whole, four debates, the riddles whole), against
// `declic print` of the infox deck (sheets.PDF, compressed as the command
// writes it) in the same run, for BENCHMARKS.md.
func BenchmarkReport(b *testing.B) {
	tr, err := assets.NewTranslator("fr")
	if err != nil {
		b.Fatal(err)
	}
	s := workshop(b, "fr", 6)
	infox := bundledDeck(b, "infox", "fr")
	playGame(b, s, infox, game.Settings{}, 1)
	playGame(b, s, bundledDeck(b, "nuance", "fr"), game.Settings{Cards: 4}, 2)
	playGame(b, s, bundledDeck(b, "qui-suis-je-numerique", "fr"), game.Settings{}, 3)
	b.Run("report-3-games-6-teams", func(b *testing.B) {
		for b.Loop() {
			if _, err := PDF(s, tr); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("print-infox", func(b *testing.B) {
		for b.Loop() {
			if _, err := sheets.PDF(infox, tr, sheets.Options{Compress: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
