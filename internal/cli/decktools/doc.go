// Package decktools holds the commands that make decks: declic import and
// declic sheet (spreadsheets, on package workbook and excelize) and declic
// edit (the editor, a web server on package editor). The program passes
// Commands to cli.Main; package cli does not import this one, so that the
// commands the game's build runs before Ebitengine starts do not wait for
// the initialisation of excelize and net/http, which Go runs after
// Ebitengine's (see cli.DeckTools).
package decktools

// Commands runs declic import, sheet and edit: a cli.DeckTools.
type Commands struct{}
