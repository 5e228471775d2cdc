//go:build !js

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"declic/internal/safefile"
	"declic/lan"
)

// maxRoomSize bounds room.json: a code, a key, a port and a few hundred
// seats.
const maxRoomSize = 1 << 20

// roomFile returns where the room is kept: room.json beside the sessions'
// folder, in DECLIC_HOME (the sessions' folder lists its *.json as
// sessions).
func (st Folder) roomFile() string { return filepath.Join(filepath.Dir(st.Dir), "room.json") }

// LoadRoom returns the room kept by the last run (lan.Keeper): a zero
// lan.Saved and no error when none is kept, an error when room.json cannot
// be read or is damaged (the room then opens anew).
func (st Folder) LoadRoom() (lan.Saved, error) {
	data, err := safefile.ReadFile(st.roomFile(), maxRoomSize)
	if errors.Is(err, fs.ErrNotExist) {
		return lan.Saved{}, nil
	}
	if err != nil {
		return lan.Saved{}, fmt.Errorf("reading the room: %w", err)
	}
	var r lan.Saved
	if err := json.Unmarshal(data, &r); err != nil {
		return lan.Saved{}, fmt.Errorf("reading the room %s: %w: %v", st.roomFile(), errDamaged, err)
	}
	return r, nil
}

// SaveRoom keeps the room for the next run (lan.Keeper) in room.json,
// through the one atomic write of the stores, readable by its owner only:
// it holds the console's key and the seats' tokens.
func (st Folder) SaveRoom(r lan.Saved) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(st.roomFile()), 0o755); err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	if err := writeAtomic(st.roomFile(), data, 0o600, nil); err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	return nil
}

var _ lan.Keeper = Folder{}
