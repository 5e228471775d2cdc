package decktools

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// valid holds decks of cards' tests that load.
var valid = filepath.Join("..", "..", "..", "cards", "testdata", "valid")

// world is a command line's world for a test: its streams, LANG, its data
// folder, and these commands.
func world(stdout, stderr io.Writer, home, lang string) cli.World {
	return cli.World{Stdout: stdout, Stderr: stderr, Home: home, DeckTools: Commands{},
		Getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		}}
}

// runFor runs a command line in a fresh data folder, in the language of
// LANG lang.
func runFor(t *testing.T, lang string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = cli.Run(args, world(&out, &errOut, t.TempDir(), lang))
	return status, out.String(), errOut.String()
}

// golden compares got with testdata/name, rewritten with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./internal/cli/decktools -update to write it")
	assert.Equal(t, string(want), got)
}
