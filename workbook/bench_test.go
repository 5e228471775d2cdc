package workbook

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"declic/cards"
)

// BenchmarkImport1000 imports a 1,000-question Kahoot quiz (.xlsx) the
// whole way (read, recognised, written as a deck file, checked by
// cards.Parse), against excelize's bare read of the same file (open,
// GetRows) in the same run: the goal is at most 1.5 times the bare read.
func BenchmarkImport1000(b *testing.B) {
	questions := make([][]string, 1000)
	for i := range questions {
		q := []string{fmt.Sprintf("Question numéro %d : laquelle de ces réponses est la bonne ?", i+1),
			"Première réponse", "Deuxième réponse", "Troisième réponse", "Quatrième réponse", "20", "2"}
		if i%4 == 0 {
			q = []string{fmt.Sprintf("Affirmation numéro %d, vraie ou fausse.", i+1), "Vrai", "Faux", "", "", "10", "1"}
		}
		questions[i] = q
	}
	rows := append([][]string{}, kahootInstructions...)
	for i, q := range questions {
		rows = append(rows, append([]string{fmt.Sprint(i + 1)}, q...))
	}
	data := xlsxOf(b, sheetData{name: "Sheet1", rows: rows})

	b.Run("excelize-GetRows", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			f, err := excelize.OpenReader(bytes.NewReader(data))
			require.NoError(b, err)
			got, err := f.GetRows("Sheet1")
			require.NoError(b, err)
			require.Len(b, got, 1008)
			f.Close()
		}
	})
	// The two halves of an import, to tell where its time goes.
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			_, err := Read("quiz.xlsx", data)
			require.NoError(b, err)
		}
	})
	book, err := Read("quiz.xlsx", data)
	require.NoError(b, err)
	r, err := Import(book, Options{Lang: "fr"})
	require.NoError(b, err)
	text := r.Text
	b.Run("cards.Parse", func(b *testing.B) {
		for b.Loop() {
			d, _ := cards.Parse("quiz.toml", text, nil)
			require.NotNil(b, d)
		}
	})
	b.Run("import", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			book, err := Read("quiz.xlsx", data)
			require.NoError(b, err)
			r, err := Import(book, Options{Lang: "fr"})
			require.NoError(b, err)
			require.Len(b, r.Deck.Cards, 1000)
		}
	})
}
