// Package safefiletest makes, for tests, the files safefile guards against
// — a FIFO, a symbolic link to /dev/zero — and bounds how long a read may
// take, so that a read that hangs fails its test instead of the whole
// suite.
package safefiletest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Within fails the test when f does not return within 30 seconds: a FIFO
// opened blocking, or /dev/zero read to its end, never returns. The bound is
// far above any real read and only there to name the test that hangs.
func Within(t testing.TB, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("blocked: a read did not return")
	}
}

// Fifo makes a FIFO named name in dir and returns its path; the test is
// skipped where FIFOs cannot be made.
func Fifo(t testing.TB, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := mkfifo(p); err != nil {
		t.Skip("no FIFO here:", err)
	}
	return p
}

// Zero makes name in dir a symbolic link to /dev/zero, which a read without
// a limit never finishes, and returns its path; the test is skipped where
// there is no /dev/zero or no symbolic link.
func Zero(t testing.TB, dir, name string) string {
	t.Helper()
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	p := filepath.Join(dir, name)
	if err := os.Symlink("/dev/zero", p); err != nil {
		t.Skip("no symbolic link here:", err)
	}
	return p
}
