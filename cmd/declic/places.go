//go:build gui && !js

package main

import (
	"path/filepath"

	"declic/game"
	"declic/ui"
)

// places returns where the game keeps sessions and settings: files in
// Déclic's data folder (main_js.go has the browser's).
func (c *cli) places() (ui.Sessions, string) {
	return game.Store{Dir: filepath.Join(c.env.home, "sessions")}, filepath.Join(c.env.home, "settings.toml")
}

func loadSettings(file string) (ui.Settings, error) { return ui.LoadSettings(file) }
