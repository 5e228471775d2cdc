package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPrint(t *testing.T) {
	out := filepath.Join(t.TempDir(), "decouverte.pdf")
	status, stdout, stderr := runFor(t, "fr_FR.UTF-8", "print", "decouverte", "-o", out)
	require.Equal(t, ExitOK, status, stderr)
	assert.Regexp(t, `^Planches écrites : .*decouverte\.pdf \(\d+ pages\)\.\n$`, stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte("%PDF-")))

	status, _, stderr = runFor(t, "en_GB.UTF-8", "print", valid+"/board.toml", "-o", filepath.Join(t.TempDir(), "board.pdf"))
	assert.Equal(t, ExitOK, status, "a deck by its path: %s", stderr)

	status, _, stderr = runFor(t, "fr_FR.UTF-8", "print", "decouverte")
	assert.Equal(t, ExitUsage, status)
	assert.Contains(t, stderr, "declic print attend un jeu et le fichier à écrire")
	status, _, stderr = runFor(t, "fr_FR.UTF-8", "print", "inconnu", "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Contains(t, stderr, "« inconnu »")
	status, _, stderr = runFor(t, "en_GB.UTF-8", "print", valid+"/arabic.toml", "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Contains(t, stderr, "cannot print a right-to-left deck yet")
}
