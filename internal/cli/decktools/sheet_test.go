package decktools

import (
	"bytes"
	"declic/internal/cli"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// sheetsOf opens an .xlsx written by declic sheet and returns its sheets'
// names and the first row of the first.
func sheetsOf(t *testing.T, file string) ([]string, []string, int) {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	names := f.GetSheetList()
	rows, err := f.GetRows(names[0])
	require.NoError(t, err)
	return names, rows[0], len(rows) - 1
}

func TestSheet(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "infox.xlsx")
	status, stdout, stderr := runFor(t, "fr_FR.UTF-8", "sheet", "infox", "-o", out)
	require.Equal(t, cli.ExitOK, status, stderr)
	assert.Regexp(t, "^Tableur écrit\u00a0: .*infox\\.xlsx \\(\\d+ cartes\\)\\. Modifiez-le, puis\u00a0: declic import .*infox\\.xlsx\n$", stdout)
	names, header, cards := sheetsOf(t, out)
	assert.Equal(t, []string{"Cartes", "Jeu", "Mode d'emploi"}, names)
	assert.Equal(t, []string{"Type", "Texte", "Bonne réponse", "Explication", "Image"}, header[:5], "a card, its answer and why side by side")
	assert.Greater(t, cards, 10, "a row a card")

	out = filepath.Join(dir, "template.xlsx")
	status, stdout, stderr = runFor(t, "en_GB.UTF-8", "sheet", "-o", out)
	require.Equal(t, cli.ExitOK, status, stderr)
	assert.Equal(t, "Spreadsheet written: "+out+" (6 cards). Edit it, then: declic import "+out+"\n", stdout)
	names, header, cards = sheetsOf(t, out)
	assert.Equal(t, []string{"Cards", "Deck", "How to"}, names)
	assert.Equal(t, []string{"Type", "Text", "Right answer", "Explanation", "Picture"}, header[:5])
	assert.Equal(t, 6, cards, "the empty template: an example of each kind but the character")

	status, _, stderr = runFor(t, "en_GB.UTF-8", "sheet", valid+"/board.toml", "-o", filepath.Join(dir, "board.xlsx"))
	assert.Equal(t, cli.ExitOK, status, "a deck by its path: %s", stderr)

	status, _, stderr = runFor(t, "fr_FR.UTF-8", "sheet", "infox")
	assert.Equal(t, cli.ExitUsage, status)
	assert.Contains(t, stderr, "declic sheet attend le fichier à écrire")
	status, _, stderr = runFor(t, "fr_FR.UTF-8", "sheet", "infox", "nuance", "-o", out)
	assert.Equal(t, cli.ExitUsage, status)
	assert.Contains(t, stderr, "declic sheet attend le fichier à écrire")
	status, _, stderr = runFor(t, "en_GB.UTF-8", "sheet", "infox", "-o", filepath.Join(dir, "infox.ods"))
	assert.Equal(t, cli.ExitUsage, status)
	assert.Contains(t, stderr, "an .xlsx file")
	status, _, stderr = runFor(t, "fr_FR.UTF-8", "sheet", "inconnu", "-o", out)
	assert.Equal(t, cli.ExitInvalid, status)
	assert.Contains(t, stderr, "« inconnu »")
	status, _, stderr = runFor(t, "fr_FR.UTF-8", "sheet", "infox", "-o", filepath.Join(dir, "nowhere", "infox.xlsx"))
	assert.Equal(t, cli.ExitInvalid, status)
	assert.Contains(t, stderr, "Impossible d'écrire")
}
