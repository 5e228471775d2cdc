package lan

import (
	"net"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// TestListenTriesTheKeptPortFirst: the port of the last run first; when it
// is taken, another free one.
func TestListenTriesTheKeptPortFirst(t *testing.T) {
	busy, err := net.Listen("tcp4", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	taken := busy.Addr().(*net.TCPAddr).Port

	ln, err := listen("127.0.0.1", 0, taken)
	require.NoError(t, err)
	got := ln.Addr().(*net.TCPAddr).Port
	assert.NotEqual(t, taken, got, "a taken port falls back to a free one")
	ln.Close()

	ln, err = listen("127.0.0.1", 0, got)
	require.NoError(t, err)
	defer ln.Close()
	assert.Equal(t, got, ln.Addr().(*net.TCPAddr).Port, "the kept port, free again, is the room's")
}

// TestNetworksRankThePhonesNetworkFirst: a Wi-Fi card on a private network
// before a virtual bridge and a public address.
func TestNetworksRankThePhonesNetworkFirst(t *testing.T) {
	wifi := network{"wlan0", net.IPv4(192, 168, 1, 12)}
	eth := network{"eth0", net.IPv4(10, 0, 0, 3)}
	docker := network{"docker0", net.IPv4(172, 17, 0, 1)}
	public := network{"ppp0", net.IPv4(80, 12, 3, 4)}
	for _, worse := range []network{docker, public} {
		assert.Less(t, rank(wifi), rank(worse), worse.name)
		assert.Less(t, rank(eth), rank(worse), worse.name)
	}
	assert.Equal(t, "wlan0 192.168.1.12", wifi.String())
}

// TestTheRoomsAddresses: the players' address holds the code, the
// console's the key (256 bits); the code's letters are unambiguous.
func TestTheRoomsAddresses(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	r := rg.room
	assert.Equal(t, "http://"+r.ln.Addr().String()+"/?c="+r.Code(), r.PlayersURL())
	assert.Equal(t, "http://"+r.ln.Addr().String()+"/animateur?k="+r.key, r.ConsoleURL())
	assert.Len(t, r.key, 43, "32 bytes, base64url")
	assert.True(t, validCode(r.Code()))
	for _, c := range "B8G6I1LO0QS5Z2" {
		assert.False(t, strings.ContainsRune(codeLetters, c), string(c))
	}
	for range 200 {
		c, err := randomCode()
		require.NoError(t, err)
		require.True(t, validCode(c), c)
	}
	r.UseNetwork(99) // out of range: ignored
	assert.Equal(t, 0, r.Network())
}
