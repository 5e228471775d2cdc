//go:build !unix && !windows

package store

// lockFile does not lock where the system has no file locks (the browser
// build keeps its sessions in localStorage, Browser, with locks of its
// own).
func lockFile(string) (unlock func(), err error) { return func() {}, nil }

// removeLockFile has nothing to remove where lockFile writes nothing.
func removeLockFile(string) {}
