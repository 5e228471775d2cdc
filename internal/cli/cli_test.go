package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// runFor runs a command line with a clean environment: LANG as given, an
// empty data folder, no decks beside the program.
func runFor(t *testing.T, lang string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{
		stdout: &out, stderr: &errOut,
		getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		},
		home: t.TempDir(),
	}
	status = run(args, e)
	return status, out.String(), errOut.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./cmd/declic -update to write it")
	assert.Equal(t, string(want), got)
}

var (
	broken = filepath.Join("..", "..", "cards", "testdata", "broken")
	valid  = filepath.Join("..", "..", "cards", "testdata", "valid")
)

func TestCheckExitStatus(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"bundled decks", []string{"check"}, ExitOK},
		{"valid decks", []string{"check", valid}, ExitOK},
		{"warnings only", []string{"check", filepath.Join(broken, "missing-explanation.toml")}, ExitOK},
		{"broken decks", []string{"check", broken}, ExitInvalid},
		{"one valid, one broken", []string{"check", valid, filepath.Join(broken, "verdicts.toml")}, ExitInvalid},
		{"missing file", []string{"check", "nowhere.toml"}, ExitInvalid},
		{"unknown option", []string{"check", "--strict"}, ExitUsage},
		{"unknown language", []string{"check", "--lang", "de"}, ExitUsage},
		{"unknown command", []string{"chek"}, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, _ := runFor(t, "fr_FR.UTF-8", tt.args...)
			assert.Equal(t, tt.want, status)
		})
	}
}

func TestCheckOutput(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			_, stdout, stderr := runFor(t, lang+"_FR.UTF-8", "check", broken, "--lang", lang)
			golden(t, "check-broken."+lang+".golden", filepath.ToSlash(stdout)+"---\n"+stderr)
		})
	}
}

func TestCheckOnePerLine(t *testing.T) {
	_, stdout, _ := runFor(t, "en_GB.UTF-8", "check", broken)
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		parts := strings.SplitN(line, ":", 4)
		require.GreaterOrEqual(t, len(parts), 3, line)
		assert.True(t, strings.HasSuffix(parts[0], ".toml"), "PATH:LINE:COL: message, got %q", line)
		assert.NotContains(t, line, "toml.", "no Go type name: %q", line)
	}
}

func TestList(t *testing.T) {
	status, stdout, stderr := runFor(t, "en_GB.UTF-8", "list", valid)
	assert.Equal(t, ExitOK, status)
	assert.Empty(t, stderr)
	golden(t, "list-valid.golden", stdout)

	status, stdout, stderr = runFor(t, "fr_FR.UTF-8", "list", valid, filepath.Join(broken, "verdicts.toml"))
	assert.Equal(t, ExitInvalid, status, "an invalid deck is reported")
	assert.Equal(t, 4, strings.Count(stdout, "\n"), "the valid decks are listed")
	assert.Contains(t, stderr, "verdicts.toml:10:1: verdict « Légitime » mal formé")
}

func TestListBundledAndUserDecks(t *testing.T) {
	var out, errOut bytes.Buffer
	home := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(home, "decks", "atelier"), 0o755))
	deck := "format = 1\n[deck]\nid = \"mon-jeu\"\ntitle = \"Mon jeu\"\nlanguage = \"fr\"\n[[card]]\ntype = \"open\"\nquestion = \"Et vous ?\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(home, "decks", "atelier", "mon-jeu.toml"), []byte(deck), 0o644))
	beside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(beside, "cle-usb.toml"), []byte(strings.Replace(deck, "mon-jeu", "cle-usb", 1)), 0o644))
	e := env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }, home: home, besideProgram: beside}

	require.Equal(t, ExitOK, run([]string{"list"}, e), errOut.String())
	for _, id := range []string{"decouverte", "discovery", "mon-jeu", "cle-usb"} {
		assert.Contains(t, out.String(), id+" ")
	}
}

func TestUsageAndVersion(t *testing.T) {
	status, stdout, _ := runFor(t, "en_US.UTF-8", "help")
	assert.Equal(t, ExitOK, status)
	assert.Contains(t, stdout, "declic check [PATH…]")
	status, stdout, _ = runFor(t, "fr_FR.UTF-8", "-h")
	assert.Equal(t, ExitOK, status)
	assert.Contains(t, stdout, "Utilisation")
	status, stdout, _ = runFor(t, "fr_FR.UTF-8", "version")
	assert.Equal(t, ExitOK, status)
	assert.Equal(t, "Déclic dev\n", stdout)
}

func TestFlagsAnywhere(t *testing.T) {
	o, rest, err := parse([]string{"--lang", "en", "check", "a.toml", "--decks", "x", "b", "--decks=y", "--", "--c"})
	require.NoError(t, err)
	assert.Equal(t, "en", o.Lang)
	assert.Equal(t, []string{"x", "y"}, o.Decks)
	assert.Equal(t, []string{"check", "a.toml", "b", "--c"}, rest)
}

func TestOptionErrorsInWords(t *testing.T) {
	_, _, stderr := runFor(t, "fr_FR.UTF-8", "play", "infox", "--cards", "beaucoup")
	assert.Equal(t, "valeur « beaucoup » incorrecte pour l'option « -cards »\n", stderr)
	_, _, stderr = runFor(t, "en_GB.UTF-8", "list", "--deck")
	assert.Equal(t, "unknown option \"-deck\": type \"declic help\" for the list of options\n", stderr)
}
