package sheets

import (
	"bytes"
	"testing"

	"github.com/go-pdf/fpdf"

	"declic/assets"
	"declic/cards"
)

// BenchmarkPDF prints the bundled decks one by one: the largest text deck
// (infox, 40 cards) and the board with 24 pictures.
func BenchmarkPDF(b *testing.B) {
	for _, id := range []string{"infox", "qui-est-ce-numerique"} {
		var deck *cards.Deck
		for _, d := range bundled(b) {
			if d.ID == id {
				deck = d
			}
		}
		tr, err := assets.NewTranslator("fr")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(id, func(b *testing.B) {
			for b.Loop() {
				if _, err := PDF(deck, tr, Options{Compress: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHelloPDF is the baseline: fpdf writing one page of text with the
// same embedded fonts, compressed.
func BenchmarkHelloPDF(b *testing.B) {
	regular, err := assets.FontData(assets.Regular)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("Noto", "", regular)
		pdf.AddPage()
		pdf.SetFont("Noto", "", 12)
		pdf.Cell(40, 10, "Bonjour, Déclic !")
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			b.Fatal(err)
		}
	}
}
