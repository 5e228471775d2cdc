package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
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
	st := game.Store{Dir: filepath.Join(w.home, "sessions")}
	// The name rules clean these on reading…
	s := w.session(t, time.Date(2026, 11, 29, 10, 0, 0, 0, lyon), "\x1b]0;pwned\aLynx", "Pumas\x1b[2J\u202e")
	s.Name = "Atelier\x1b[31m rouge\a"
	w.newGame(t, s, "atelier", game.Settings{InOrder: true})
	w.play(t, s, answer(0, 1), answer(1, 1))
	require.NoError(t, st.Save(s))
	// …but not these, which they would make alike: the printing does.
	s = w.session(t, time.Date(2026, 11, 29, 11, 0, 0, 0, lyon), "Ours\a", "Ours\x1b")
	w.newGame(t, s, "atelier", game.Settings{InOrder: true})
	w.play(t, s, answer(0, 1), answer(1, 1))
	require.NoError(t, st.Save(s))

	status, stdout, stderr := w.run("fr_FR.UTF-8", "sessions")
	require.Equal(t, ExitOK, status, stderr)
	assertNoControl(t, stdout)
	assert.Contains(t, stdout, "]0;pwnedLynx 0, Pumas[2J 0")
	assert.Contains(t, stdout, "Atelier[31m rouge")
	assert.Contains(t, stdout, "Ours[U+0007] 0, Ours[U+001B] 0")
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

func TestTeamNames(t *testing.T) {
	offered := []string{"Renards", "Hiboux"}
	for _, c := range []struct {
		name, teams string
		want        []string
		stderr      string
	}{
		{"none given", "", offered, ""},
		{"trimmed", " Lynx , Pumas ,", []string{"Lynx", "Pumas"}, ""},
		{"controls dropped", "Ly\x1b[2Jnx\a,\u202ePumas", []string{"Ly[2Jnx", "Pumas"}, ""},
		{"spaces made one", "Les   Lynx\t du\nNord", []string{"Les Lynx du Nord"}, ""},
		{"at the limit", strings.Repeat("é", game.MaxNameRunes), []string{strings.Repeat("é", game.MaxNameRunes)}, ""},
		{"too long", strings.Repeat("x", 10000) + ",B", nil, "Le nom d'équipe «\u00a0" + strings.Repeat("x", game.MaxNameRunes) + "…\u00a0» est trop long\u00a0: 20 caractères au plus.\n"},
		{"alike once cleaned", "Lynx\a,LYNX", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
		{"only controls", "\a,\x1b", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
		{"too many", "a,b,c,d,e,f,g", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errOut bytes.Buffer
			cmd := &Command{env: env{stderr: &errOut}, opts: Options{Teams: c.teams}, tr: translator("fr")}
			names, ok := cmd.TeamNames(offered)
			assert.Equal(t, c.want, names)
			assert.Equal(t, c.want != nil, ok)
			assert.Equal(t, c.stderr, errOut.String())
		})
	}
}

// TestDataHomeWithoutHome runs with HOME and the XDG folders unset: the data
// folder is absolute, the same wherever the game is started, and said.
func TestDataHomeWithoutHome(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the fallback is tested where HOME decides the config folder")
	}
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("TMPDIR", t.TempDir())
	dir, notice := dataHome(func(string) string { return "" })
	require.True(t, filepath.IsAbs(dir), dir)
	assert.Equal(t, "home_temporary", notice)
	assert.True(t, strings.HasPrefix(dir, os.Getenv("TMPDIR")), dir)
	assert.True(t, ownFolder(dir))
	again, _ := dataHome(func(string) string { return "" })
	assert.Equal(t, dir, again, "the same folder at every start")

	// Someone else's folder (here: one open to all) is not used.
	require.NoError(t, os.Chmod(dir, 0o777))
	other, _ := dataHome(func(string) string { return "" })
	assert.NotEqual(t, dir, other)
	assert.True(t, ownFolder(other))

	// A relative XDG_CONFIG_HOME is refused by the system; HOME then decides.
	t.Setenv("HOME", "/home/anne")
	t.Setenv("XDG_CONFIG_HOME", "config")
	dir, notice = dataHome(func(string) string { return "" })
	assert.Equal(t, "/home/anne/.declic", dir)
	assert.Equal(t, "home_fallback", notice)

	t.Setenv("XDG_CONFIG_HOME", "")
	dir, notice = dataHome(func(string) string { return "" })
	assert.Equal(t, "/home/anne/.config/declic", dir)
	assert.Equal(t, "", notice)
	dir, _ = dataHome(func(k string) string { return map[string]string{"DECLIC_HOME": "/srv/declic"}[k] })
	assert.Equal(t, "/srv/declic", dir)
}

// TestHomeNoticeIsSaid runs a command with the fallback folder: stderr says
// where the data goes, once.
func TestHomeNoticeIsSaid(t *testing.T) {
	var out, errOut bytes.Buffer
	home := t.TempDir()
	e := env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }, home: home, homeNotice: "home_temporary"}
	require.Equal(t, ExitOK, run([]string{"version", "--lang", "en"}, e))
	assert.Equal(t, "No home folder (HOME): workshops, settings and added decks are kept in "+home+
		", a temporary folder the system may empty. Set HOME or DECLIC_HOME to keep them.\n", errOut.String())

	// Opening the game, the window says it (HomeNotice), not stderr.
	errOut.Reset()
	run([]string{"--lang", "en"}, e)
	assert.NotContains(t, errOut.String(), "No home folder")
}

func TestHomeNoticeForTheGame(t *testing.T) {
	c := &Command{env: env{home: "/tmp/declic-1000", homeNotice: "home_temporary"}, tr: translator("fr")}
	assert.Equal(t, "Pas de dossier personnel (HOME)\u00a0: les ateliers, réglages et jeux ajoutés sont gardés dans /tmp/declic-1000, un dossier temporaire que le système peut vider. Définissez HOME ou DECLIC_HOME pour les garder.", c.HomeNotice())
	c.env.homeNotice = ""
	assert.Equal(t, "", c.HomeNotice())
}
