package ui

import (
	"declic/cards"
	"declic/game"
	"declic/store"
)

// Sessions is where the workshop sessions live: the methods the scenes use.
// store.Folder keeps them as files; in the browser, which has no file system,
// store.Browser keeps them in localStorage (the js build).
type Sessions interface {
	Save(s *game.Session) error
	// Load reads a saved workshop to look at it (export): a session saved
	// again after another instance played on is saved as a copy.
	Load(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error)
	// Resume holds a saved workshop for this instance of the game and loads
	// it to play on; store.ErrHeld when another instance plays it.
	Resume(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error)
	List() ([]store.Saved, error)
	// Rename gives a saved workshop a name ("" for none).
	Rename(id, name string) error
	// Delete removes a saved workshop for good.
	Delete(id string) error
}

var _ Sessions = store.Folder{}
