package store

import (
	"io/fs"

	"declic/cards"
)

// Shelf keeps the decks a player adds, dropped on the window or picked in
// the browser, for the next runs of the game: files in the user's decks
// folder on a computer, localStorage in a browser (FolderShelf,
// BrowserShelf).
type Shelf interface {
	// Keep stores a deck, as a zip made by bundle.Archive, under key
	// (its id and language), replacing what was kept under it before. It
	// returns the deck's files as they will be read from now on, and the
	// prefix of their paths in messages.
	Keep(key string, archive []byte) (fsys fs.FS, prefix string, err error)
	// Owns reports whether a loaded deck was added this way (and may be
	// replaced by a deck of the same id and language).
	Owns(deck *cards.Deck) bool
	// Where names the folder the decks are kept in, for the person; ""
	// for a browser's storage.
	Where() string
}
