//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive lock on the file at path, created when
// missing, without waiting: another process's lock gives ErrHeld. The
// kernel gives the lock back when the process ends, even killed, so a
// crash never leaves a workshop held.
func lockFile(path string) (unlock func(), err error) {
	for range 10 {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, ErrHeld
			}
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		// A lock file removed (Delete) between the open and the lock is
		// not the one the next process opens: lock the file now there.
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return func() { f.Close() }, nil
		}
		f.Close()
	}
	return nil, fmt.Errorf("locking %s: the file keeps being removed", path)
}

// removeLockFile removes the lock file of a deleted workshop while its
// lock is held: lockFile checks that the file it locked is still there.
func removeLockFile(path string) { os.Remove(path) }
