package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSessionOfNullGame lists and exports a workshop whose file holds a
// game that is null, with a checksum that makes it pass for sound: it is
// a damaged save, in words, and the other workshops export as before.
func TestSessionOfNullGame(t *testing.T) {
	w := newWorkshop(t)
	id := "2026-11-29-100000"
	body := `{"id":"` + id + `","started":"2026-11-29T10:00:00Z","updated":"2026-11-29T10:00:00Z",` +
		`"teams":[{"name":"Renards","colour":0,"symbol":0}],"games":[null]}`
	sum := sha256.Sum256([]byte(body))
	file := fmt.Sprintf(`{"format":1,"checksum":%q,"session":%s}`, hex.EncodeToString(sum[:]), body)
	require.NoError(t, os.WriteFile(filepath.Join(w.home, "sessions", id+".json"), []byte(file), 0o644))

	status, stdout, stderr := w.run("en_GB.UTF-8", "sessions")
	assert.Equal(t, ExitOK, status, stderr)
	var line string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, id) {
			line = l
		}
	}
	assert.Contains(t, line, "damaged save: this workshop cannot be read")

	status, _, stderr = w.run("en_GB.UTF-8", "export", id, "-o", filepath.Join(t.TempDir(), "x.csv"))
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Workshop "+id+" cannot be read: its save is damaged, or one of its decks has changed since the workshop.\n", stderr)

	out := filepath.Join(t.TempDir(), "latest.csv")
	status, _, stderr = w.run("en_GB.UTF-8", "export", "-o", out)
	assert.Equal(t, ExitOK, status, stderr)
	assert.FileExists(t, out)
}
