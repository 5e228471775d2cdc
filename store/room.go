package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"time"

	"declic/internal/safefile"
)

// Room is what is kept of the room on the local network between runs
// (Room): its code, console key and port, and its seats with when
// their phone was last seen. It holds no personal data: a seat is a random
// token and a team. Its types are store's so that lan, which uses it,
// stays above store and host's tests may use both.
type Room struct {
	Code  string     `json:"code"`
	Key   string     `json:"key"`
	Port  int        `json:"port"`
	Seats []RoomSeat `json:"seats,omitempty"`
}

// RoomSeat is one seat of a kept Room: Team is game.NoTeam for a person's
// seat.
type RoomSeat struct {
	ID     string    `json:"id"`
	Token  string    `json:"token"`
	Team   int       `json:"team"`
	Person bool      `json:"person,omitempty"`
	Seen   time.Time `json:"seen"`
}

// maxRoomSize bounds room.json: a code, a key, a port and a few hundred
// seats.
const maxRoomSize = 1 << 20

// roomFile returns where the room is kept: room.json beside the sessions'
// folder, in DECLIC_HOME (the sessions' folder lists its *.json as
// sessions).
func (st Folder) roomFile() string { return filepath.Join(filepath.Dir(st.Dir), "room.json") }

// LoadRoom returns the room kept by the last run (lan.Keeper): a zero
// Room and no error when none is kept, an error when room.json cannot
// be read or is damaged (the room then opens anew).
func (st Folder) LoadRoom() (Room, error) {
	data, err := safefile.ReadFile(st.roomFile(), maxRoomSize)
	if errors.Is(err, fs.ErrNotExist) {
		return Room{}, nil
	}
	if err != nil {
		return Room{}, fmt.Errorf("reading the room: %w", err)
	}
	var r Room
	if err := json.Unmarshal(data, &r); err != nil {
		return Room{}, fmt.Errorf("reading the room %s: %w: %v", st.roomFile(), errDamaged, err)
	}
	return r, nil
}

// SaveRoom keeps the room for the next run (lan.Keeper) in room.json,
// through the one atomic write of the stores, readable by its owner only:
// it holds the console's key and the seats' tokens.
func (st Folder) SaveRoom(r Room) error {
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
