//go:build linux

package cards

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileDecks crashed the process or took gigabytes before
// internal/tomlguard: a stack overflow, which recover cannot catch, and the
// parser's memory growing with the square of the nesting or of a key's
// parts.
var hostileDecks = map[string]struct{ text, want string }{
	"a million [": {"x = " + strings.Repeat("[", 1_000_000),
		"t.toml:1:37: lists [ ] or tables { } nested too deep: 32 levels at most"},
	"10,000 nested inline tables": {"x = " + strings.Repeat("{a=", 10_000) + "1" + strings.Repeat("}", 10_000) + "\n",
		"t.toml:1:51: key name too long: 16 dot-separated parts at most, counting those of the table it is in"},
	"a key of 30,000 parts": {strings.Repeat("a.", 29_999) + "a = 1\n",
		"t.toml:1:33: key name too long: 16 dot-separated parts at most, counting those of the table it is in"},
}

// TestHostileDecksInAChild parses each hostile deck in a child process (the
// test binary run again) whose address space is limited to 3 GiB (the Go runtime reserves more than it uses): the
// child must end normally and report the problem at its line.
func TestHostileDecksInAChild(t *testing.T) {
	if name := os.Getenv("DECLIC_HOSTILE_DECK"); name != "" {
		limit := &syscall.Rlimit{Cur: 3 << 30, Max: 3 << 30}
		require.NoError(t, syscall.Setrlimit(syscall.RLIMIT_AS, limit))
		_, problems := Parse("t.toml", []byte(hostileDecks[name].text), nil)
		for _, p := range problems {
			fmt.Println(p.Text("en"))
		}
		return
	}
	for name, deck := range hostileDecks {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestHostileDecksInAChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "DECLIC_HOSTILE_DECK="+name)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "the child died:\n%s", tail(string(out)))
			assert.Contains(t, string(out), deck.want+"\n")
		})
	}
}

// tail returns the end of a child's output, where a crash is told.
func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}
