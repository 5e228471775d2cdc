//go:build gui && !js

package main

// Ebitengine opens the display in its package initialisation, before main
// runs: without a screen (over SSH, on a server), the game's build would
// panic for every command. The commands that need no window run from the
// initialisation of this import instead, which Go runs first.
import _ "declic/internal/cli/headless"
