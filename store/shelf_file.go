package store

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/safefile"
)

// FolderShelf keeps the decks a player adds as files in the user's decks
// folder, which the game loads at every start: a deck in a folder of its
// own, named after its id and language.
type FolderShelf struct{ Dir string }

// Keep writes the deck's files into Dir/key, emptied first, and returns
// that folder; see Shelf.
func (s FolderShelf) Keep(key string, archive []byte) (fs.FS, string, error) {
	fsys, prefix, err := s.keep(key, archive)
	if err != nil {
		return nil, "", fmt.Errorf("keeping deck %s in %s: %w", key, s.Dir, err)
	}
	return fsys, prefix, nil
}

func (s FolderShelf) keep(key string, archive []byte) (fs.FS, string, error) {
	// The key is a deck's id and language, which the deck format keeps to
	// letters, digits and hyphens; anything else never names a folder to
	// empty.
	if key == "" || strings.ContainsAny(key, `/\:`) || strings.Contains(key, "..") {
		return nil, "", fmt.Errorf("bad key %q", key)
	}
	src, err := bundle.Read(archive)
	if err != nil {
		return nil, "", err
	}
	dir := filepath.Join(s.Dir, key)
	if err := os.RemoveAll(dir); err != nil {
		return nil, "", err
	}
	err = fs.WalkDir(src, ".", func(name string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := safefile.ReadFS(src, name, bundle.Limits.File(name))
		if err != nil {
			return err
		}
		dst := filepath.Join(s.Dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return writeAtomic(dst, data, 0o644, nil) // a deck others on the computer may read, as before
	})
	if err != nil {
		return nil, "", err
	}
	return safefile.Dir(dir), dir + string(filepath.Separator), nil
}

// Owns reports a deck read from Dir.
func (s FolderShelf) Owns(deck *cards.Deck) bool {
	return s.Dir != "" && strings.HasPrefix(deck.Path, s.Dir+string(filepath.Separator))
}

// Where returns Dir, which the person is told.
func (s FolderShelf) Where() string { return s.Dir }

// Write writes a deck made in the game (the creation workshop's: its file
// and pictures, slash-separated names) into Dir/key, a folder of its own as
// Keep makes them, each file atomically, and returns the folder. A folder
// already there is never emptied: an existing file of the same name is
// replaced whole.
func (s FolderShelf) Write(key string, files map[string][]byte) (string, error) {
	if s.Dir == "" || key == "" || strings.ContainsAny(key, `/\:`) || strings.Contains(key, "..") {
		return "", fmt.Errorf("writing deck %s in %s: bad key", key, s.Dir)
	}
	dir := filepath.Join(s.Dir, key)
	// The pictures first, the deck's file last: a game that reads the
	// folder meanwhile finds no deck whose pictures are missing.
	names := slices.SortedFunc(maps.Keys(files), func(a, b string) int {
		return cmp.Or(cmp.Compare(isDeckFile(a), isDeckFile(b)), strings.Compare(a, b))
	})
	for _, name := range names {
		data := files[name]
		if !fs.ValidPath(name) {
			return "", fmt.Errorf("writing deck %s: bad file name %q", key, name)
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", fmt.Errorf("writing deck %s in %s: %w", key, s.Dir, err)
		}
		if err := writeAtomic(dst, data, 0o644, nil); err != nil {
			return "", fmt.Errorf("writing deck %s in %s: %w", key, s.Dir, err)
		}
	}
	return dir, nil
}

// isDeckFile returns 1 for a deck's file, 0 for a picture or sound.
func isDeckFile(name string) int {
	if path.Ext(name) == ".toml" {
		return 1
	}
	return 0
}
