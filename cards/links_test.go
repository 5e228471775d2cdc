package cards

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadPathKeepsDecksInTheFolder: a deck file found in a folder that is
// a symbolic link to a file outside it is not read (its lines would be
// quoted in the messages); one whose link stays inside is.
func TestLoadPathKeepsDecksInTheFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "private.toml")
	require.NoError(t, os.WriteFile(outside, []byte("secret = \"motdepasse\"\n"), 0o644))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ok.toml"), []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), 0o644))
	if err := os.Symlink(outside, filepath.Join(dir, "out.toml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join("..", "ok.toml"), filepath.Join(dir, "sub", "again.toml")))

	decks, problems := LoadPath(dir)
	var texts []string
	for _, p := range problems {
		texts = append(texts, p.Text("en"))
	}
	assert.Len(t, decks, 2, "ok.toml, and its link that stays inside the folder")
	assert.Contains(t, texts, filepath.Join(dir, "out.toml")+": this deck is a symbolic link leading out of the folder "+dir+": it is not read; copy the file into the folder")
	for _, text := range texts {
		assert.NotContains(t, text, "secret")
	}
}
