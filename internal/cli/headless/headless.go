// Package headless runs the commands of Déclic's command line that need no
// window (check, list, sessions, export, print, bundle, version, help…)
// from its package initialisation, then ends the program. The game's build
// (cmd/declic with the gui tag) imports it for that alone: Ebitengine opens
// the display when its own package is initialised, and panics without one,
// so those commands must have run by then.
//
// Go initialises the packages of a program in the order of their import
// paths, each once the packages it imports are: this one, under declic/,
// comes before Ebitengine's (github.com/hajimehoshi/…) as long as nothing
// it imports, however indirectly, comes after them or imports them. That
// is why package assets reads its translations itself, and the test in
// cmd/declic runs the game's build without a display.
package headless

import (
	"os"

	"declic/internal/cli"
)

func init() {
	// Without a screen, a command that needs one is answered here too:
	// with no window to open, the command line says there is no screen
	// instead of the panic Ebitengine's initialisation would end in.
	if !cli.NeedsWindow(os.Args[1:]) || !cli.HasScreen(os.Getenv) {
		os.Exit(cli.Main(nil, nil))
	}
}
