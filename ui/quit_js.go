//go:build js

package ui

// canQuit is false in the browser: a page cannot close its tab, and a game
// that ended would leave a frozen picture (see quit_other.go).
const canQuit = false
