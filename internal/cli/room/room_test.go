//go:build !js

package room

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// fakeAddresses is a room's two addresses.
type fakeAddresses struct{ players, console string }

func (f fakeAddresses) PlayersURL() string { return f.players }
func (f fakeAddresses) ConsoleURL() string { return f.console }

// TestRoomLines: the two lines of DESIGN.md's contract, the same in every
// language.
func TestRoomLines(t *testing.T) {
	got := roomLines(fakeAddresses{"http://192.168.1.12:8427/?c=KXRT", "http://192.168.1.12:8427/animateur?k=abc_-123"})
	assert.Equal(t, "salle: http://192.168.1.12:8427/?c=KXRT\nanimateur: http://192.168.1.12:8427/animateur?k=abc_-123\n", got)
}
