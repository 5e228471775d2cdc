package ui

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/host"
)

// TestUIWritesNoStandardStream: ui/ says what went wrong on the log it is
// given (Deps.Log), never on the process's own streams: the room's server
// and the tests run it where stderr is not the facilitator's terminal.
func TestUIWritesNoStandardStream(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, stream := range []string{"os.Stderr", "os.Stdout"} {
			assert.NotContains(t, string(data), stream, "%s writes on %s", f, stream)
		}
	}
}

// TestAFailedSaveIsLogged: a save that fails is shown on screen and said on
// the log, a line starting "declic: ".
func TestAFailedSaveIsLogged(t *testing.T) {
	d := sceneDeps(t)
	var log bytes.Buffer
	d.Log = &log
	s, err := d.Host.NewSession("", game.NewTeams("Renards", "Hiboux"))
	require.NoError(t, err)
	_, err = d.Host.NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	d.Store = failingStore{d.Store} // from the first move on
	d.Host = host.New(d.Store, d.Now)
	d.Listen()
	_, err = d.play(s, game.Move{Kind: game.MoveSkip})
	require.NoError(t, err, "the move stands")
	assert.Equal(t, d.View.Tr.T("save_failed"), d.View.Notice)
	assert.True(t, strings.HasPrefix(log.String(), "declic: "), "%q", log.String())
	assert.Equal(t, 1, strings.Count(log.String(), "\n"))
}

// failingStore is a store whose saves all fail, as on a full disk.
type failingStore struct{ Sessions }

func (failingStore) Save(*game.Session) error { return errors.New("no space left on device") }
