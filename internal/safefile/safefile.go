// Package safefile reads the files a person hands to Déclic — decks,
// pictures, sounds, sessions, settings, dropped files — so that no file
// hangs or exhausts the game: a FIFO or a device (a deck that is a symbolic
// link to /dev/zero) is refused without blocking, and no read goes past a
// limit, whatever the file's size claims.
//
// Every file is opened without blocking (a FIFO's open waits for a writer
// otherwise), then checked on the opened file to be a regular one, then read
// through a limit one byte above the largest size accepted, so that a file
// growing while it is read is still refused.
//
// Files reads what a person dropped on the window the same way, each
// dropped folder confined to itself, and OpenZip opens a zip within limits
// checked on the sizes its directory declares, then on every byte read.
package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"time"
)

// ErrNotRegular reports a path that names neither a regular file nor a
// folder: a FIFO, a device, a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge reports a file longer than the limit it was read with.
var ErrTooLarge = errors.New("file too large")

// TooLargeError is the error of a file longer than its limit; it matches
// ErrTooLarge with errors.Is.
type TooLargeError struct {
	Name  string
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: larger than %d bytes", e.Name, e.Limit)
}

func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// Open opens a regular file for reading, without blocking whatever the path
// names. Anything but a regular file is refused with ErrNotRegular (a folder
// too: use OpenDir).
func Open(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	if err := regular(f, name); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular checks an opened file: a folder or a regular file passes when
// dirs is set, else only a regular file.
func regular(f *os.File, name string) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		if info.IsDir() {
			return &fs.PathError{Op: "open", Path: name, Err: errIsDir}
		}
		return &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return nil
}

// errIsDir reports a folder where a file was expected.
var errIsDir = errors.New("is a directory")

// IsDir reports whether err says that a folder was found where a file was
// expected.
func IsDir(err error) bool { return errors.Is(err, errIsDir) }

// ReadFile reads a whole regular file of at most limit bytes.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, name, limit)
}

// ReadAll reads r to its end, refusing more than limit bytes with a
// *TooLargeError. It never holds more than limit+1 bytes.
func ReadAll(r io.Reader, name string, limit int64) ([]byte, error) {
	var b bytes.Buffer
	n, err := b.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return b.Bytes(), nil
}

// ReadFS reads a whole file of fsys of at most limit bytes, refusing what is
// not a regular file. With an FS of this package the file is never opened
// blocking; with another FS (a zip, the embedded decks) opening cannot block
// and the check is on the opened file.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		if info.IsDir() {
			return nil, &fs.PathError{Op: "open", Path: name, Err: errIsDir}
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	if info.Size() > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return ReadAll(f, name, limit)
}

// Dir is a folder on disk as an fs.FS confined to it: no path, not even
// through a symbolic link, leads out of it (os.Root), and no file opened
// through it blocks or is anything but a regular file or a folder.
//
// It holds no open descriptor between calls, so that a library of a
// thousand decks does not run out of them.
type Dir string

// Open opens name in the folder.
func (d Dir) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	root, err := os.OpenRoot(string(d))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	defer root.Close()
	f, err := root.OpenFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	if !info.Mode().IsRegular() && !info.IsDir() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return f, nil
}

// Stat describes name in the folder, following symbolic links that stay in
// it.
func (d Dir) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	root, err := os.OpenRoot(string(d))
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: unwrapPath(err)}
	}
	defer root.Close()
	info, err := root.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: unwrapPath(err)}
	}
	return info, nil
}

// Sub is the sub-folder dir of the folder.
func (d Dir) Sub(dir string) (fs.FS, error) {
	if !fs.ValidPath(dir) {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: fs.ErrInvalid}
	}
	if dir == "." {
		return d, nil
	}
	return Dir(path.Join(string(d), dir)), nil
}

// Escapes reports whether err says that a path led out of its folder (a
// symbolic link pointing outside, or "..").
func Escapes(err error) bool {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil && pe.Err.Error() == "path escapes from parent" {
		return true
	}
	return false
}

// unwrapPath drops os's own *PathError so that ours names the path inside
// the folder.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ModTime is the modification time of a regular file, the zero time when it
// cannot be told.
func ModTime(name string) time.Time {
	info, err := os.Stat(name)
	if err != nil {
		return time.Time{}
	}
	return info.ModTime()
}
