package store

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFolderKeepsTheRoom: nothing kept reads as no room; a room saved
// reads back whole, from room.json in DECLIC_HOME (not among the
// sessions), readable by its owner only; a damaged file is an error.
func TestFolderKeepsTheRoom(t *testing.T) {
	home := t.TempDir()
	st := Folder{Dir: filepath.Join(home, "sessions")}
	got, err := st.LoadRoom()
	require.NoError(t, err)
	assert.Zero(t, got)

	seen := time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)
	want := Room{Code: "HKRT", Key: "k3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk3yk", Port: 8428,
		Seats: []RoomSeat{{ID: "s1", Token: "tok", Team: 1, Seen: seen}, {ID: "s2", Token: "tok2", Team: -1, Person: true, Seen: seen}}}
	require.NoError(t, st.SaveRoom(want))
	got, err = st.LoadRoom()
	require.NoError(t, err)
	assert.Equal(t, want, got)
	info, err := os.Stat(filepath.Join(home, "room.json"))
	require.NoError(t, err)
	if runtime.GOOS != "windows" {
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "the console's key is in it")
	}
	list, err := st.List()
	require.NoError(t, err)
	assert.Empty(t, list, "the room is no session")

	require.NoError(t, os.WriteFile(filepath.Join(home, "room.json"), []byte("{not json"), 0o600))
	_, err = st.LoadRoom()
	assert.ErrorIs(t, err, errDamaged)
}
