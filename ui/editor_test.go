package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/store"
)

// fakeEditor is an editor that opens nothing: it counts its openings and
// hands the decks a test says were saved.
type fakeEditor struct {
	opened  int
	browser bool
	err     error
	saved   chan string
}

func (e *fakeEditor) Open() (string, bool, error) {
	e.opened++
	return "http://127.0.0.1:4242/?t=abc", e.browser, e.err
}
func (e *fakeEditor) Saved() <-chan string { return e.saved }
func (e *fakeEditor) SetWake(func())       {}

// TestTheDecksScreenOpensTheEditor taps Edit decks on the decks screen:
// the editor opens (its address shown when no browser started), and a
// deck it saves joins the list at once, said on screen.
func TestTheDecksScreenOpensTheEditor(t *testing.T) {
	d := sceneDeps(t)
	d.Shelf = store.FolderShelf{Dir: t.TempDir()}
	ed := &fakeEditor{browser: true, saved: make(chan string, 1)}
	d.Editor = ed
	sc := newDeckScene(d, nil, backScene{}).(*deckScene)
	dr := newSceneDriver(t, d, sc)
	l := layoutDecks(d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	require.Positive(t, l.edit.W, "an Edit decks button")
	assert.False(t, l.edit.Overlaps(l.add), "beside Add decks")

	dr.tap(l.edit)
	assert.Equal(t, 1, ed.opened)
	assert.Equal(t, strings.ReplaceAll("L'éditeur de jeux s'ouvre dans votre navigateur. Chaque jeu enregistré là-bas arrive ici aussitôt.", " :", "\u00a0:"), d.View.Notice)

	ed.browser = false
	dr.tap(l.edit)
	assert.Contains(t, d.View.Notice, "http://127.0.0.1:4242/?t=abc", "the address when no browser opened")

	ed.err = errors.New("no port")
	dr.tap(l.edit)
	assert.Equal(t, "L'éditeur de jeux n'a pas pu démarrer.", d.View.Notice)

	dir := filepath.Join(t.TempDir(), "essai.fr")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	file := filepath.Join(dir, "essai.toml")
	require.NoError(t, os.WriteFile(file, smallDeck("essai", "Mon essai"), 0o644))
	ed.saved <- file
	var notice string
	assert.True(t, d.pollEditor(&notice))
	assert.NotNil(t, d.Library.Find("essai", "fr"), "in the list at once")
	assert.Contains(t, notice, "Mon essai")
	assert.False(t, d.pollEditor(&notice), "nothing more")

	d.Editor = nil
	l = layoutDecks(d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	assert.Zero(t, l.edit.W, "no button without an editor")
}
