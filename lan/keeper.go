package lan

import "time"

// Keeper keeps the room between runs of the game, so that a game restarted
// (even after kill -9) reopens the same room on the same port and every
// phone comes back to its seat by itself. store.Folder is the game's.
type Keeper interface {
	// LoadRoom returns the room last saved; a zero Saved and no error
	// when none was.
	LoadRoom() (Saved, error)
	// SaveRoom replaces the room kept by this one, whole or not at all.
	SaveRoom(Saved) error
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

// SavedSeat is one seat of a Saved room.
type SavedSeat struct {
	ID     string    `json:"id"`
	Token  string    `json:"token"`
	Team   int       `json:"team"`
	Person bool      `json:"person,omitempty"`
	Seen   time.Time `json:"seen"`
}
