package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRoomFlags: --salle and --port N are flags of declic and declic play,
// wherever they stand; a port is 0 (any free one) to 65535, and a wrong
// one is said in words, with the usage status.
func TestRoomFlags(t *testing.T) {
	o, rest, err := parse([]string{"play", "infox", "--salle", "--port", "9000"})
	require.NoError(t, err)
	assert.True(t, o.Salle)
	assert.Equal(t, 9000, o.Port)
	assert.True(t, o.PortSet)
	assert.Equal(t, []string{"play", "infox"}, rest)

	o, _, err = parse([]string{"--salle"})
	require.NoError(t, err)
	assert.True(t, o.Salle)
	assert.False(t, o.PortSet, "no --port: the room's default port")

	o, _, err = parse([]string{"--salle", "--port=0"})
	require.NoError(t, err)
	assert.True(t, o.PortSet, "0 asks for any free port")
	assert.Zero(t, o.Port)

	for _, bad := range []string{"-1", "65536", "huit", ""} {
		status, stdout, stderr := runFor(t, "fr_FR.UTF-8", "play", "infox", "--salle", "--port", bad)
		assert.Equal(t, ExitUsage, status, bad)
		assert.Empty(t, stdout)
		assert.Equal(t, "valeur « "+bad+" » incorrecte pour l'option « -port »\n", stderr, bad)
	}
	_, _, stderr := runFor(t, "en_GB.UTF-8", "--salle", "--port")
	assert.Equal(t, "option \"-port\" needs a value\n", stderr)
}

// TestUsageNamesTheRoom: the help of both languages, whole (golden files),
// names --salle and --port.
func TestUsageNamesTheRoom(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		status, stdout, _ := runFor(t, lang+"_FR.UTF-8", "help", "--lang", lang)
		assert.Equal(t, ExitOK, status)
		assert.Contains(t, stdout, "--salle")
		assert.Contains(t, stdout, "--port N")
		// The data folder, last, is a temporary folder of the test.
		golden(t, "usage."+lang+".golden", stdout[:strings.LastIndex(stdout, "\n\n")+1])
	}
	_, _, stderr := runFor(t, "fr_FR.UTF-8", "play")
	assert.Contains(t, stderr, "[--salle [--port N]]")
}
