//go:build !js

package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"declic/assets"
	"declic/game"
	"declic/report"
)

// exportPath returns where the end scene writes a workshop's CSV file: an
// exports/ folder beside the sessions/ folder, named after the session
// (in the working directory for a Sessions that is not a game.Store).
// export_js.go has the browser's, a download.
func exportPath(d *Deps, s *game.Session) string {
	dir := "."
	if st, ok := d.Store.(game.Store); ok {
		dir = filepath.Dir(st.Dir)
	}
	return filepath.Join(dir, "exports", s.ID+".csv")
}

// writeExport writes the workshop's scores and answers as a CSV file,
// through a temporary file so that a spreadsheet never opens half of one,
// and returns its absolute path.
func writeExport(file string, s *game.Session, tr *assets.Translator) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return file, fmt.Errorf("exporting the scores: %w", err)
	}
	data, err := report.CSV(s, tr)
	if err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	dir := filepath.Dir(abs)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".export-*.csv")
	if err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), abs)
	}
	if err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	return abs, nil
}
