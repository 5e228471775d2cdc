//go:build !js

package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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
	require.NoError(t, writeAtomic(file, []byte("old"), 0o600, nil))
	ran := false
	require.NoError(t, writeAtomic(file, []byte("new"), 0o600, func() error {
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
	require.NoError(t, writeAtomic(file, []byte("old"), 0o600, nil))
	refused := errors.New("refused")
	err := writeAtomic(file, []byte("new"), 0o600, func() error { return refused })
	assert.ErrorIs(t, err, refused)
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, "old", string(data))
	assert.Equal(t, []string{"a.csv"}, dirNames(t, dir))

	busy := filepath.Join(dir, "busy")
	require.NoError(t, os.MkdirAll(filepath.Join(busy, "inside"), 0o755))
	assert.Error(t, writeAtomic(busy, []byte("new"), 0o600, nil))
	assert.DirExists(t, filepath.Join(busy, "inside"))
	assert.Equal(t, []string{"a.csv", "busy"}, dirNames(t, dir))

	assert.Error(t, writeAtomic(filepath.Join(dir, "missing", "b.csv"), []byte("new"), 0o600, nil), "the folder must exist")
	assert.Equal(t, []string{"a.csv", "busy"}, dirNames(t, dir))
}

// TestWriteAtomicKeepsThePermissionsAsked: a session stays its owner's
// (0600), a kept deck is readable by the computer's other users (0644), as
// when the shelf wrote it with os.WriteFile.
func TestWriteAtomicKeepsThePermissionsAsked(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no Unix permissions")
	}
	dir := t.TempDir()
	for _, perm := range []os.FileMode{0o600, 0o644} {
		file := filepath.Join(dir, fmt.Sprintf("file-%o", perm))
		require.NoError(t, writeAtomic(file, []byte("x"), perm, nil))
		info, err := os.Stat(file)
		require.NoError(t, err)
		assert.Equal(t, perm, info.Mode().Perm())
	}
}
