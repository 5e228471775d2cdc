package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteDeckFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "quiz.fr", "img", "chat.png")
	require.NoError(t, WriteDeckFile(file, []byte("un")), "its folders made")
	require.NoError(t, WriteDeckFile(file, []byte("deux")), "replaced")
	got, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "deux", string(got))
	left, err := os.ReadDir(filepath.Dir(file))
	require.NoError(t, err)
	assert.Len(t, left, 1, "no temporary file left")

	blocked := filepath.Join(dir, "fichier")
	require.NoError(t, os.WriteFile(blocked, nil, 0o644))
	assert.ErrorContains(t, WriteDeckFile(filepath.Join(blocked, "x.toml"), nil), "saving")
}
