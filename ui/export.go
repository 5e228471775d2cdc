package ui

import (
	"fmt"

	"declic/assets"
	"declic/game"
	"declic/report"
	"declic/store"
)

// exportPath returns where a workshop's CSV file goes (store.ExportPath):
// beside the sessions' folder, or a download in the browser.
func exportPath(d *Deps, s *game.Session) string { return store.ExportPath(d.Store, s) }

// exportDownloads is true where the CSV file is a download (the browser),
// false where it is written in a folder, which openFolder shows.
const exportDownloads = store.ExportDownloads

// openFolder shows the exported file in the system's file manager
// (store.OpenFolder).
func openFolder(file string) error { return store.OpenFolder(file) }

// writeExport writes the workshop's scores and answers (report.CSV) as a
// file, or a download in the browser (store.WriteExport), and beside it,
// when verdicts were given, its discernment figures
// (report.DiscernmentCSV); it returns where each went ("" for the second
// when there is none), which the person is told even with an error.
func writeExport(file string, s *game.Session, tr *assets.Translator) (path, figures string, err error) {
	data, err := report.CSV(s, tr)
	if err != nil {
		return file, "", fmt.Errorf("exporting the scores: %w", err)
	}
	if path, err = store.WriteExport(file, data); err != nil {
		return path, "", err
	}
	second, err := report.DiscernmentCSV(s, tr)
	if err != nil {
		return path, "", fmt.Errorf("exporting the discernment: %w", err)
	}
	if second == nil {
		return path, "", nil
	}
	figures, err = store.WriteExport(report.DiscernmentPath(file, tr), second)
	return path, figures, err
}
