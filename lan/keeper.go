package lan

import (
	"encoding/json"
	"fmt"
	"time"
)

// Keeper keeps the room between runs of the game, so that a game restarted
// (even after kill -9) reopens the same room on the same port and every
// phone comes back to its seat by itself. store.Folder is the game's: it
// keeps the bytes, lan says what they mean (Saved, as JSON), so that lan
// needs nothing of store nor store of lan.
type Keeper interface {
	// LoadRoom returns what SaveRoom last kept; nil and no error when
	// nothing was.
	LoadRoom() ([]byte, error)
	// SaveRoom replaces what is kept by data, whole or not at all.
	SaveRoom(data []byte) error
}

// Saved is what is kept of a room: its code, console key and port, and its
// seats with when their phone was last seen (a seat is held HoldSeat after
// that). It holds no personal data: a seat is a random token and a team.
type Saved struct {
	Code  string      `json:"code"`
	Key   string      `json:"key"`
	Port  int         `json:"port"`
	Seats []SavedSeat `json:"seats,omitempty"`
}

// SavedSeat is one seat of a Saved room; Team is game.NoTeam for a
// person's seat.
type SavedSeat struct {
	ID     string    `json:"id"`
	Token  string    `json:"token"`
	Team   int       `json:"team"`
	Person bool      `json:"person,omitempty"`
	Seen   time.Time `json:"seen"`
}

// load reads the room k keeps: a zero Saved when none is kept.
func load(k Keeper) (Saved, error) {
	data, err := k.LoadRoom()
	if err != nil || data == nil {
		return Saved{}, err
	}
	var s Saved
	if err := json.Unmarshal(data, &s); err != nil {
		return Saved{}, fmt.Errorf("reading the room kept: %w", err)
	}
	return s, nil
}

// keep saves s with k.
func keep(k Keeper, s Saved) error {
	data, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	return k.SaveRoom(data)
}
