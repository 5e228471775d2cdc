// Package store keeps what Déclic writes between two runs: the workshop
// sessions (Folder: files in a folder; Browser: localStorage, in the web
// build), and so that a crash at any moment leaves every file whole, it
// writes them by a temporary file and a rename.
//
// The session's file format (a checksum around the JSON of game.Session)
// is the store's; what a session may hold, and how its moves replay with
// its decks, is the engine's (game.DecodeSession, game.Session.Restore).
// Platform variants are chosen by file suffix: *_js.go for the browser,
// lock_*.go for the file locks of each system.
package store
