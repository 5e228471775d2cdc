package bundle

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// loaded returns the decks of paths, failing on any problem.
func loaded(t *testing.T, paths ...string) []*cards.Deck {
	t.Helper()
	var all []*cards.Deck
	for _, p := range paths {
		decks, problems := cards.LoadPath(p)
		require.Zero(t, problems.Errors(), p)
		all = append(all, decks...)
	}
	return all
}

func TestArchiveCarriesDecksAndTheirPictures(t *testing.T) {
	decks := loaded(t, "../../decks/en", "../../cards/testdata/valid")
	archive, err := Archive(decks)
	require.NoError(t, err)
	fsys, err := Read(archive)
	require.NoError(t, err)

	again, problems := cards.LoadFS(fsys, ".", "famille/")
	require.Zero(t, problems.Errors(), "every deck loads back, pictures and sounds included")
	require.Len(t, again, len(decks))
	byKey := make(map[string]*cards.Deck)
	for _, d := range again {
		byKey[d.ID+"/"+d.Language] = d
	}
	for _, d := range decks {
		got := byKey[d.ID+"/"+d.Language]
		require.NotNil(t, got, d.ID)
		assert.Equal(t, d.Cards, got.Cards, d.ID)
		for _, c := range got.Cards {
			if c.Image != "" {
				want, err := fs.ReadFile(d.Assets, c.Image)
				require.NoError(t, err)
				have, err := fs.ReadFile(got.Assets, c.Image)
				require.NoError(t, err, "%s: %s", d.ID, c.Image)
				assert.Equal(t, want, have)
			}
		}
	}
}

func TestArchiveLeavesOutFilesNoCardUses(t *testing.T) {
	dir := t.TempDir()
	deck := "format = 1\n\n[deck]\nid = \"petit\"\ntitle = \"Petit\"\nlanguage = \"fr\"\n\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"Une question ?\"\nexplanation = \"Une réponse.\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "petit.toml"), []byte(deck), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "film-de-vacances.mp4"), make([]byte, 1<<20), 0o644))
	archive, err := Archive(loaded(t, dir))
	require.NoError(t, err)
	assert.Less(t, len(archive), 4096, "the 1 MB video no card uses stays out")
	fsys, err := Read(archive)
	require.NoError(t, err)
	names, err := fs.Glob(fsys, "*/*")
	require.NoError(t, err)
	assert.Equal(t, []string{"petit.fr/petit.toml"}, names)
}

func TestProgramAppendedAndReplaced(t *testing.T) {
	dir := t.TempDir()
	exe := bytes.Repeat([]byte("MZ program "), 500)
	plain := filepath.Join(dir, "declic.exe")
	require.NoError(t, os.WriteFile(plain, exe, 0o755))
	fsys, err := Appended(plain)
	require.NoError(t, err)
	assert.Nil(t, fsys, "the program as built carries no decks")

	first, err := Archive(loaded(t, "../../cards/testdata/valid"))
	require.NoError(t, err)
	second, err := Archive(loaded(t, "../../decks/fr"))
	require.NoError(t, err)
	once := Program(exe, first)
	twice := Program(once, second)
	assert.Equal(t, len(exe)+len(second)+trailerSize, len(twice), "bundling a bundled program replaces its decks")
	assert.Equal(t, exe, twice[:len(exe)])

	famille := filepath.Join(dir, "famille.exe")
	require.NoError(t, os.WriteFile(famille, twice, 0o755))
	fsys, err = Appended(famille)
	require.NoError(t, err)
	require.NotNil(t, fsys)
	decks, problems := cards.LoadFS(fsys, ".", "famille/")
	assert.Empty(t, problems)
	assert.Len(t, decks, len(loaded(t, "../../decks/fr")))

	_, err = Read([]byte("PK not a zip"))
	assert.Error(t, err)
}
