//go:build gui && !js

package main

import (
	"path/filepath"

	"declic/cards"
	"declic/game"
	"declic/ui"
)

// places returns where the game keeps sessions and settings: files in
// Déclic's data folder (main_js.go has the browser's).
func (c *cli) places() (ui.Sessions, string) {
	return game.Store{Dir: filepath.Join(c.env.home, "sessions")}, filepath.Join(c.env.home, "settings.toml")
}

func loadSettings(file string) (ui.Settings, error) { return ui.LoadSettings(file) }

// shelf returns where the decks a player drops on the window are kept: the
// user's decks folder, which library loads at every start.
func (c *cli) shelf(*cards.Library) ui.Shelf {
	return ui.FolderShelf{Dir: filepath.Join(c.env.home, "decks")}
}
