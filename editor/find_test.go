package editor

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/decks"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	s, err := New(dir, decks.FS, "fr")
	require.NoError(t, err)

	// A bundled deck named: the person's version of it, made once.
	rel, err := s.Find("infox", "fr")
	require.NoError(t, err)
	assert.Equal(t, "infox-copie.fr/infox.toml", rel)
	again, err := s.Find("infox-copie", "fr")
	require.NoError(t, err)
	assert.Equal(t, rel, again, "the version, found by its id")

	// A file of the decks folder, by its path.
	got, err := s.Find(filepath.Join(dir, "infox-copie.fr", "infox.toml"), "fr")
	require.NoError(t, err)
	assert.Equal(t, rel, got)

	// A file elsewhere is not the editor's to write.
	other := filepath.Join(t.TempDir(), "ailleurs.toml")
	require.NoError(t, os.WriteFile(other, []byte("format = 1\n"), 0o644))
	_, err = s.Find(other, "fr")
	assert.ErrorContains(t, err, "dossier des decks")

	_, err = s.Find("inconnu", "fr")
	assert.ErrorContains(t, err, "n’existe pas")
}

func TestBrowserCommand(t *testing.T) {
	tests := []struct {
		goos, name string
		args       []string
	}{
		{"windows", "rundll32", []string{"url.dll,FileProtocolHandler", "http://127.0.0.1:1/"}},
		{"darwin", "open", []string{"http://127.0.0.1:1/"}},
		{"linux", "xdg-open", []string{"http://127.0.0.1:1/"}},
		{"freebsd", "xdg-open", []string{"http://127.0.0.1:1/"}},
	}
	for _, tt := range tests {
		name, args := browserCommand(tt.goos, "http://127.0.0.1:1/")
		assert.Equal(t, tt.name, name, tt.goos)
		assert.Equal(t, tt.args, args, tt.goos)
	}
}
