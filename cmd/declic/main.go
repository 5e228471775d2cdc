//go:build !js

// Command declic is Déclic, a card game engine for critical-thinking
// workshops: it plays card decks written in TOML with teams, on a projector,
// a shared laptop or at home, and checks and lists decks on the command line.
//
// This file only wires the parts together; see DESIGN.md for the commands.
package main

import (
	"os"
)

// version is set at build time: go build -ldflags "-X main.version=…".
var version = "dev"

func main() {
	attachConsole()
	os.Exit(run(os.Args[1:], system()))
}
