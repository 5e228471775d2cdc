package ui

import (
	"os"

	"github.com/hajimehoshi/ebiten/v2"
)

// Run opens the game window on the first scene and returns when the game
// ends. Sound, if any, is already in d.
func Run(d *Deps, first Scene) error {
	d.applySettings()
	Configure("Déclic", d.View.Settings.Fullscreen)
	app := NewApp(d.View, first)
	app.deps = d
	d.Host.SetWake(ebiten.ScheduleFrame)
	if d.Editor != nil {
		d.Editor.SetWake(ebiten.ScheduleFrame)
	}
	if os.Getenv(ActionLogEnv) != "" {
		app.actionLog = d.Log
	}
	// Quitting the game closes the room: no phone stays connected to a
	// game that is gone.
	defer d.closeRoom()
	return ebiten.RunGame(app)
}
