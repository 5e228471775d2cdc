//go:build unix

package safefile

import (
	"path/filepath"
	"syscall"
	"testing"
)

// fifo makes a FIFO in dir, which opening blocking would wait on forever.
func fifo(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	return p
}
