//go:build !js

// Command declic is Déclic, a card game engine for critical-thinking
// workshops: it plays card decks written in TOML with teams, on a projector,
// a shared laptop or at home, and checks and lists decks on the command line.
//
// This file only wires the parts together; the commands are in
// declic/internal/cli, and DESIGN.md describes them.
package main

import (
	"os"

	"declic/internal/cli"
	"declic/internal/cli/decktools"
)

func main() { os.Exit(cli.Main(window, decktools.Commands{})) }
