//go:build js

package store

import (
	"io/fs"
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// fakeLocalStorage gives Node, which runs the js tests, the part of a
// browser's localStorage that Browser uses, empty, and forgets the
// workshops the tests before held in the one before.
func fakeLocalStorage(t *testing.T) {
	t.Helper()
	Browser{}.Release()
	js.Global().Call("eval", `globalThis.localStorage = (() => {
		const items = new Map();
		return {
			getItem: (k) => items.has(k) ? items.get(k) : null,
			setItem: (k, v) => { items.set(k, String(v)); },
			removeItem: (k) => { items.delete(k); },
			key: (i) => i < items.size ? [...items.keys()][i] : null,
			get length() { return items.size; },
		};
	})()`)
}

// localKeys returns the keys of localStorage that hold sessions (not the
// locks, nor the id of the session saved last).
func localKeys() []string {
	ls := js.Global().Get("localStorage")
	var keys []string
	for i := range ls.Get("length").Int() {
		if k := ls.Call("key", i).String(); strings.HasPrefix(k, localPrefix) {
			keys = append(keys, k)
		}
	}
	return keys
}

func TestBrowserKeepsNoEmptyWorkshop(t *testing.T) {
	fakeLocalStorage(t)
	deck := parseStoreDeck(t, storeDeck)
	st := Browser{}
	s := newStoreSession(t, deck)
	require.NoError(t, st.Save(s))
	assert.Empty(t, localKeys(), "a game without a move is not kept")

	storePlay(t, s, storeMoves[0])
	require.NoError(t, st.Save(s))
	storePlay(t, s, storeMoves[1])
	require.NoError(t, st.Save(s))
	assert.ElementsMatch(t, []string{localPrefix + s.ID, localPrefix + s.ID + ".bak"}, localKeys())

	storePlay(t, s, game.Move{Kind: game.MoveUndo}, game.Move{Kind: game.MoveUndo})
	require.NoError(t, st.Save(s))
	assert.Empty(t, localKeys(), "every move undone: nothing kept")

	// One saved by an older version: not listed, and removed.
	data, err := encode(s)
	require.NoError(t, err)
	js.Global().Get("localStorage").Call("setItem", localPrefix+s.ID, string(data))
	list, err := st.List()
	require.NoError(t, err)
	assert.Empty(t, list)
	assert.Empty(t, localKeys())
}

func TestBrowserRenameAndDelete(t *testing.T) {
	fakeLocalStorage(t)
	deck := parseStoreDeck(t, storeDeck)
	st := Browser{}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))

	require.NoError(t, st.Rename(s.ID, " Le jeudi "))
	list, err := st.List()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, "Le jeudi", list[0].Name)
	got, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Equal(t, "Le jeudi", got.Name)
	assert.Len(t, got.Games[0].Events, 2)
	assert.ErrorIs(t, st.Rename("2020-01-01-000000", "x"), fs.ErrNotExist)

	require.NoError(t, st.Delete(s.ID))
	assert.Empty(t, localKeys())
	list, err = st.List()
	require.NoError(t, err)
	assert.Empty(t, list)
	assert.ErrorIs(t, st.Delete(s.ID), fs.ErrNotExist)
	assert.ErrorIs(t, st.Delete("../x"), ErrBadID)
}

// TestLocalStoreHoldsAWorkshopPerTab has another tab hold a workshop (its
// entry, renewed a moment ago): resuming and saving it are refused until
// the hold runs out, as it does when that tab was closed.
func TestBrowserHoldsAWorkshopPerTab(t *testing.T) {
	fakeLocalStorage(t)
	deck := parseStoreDeck(t, storeDeck)
	st := Browser{}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))
	st.Release()
	ls := js.Global().Get("localStorage")
	ls.Call("setItem", localLocks+s.ID, "another-tab "+strconv.FormatInt(time.Now().Add(lockLife).UnixMilli(), 10))

	_, err := st.Resume(s.ID, storeFinder(deck))
	assert.ErrorIs(t, err, ErrHeld)
	storePlay(t, s, storeMoves[2])
	assert.ErrorIs(t, st.Save(s), ErrHeld)
	other := newStoreSession(t, deck)
	storePlay(t, other, storeMoves[0])
	require.NoError(t, st.Save(other))
	assert.Equal(t, s.ID+"-2", other.ID, "a new workshop takes another id")

	ls.Call("setItem", localLocks+s.ID, "another-tab "+strconv.FormatInt(time.Now().Add(-time.Second).UnixMilli(), 10))
	got, err := st.Resume(s.ID, storeFinder(deck))
	require.NoError(t, err, "a closed tab's hold runs out")
	storePlay(t, got, storeMoves[2])
	require.NoError(t, st.Save(got))
	assert.Equal(t, s.ID, got.ID)
	assert.True(t, strings.HasPrefix(ls.Call("getItem", localLocks+s.ID).String(), tabToken()+" "))

	// This tab's hold ran out while it was in the background, and another
	// tab took the workshop: this tab's next save is refused.
	ls.Call("setItem", localLocks+s.ID, "another-tab "+strconv.FormatInt(time.Now().Add(lockLife).UnixMilli(), 10))
	storePlay(t, got, game.Move{Kind: game.MovePoints, Team: 0, Points: 1})
	assert.ErrorIs(t, st.Save(got), ErrHeld)
	saved, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Len(t, saved.Games[0].Events, 3, "the other tab's workshop is left as it was")
}
