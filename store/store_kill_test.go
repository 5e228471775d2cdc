package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// killDirVar names the folder the helper process saves in; the helper runs
// only when it is set.
const killDirVar = "DECLIC_STORE_KILL_DIR"

// killMaxEvents ends the helper when nobody killed it, far later than any
// kill comes.
const killMaxEvents = 20000

// TestStoreKillHelper is not a test: it is the process TestStoreSurvivesKill
// starts and kills. It plays game after game, saves after every event and
// writes "ack N" on standard output once the save of N events has returned.
func TestStoreKillHelper(t *testing.T) {
	dir := os.Getenv(killDirVar)
	if dir == "" {
		t.Skip("helper process of TestStoreSurvivesKill")
	}
	deck := parseStoreDeck(t, storeDeck)
	st := Folder{Dir: dir}
	s := newStoreSession(t, deck)
	// An empty workshop is not saved: the first save has a move.
	storePlay(t, s, game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 1})
	events := 1
	for {
		require.NoError(t, st.Save(s))
		fmt.Printf("ack %d\n", events)
		if events >= killMaxEvents {
			os.Exit(0)
		}
		g := s.Current()
		if g.Over() {
			var err error
			g, err = s.NewGame(deck, game.Settings{InOrder: true})
			require.NoError(t, err)
		}
		now := g.State()
		m := game.Move{Kind: game.MoveNext}
		switch {
		case now.Phase == game.PhaseRevealed:
		case events%7 == 3:
			m = game.Move{Kind: game.MovePoints, Team: events % 2, Points: 1, Reason: "argument n° " + strconv.Itoa(events)}
		default:
			m = game.Move{Kind: game.MoveAnswer, Team: now.Turn, Choice: events % 3}
		}
		_, err := s.Apply(m, s.Updated.Add(time.Second))
		require.NoError(t, err)
		events++
	}
}

// TestStoreSurvivesKill kills a process that saves after every event at
// random moments, and checks that the session always loads with every
// event the process was told had been saved.
func TestStoreSurvivesKill(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL on Windows")
	}
	runs := 100
	if testing.Short() {
		runs = 20
	}
	deck := parseStoreDeck(t, storeDeck)
	id := storeStart.Format("2006-01-02-150405")
	r := rand.New(rand.NewPCG(2026, 11))
	base := t.TempDir()
	midSave, killed := 0, 0
	for i := range runs {
		dir := filepath.Join(base, strconv.Itoa(i))
		delay := time.Duration(r.IntN(31)) * time.Millisecond
		acked, finished := runKillHelper(t, dir, delay)
		if !finished {
			killed++
		}

		st := Folder{Dir: dir}
		s, err := st.Load(id, storeFinder(deck))
		if err != nil {
			// Only a save killed between its two renames, on a file system
			// without hard links, may leave the .bak alone.
			require.ErrorIs(t, err, ErrRecovered, "run %d, killed %v after ack %d", i, delay, acked)
			assert.NoFileExists(t, st.path(id)+".damaged-1", "run %d: the main file was damaged", i)
		}
		require.NotNil(t, s, "run %d", i)
		events := 0
		for _, g := range s.Games {
			events += len(g.Events)
		}
		require.GreaterOrEqual(t, events, acked, "run %d, killed %v after ack %d: an acknowledged event is lost", i, delay, acked)
		require.LessOrEqual(t, events, acked+1, "run %d: only the save in progress may be there unacknowledged", i)
		if events == acked+1 {
			midSave++
		}
	}
	t.Logf("%d runs, %d killed, %d killed after a save returned and before its ack", runs, killed, midSave)
}

// runKillHelper starts the helper saving in dir, kills it delay after its
// first save, and returns the last N it acknowledged, and whether it ended
// before the kill.
func runKillHelper(t *testing.T, dir string, delay time.Duration) (acked int, finished bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestStoreKillHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), killDirVar+"="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	lines := bufio.NewScanner(out)
	acked, seen := -1, false
	read := func() bool {
		for lines.Scan() {
			if n, ok := strings.CutPrefix(lines.Text(), "ack "); ok {
				acked, err = strconv.Atoi(n)
				require.NoError(t, err)
				return true
			}
		}
		return false
	}
	if seen = read(); seen {
		timer := time.AfterFunc(delay, func() { cmd.Process.Kill() })
		for read() {
		}
		finished = timer.Stop()
	}
	waitErr := cmd.Wait() // a killed process is an error here: not ours
	require.True(t, seen, "the helper never saved: %v", waitErr)
	if finished {
		require.Equal(t, killMaxEvents, acked, "the helper stopped early: %v", waitErr)
	}
	return acked, finished
}
