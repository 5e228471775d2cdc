package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"

	"declic/cards"
)

// storeDeck is a small deck of verdict cards played in turns: the default
// French verdicts are vrai (0), faux (1), trompeur (2).
const storeDeck = `format = 1
[deck]
id = "essai"
title = "Essai"
language = "fr"
[defaults]
mode = "turns"
[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue inondée de Houston."
answer = "faux"
explanation = "Photomontage."
[[card]]
type = "verdict"
id = "sms"
claim = "Le premier SMS a été envoyé en 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."
[[card]]
type = "verdict"
id = "pape"
claim = "Le pape porte une doudoune blanche."
answer = "trompeur"
explanation = "Image générée."
`

func parseStoreDeck(t testing.TB, src string) *cards.Deck {
	t.Helper()
	d, problems := cards.Parse("t.toml", []byte(src), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	require.NotNil(t, d)
	return d
}

// finder finds the decks given, by id and language.
func storeFinder(decks ...*cards.Deck) func(game.DeckRef) (*cards.Deck, error) {
	return func(ref game.DeckRef) (*cards.Deck, error) {
		for _, d := range decks {
			if d.ID == ref.ID && d.Language == ref.Language {
				return d, nil
			}
		}
		return nil, fmt.Errorf("no deck %q", ref.ID)
	}
}

var (
	storeStart  = time.Date(2026, 11, 28, 14, 0, 0, 0, time.UTC)
	storeMinute = func(n int) time.Time { return storeStart.Add(time.Duration(n) * time.Minute) }
)

// newStoreSession starts a session of two teams and a game of the deck, its
// cards in order.
func newStoreSession(t testing.TB, deck *cards.Deck) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	_, err = s.NewGame(deck, game.Settings{InOrder: true, Seed: 7})
	require.NoError(t, err)
	return s
}

// play applies moves one a storeMinute after the session's last update.
func storePlay(t testing.TB, s *game.Session, moves ...game.Move) {
	t.Helper()
	for _, m := range moves {
		_, err := s.Apply(m, s.Updated.Add(time.Minute))
		require.NoError(t, err, "%+v", m)
	}
}

// The first card (requin, faux) goes to the Renards, the second (sms, vrai)
// to the Hiboux.
var storeMoves = []game.Move{
	{Kind: game.MoveAnswer, Team: 0, Choice: 1}, // right: +1
	{Kind: game.MovePoints, Team: 0, Points: 2, Reason: "bien argumenté"},
	{Kind: game.MoveNext},
	{Kind: game.MoveAnswer, Team: 1, Choice: 2}, // wrong
	{Kind: game.MoveNext},
}

// storeFiles returns the paths of the files in dir, but for the locks and
// the note of the session saved last, which are no session's files.
func storeFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		if name := e.Name(); name != lastFile && !strings.HasSuffix(name, ".lock") {
			files = append(files, filepath.Join(dir, name))
		}
	}
	return files
}

func assertSameSession(t *testing.T, want, got *game.Session) {
	t.Helper()
	assert.Equal(t, want.ID, got.ID)
	assert.True(t, want.Started.Equal(got.Started), "started %v, want %v", got.Started, want.Started)
	assert.True(t, want.Updated.Equal(got.Updated), "updated %v, want %v", got.Updated, want.Updated)
	assert.Equal(t, want.Teams, got.Teams)
	assert.Equal(t, want.Finished, got.Finished)
	require.Len(t, got.Games, len(want.Games))
	for i, g := range want.Games {
		assert.Equal(t, g.Deck, got.Games[i].Deck)
		assert.Equal(t, g.Settings, got.Games[i].Settings)
		assert.Equal(t, g.Draw, got.Games[i].Draw)
		assert.Equal(t, g.Events, got.Games[i].Events)
		assert.Equal(t, g.State(), got.Games[i].State())
	}
	assert.Equal(t, want.Totals(), got.Totals())
}

func TestSaveLoad(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves...)
	_, err := s.NewGame(deck, game.Settings{Seed: 3})
	require.NoError(t, err)
	storePlay(t, s, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0})
	st := Folder{Dir: filepath.Join(t.TempDir(), "sessions")}

	require.NoError(t, st.Save(s), "the folder is created")
	got, err := st.Resume(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assertSameSession(t, s, got)

	storePlay(t, got, game.Move{Kind: game.MoveNext})
	assert.Equal(t, s.Games[1].State().Card+1, got.Games[1].State().Card, "a loaded session plays on")
	require.NoError(t, st.Save(got))
	assert.Equal(t, []string{st.path(s.ID), st.path(s.ID) + ".bak"}, storeFiles(t, st.Dir), "no temporary file left")
	prev, err := os.ReadFile(st.path(s.ID) + ".bak")
	require.NoError(t, err)
	old, err := decode(prev, s.ID)
	require.NoError(t, err)
	assert.Len(t, old.Games[1].Events, 1, "the .bak holds the save before")
}

