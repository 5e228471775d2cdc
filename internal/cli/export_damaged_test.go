package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportOnlyDamaged exports with no workshop named when the only one
// saved is damaged: it is named as damaged, as declic sessions lists it,
// where export said that no workshop was saved.
func TestExportOnlyDamaged(t *testing.T) {
	w := newWorkshop(t)
	dir := filepath.Join(w.home, "sessions")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() != w.broken+".json" {
			require.NoError(t, os.Remove(filepath.Join(dir, e.Name())))
		}
	}
	out := filepath.Join(t.TempDir(), "x.csv")
	status, stdout, stderr := w.run("fr_FR.UTF-8", "export", "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Empty(t, stdout)
	assert.Equal(t, "L'atelier 2026-11-27-100000 ne peut pas être relu : son enregistrement est abîmé, ou un de ses jeux a changé depuis l'atelier.\n", stderr)
	assert.NoFileExists(t, out)
}
