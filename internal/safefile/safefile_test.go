package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// within fails the test when f does not return within a few seconds: a FIFO
// opened blocking never returns.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("blocked")
	}
}

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	p := fifo(t, dir, "deck.toml")
	within(t, func() {
		if _, err := ReadFile(p, 1<<20); !errors.Is(err, ErrNotRegular) {
			t.Errorf("FIFO: %v, want ErrNotRegular", err)
		}
	})
	if _, err := os.Stat("/dev/zero"); err == nil {
		zero := filepath.Join(dir, "zero.toml")
		if err := os.Symlink("/dev/zero", zero); err != nil {
			t.Fatal(err)
		}
		within(t, func() {
			if _, err := ReadFile(zero, 1<<20); !errors.Is(err, ErrNotRegular) {
				t.Errorf("/dev/zero: %v, want ErrNotRegular", err)
			}
		})
	}
	if _, err := ReadFile(dir, 1<<20); !IsDir(err) {
		t.Errorf("folder: %v, want a folder error", err)
	}
}

func TestReadFileStopsAtItsLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	if err := os.WriteFile(p, make([]byte, 1001), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 1000); !errors.Is(err, ErrTooLarge) {
		t.Errorf("1001 bytes under a limit of 1000: %v, want ErrTooLarge", err)
	}
	if b, err := ReadFile(p, 1001); err != nil || len(b) != 1001 {
		t.Errorf("1001 bytes under a limit of 1001: %d bytes, %v", len(b), err)
	}
}

func TestDirIsConfinedAndNeverBlocks(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.png")
	if err := os.WriteFile(secret, []byte("private"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("ok"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "link.png")); err != nil {
		t.Fatal(err)
	}
	fifo(t, dir, "pipe.ogg")
	d := Dir(dir)
	if b, err := ReadFS(d, "ok.txt", 10); err != nil || string(b) != "ok" {
		t.Errorf("ok.txt: %q, %v", b, err)
	}
	if _, err := ReadFS(d, "link.png", 100); err == nil || !Escapes(err) {
		t.Errorf("a link leading out: %v, want an escape", err)
	}
	within(t, func() {
		if _, err := ReadFS(d, "pipe.ogg", 100); !errors.Is(err, ErrNotRegular) {
			t.Errorf("FIFO: %v, want ErrNotRegular", err)
		}
	})
	if _, err := fs.ReadDir(d, "."); err != nil {
		t.Errorf("ReadDir: %v", err)
	}
	if err := fstestWalk(d); err != nil {
		t.Errorf("WalkDir: %v", err)
	}
}

func fstestWalk(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(string, fs.DirEntry, error) error { return nil })
}
