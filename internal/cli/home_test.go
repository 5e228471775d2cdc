package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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

// TestHomeNoticeForTheGame gives the notice the game shows on its first
// screen.
func TestHomeNoticeForTheGame(t *testing.T) {
	c := &Command{env: env{home: "/tmp/declic-1000", homeNotice: "home_temporary"}, tr: translator("fr")}
	assert.Equal(t, "Pas de dossier personnel (HOME)\u00a0: les ateliers, réglages et jeux ajoutés sont gardés dans /tmp/declic-1000, un dossier temporaire que le système peut vider. Définissez HOME ou DECLIC_HOME pour les garder.", c.HomeNotice())
	c.env.homeNotice = ""
	assert.Equal(t, "", c.HomeNotice())
}
