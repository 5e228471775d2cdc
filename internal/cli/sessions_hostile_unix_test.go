//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
)

// promptly runs f and fails the test when it has not returned within a
// minute: what it guards against is a wait without end (a FIFO opened for
// reading), not slowness.
func promptly(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("still waiting after a minute: a file that is not a regular file was opened for reading")
	}
}

// TestExportDeckThatIsNoFile exports workshops whose deck was played from
// a path that is now a FIFO, or a link to /dev/zero: the export says the
// deck cannot be found, at once, and reads nothing endless.
func TestExportDeckThatIsNoFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "piege.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	zero := filepath.Join(dir, "zero.toml")
	require.NoError(t, os.Symlink("/dev/zero", zero))
	for _, path := range []string{fifo, zero} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			w := newWorkshop(t)
			s := w.session(t, time.Date(2026, 11, 29, 10, 0, 0, 0, lyon), "Renards", "Hiboux")
			g := w.newGame(t, s, "atelier", game.Settings{InOrder: true})
			w.play(t, s, answer(0, 0))
			g.Deck = game.DeckRef{ID: "piege", Language: "fr", Path: path, Title: "Piège"}
			require.NoError(t, store.Folder{Dir: filepath.Join(w.home, "sessions")}.Save(s))

			var status int
			var stderr string
			promptly(t, func() {
				status, _, stderr = w.run("fr_FR.UTF-8", "export", s.ID, "-o", filepath.Join(t.TempDir(), "x.csv"))
			})
			assert.Equal(t, ExitInvalid, status)
			assert.Equal(t, "Le jeu « Piège » (piege) de la partie 1 est introuvable ou invalide : vérifiez-le avec « declic check », ou indiquez son dossier avec --decks DOSSIER.\n", stderr)
		})
	}
}

// TestSessionFileThatIsNoFile puts a FIFO and a link to /dev/zero where
// session files go: they are not listed, and exporting them says they
// cannot be read, at once.
func TestSessionFileThatIsNoFile(t *testing.T) {
	w := newWorkshop(t)
	dir := filepath.Join(w.home, "sessions")
	if err := syscall.Mkfifo(filepath.Join(dir, "2026-11-29-100000.json"), 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "2026-11-29-110000.json")))
	var before string
	promptly(t, func() { _, before, _ = w.run("en_GB.UTF-8", "sessions") })
	assert.NotContains(t, before, "2026-11-29")
	for _, id := range []string{"2026-11-29-100000", "2026-11-29-110000"} {
		var status int
		var stderr string
		promptly(t, func() {
			status, _, stderr = w.run("en_GB.UTF-8", "export", id, "-o", filepath.Join(t.TempDir(), "x.csv"))
		})
		assert.Equal(t, ExitInvalid, status)
		assert.Contains(t, stderr, "Workshop "+id+" cannot be read")
	}
}
