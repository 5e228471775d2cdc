//go:build js

package ui

import (
	"errors"

	"declic/assets"
	"declic/game"
)

// reportButton is false in the browser: its build leaves the PDF library
// out, and the end of a workshop offers the CSV export only.
const reportButton = false

// writeReport is never called in the browser (reportButton).
func writeReport(file string, _ *game.Session, _ *assets.Translator) (string, error) {
	return file, errors.New("the browser build has no workshop report")
}
