package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// TestSaveNeverWritesOverAnother starts workshops at the same second, as a
// clock put back does, and checks that none replaces an older one's
// files, within one run of the game or after a restart.
func TestSaveNeverWritesOverAnother(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	now := storeStart
	clock := func() time.Time { return now }
	start := func() *game.Session {
		s, err := game.NewSession(game.NewTeams("Renards", "Hiboux"), clock())
		require.NoError(t, err)
		_, err = s.NewGame(deck, game.Settings{InOrder: true, Seed: 7})
		require.NoError(t, err)
		return s
	}
	older := start()
	storePlay(t, older, storeMoves...)
	require.NoError(t, st.Save(older))
	storePlay(t, older, game.Move{Kind: game.MovePoints, Team: 1, Points: 1})
	require.NoError(t, st.Save(older), "the older one has a .bak too")

	// A minute in, the clock goes 80 s back; 20 s later a new workshop
	// starts at the very second the older one did.
	now = storeStart.Add(time.Minute).Add(-80 * time.Second).Add(20 * time.Second)
	empty := start()
	require.NoError(t, st.Save(empty), "an empty workshop of the same id removes nothing")
	same := start()
	storePlay(t, same, storeMoves[0])
	require.NoError(t, st.Save(same))
	assert.Equal(t, older.ID+"-2", same.ID, "in the same run")

	st.Release() // the game is closed and started again
	restarted := start()
	storePlay(t, restarted, storeMoves[0])
	require.NoError(t, st.Save(restarted))
	assert.Equal(t, older.ID+"-3", restarted.ID, "after a restart")

	got, err := st.Load(older.ID, storeFinder(deck))
	require.NoError(t, err)
	assertSameSession(t, older, got)
	bak, err := readQuick(st.path(older.ID)+".bak", older.ID)
	require.NoError(t, err)
	assert.Len(t, bak.Games[0].Events, len(storeMoves), "its .bak is its own")
	list, err := st.List()
	require.NoError(t, err)
	assert.Len(t, list, 3)
}

// TestASessionSavedElsewhereIsNotOverwritten saves a session this process
// no longer holds after another instance played on from the same file: it
// is kept as a copy, the other's moves stay.
func TestASessionSavedElsewhereIsNotOverwritten(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[:2]...)
	require.NoError(t, st.Save(s))
	id := s.ID
	st.Release()

	elsewhere, err := st.Resume(id, storeFinder(deck))
	require.NoError(t, err)
	storePlay(t, elsewhere, storeMoves[2])
	require.NoError(t, st.Save(elsewhere))
	st.Release()

	storePlay(t, s, game.Move{Kind: game.MovePoints, Team: 1, Points: 1})
	require.NoError(t, st.Save(s))
	assert.Equal(t, id+"-2", s.ID)
	got, err := st.Load(id, storeFinder(deck))
	require.NoError(t, err)
	assert.Equal(t, game.MoveNext, got.Games[0].Events[2].Kind, "the other instance's move is kept")

	// Unchanged since, a session read or saved before is saved in place.
	read, err := st.Load(id, storeFinder(deck))
	require.NoError(t, err)
	storePlay(t, read, game.Move{Kind: game.MovePoints, Team: 0, Points: 1})
	require.NoError(t, st.Save(read))
	assert.Equal(t, id, read.ID)
}

// TestResumeTheLastSaved puts the clock back between two workshops: the
// one saved last is offered to resume, though its clock reads earlier, and
// so it is when its last save is damaged and it is recovered.
func TestResumeTheLastSaved(t *testing.T) {
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: t.TempDir()}
	before := newStoreSession(t, deck)
	storePlay(t, before, storeMoves...) // its last move at 14:05
	require.NoError(t, st.Save(before))

	after, err := game.NewSession(game.NewTeams("Chats", "Chiens"), storeStart.Add(-time.Hour)) // the clock went back an hour
	require.NoError(t, err)
	_, err = after.NewGame(deck, game.Settings{InOrder: true})
	require.NoError(t, err)
	storePlay(t, after, storeMoves[:2]...)
	require.NoError(t, st.Save(after))
	storePlay(t, after, storeMoves[2])
	require.NoError(t, st.Save(after))
	require.True(t, after.Updated.Before(before.Updated))

	id, ok := st.Latest()
	require.True(t, ok)
	assert.Equal(t, after.ID, id)
	list, err := st.List()
	require.NoError(t, err)
	require.Len(t, list, 2)
	assert.Equal(t, []string{after.ID, before.ID}, []string{list[0].ID, list[1].ID})

	require.NoError(t, os.WriteFile(st.path(after.ID), []byte("{"), 0o644))
	id, ok = st.Latest()
	require.True(t, ok)
	assert.Equal(t, after.ID, id, "a recovered workshop is offered")
	list, err = st.List()
	require.NoError(t, err)
	assert.ErrorIs(t, list[0].Err, ErrRecovered)
	st.Release()
	got, err := st.Resume(id, storeFinder(deck))
	require.ErrorIs(t, err, ErrRecovered)
	assert.Len(t, got.Games[0].Events, 2, "from the save before")
	storePlay(t, got, storeMoves[2])
	require.NoError(t, st.Save(got))
	assert.Equal(t, after.ID, got.ID, "and it plays on in place")
}

