//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"

	"declic/cards"
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

// TestFilesThatAreNoFiles resumes workshops whose deck path is a FIFO or a
// link to /dev/zero, with the finder the game uses (cards.LoadFile), and
// workshops whose session file is one: each answers at once, the deck as
// not found, the file as damaged, and the listing never waits on them.
func TestFilesThatAreNoFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "piege.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	zero := filepath.Join(dir, "zero.toml")
	require.NoError(t, os.Symlink("/dev/zero", zero))
	byPath := func(ref game.DeckRef) (*cards.Deck, error) {
		if d, _ := cards.LoadFile(ref.Path); d != nil {
			return d, nil
		}
		return nil, errors.New("not a deck")
	}
	deck := parseStoreDeck(t, storeDeck)
	for _, path := range []string{fifo, zero} {
		st := Folder{Dir: t.TempDir()}
		s := newStoreSession(t, deck)
		storePlay(t, s, storeMoves[0])
		s.Games[0].Deck.Path = path
		require.NoError(t, st.Save(s))
		st.Release()
		var err error
		promptly(t, func() { _, err = st.Resume(s.ID, byPath) })
		assert.ErrorIs(t, err, game.ErrNoDeck, path)
	}

	st := Folder{Dir: t.TempDir()}
	require.NoError(t, os.MkdirAll(st.Dir, 0o755))
	require.NoError(t, syscall.Mkfifo(st.path("2026-11-29-100000"), 0o644))
	require.NoError(t, os.Symlink("/dev/zero", st.path("2026-11-29-110000")))
	require.NoError(t, os.Symlink("/dev/zero", st.path("2026-11-29-120000")+".bak"))
	for _, id := range []string{"2026-11-29-100000", "2026-11-29-110000", "2026-11-29-120000"} {
		var err error
		promptly(t, func() { _, err = st.Resume(id, storeFinder(deck)) })
		assert.ErrorIs(t, err, ErrCorrupt, id)
	}
	promptly(t, func() {
		list, err := st.List()
		require.NoError(t, err)
		assert.Empty(t, list, "what is not a regular file is no session")
	})
}
