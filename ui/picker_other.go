//go:build !js

package ui

import (
	"io/fs"

	"github.com/hajimehoshi/ebiten/v2"
)

// canPick reports a file picker: only in the browser, where the game cannot
// see the user's files otherwise. On a computer, decks are dropped on the
// window or copied into the decks folder.
const canPick = false

func openPicker() {}

// incomingDecks returns the files dropped on the window this frame, or nil,
// read from disk as declic check reads them (onDisk).
func incomingDecks() fs.FS { return onDisk(ebiten.DroppedFiles()) }
