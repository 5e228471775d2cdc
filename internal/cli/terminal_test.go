package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
)

// assertNoControl fails when out holds a control byte a terminal would
// obey: anything below space but the line feed and the tab, DEL, and the
// C1 controls as UTF-8 writes them.
func assertNoControl(t *testing.T, out string) {
	t.Helper()
	for i, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) || r == 0x202e {
			t.Errorf("raw control character %U at byte %d of %q", r, i, out)
		}
	}
}

// TestSessionsNeverWriteControlCharacters lists workshops saved by an older
// version with ESC and BEL in their names (--teams took them as typed):
// the terminal gets their codes, never the characters.
func TestSessionsNeverWriteControlCharacters(t *testing.T) {
	w := newWorkshop(t)
	st := store.Folder{Dir: filepath.Join(w.home, "sessions")}
	// The name rules clean these on reading…
	s := w.session(t, time.Date(2026, 11, 29, 10, 0, 0, 0, lyon), "\x1b]0;pwned\aLynx", "Pumas\x1b[2J\u202e")
	s.Name = "Atelier\x1b[31m rouge\a"
	w.newGame(t, s, "atelier", game.Settings{InOrder: true})
	w.play(t, s, answer(0, 1), answer(1, 1))
	require.NoError(t, st.Save(s))
	// …and these, which they would make alike, get a number.
	s = w.session(t, time.Date(2026, 11, 29, 11, 0, 0, 0, lyon), "Ours\a", "Ours\x1b")
	w.newGame(t, s, "atelier", game.Settings{InOrder: true})
	w.play(t, s, answer(0, 1), answer(1, 1))
	require.NoError(t, st.Save(s))

	status, stdout, stderr := w.run("fr_FR.UTF-8", "sessions")
	require.Equal(t, ExitOK, status, stderr)
	assertNoControl(t, stdout)
	assert.Contains(t, stdout, "]0;pwnedLynx 0, Pumas[2J 0")
	assert.Contains(t, stdout, "Atelier[31m rouge")
	assert.Contains(t, stdout, "Ours 0, Ours 2 0")
}

// TestCheckNeverWritesControlCharacters checks a deck whose file name holds
// an escape sequence: the path in its message is written with codes.
func TestCheckNeverWritesControlCharacters(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no control characters in Windows file names")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "jeu\x1b[2J\a.toml")
	require.NoError(t, os.WriteFile(file, []byte("format = 1\n[deck]\nid = \"x\"\n"), 0o644))
	status, stdout, stderr := runFor(t, "fr_FR.UTF-8", "check", file)
	assert.Equal(t, ExitInvalid, status)
	assertNoControl(t, stdout+stderr)
	assert.Contains(t, stdout, "jeu[U+001B][2J[U+0007].toml:")
}
