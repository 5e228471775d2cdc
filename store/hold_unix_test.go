//go:build unix

package store

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// holdElsewhere takes the lock of the workshop id as another instance of
// the game would, on a file descriptor of its own, and returns what gives
// it back.
func holdElsewhere(t *testing.T, st Folder, id string) (release func()) {
	t.Helper()
	f, err := os.OpenFile(st.lockPath(id), os.O_RDWR|os.O_CREATE, 0o644)
	require.NoError(t, err)
	require.NoError(t, syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB))
	t.Cleanup(func() { f.Close() })
	return func() { f.Close() }
}

func TestAnotherInstanceHoldsTheWorkshop(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))
	st.Release()
	release := holdElsewhere(t, st, s.ID)

	_, err := st.Resume(s.ID, storeFinder(deck))
	assert.ErrorIs(t, err, ErrHeld)
	storePlay(t, s, storeMoves[2])
	assert.ErrorIs(t, st.Save(s), ErrHeld, "a save would erase the other instance's moves")
	assert.ErrorIs(t, st.Rename(s.ID, "x"), ErrHeld)
	assert.ErrorIs(t, st.Delete(s.ID), ErrHeld)
	saving := filepath.Join(st.Dir, "."+s.ID+".json.tmp-7") // the other instance's save in progress
	require.NoError(t, os.WriteFile(saving, []byte("{"), 0o644))
	got, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err, "reading it is allowed: declic export")
	assert.Len(t, got.Games[0].Events, 2)
	assert.FileExists(t, saving, "reading it touches none of its files")
	list, err := st.List()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.NoError(t, list[0].Err)

	// A new workshop started the same second takes another id.
	other := newStoreSession(t, deck)
	storePlay(t, other, storeMoves[0])
	require.NoError(t, st.Save(other))
	assert.Equal(t, s.ID+"-2", other.ID)

	// Once the other instance is closed, the workshop is free again.
	release()
	got, err = st.Resume(s.ID, storeFinder(deck))
	require.NoError(t, err)
	storePlay(t, got, storeMoves[2])
	require.NoError(t, st.Save(got))
	assert.Equal(t, s.ID, got.ID, "saved in place")
	again, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Len(t, again.Games[0].Events, 3)
}

// TestResumeFromAReadOnlyFolder resumes a workshop whose folder cannot be
// written, where no lock file can be made: it is shown all the same, and
// saving it fails as it did before there were locks.
func TestResumeFromAReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes in read-only folders")
	}
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))
	st.Release()
	require.NoError(t, os.Remove(st.lockPath(s.ID)))
	require.NoError(t, os.Chmod(st.Dir, 0o555))
	t.Cleanup(func() { os.Chmod(st.Dir, 0o755) })

	got, err := st.Resume(s.ID, storeFinder(deck))
	require.NoError(t, err)
	storePlay(t, got, storeMoves[2])
	assert.Error(t, st.Save(got))
}

// TestResumeWithoutALockFile resumes a workshop whose lock file cannot be
// made (a folder is in its place, as a read-only folder would refuse it,
// even to root): the workshop is shown all the same.
func TestResumeWithoutALockFile(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))
	st.Release()
	require.NoError(t, os.Remove(st.lockPath(s.ID)))
	require.NoError(t, os.Mkdir(st.lockPath(s.ID), 0o755))

	got, err := st.Resume(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Len(t, got.Games[0].Events, 2)
}
