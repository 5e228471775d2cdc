//go:build gui && !js

package main

import (
	"path/filepath"

	"declic/cards"
	"declic/decks"
	"declic/editor"
	"declic/host"
	"declic/internal/cli"
	"declic/internal/cli/room"
	"declic/store"
	"declic/ui"
)

// places returns where the game keeps sessions and settings: files in
// Déclic's data folder (main_js.go has the browser's).
func places(c *cli.Command) (ui.Sessions, string) {
	return store.Folder{Dir: filepath.Join(c.Home(), "sessions")}, filepath.Join(c.Home(), "settings.toml")
}

func loadSettings(file string) (store.Settings, error) { return store.LoadSettings(file) }

// shelf returns where the decks a player drops on the window are kept: the
// user's decks folder, which the library loads at every start.
func shelf(c *cli.Command, _ *cards.Library) store.Shelf {
	return store.FolderShelf{Dir: filepath.Join(c.Home(), "decks")}
}

// roomOpener returns how the game opens its room on the local network
// (the R key, --salle): room.Open, which also writes the room's addresses
// on the standard output.
func roomOpener(c *cli.Command, h *host.Host) func() (ui.Room, error) {
	return func() (ui.Room, error) {
		r, err := room.Open(c, h)
		if err != nil {
			return nil, err // not a nil *cli.Room in a non-nil ui.Room
		}
		return r, nil
	}
}

// deckEditor returns the deck editor the decks screen opens in the
// browser (declic edit's), serving the user's decks folder while the game
// runs.
func deckEditor(c *cli.Command) ui.Editor {
	return &gameEditor{Local: &editor.Local{Dir: filepath.Join(c.Home(), "decks"), Bundled: decks.FS, Lang: c.Tr().Lang()}}
}

// gameEditor is editor.Local as the game opens it: in the default browser.
type gameEditor struct{ *editor.Local }

func (g *gameEditor) Open() (string, bool, error) {
	page, err := g.Local.Open("")
	if err != nil {
		return "", false, err
	}
	return page, editor.OpenBrowser(page) == nil, nil
}

func (g *gameEditor) SetWake(wake func()) { g.Local.Wake = wake }
