//go:build !js

package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dirNames returns the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestWriteAtomicReplacesWhole: the new content takes the old one's place,
// and nothing else is left in the folder.
func TestWriteAtomicReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "settings.toml")
	require.NoError(t, writeAtomic(file, []byte("old"), nil))
	ran := false
	require.NoError(t, writeAtomic(file, []byte("new"), func() error {
		ran = true
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		assert.Equal(t, "old", string(data), "beforeRename runs while the old file is still in place")
		return nil
	}))
	assert.True(t, ran)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "new", string(data))
	assert.Equal(t, []string{"settings.toml"}, dirNames(t, dir))
}

// TestWriteAtomicFailureLeavesTheOldFile: a write that fails, before the
// rename (beforeRename refuses) or at it (the place is a folder that is
// not empty), leaves the old content whole and no temporary file behind.
func TestWriteAtomicFailureLeavesTheOldFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.csv")
	require.NoError(t, writeAtomic(file, []byte("old"), nil))
	refused := errors.New("refused")
	err := writeAtomic(file, []byte("new"), func() error { return refused })
	assert.ErrorIs(t, err, refused)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "old", string(data))
	assert.Equal(t, []string{"a.csv"}, dirNames(t, dir))

	busy := filepath.Join(dir, "busy")
	require.NoError(t, os.MkdirAll(filepath.Join(busy, "inside"), 0o755))
	assert.Error(t, writeAtomic(busy, []byte("new"), nil))
	assert.DirExists(t, filepath.Join(busy, "inside"))
	assert.Equal(t, []string{"a.csv", "busy"}, dirNames(t, dir))

	assert.Error(t, writeAtomic(filepath.Join(dir, "missing", "b.csv"), []byte("new"), nil), "the folder must exist")
	assert.Equal(t, []string{"a.csv", "busy"}, dirNames(t, dir))
}
