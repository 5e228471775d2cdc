//go:build !js

// Package room opens the room on the local network for the command line
// (declic --salle, the game's R key): lan.Open with the command's flags,
// and the room's addresses on the standard output, as DESIGN.md's
// contract says. It is a package of its own so that declic/internal/cli,
// which runs the commands that need no screen before Ebitengine opens the
// display (declic/internal/cli/headless), does not take the room's server
// (net/http, WebSocket) into its imports: every package more among them
// can make Go initialise Ebitengine first.
package room

import (
	"fmt"
	"io"
	"path/filepath"

	"declic/host"
	"declic/internal/cli"
	"declic/lan"
	"declic/lan/web"
	"declic/store"
)

// Room is the room on the local network opened by the command: lan's
// room, which writes its addresses on the command's standard output again
// when it is advertised on another network.
type Room struct {
	*lan.Room
	out io.Writer
}

// Open opens the room of the live workshop of h (lan.Open): on the
// port of --port (lan.DefaultPort and the ones after it when absent, any
// free port for 0), its pages in the command's language, kept in the data
// folder (store.Folder keeps the room between runs), and writes on
// the standard output the players' address and the facilitator's console,
// two lines (roomLines), at once: a script or the facilitator reads them
// there, and the console's key is never shown on the projector. Call it
// on the game's loop, as every use of h.
func Open(c *cli.Command, h *host.Host) (*Room, error) {
	port := lan.DefaultPort
	if o := c.Options(); o.PortSet {
		port = o.Port
	}
	r, err := lan.Open(h, lan.Options{
		Port: port,
		Lang: c.Tr().Lang(),
		// The phones' page and the console, embedded in the program: the
		// room serves nothing else.
		Pages: web.FS,
		// The room is kept beside the sessions: a game restarted (even
		// after kill -9) reopens it on the same port, with the same code
		// and seats, and the phones come back by themselves.
		Keeper: store.Folder{Dir: filepath.Join(c.Home(), "sessions")},
		// The creation workshop writes the teams' deck among the user's
		// decks, where the game finds it at its next start too.
		Decks: store.FolderShelf{Dir: filepath.Join(c.Home(), "decks")},
		Log: func(format string, args ...any) {
			fmt.Fprintf(c.Stderr(), "declic: "+format+"\n", args...)
		},
	})
	if err != nil {
		return nil, fmt.Errorf("opening the room: %w", err)
	}
	room := &Room{Room: r, out: c.Stdout()}
	room.print()
	return room, nil
}

// UseNetwork advertises the room on network i (lan.Room.UseNetwork) and
// writes its new addresses.
func (r *Room) UseNetwork(i int) {
	before := r.PlayersURL()
	r.Room.UseNetwork(i)
	if r.PlayersURL() != before {
		r.print()
	}
}

func (r *Room) print() { io.WriteString(r.out, roomLines(r.Room)) }

// addresses is what roomLines needs of a room.
type addresses interface {
	PlayersURL() string
	ConsoleURL() string
}

// roomLines returns the lines the command line's contract gives for an
// open room (DESIGN.md): "salle: " and the players' address, as in the QR
// code, then "animateur: " and the console's, whatever the language.
func roomLines(r addresses) string {
	return "salle: " + r.PlayersURL() + "\nanimateur: " + r.ConsoleURL() + "\n"
}
