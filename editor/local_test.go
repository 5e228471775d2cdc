package editor

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/decks"
)

// TestLocalTellsTheGameWhatItSaved opens the editor as the game's decks
// screen does, saves a deck through its API as the page does, and checks
// that the game is woken and told the file; a second Open gives the same
// server, and a closed editor does not open again.
func TestLocalTellsTheGameWhatItSaved(t *testing.T) {
	woke := 0
	l := &Local{Dir: t.TempDir(), Bundled: decks.FS, Lang: "fr", Wake: func() { woke++ }}
	t.Cleanup(func() { l.Close() })
	assert.Nil(t, l.Saved(), "nothing before it is opened")
	page, err := l.Open("")
	require.NoError(t, err)
	u, err := url.Parse(page)
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1", u.Hostname())
	again, err := l.Open("")
	require.NoError(t, err)
	assert.Equal(t, page, again, "one server for the game")

	body, err := json.Marshal(map[string]any{"path": "essai.fr/essai.toml", "form": goodForm()})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, "http://"+u.Host+"/api/save", bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("X-Declic-Token", u.Query().Get("t"))
	req.Header.Set("Origin", "http://"+u.Host)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)

	file := <-l.Saved()
	assert.Equal(t, filepath.Join(l.Dir, "essai.fr", "essai.toml"), file)
	_, err = os.Stat(file)
	assert.NoError(t, err)
	assert.Equal(t, 1, woke)

	require.NoError(t, l.Close())
	_, err = l.Open("")
	assert.Error(t, err, "closed for good")
}
