package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"declic/internal/safefile"
)

// MaxRoomSize bounds room.json: a code, a key, a port and a few hundred
// seats.
const MaxRoomSize = 1 << 20

// roomFile returns where the room is kept: room.json beside the sessions'
// folder, in DECLIC_HOME (the sessions' folder lists its *.json as
// sessions).
func (st Folder) roomFile() string { return filepath.Join(filepath.Dir(st.Dir), "room.json") }

// LoadRoom returns the room on the local network kept by the last run
// (lan.Keeper): the bytes SaveRoom wrote, which lan reads; nil and no
// error when none is kept. A file beyond MaxRoomSize is an error.
func (st Folder) LoadRoom() ([]byte, error) {
	data, err := safefile.ReadFile(st.roomFile(), MaxRoomSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the room: %w", err)
	}
	return data, nil
}

// SaveRoom keeps the room for the next run (lan.Keeper) in room.json,
// through the one atomic write of the stores, readable by its owner only:
// it holds the console's key and the seats' tokens.
func (st Folder) SaveRoom(data []byte) error {
	if len(data) > MaxRoomSize {
		return fmt.Errorf("saving the room: %d bytes, at most %d", len(data), MaxRoomSize)
	}
	if err := os.MkdirAll(filepath.Dir(st.roomFile()), 0o755); err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	if err := writeAtomic(st.roomFile(), data, 0o600, nil); err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	return nil
}
