package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFolderShelfRefusesKeysThatAreNotDecks(t *testing.T) {
	shelf := FolderShelf{Dir: t.TempDir()}
	for _, key := range []string{"", "..", "../x", `a\b`, "a/b", "c:x"} {
		_, _, err := shelf.Keep(key, nil)
		assert.Error(t, err, key)
	}
}

// TestFolderShelfWritesADeckMadeInTheGame: the creation workshop's deck
// lands in a folder of its own, pictures beside it; a key or a name that
// would leave the folder writes nothing.
func TestFolderShelfWritesADeckMadeInTheGame(t *testing.T) {
	shelf := FolderShelf{Dir: t.TempDir()}
	files := map[string][]byte{"creation-1.toml": []byte("format = 1\n"), "photos/1.jpg": []byte("jpeg")}
	dir, err := shelf.Write("creation-1.fr", files)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(shelf.Dir, "creation-1.fr"), dir)
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for _, key := range []string{"", "..", "../x", `a\b`, "a/b"} {
		_, err := shelf.Write(key, files)
		assert.Error(t, err, key)
	}
	_, err = shelf.Write("creation-2.fr", map[string][]byte{"../out.toml": []byte("x")})
	assert.Error(t, err)
	_, err = os.Stat(filepath.Join(shelf.Dir, "out.toml"))
	assert.True(t, os.IsNotExist(err), "nothing outside the deck's folder")
}
