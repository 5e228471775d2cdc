//go:build !js

package store

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"declic/game"
)

// ExportPath returns where the CSV file of a workshop that sessions keeps
// is written: an exports/ folder beside the sessions/ folder of a Folder,
// named after the workshop (ExportFileName); in the working directory for
// sessions kept any other way. In the browser (export_js.go) it is the
// name of a download.
func ExportPath(sessions any, s *game.Session) string {
	dir := "."
	if st, ok := sessions.(Folder); ok {
		dir = filepath.Dir(st.Dir)
	}
	return filepath.Join(dir, "exports", ExportFileName(s))
}

// ExportDownloads is false where the CSV file is written in a folder,
// which OpenFolder shows; true in the browser, where it is a download.
const ExportDownloads = false

// OpenFolder shows the exported file in the system's file manager, its
// folder open and, where the file manager can, the file selected. It does
// not wait for the file manager; an error means it could not be started.
func OpenFolder(file string) error {
	name, args := openCommand(runtime.GOOS, file)
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("opening the folder of %s: %w", file, err)
	}
	go cmd.Wait() // explorer exits with 1 when all went well: not an error to show
	return nil
}

// openCommand returns the command that shows file in the file manager of
// the system goos: Explorer with the file selected on Windows, the Finder
// with it selected on a Mac, the desktop's file manager on its folder
// elsewhere (xdg-open).
func openCommand(goos, file string) (string, []string) {
	switch goos {
	case "windows":
		return "explorer", []string{"/select," + file}
	case "darwin":
		return "open", []string{"-R", file}
	}
	return "xdg-open", []string{filepath.Dir(file)}
}

// WriteExport writes an exported file (a workshop's CSV, report.CSV) at
// file, its folder made when missing, through a temporary file (writeAtomic)
// so that a spreadsheet never opens half of one, and returns its absolute path,
// which the person is told, even with an error.
func WriteExport(file string, data []byte) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return file, fmt.Errorf("exporting the scores: %w", err)
	}
	dir := filepath.Dir(abs)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	if err := writeAtomic(abs, data, 0o600, nil); err != nil {
		return abs, fmt.Errorf("exporting the scores: %w", err)
	}
	return abs, nil
}
