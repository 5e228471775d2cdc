//go:build !gui

package main

import "declic/internal/cli"

// window is nil in declic, the command line, which does not link
// Ebitengine: it hands the game over to declic-game.
var window cli.Window
