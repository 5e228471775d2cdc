package workbook

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportSpeaksTheSheet checks, in golden files read by eye, that what
// an import says names what the person sees in their sheet: column titles
// as their header row writes them, not the deck format's keys; card kinds
// by the template's type words; a missing field at its column's cell; and
// Kahoot's own gaps (no explanation column, no time column) said once.
func TestImportSpeaksTheSheet(t *testing.T) {
	csv := func(rows ...string) []byte { return []byte(strings.Join(rows, "\r\n") + "\r\n") }
	kahootFr := func(questions ...[]string) []byte {
		rows := kahootRows(questions...)
		rows[7] = []string{"", "Question - 120 caractères max", "Réponse 1 - 75 caractères max", "Réponse 2 - 75 caractères max",
			"Réponse 3 - 75 caractères max", "Réponse 4 - 75 caractères max", "Réponse(s) correcte(s) - choisissez-en au moins une", "Explication", "Source"}
		return xlsxOf(t, sheetData{name: "Feuille1", rows: rows})
	}
	for _, tc := range []struct {
		name, file string
		data       []byte
	}{
		{"template-missing-and-wrong", "cols.csv", csv(
			"Type;Texte;Réponse 1;Réponse 2;Bonne réponse;Explication;Indices;Secondes;Notes",
			"verdict;;;;vrai;Parce que.;;;",
			"devinette;;;;le cloud;;;;",
			"choix;Quelle réponse ?;Seule;;1;Une seule.;;;",
			"vrai/faux;Une affirmation.;;;faux;;;dix;Ma note à moi",
			"True or false;Une autre.;;;vrai;Oui.;;;",
		)},
		{"template-many-without-explanation", "sans.csv", csv(
			"Type;Texte;Bonne réponse;Explication",
			"verdict;Un;vrai;", "verdict;Deux;faux;", "verdict;Trois;vrai;", "verdict;Quatre;faux;",
			"verdict;Cinq;vrai;", "verdict;Six;faux;", "verdict;Sept;vrai;",
		)},
		{"template-deck-sheet", "jeu.xlsx", xlsxOf(t,
			sheetData{name: "Cartes", rows: [][]string{{"Type", "Texte", "Bonne réponse", "Explication"}, {"verdict", "Un.", "vrai", "Oui."}}},
			sheetData{name: "Jeu", rows: [][]string{{"Rubrique", "Valeur"}, {"Titre", "Mon jeu"}, {"Secondes pour répondre", "trente"}}},
		)},
		{"template-empty", "v-empty.csv", csv("Type;Texte;Bonne réponse;Explication")},
		{"kahoot-french-headers", "quiz.xlsx", kahootFr(
			[]string{"Une photo peut mentir.", "Vrai", "Faux", "", "", "1,2", "", ""},
			[]string{"Le Wi-Fi date de 2015.", "Vrai", "Faux", "", "", "2", "Il date de 1997.", "https://fr.wikipedia.org/wiki/Wi-Fi"},
		)},
		{"kahoot-answer-number", "quiz.xlsx", xlsxOf(t, sheetData{name: "Sheet1", rows: kahootRows(
			[]string{"How many legs has a spider?", "6", "8", "10", "", "20", "5"},
		)})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, "import/"+tc.name+".golden", report(t, tc.file, tc.data, Options{Lang: "fr"}))
		})
	}
}

// TestKahootExtraColumns reads the columns a facilitator adds to Kahoot's
// template, by any of their names, into the cards' explanation and source.
func TestKahootExtraColumns(t *testing.T) {
	for _, why := range []string{"Explanation", "Explication", "Pourquoi", "Why"} {
		t.Run(why, func(t *testing.T) {
			rows := kahootRows([]string{"The Earth is flat.", "True", "False", "", "", "20", "2", "It is round.", "NASA"})
			rows[7] = append(rows[7], why, "Sources")
			book, err := Read("quiz.xlsx", xlsxOf(t, sheetData{name: "Sheet1", rows: rows}))
			require.NoError(t, err)
			r, err := Import(book, Options{Lang: "en"})
			require.NoError(t, err)
			require.NotNil(t, r.Deck, "%v", r.Problems)
			assert.Equal(t, "It is round.", r.Deck.Cards[0].Explanation)
			assert.Equal(t, "NASA", r.Deck.Cards[0].Source)
			assert.Empty(t, r.Problems)
		})
	}
}
