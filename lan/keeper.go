package lan

import "declic/store"

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
// that). The type is store's, where it is written.
type Saved = store.Room

// SavedSeat is one seat of a Saved room.
type SavedSeat = store.RoomSeat
