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

	// A file elsewhere is copied into the folder with its picture, under
	// its id while it is free; a broken one says why.
	elsewhere := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(elsewhere, "img"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(elsewhere, "img", "chat.png"), tinyPNG(t), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(elsewhere, "quiz.toml"), []byte(`format = 1
# un quiz reçu par courriel
[deck]
id = "quiz"
title = "Le quiz"
language = "fr"
[[card]]
type = "open"
question = "Qui est-ce ?"
image = "img/chat.png"
`), 0o644))
	got, err = s.Find(filepath.Join(elsewhere, "quiz.toml"), "fr")
	require.NoError(t, err)
	assert.Equal(t, "quiz.fr/quiz.toml", got)
	assert.FileExists(t, filepath.Join(dir, "quiz.fr", "img", "chat.png"))
	text, err := os.ReadFile(filepath.Join(dir, "quiz.fr", "quiz.toml"))
	require.NoError(t, err)
	assert.Contains(t, string(text), "# un quiz reçu par courriel")
	again, err = s.Find(filepath.Join(elsewhere, "quiz.toml"), "fr")
	require.NoError(t, err)
	assert.Equal(t, "quiz-2.fr/quiz.toml", again, "the first copy is not overwritten")

	require.NoError(t, os.WriteFile(filepath.Join(elsewhere, "casse.toml"), []byte("format = 1\n[deck]\nid = \"casse\"\n"), 0o644))
	_, err = s.Find(filepath.Join(elsewhere, "casse.toml"), "fr")
	assert.ErrorContains(t, err, "casse.toml:")

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
