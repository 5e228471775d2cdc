package ui

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/safefile"
	"declic/internal/safefile/safefiletest"
	"declic/store"
)

// TestCardPicturesAreReadThroughALimit shows a card whose picture grew past
// cards.MaxAssetSize after its deck was checked (a sparse file, which takes
// no room on disk): no picture, and the file is not read whole.
func TestCardPicturesAreReadThroughALimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "photo.png")
	require.NoError(t, os.WriteFile(big, nil, 0o644))
	require.NoError(t, os.Truncate(big, 2*cards.MaxAssetSize))
	d := &cards.Deck{Path: filepath.Join(dir, "photos.toml"), Assets: os.DirFS(dir)}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	img := newCardImages().get(d, &cards.Card{Image: "photo.png"})
	runtime.ReadMemStats(&after)
	assert.Nil(t, img)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(cards.MaxAssetSize/2), "bytes allocated")
}

// TestKeptDecksAreReadConfined keeps a deck, then puts a FIFO where its
// file was: the folder Keep returns is read through safefile, and the FIFO
// is refused at once instead of blocking the game.
func TestKeptDecksAreReadConfined(t *testing.T) {
	decks, problems := cards.LoadFS(fstest.MapFS{"atelier.toml": {Data: smallDeck("atelier", "L'atelier")}}, ".", "")
	require.Zero(t, problems.Errors())
	archive, err := bundle.Archive(decks)
	require.NoError(t, err)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	kept, _, err := shelf.Keep("atelier.fr", archive)
	require.NoError(t, err)
	file := filepath.Join(shelf.Dir, "atelier.fr", "atelier.toml")
	require.NoError(t, os.Remove(file))
	safefiletest.Fifo(t, filepath.Dir(file), "atelier.toml")
	safefiletest.Within(t, func() {
		_, err = safefile.ReadFS(kept, "atelier.toml", cards.MaxFileSize)
	})
	assert.True(t, errors.Is(err, safefile.ErrNotRegular), "%v", err)
}
