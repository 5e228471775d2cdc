//go:build !js

package ui

// canQuit tells whether the game offers to quit: a program can end; a
// browser tab cannot be closed by its page, and a game that ended would
// leave a frozen picture.
const canQuit = true
