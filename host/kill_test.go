package host

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
)

// killDirVar names the folder the helper process saves in; the helper runs
// only when it is set.
const killDirVar = "DECLIC_HOST_KILL_DIR"

// TestHostKillHelper is not a test: it is the process TestKilledAfterAnEvent
// starts and kills. It plays through a host saving in a folder; its
// listener writes "told N" (N moves in the session) and waits for a line on
// standard input before the loop goes on.
func TestHostKillHelper(t *testing.T) {
	dir := os.Getenv(killDirVar)
	if dir == "" {
		t.Skip("helper process of TestKilledAfterAnEvent")
	}
	deck := parse(t, threeClaims)
	h := New(store.Folder{Dir: dir}, clock())
	in := bufio.NewReader(os.Stdin)
	h.Listen(func(e Event) {
		if e.Kind == "" {
			return
		}
		fmt.Printf("told %d\n", moves(h.Session()))
		in.ReadString('\n')
	})
	_, err := h.NewSession("", game.NewTeams("Les Hiboux", "Les Loutres"))
	require.NoError(t, err)
	for i := 0; ; i++ {
		g := h.Session().Current()
		if g == nil || g.Over() {
			_, err := h.NewGame(deck, game.Settings{Mode: cards.ModeTurns, InOrder: true})
			require.NoError(t, err)
			continue
		}
		m := next
		if st := g.State(); st.Phase != game.PhaseRevealed {
			m = answer(st.Turn, i%3)
		}
		_, err := h.Apply(Local, h.Rev(), m)
		require.NoError(t, err)
	}
}

func moves(s *game.Session) int {
	n := 0
	for _, g := range s.Games {
		n += len(g.Events)
	}
	return n
}

// TestKilledAfterAnEvent kills the process at a random event, while its
// listener holds the loop: the session file holds that event's move,
// because the host saves before it tells.
func TestKilledAfterAnEvent(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL on Windows")
	}
	deck := parse(t, threeClaims)
	for run := 0; run < 10; run++ {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestHostKillHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), killDirVar+"="+dir)
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		lines := bufio.NewScanner(stdout)
		stop := 1 + rand.IntN(40)
		told := 0
		for i := 1; i <= stop; i++ {
			require.True(t, lines.Scan(), "the helper stopped: %v", lines.Err())
			n, ok := strings.CutPrefix(lines.Text(), "told ")
			require.True(t, ok, "helper said %q", lines.Text())
			told, err = strconv.Atoi(n)
			require.NoError(t, err)
			if i < stop {
				fmt.Fprintln(stdin)
			}
		}
		require.NoError(t, cmd.Process.Kill())
		cmd.Wait()

		list, err := store.Folder{Dir: dir}.List()
		require.NoError(t, err)
		require.Len(t, list, 1)
		s, err := store.Folder{Dir: dir}.Load(list[0].ID, func(game.DeckRef) (*cards.Deck, error) { return deck, nil })
		require.NoError(t, err)
		require.Equal(t, told, moves(s), "run %d: killed after the event of move %d", run+1, told)
	}
}
