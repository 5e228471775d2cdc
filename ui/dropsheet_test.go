package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/store"
)

// kahootCSV is a quiz laid out as Kahoot's template, saved as CSV by a
// French Excel: semicolons, Windows-1252 (the accents), CRLF.
func kahootCSV(rows ...string) []byte {
	lines := append([]string{
		"Quiz template;;;;;;",
		"Question - max 120 characters;Answer 1 - max 75 characters;Answer 2 - max 75 characters;Answer 3 - max 75 characters;Answer 4 - max 75 characters;Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs;Correct answer(s) - choose at least one",
	}, rows...)
	text := strings.Join(lines, "\r\n") + "\r\n"
	var b []byte
	for _, r := range text {
		switch r {
		case 'é':
			b = append(b, 0xE9)
		case 'à':
			b = append(b, 0xE0)
		case '€':
			b = append(b, 0x80)
		default:
			b = append(b, string(r)...)
		}
	}
	return b
}

// TestADroppedSpreadsheetBecomesADeck drops a Kahoot quiz saved as CSV on
// the game: it becomes a deck, kept and offered at once, as declic import
// makes it; a quiz with a mistake is refused with the cell at fault.
func TestADroppedSpreadsheetBecomesADeck(t *testing.T) {
	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	dir := t.TempDir()

	quiz := filepath.Join(dir, "quiz-arnaques.csv")
	require.NoError(t, os.WriteFile(quiz, kahootCSV(
		"Un SMS demande de payer 1,50 € de frais de livraison. Que faire ?;Payer vite;Supprimer le SMS;Répondre STOP;;20;2",
		"Une banque demande-t-elle un code par SMS ?;Vrai;Faux;;;10;2",
	), 0o644))
	notice := d.addDecks(onDisk(&virtualFS{paths: []string{quiz}}))
	assert.Contains(t, notice, "Jeu ajouté", notice)
	deck := d.Library.Find("quiz-arnaques", "fr")
	require.NotNil(t, deck, notice)
	require.Len(t, deck.Cards, 2)
	assert.Equal(t, "Un SMS demande de payer 1,50 € de frais de livraison. Que faire ?", deck.Cards[0].Text, "the accents read from Windows-1252")
	assert.Equal(t, 20, deck.Cards[0].Seconds)
	entries, _ := os.ReadDir(shelf.Dir)
	assert.NotEmpty(t, entries, "kept on the shelf")

	broken := filepath.Join(dir, "quiz-faux.csv")
	require.NoError(t, os.WriteFile(broken, kahootCSV(
		"Qui a inventé le Web ?;Tim Berners-Lee;Bill Gates;Steve Jobs;;20;5",
	), 0o644))
	notice = d.addDecks(onDisk(&virtualFS{paths: []string{broken}}))
	assert.Contains(t, notice, "quiz-faux.csv ne devient pas un jeu", notice)
	assert.Contains(t, notice, "quiz-faux.csv:G3", notice)
	assert.Nil(t, d.Library.Find("quiz-faux", "fr"), "nothing added")
}
