//go:build !js

package ui

import (
	"fmt"

	"declic/assets"
	"declic/game"
	"declic/report"
	"declic/store"
)

// reportButton is true where the end of a workshop offers its report as a
// PDF: everywhere but the browser, whose build leaves the PDF library out.
const reportButton = true

// writeReport writes the workshop's report (report.PDF) as a file and
// returns where it went, which the person is told even with an error.
func writeReport(file string, s *game.Session, tr *assets.Translator) (string, error) {
	data, err := report.PDF(s, tr)
	if err != nil {
		return file, fmt.Errorf("writing the report: %w", err)
	}
	return store.WriteExport(file, data)
}
