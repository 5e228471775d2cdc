package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Files is files and folders on disk that a person handed over together —
// dropped on the window — as one fs.FS: its root holds each under its base
// name, path to read it. A folder is read as a Dir, confined to it (a
// symbolic link inside that points out of it is refused, as declic check
// refuses it); a file is read as by Open. The paths themselves are followed
// as they are, as declic check follows the paths it is given.
//
// What is neither a file nor a folder (a FIFO, a device) is listed, and
// refused with ErrNotRegular when opened, without blocking.
type Files map[string]string

// FilesOf returns paths as Files, each under its base name; of two paths of
// the same base name, the first is kept (as Ebitengine's dropped files
// do), and a path with no name (a drive, the root) is left out.
func FilesOf(paths []string) Files {
	f := make(Files, len(paths))
	for _, p := range paths {
		name := filepath.Base(p)
		if _, taken := f[name]; taken || !fs.ValidPath(name) || name == "." || name == string(filepath.Separator) {
			continue
		}
		f[name] = p
	}
	return f
}

// Open opens name: a dropped file or folder, or a path inside a dropped
// folder.
func (f Files) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return f.root()
	}
	top, rest, _ := strings.Cut(name, "/")
	p, ok := f[top]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if rest == "" {
		rest = "."
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	if info.IsDir() {
		file, err := Dir(p).Open(rest)
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
		}
		return file, nil
	}
	if rest != "." {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	file, err := Open(p)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	return file, nil
}

// Sub is the folder dir of f: a dropped folder, or a folder inside one, as
// a Dir, so that a deck's pictures are confined to the deck's own folder as
// declic check confines them.
func (f Files) Sub(dir string) (fs.FS, error) {
	if !fs.ValidPath(dir) {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: fs.ErrInvalid}
	}
	if dir == "." {
		return f, nil
	}
	top, rest, _ := strings.Cut(dir, "/")
	p, ok := f[top]
	if !ok {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: fs.ErrNotExist}
	}
	if info, err := os.Stat(p); err != nil || !info.IsDir() {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: errNotDir}
	}
	if rest == "" {
		return Dir(p), nil
	}
	return Dir(p).Sub(rest)
}

// errNotDir reports a file where a folder was expected.
var errNotDir = errors.New("not a directory")

// root is the listing of the dropped files and folders.
func (f Files) root() (fs.File, error) {
	names := make([]string, 0, len(f))
	for name := range f {
		names = append(names, name)
	}
	slices.Sort(names)
	entries := make([]fs.DirEntry, 0, len(names))
	for _, name := range names {
		info, err := os.Stat(f[name])
		if err != nil {
			continue // gone since the drop, or a broken link: nothing to read
		}
		entries = append(entries, fs.FileInfoToDirEntry(renamed{info, name}))
	}
	return &rootDir{entries: entries}, nil
}

// rootDir is the root folder of Files.
type rootDir struct {
	entries []fs.DirEntry
	read    int
}

func (d *rootDir) Stat() (fs.FileInfo, error) { return rootInfo{}, nil }
func (d *rootDir) Close() error               { return nil }

func (d *rootDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: errIsDir}
}

func (d *rootDir) ReadDir(n int) ([]fs.DirEntry, error) {
	left := d.entries[d.read:]
	if n <= 0 {
		d.read = len(d.entries)
		return slices.Clone(left), nil
	}
	if len(left) == 0 {
		return nil, io.EOF
	}
	left = left[:min(n, len(left))]
	d.read += len(left)
	return slices.Clone(left), nil
}

// rootInfo describes the root folder of Files.
type rootInfo struct{}

func (rootInfo) Name() string       { return "." }
func (rootInfo) Size() int64        { return 0 }
func (rootInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (rootInfo) ModTime() time.Time { return time.Time{} }
func (rootInfo) IsDir() bool        { return true }
func (rootInfo) Sys() any           { return nil }

// renamed is a file's description under the name Files gives it (a file
// dropped through a symbolic link is listed by the link's name).
type renamed struct {
	fs.FileInfo
	name string
}

func (r renamed) Name() string { return r.name }