// twoDirVar names the folder the helper processes of
// TestTwoInstancesOneWorkshop share; they run only when it is set.
const twoDirVar = "DECLIC_TWO_INSTANCES_DIR"

// twoMoves is how many moves each instance tries.
const twoMoves = 25

// TestTwoInstancesHelper is not a test: it is an instance of the game that
// TestTwoInstancesOneWorkshop starts twice. It tries to resume the
// workshop ("held" or "refused"), waits for "play" on its standard input,
// then gives points twoMoves times, saving after each ("saved N" or
// "refused N"), says "done" and holds on until its input closes.
func TestTwoInstancesHelper(t *testing.T) {
	dir := os.Getenv(twoDirVar)
	if dir == "" {
		t.Skip("helper process of TestTwoInstancesOneWorkshop")
	}
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: dir}
	id := storeStart.Format("2006-01-02-150405")
	name := os.Getenv("DECLIC_TWO_INSTANCES_NAME")
	s, err := st.Resume(id, storeFinder(deck))
	switch {
	case err == nil:
		fmt.Println("held")
	case errors.Is(err, ErrHeld):
		fmt.Println("refused")
		s, err = st.Load(id, storeFinder(deck)) // it plays all the same
		require.NoError(t, err)
	default:
		require.NoError(t, err)
	}
	in := bufio.NewScanner(os.Stdin)
	require.True(t, in.Scan())
	require.Equal(t, "play", in.Text())
	for n := range twoMoves {
		_, err := s.Apply(game.Move{Kind: game.MovePoints, Team: n % 2, Points: 1, Reason: name + " " + strconv.Itoa(n)}, s.Updated.Add(time.Second))
		require.NoError(t, err)
		switch err := st.Save(s); {
		case err == nil:
			fmt.Println("saved", n)
		case errors.Is(err, ErrHeld):
			fmt.Println("refused", n)
		default:
			require.NoError(t, err)
		}
	}
	fmt.Println("done")
	io.Copy(io.Discard, os.Stdin)
}

// TestTwoInstancesOneWorkshop starts two instances of the game on one data
// folder at once, both resuming the same workshop and giving points:
// exactly one holds it, and every move an instance was told was saved is
// in the file afterwards.
func TestTwoInstancesOneWorkshop(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no processes")
	}
	deck := parseStoreDeck(t, storeDeck)
	dir := t.TempDir()
	st := Folder{Dir: dir}
	s := newStoreSession(t, deck)
	storePlay(t, s, storeMoves[0])
	require.NoError(t, st.Save(s))
	st.Release()

	type instance struct {
		cmd   *exec.Cmd
		in    io.WriteCloser
		lines *bufio.Scanner
		first string
		saved []string
		log   []string // what else it wrote: a failure's messages
	}
	var both []*instance
	for _, name := range []string{"A", "B"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestTwoInstancesHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), twoDirVar+"="+dir, "DECLIC_TWO_INSTANCES_NAME="+name)
		cmd.Stderr = os.Stderr
		in, err := cmd.StdinPipe()
		require.NoError(t, err)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		both = append(both, &instance{cmd: cmd, in: in, lines: bufio.NewScanner(out)})
	}
	for _, p := range both {
		require.NoError(t, p.cmd.Start())
	}
	t.Cleanup(func() {
		for _, p := range both {
			p.in.Close()
			p.cmd.Wait()
		}
	})
	for _, p := range both {
		require.True(t, p.lines.Scan(), "the instance said nothing")
		p.first = p.lines.Text()
		require.Contains(t, []string{"held", "refused"}, p.first, "the instance failed")
	}
	firsts := []string{both[0].first, both[1].first}
	assert.ElementsMatch(t, []string{"held", "refused"}, firsts, "exactly one instance holds the workshop")
	for _, p := range both {
		_, err := io.WriteString(p.in, "play\n")
		require.NoError(t, err)
	}
	for i, p := range both {
		for p.lines.Scan() && p.lines.Text() != "done" {
			line := p.lines.Text()
			if n, ok := strings.CutPrefix(line, "saved "); ok {
				p.saved = append(p.saved, []string{"A", "B"}[i]+" "+n)
			} else if !strings.HasPrefix(line, "refused ") {
				p.log = append(p.log, line)
			}
		}
	}
	for _, p := range both {
		p.in.Close()
		require.NoError(t, p.cmd.Wait(), "%s", strings.Join(p.log, "\n"))
	}

	got, err := st.Load(s.ID, storeFinder(deck))
	require.NoError(t, err)
	var inFile []string
	for _, ev := range got.Games[0].Events {
		if ev.Kind == game.MovePoints {
			inFile = append(inFile, ev.Reason)
		}
	}
	all := append(both[0].saved, both[1].saved...)
	assert.Len(t, all, twoMoves, "the instance that holds it saves every move, the other none")
	assert.Equal(t, all, inFile, "every move saved is in the file, in order")
	for _, p := range both {
		if p.first == "refused" {
			assert.Empty(t, p.saved)
		}
	}
}
