package store

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFolderKeepsTheRoom: nothing kept reads as nothing; a room saved reads
// back as written, from room.json in DECLIC_HOME (not among the sessions),
// readable by its owner only; a file too big is refused both ways.
func TestFolderKeepsTheRoom(t *testing.T) {
	home := t.TempDir()
	st := Folder{Dir: filepath.Join(home, "sessions")}
	got, err := st.LoadRoom()
	require.NoError(t, err)
	assert.Nil(t, got)

	want := []byte(`{"code":"HKRT","key":"k3y","port":8428,"seats":[{"id":"s1","token":"tok","team":1}]}`)
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

	huge := bytes.Repeat([]byte("x"), MaxRoomSize+1)
	assert.Error(t, st.SaveRoom(huge))
	require.NoError(t, os.WriteFile(filepath.Join(home, "room.json"), huge, 0o600))
	_, err = st.LoadRoom()
	assert.Error(t, err)
}
