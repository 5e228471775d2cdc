//go:build js

package store

import (
	"encoding/base64"
	"fmt"
	"io/fs"
	"strings"
	"syscall/js"

	"declic/cards"
	"declic/internal/bundle"
)

// decksKey is the prefix of the localStorage keys of added decks: one a
// deck, its zip (bundle.Archive) in base64.
const decksKey = "declic/decks/"

// decksPrefix starts the paths of added decks in messages.
const decksPrefix = "browser/"

// BrowserShelf keeps the decks a player adds in the browser's localStorage.
type BrowserShelf struct{}

// Keep stores the zip in localStorage, in base64, under decksKey+key; a
// full or refused storage is an error. See Shelf.
func (BrowserShelf) Keep(key string, archive []byte) (fsys fs.FS, prefix string, err error) {
	fsys, err = bundle.Read(archive)
	if err != nil {
		return nil, "", err
	}
	defer func() {
		if r := recover(); r != nil { // storage full, or refused
			fsys, err = nil, fmt.Errorf("keeping deck %s: %v", key, r)
		}
	}()
	js.Global().Get("localStorage").Call("setItem", decksKey+key, base64.StdEncoding.EncodeToString(archive))
	return fsys, decksPrefix, nil
}

// Owns reports a deck read from localStorage, by its path.
func (BrowserShelf) Owns(deck *cards.Deck) bool { return strings.HasPrefix(deck.Path, decksPrefix) }

// Where returns "": the person is told "this browser" instead.
func (BrowserShelf) Where() string { return "" }

// LoadBrowserDecks adds the decks kept in localStorage to the library.
func LoadBrowserDecks(lib *cards.Library) {
	defer func() { recover() }() // no storage: no decks
	ls := js.Global().Get("localStorage")
	n := ls.Get("length").Int()
	for i := 0; i < n; i++ {
		k := ls.Call("key", i).String()
		if !strings.HasPrefix(k, decksKey) {
			continue
		}
		data, err := base64.StdEncoding.DecodeString(ls.Call("getItem", k).String())
		if err != nil {
			continue
		}
		if fsys, err := bundle.Read(data); err == nil {
			lib.AddFS(fsys, decksPrefix)
		}
	}
}
