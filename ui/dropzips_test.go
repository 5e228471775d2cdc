package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/internal/bundle"
	"declic/store"
)

// TestDroppedZipsWithinLimitsTogether drops a zip of decks with another
// as large as a zip may be (a sparse file): each zip is held in memory by
// the decks found in it, so that eight of 256 MB held 2 GB; together they
// are refused in words before the second is read, and nothing is kept.
func TestDroppedZipsWithinLimitsTogether(t *testing.T) {
	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	dir := t.TempDir()
	first := filepath.Join(dir, "a.zip")
	require.NoError(t, os.WriteFile(first, zipped(t, map[string][]byte{"jeu/atelier.toml": smallDeck("atelier", "L'atelier")}), 0o644))
	second := filepath.Join(dir, "b.zip")
	require.NoError(t, os.WriteFile(second, nil, 0o644))
	require.NoError(t, os.Truncate(second, bundle.MaxZipSize))

	notice := d.addDecks(onDisk(&virtualFS{paths: []string{first, second}}))
	assert.Equal(t, strings.ReplaceAll("Les archives .zip déposées font plus de 256 Mo ensemble : déposez-les une à une.", " :", "\u00a0:"), notice)
	entries, _ := os.ReadDir(shelf.Dir)
	assert.Empty(t, entries, "nothing kept")

	assert.Contains(t, d.addDecks(onDisk(&virtualFS{paths: []string{first}})), "Jeu ajouté : L'atelier", "one zip alone is added")
}
