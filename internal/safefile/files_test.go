package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestFilesAreReadAsDeclicCheckReadsThem drops a folder holding a link to a
// private picture outside it, a FIFO and a link to /dev/zero beside it: the
// picture is refused as leaving the folder, the others as not regular
// files, without blocking.
func TestFilesAreReadAsDeclicCheckReadsThem(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.png")
	write(t, secret, "private")
	home := t.TempDir()
	top := filepath.Join(home, "jeu")
	write(t, filepath.Join(top, "deck.toml"), "format = 1")
	write(t, filepath.Join(top, "sub", "deck.toml"), "format = 1")
	write(t, filepath.Join(top, "beside.png"), "beside")
	must(t, os.Symlink(secret, filepath.Join(top, "link.png")))
	must(t, os.Symlink(filepath.Join(top, "beside.png"), filepath.Join(top, "sub", "up.png")))
	write(t, filepath.Join(home, "seul.toml"), "format = 1")
	pipe := fifo(t, home, "pipe.toml")
	zero := filepath.Join(home, "zero.toml")
	must(t, os.Symlink("/dev/zero", zero))

	files := FilesOf([]string{top, filepath.Join(home, "seul.toml"), pipe, zero, "/"})
	entries, err := fs.ReadDir(files, ".")
	if err != nil || len(entries) != 4 {
		t.Fatalf("root: %v, %v", entries, err)
	}
	if b, err := ReadFS(files, "jeu/deck.toml", 100); err != nil || string(b) != "format = 1" {
		t.Errorf("jeu/deck.toml: %q, %v", b, err)
	}
	if b, err := ReadFS(files, "seul.toml", 100); err != nil || string(b) != "format = 1" {
		t.Errorf("seul.toml: %q, %v", b, err)
	}
	if _, err := ReadFS(files, "jeu/link.png", 100); !Escapes(err) {
		t.Errorf("a link out of the dropped folder: %v, want an escape", err)
	}
	within(t, func() {
		for _, name := range []string{"pipe.toml", "zero.toml"} {
			if _, err := ReadFS(files, name, 100); !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: %v, want ErrNotRegular", name, err)
			}
		}
	})
	// A deck's pictures are confined to its own folder, as declic check
	// confines them.
	sub, err := fs.Sub(files, "jeu/sub")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFS(sub, "up.png", 100); !Escapes(err) {
		t.Errorf("a link out of the deck's folder: %v, want an escape", err)
	}
	if err := fs.WalkDir(files, ".", func(string, fs.DirEntry, error) error { return nil }); err != nil {
		t.Errorf("WalkDir: %v", err)
	}
}

func write(t *testing.T, p, text string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(p), 0o755))
	must(t, os.WriteFile(p, []byte(text), 0o644))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
