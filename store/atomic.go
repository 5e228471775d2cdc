package store

import (
	"os"
	"path/filepath"
	"runtime"
)

// writeAtomic is the one way store writes a file (sessions, the note of
// the session saved last, settings, exports, the decks of the shelf), so
// that a crash or a full disk at any moment leaves either the old file
// whole or the new one whole, never half of either: data goes to a
// temporary file in the same folder (.<name>.tmp-*, hidden, on the same
// file system so that the rename is one step), given the permissions perm,
// written, synced to disk and closed; beforeRename, when not nil, runs then (a session keeps
// its previous save aside there); the temporary file takes file's place in
// one rename, and the folder is synced so that the rename itself survives
// a power cut (not on Windows, which cannot open a folder for it and
// whose renames need no such step). On any error before the rename the
// temporary file is removed and file is as it was. The folder must exist.
//
// It lives in store, not internal/safefile: safefile reads what may be
// hostile (limits, FIFOs), for every package; writing Déclic's own files
// is the stores' business, and only they call it.
func writeAtomic(file string, data []byte, perm os.FileMode, beforeRename func() error) error {
	dir := filepath.Dir(file)
	f, err := os.CreateTemp(dir, "."+filepath.Base(file)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(perm) // CreateTemp makes it 0600
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && beforeRename != nil {
		err = beforeRename()
	}
	if err == nil {
		err = os.Rename(tmp, file)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}

// syncDir makes the renames in dir durable. Windows cannot open a folder
// for syncing, and its renames need no such step.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
