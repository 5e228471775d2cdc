package sheets

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/internal/safefile"
	"declic/internal/safefile/safefiletest"
)

// TestPicturesThatAreNotFilesAreLeftOut prints a deck whose pictures became
// a FIFO and a link to /dev/zero after the deck was checked: the sheets are
// printed without them, instead of waiting forever for the FIFO or reading
// /dev/zero until memory runs out.
func TestPicturesThatAreNotFilesAreLeftOut(t *testing.T) {
	for _, make := range []func(t testing.TB, dir, name string) string{safefiletest.Fifo, safefiletest.Zero} {
		dir := t.TempDir()
		make(t, dir, "photo.png")
		src := "format = 1\n[deck]\nid = \"photos\"\ntitle = \"Photos\"\nlanguage = \"fr\"\n" +
			"[[card]]\ntype = \"verdict\"\nclaim = \"Une photo\"\nanswer = \"vrai\"\nimage = \"photo.png\"\n"
		deck, problems := cards.Parse("photos.toml", []byte(src), nil)
		require.Zero(t, problems.Errors(), "%v", problems)
		deck.Assets = safefile.Dir(dir)
		tr, err := assets.NewTranslator("fr")
		require.NoError(t, err)
		safefiletest.Within(t, func() {
			_, err = PDF(deck, tr, Options{})
		})
		assert.NoError(t, err)
	}
}

// TestPicturesAreReadThroughALimit prints a deck whose picture grew past
// cards.MaxAssetSize after the deck was checked (a sparse file, which takes
// no room on disk): it is left out unread, not read whole into memory.
func TestPicturesAreReadThroughALimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "photo.png")
	require.NoError(t, os.WriteFile(big, nil, 0o644))
	require.NoError(t, os.Truncate(big, 2*cards.MaxAssetSize))
	src := "format = 1\n[deck]\nid = \"photos\"\ntitle = \"Photos\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"Une photo\"\nanswer = \"vrai\"\nimage = \"photo.png\"\n"
	deck, problems := cards.Parse("photos.toml", []byte(src), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	deck.Assets = os.DirFS(dir)
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = PDF(deck, tr, Options{})
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(cards.MaxAssetSize/2), "bytes allocated printing")
}
