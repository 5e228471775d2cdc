//go:build !js

package cli

import (
	"fmt"
	"io"

	"declic/host"
	"declic/lan"
)

// Room is the room on the local network opened by the command (declic
// --salle, the game's R key): lan's room, which writes its addresses on
// the command's standard output again when it is advertised on another
// network.
type Room struct {
	*lan.Room
	out io.Writer
}

// OpenRoom opens the room of the live workshop of h (lan.Open): on the
// port of --port (lan.DefaultPort and the ones after it when absent, any
// free port for 0), its pages in the command's language, kept in the data
// folder (store.Folder keeps the room between runs), and writes on
// the standard output the players' address and the facilitator's console,
// two lines (roomLines), at once: a script or the facilitator reads them
// there, and the console's key is never shown on the projector. Call it
// on the game's loop, as every use of h.
func (c *Command) OpenRoom(h *host.Host) (*Room, error) {
	port := lan.DefaultPort
	if c.opts.PortSet {
		port = c.opts.Port
	}
	r, err := lan.Open(h, lan.Options{
		Port: port,
		Lang: c.tr.Lang(),
		// The room is kept beside the sessions: a game restarted (even
		// after kill -9) reopens it on the same port, with the same code
		// and seats, and the phones come back by themselves.
		Keeper: c.store(),
		Log: func(format string, args ...any) {
			fmt.Fprintf(c.env.stderr, "declic: "+format+"\n", args...)
		},
	})
	if err != nil {
		return nil, fmt.Errorf("opening the room: %w", err)
	}
	room := &Room{Room: r, out: c.env.stdout}
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
