//go:build js

package ui

import (
	"io/fs"
	"testing/fstest"
)

// maxSheetSize is the largest spreadsheet read: none in the browser.
const maxSheetSize = 0

// sheetDeck is left out of the browser build: reading spreadsheets links
// excelize, which the page's size cannot carry. Its -1 errors make the
// notice say to import the spreadsheet with the game on a computer.
func sheetDeck(fs.FS, string, string) (fstest.MapFS, string, int, error) {
	return nil, "", -1, nil
}