// saveTwice saves the session after storeMoves[:n], then after one move
// more, and returns the session as it was at the first save.
func saveTwice(t *testing.T, st Folder, deck *cards.Deck, n int) (first *game.Session) {
	t.Helper()
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:n]...)
	require.NoError(t, st.Save(s))
	first = newStoreSession(t, deck)
	storePlay(t, first, storeMoves[:n]...)
	storePlay(t, s, storeMoves[n])
	require.NoError(t, st.Save(s))
	return first
}

func TestLoadFallsBackOnDamage(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	tests := []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)*2/3] }},
		{"empty", func([]byte) []byte { return nil }},
		{"one byte flipped", func(b []byte) []byte {
			i := bytes.Index(b, []byte("argumenté")) + 2
			b[i] ^= 0x01
			return b
		}},
		{"not JSON", func([]byte) []byte { return []byte("Déclic\x00\x00\x00") }},
		{"unknown format", func(b []byte) []byte { return bytes.Replace(b, []byte(`"format": 1`), []byte(`"format": 2`), 1) }},
		{"checksum of another session", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"Renards"`), []byte(`"Loups"`), 1)
		}},
		{"moves that do not replay", func(b []byte) []byte {
			// A well-formed file whose answer is not the one that was scored.
			s, err := decode(b, storeStart.Format("2006-01-02-150405"))
			if err != nil {
				panic(err)
			}
			s.Games[0].Events[0].Choice = 2
			data, err := encode(s)
			if err != nil {
				panic(err)
			}
			return data
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := Folder{Dir: t.TempDir()}
			want := saveTwice(t, st, deck, 3)
			main := st.path(want.ID)
			data, err := os.ReadFile(main)
			require.NoError(t, err)
			bad := tt.damage(bytes.Clone(data))
			require.NoError(t, os.WriteFile(main, bad, 0o644))

			got, err := st.Resume(want.ID, storeFinder(deck))
			require.ErrorIs(t, err, ErrRecovered)
			require.NotNil(t, got, "the previous save comes with the error")
			assertSameSession(t, want, got)

			kept, err := os.ReadFile(main + ".damaged-1")
			require.NoError(t, err, "the damaged file is kept aside")
			assert.Equal(t, string(bad), string(kept))
			assert.NoFileExists(t, main)

			storePlay(t, got, storeMoves[3])
			require.NoError(t, st.Save(got))
			_, err = st.Load(want.ID, storeFinder(deck))
			assert.NoError(t, err)
			assert.FileExists(t, main+".damaged-1", "saving again leaves it alone")
		})
	}
}

func TestLoadBothDamaged(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := saveTwice(t, st, deck, 1)
	main := st.path(s.ID)
	require.NoError(t, os.WriteFile(main, []byte(`{"format": 1`), 0o644))
	require.NoError(t, os.WriteFile(main+".bak", []byte(`{"format": 9, "session": {}}`), 0o644))

	got, err := st.Load(s.ID, storeFinder(deck))
	assert.ErrorIs(t, err, ErrCorrupt)
	assert.NotErrorIs(t, err, ErrRecovered)
	assert.Nil(t, got)
	assert.FileExists(t, main, "nothing is moved when there is nothing to use instead")
	assert.NoFileExists(t, main+".damaged-1")

	// A new session started the same second takes another id: the
	// damaged files stay as they are, for a person to look at.
	s = newStoreSession(t, deck)
	storePlay(t, s, storeMoves[0])
	require.NoError(t, st.Save(s))
	assert.Equal(t, storeStart.Format("2006-01-02-150405")+"-2", s.ID)
	assert.FileExists(t, main)
	assert.NoFileExists(t, main+".damaged-1")
	_, err = st.Load(s.ID, storeFinder(deck))
	assert.NoError(t, err)

	// Saved by the instance that holds it, it keeps the damaged file aside.
	held := newStoreSession(t, deck)
	storePlay(t, held, storeMoves[0])
	require.NoError(t, take(st, held.ID, held))
	require.NoError(t, st.Save(held))
	assert.FileExists(t, main+".damaged-1")
	_, err = st.Load(held.ID, storeFinder(deck))
	assert.NoError(t, err)
}

func TestLoadMissing(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	_, err := st.Load("2026-01-01-000000", storeFinder(deck))
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.NotErrorIs(t, err, ErrCorrupt)

	// Killed between the two renames of a save (on a file system without
	// hard links): only the .bak is there.
	want := saveTwice(t, st, deck, 2)
	require.NoError(t, os.Remove(st.path(want.ID)))
	got, err := st.Load(want.ID, storeFinder(deck))
	require.ErrorIs(t, err, ErrRecovered)
	assertSameSession(t, want, got)
}

func TestLoadWithoutItsDeck(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := saveTwice(t, st, deck, 1)
	before := storeFiles(t, st.Dir)

	_, err := st.Load(s.ID, storeFinder())
	assert.ErrorIs(t, err, game.ErrNoDeck)
	assert.NotErrorIs(t, err, ErrRecovered)
	assert.NotErrorIs(t, err, ErrCorrupt)
	_, err = st.Load(s.ID, func(game.DeckRef) (*cards.Deck, error) { return nil, fs.ErrNotExist })
	assert.ErrorIs(t, err, game.ErrNoDeck, "a deck file missing is not the session file missing")
	assert.Equal(t, before, storeFiles(t, st.Dir), "a missing deck is no damage: nothing is moved")
}

func TestSaveMovesDamagedFileAside(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := saveTwice(t, st, deck, 1)
	main := st.path(s.ID)
	good, err := os.ReadFile(main + ".bak")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(main, []byte("abîmé"), 0o644))
	require.NoError(t, os.WriteFile(main+".damaged-1", []byte("plus ancien"), 0o644))

	require.NoError(t, take(st, s.ID, s), "the instance that plays it saves it")
	require.NoError(t, st.Save(s))
	aside, err := os.ReadFile(main + ".damaged-2")
	require.NoError(t, err)
	assert.Equal(t, "abîmé", string(aside), "never overwritten silently")
	bak, err := os.ReadFile(main + ".bak")
	require.NoError(t, err)
	assert.Equal(t, good, bak, "a damaged file never becomes the .bak")
}

// TestEveryFlippedBitDetected changes each byte of a file in two ways, its
// lowest bit and its case bit: the file is refused, or reads as the same
// session (a key of the envelope in another case).
func TestEveryFlippedBitDetected(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves...)
	data, err := encode(s)
	require.NoError(t, err)
	want, err := decode(data, s.ID)
	require.NoError(t, err)
	for i := range data {
		for _, bit := range []byte{0x01, 0x20} {
			b := bytes.Clone(data)
			b[i] ^= bit
			got, err := decode(b, s.ID)
			if err == nil {
				require.Equal(t, want, got, "byte %d ^ %#x read as another session", i, bit)
				continue
			}
			require.ErrorIs(t, err, errDamaged)
		}
	}
}

func TestList(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	list, err := st.List()
	require.NoError(t, err)
	assert.Empty(t, list)
	_, ok := Folder{Dir: filepath.Join(st.Dir, "nowhere")}.Latest()
	assert.False(t, ok)

	session := func(started time.Time, names ...string) *game.Session {
		s, err := game.NewSession(game.NewTeams(names...), started)
		require.NoError(t, err)
		_, err = s.NewGame(deck, game.Settings{InOrder: true})
		require.NoError(t, err)
		return s
	}
	morning := session(storeMinute(-300), "Renards", "Hiboux")
	storePlay(t, morning, storeMoves...) // Renards 3, Hiboux 0
	morning.Finished = true
	afternoon := session(storeMinute(0), "Chats", "Chiens", "Loups")
	storePlay(t, afternoon, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 1}, game.Move{Kind: game.MoveNext}, game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 0})
	morning.Name = "Collège Jean Moulin, 4e B"
	yesterday := session(storeMinute(-24*60), "Famille")
	storePlay(t, yesterday, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0}) // wrong
	broken := session(storeMinute(-48*60), "A", "B")
	storePlay(t, broken, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0})
	for _, s := range []*game.Session{morning, afternoon, yesterday, broken} {
		require.NoError(t, st.Save(s))
	}
	// An empty workshop saved by an older version, which kept them: not
	// listed, and its files removed.
	empty := session(storeMinute(-10), "Vide", "Rien")
	data, err := encode(empty)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(st.path(empty.ID), data, 0o644))
	require.NoError(t, os.WriteFile(st.path(empty.ID)+".bak", data, 0o644))
	// The afternoon's last save is damaged: it is listed from the one before.
	storePlay(t, afternoon, game.Move{Kind: game.MoveNext})
	require.NoError(t, st.Save(afternoon))
	require.NoError(t, os.WriteFile(st.path(afternoon.ID), []byte("{"), 0o644))
	require.NoError(t, os.WriteFile(st.path(broken.ID), []byte("{}"), 0o644))
	// Files that are not sessions are left out.
	for _, name := range []string{"notes.txt", ".x.json.tmp-1", afternoon.ID + ".json.damaged-1"} {
		require.NoError(t, os.WriteFile(filepath.Join(st.Dir, name), []byte("x"), 0o644))
	}

	list, err = st.List()
	require.NoError(t, err)
	require.Len(t, list, 4)
	assert.NoFileExists(t, st.path(empty.ID))
	assert.NoFileExists(t, st.path(empty.ID)+".bak")
	type row struct {
		ID       string
		Name     string
		Updated  time.Time
		Teams    int
		Totals   []int
		Games    int
		Finished bool
	}
	var got []row
	for _, s := range list {
		got = append(got, row{s.ID, s.Name, s.Updated, len(s.Teams), s.Totals, s.Games, s.Finished})
	}
	assert.Equal(t, []row{
		{afternoon.ID, "", storeMinute(3), 3, []int{1, 1, 0}, 1, false},
		{morning.ID, "Collège Jean Moulin, 4e B", storeMinute(-295), 2, []int{3, 0}, 1, true},
		{yesterday.ID, "", storeMinute(-24*60 + 1), 1, []int{0}, 1, false},
		{broken.ID, "", time.Time{}, 0, nil, 0, false},
	}, got)
	assert.ErrorIs(t, list[0].Err, ErrRecovered)
	assert.NoError(t, list[1].Err)
	assert.NoError(t, list[2].Err)
	assert.ErrorIs(t, list[3].Err, ErrCorrupt)
	assert.Equal(t, "Chats", list[0].Teams[0].Name)

	id, ok := st.Latest()
	assert.True(t, ok)
	assert.Equal(t, afternoon.ID, id)
}

func TestBadIDs(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	for _, id := range []string{"", ".", "..", "../x", `a\b`, ".cache", "c:x"} {
		_, err := st.Load(id, storeFinder(deck))
		assert.ErrorIs(t, err, ErrBadID, id)
		s := newStoreSession(t, deck)
		s.ID = id
		assert.ErrorIs(t, st.Save(s), ErrBadID, id)
	}
	assert.Error(t, st.Save(nil))
}

func TestLoadRemovesLeftoverTemps(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[0])
	require.NoError(t, st.Save(s))
	leftover := filepath.Join(st.Dir, "."+s.ID+".json.tmp-123")
	require.NoError(t, os.WriteFile(leftover, []byte("{"), 0o644))
	_, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.NoFileExists(t, leftover)
}

func TestAnEmptyWorkshopIsNotKept(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	files := func() []string {
		t.Helper()
		var names []string
		for _, f := range storeFiles(t, st.Dir) {
			names = append(names, filepath.Base(f))
		}
		return names
	}
	s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), storeStart)
	require.NoError(t, err)
	require.True(t, s.Empty(), "no game")
	require.NoError(t, st.Save(s))
	assert.Empty(t, files(), "teams alone are not kept")

	_, err = s.NewGame(deck, game.Settings{InOrder: true})
	require.NoError(t, err)
	require.True(t, s.Empty(), "a game without a move")
	require.NoError(t, st.Save(s))
	assert.Empty(t, files())

	storePlay(t, s, storeMoves[0])
	require.False(t, s.Empty())
	require.NoError(t, st.Save(s))
	storePlay(t, s, storeMoves[1])
	require.NoError(t, st.Save(s))
	assert.Equal(t, []string{s.ID + ".json", s.ID + ".json.bak"}, files())

	// Every move undone: the workshop is empty again, and its files go.
	storePlay(t, s, game.Move{Kind: game.MoveUndo}, game.Move{Kind: game.MoveUndo})
	require.True(t, s.Empty())
	require.NoError(t, st.Save(s))
	assert.Empty(t, files())
	list, err := st.List()
	require.NoError(t, err)
	assert.Empty(t, list, "not listed, so not offered to resume")
	_, ok := st.Latest()
	assert.False(t, ok)

	// A game ended before its first card is no game played.
	storePlay(t, s, game.Move{Kind: game.MoveEnd})
	assert.True(t, s.Empty())
	require.NoError(t, st.Save(s))
	assert.Empty(t, files())
}

func TestRename(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := saveTwice(t, st, deck, 1)
	main := st.path(s.ID)
	before, err := os.ReadFile(main)
	require.NoError(t, err)

	require.NoError(t, st.Rename(s.ID, "  Atelier du jeudi, 4e B "))
	list, err := st.List()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, "Atelier du jeudi, 4e B", list[0].Name)
	assert.True(t, storeMinute(2).Equal(list[0].Updated), "renaming is not playing: %v", list[0].Updated)
	got, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Equal(t, "Atelier du jeudi, 4e B", got.Name)
	assert.Len(t, got.Games[0].Events, 2, "the moves are kept")
	bak, err := os.ReadFile(main + ".bak")
	require.NoError(t, err)
	assert.Equal(t, before, bak, "the save before the new name is the previous one")

	require.NoError(t, st.Rename(s.ID, ""))
	got, err = st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Empty(t, got.Name, "an empty name takes the name away")

	// A damaged last save: the previous one is renamed, the damaged file
	// kept aside.
	require.NoError(t, os.WriteFile(main, []byte("{"), 0o644))
	require.NoError(t, st.Rename(s.ID, "Repris"))
	assert.FileExists(t, main+".damaged-1")
	got, err = st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	assert.Equal(t, "Repris", got.Name)

	require.NoError(t, os.WriteFile(main, []byte("{"), 0o644))
	require.NoError(t, os.WriteFile(main+".bak", []byte("{"), 0o644))
	assert.ErrorIs(t, st.Rename(s.ID, "x"), ErrCorrupt)
	assert.ErrorIs(t, st.Rename("2020-01-01-000000", "x"), fs.ErrNotExist)
	assert.ErrorIs(t, st.Rename("../x", "x"), ErrBadID)
}

func TestDelete(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := saveTwice(t, st, deck, 1)
	other := newStoreSession(t, deck)
	other.ID = "2026-11-29-100000"
	storePlay(t, other, storeMoves[0])
	require.NoError(t, st.Save(other))
	main := st.path(s.ID)
	for _, name := range []string{main + ".damaged-1", filepath.Join(st.Dir, "."+s.ID+".json.tmp-9")} {
		require.NoError(t, os.WriteFile(name, []byte("{"), 0o644))
	}

	require.NoError(t, st.Delete(s.ID))
	assert.Equal(t, []string{st.path(other.ID)}, storeFiles(t, st.Dir), "every file of the workshop is gone, and only them")
	assert.NoFileExists(t, st.lockPath(s.ID))
	list, err := st.List()
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, other.ID, list[0].ID)
	_, err = st.Load(s.ID, storeFinder(deck))
	assert.ErrorIs(t, err, fs.ErrNotExist)

	assert.ErrorIs(t, st.Delete(s.ID), fs.ErrNotExist)
	assert.ErrorIs(t, st.Delete(".."), ErrBadID)
}

// TestSessionFilesBeforeNamesLoad loads a file saved by the version before
// workshops had names (testdata/session-before-names.json, storeMoves
// played): it loads as it was, without a name, and takes one.
func TestSessionFilesBeforeNamesLoad(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	data, err := os.ReadFile(filepath.Join("testdata", "session-before-names.json"))
	require.NoError(t, err)
	var file struct{ Session map[string]any }
	require.NoError(t, json.Unmarshal(data, &file))
	require.NotContains(t, file.Session, "name", "the file predates names")
	st := Folder{Dir: t.TempDir()}
	id := storeStart.Format("2006-01-02-150405")
	require.NoError(t, os.WriteFile(st.path(id), data, 0o644))

	want := newStoreSession(t, deck)
	storePlay(t, want, storeMoves...)
	got, err := st.Load(id, storeFinder(deck))
	require.NoError(t, err)
	assertSameSession(t, want, got)
	assert.Empty(t, got.Name)

	require.NoError(t, st.Rename(id, "Le premier"))
	got, err = st.Load(id, storeFinder(deck))
	require.NoError(t, err)
	assert.Equal(t, "Le premier", got.Name)
	assertSameSession(t, want, got)
}
