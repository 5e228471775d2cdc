package ui

import (
	"errors"
	"slices"
	"strings"

	qr "github.com/piglig/go-qr"

	"declic/cards"
	"declic/game"
)

// Room is the room on the local network as the screens need it: the
// phones that answer for their teams and the facilitator's console. The
// game's command line makes one with lan.Open (ui never imports lan: the
// arrows go cmd → ui / lan → host). Every method is called from the game's
// loop.
type Room interface {
	// PlayersURL is the players' address, "http://ADDR:PORT/?c=CODE": the
	// QR code on the projector.
	PlayersURL() string
	// Code is the room's code, four letters without ambiguous ones.
	Code() string
	// Networks are the networks the room can be reached on, best first
	// ("wlan0 192.168.1.12"); Network is the one advertised, UseNetwork
	// advertises another (the server listens on every one).
	Networks() []string
	Network() int
	UseNetwork(i int)
	// Phones counts the connected phones seated for each team, in the
	// teams' order; People the connected phones of people voting each for
	// themselves.
	Phones() []int
	People() int
	// Actions returns, and forgets, the console's actions waiting for the
	// loop: "next", "back", "undo", "pause", "blank", "scores",
	// "judge-right", "judge-wrong", "clue".
	Actions() []string
	// Closed reports a room closed from the console.
	Closed() bool
	// Workshop reports the creation workshop (issue 15): whether one is
	// open, and per team the cards written and those accepted.
	Workshop() (open bool, written, accepted []int)
	// NewDecks returns, and forgets, the files of the decks the creation
	// workshop wrote: the game adds them to its decks at once.
	NewDecks() []string
	// PlayDeck returns, and forgets, the file of the deck the console asked
	// to play now, "" when none.
	PlayDeck() string
	// Close closes the server and every connection.
	Close() error
}

// ErrNoRoom is what Deps.OpenRoom gives where no room can be served.
var ErrNoRoom = errors.New("this build of the game cannot open a room")

// remoteActions are the console's words and the actions they stand for:
// the console mirrors the keyboard. "judge-right" and "judge-wrong" judge
// a riddle's spoken answer (keys 1 and 2 of a clues card) and act only on
// one (remoteAction).
var remoteActions = map[string]Action{
	"next":        ActionNext,
	"back":        ActionBack,
	"undo":        ActionUndo,
	"blank":       ActionBlank,
	"scores":      ActionScores,
	"clue":        ActionNextClue,
	"pause":       ActionTimer,
	"judge-right": ActionAnswer1,
	"judge-wrong": ActionAnswer2,
}

// remoteAction returns the action a console's word names, or 0 for a word
// it does not know and for a judgement while no riddle is in play: on a
// verdict card the key 1 would answer for a team.
func (d *Deps) remoteAction(word string) Action {
	a := remoteActions[word]
	if strings.HasPrefix(word, "judge-") {
		g := d.playing()
		if g == nil || g.Kind() != cards.KindClues || g.State().Phase == game.PhaseRevealed {
			return 0
		}
	}
	return a
}

// playing returns the game in play, nil when none is (no workshop, or its
// game is over).
func (d *Deps) playing() *game.Game {
	if d.Host == nil || d.Host.Session() == nil {
		return nil
	}
	g := d.Host.Session().Current()
	if g == nil || g.Over() {
		return nil
	}
	return g
}

// roomLook is what the room overlay and the badge show of the room:
// when it changes, the screen is drawn again.
type roomLook struct {
	url     string
	phones  []int
	people  int
	network int
}

func (d *Deps) lookOfRoom() roomLook {
	if d.room == nil {
		return roomLook{}
	}
	return roomLook{url: d.room.PlayersURL(), phones: d.room.Phones(), people: d.room.People(), network: d.room.Network()}
}

// pollRoom reads the room once a frame, after the host's Pump: the
// console's actions waiting (appended to actions, for the scenes to see as
// keys), a room closed from the console (let go), and whether what the
// screen shows of it changed (a phone joined or left).
func (d *Deps) pollRoom(actions []Action) ([]Action, bool) {
	if d.room == nil {
		return actions, false
	}
	if d.room.Closed() {
		d.closeRoom()
		return actions, true
	}
	for _, w := range d.room.Actions() {
		if a := d.remoteAction(w); a != 0 {
			actions = append(actions, a)
		} else {
			logLine(d.Log, "the console asked for %q, which does nothing here", w)
		}
	}
	look := d.lookOfRoom()
	changed := look.url != d.roomSeen.url || look.people != d.roomSeen.people ||
		look.network != d.roomSeen.network || !slices.Equal(look.phones, d.roomSeen.phones)
	d.roomSeen = look
	return actions, changed
}

// openRoom opens the room, once: a room open stays so.
func (d *Deps) openRoom() error {
	if d.room != nil {
		return nil
	}
	if d.OpenRoom == nil {
		return ErrNoRoom
	}
	r, err := d.OpenRoom()
	if err != nil {
		return err
	}
	d.room = r
	d.roomSeen = d.lookOfRoom()
	return nil
}

// closeRoom closes the room, if open: every phone and the console are let
// go.
func (d *Deps) closeRoom() {
	if d.room == nil {
		return
	}
	if err := d.room.Close(); err != nil {
		d.logError(err)
	}
	d.room, d.roomSeen = nil, roomLook{}
}

// CloseRoom closes the room, if open: the game calls it as it ends.
func (d *Deps) CloseRoom() { d.closeRoom() }

// phonesOf returns how many phones are seated for team in the open room;
// 0 without a room.
func (d *Deps) phonesOf(team int) int {
	if d.room == nil {
		return 0
	}
	phones := d.room.Phones()
	if team < 0 || team >= len(phones) {
		return 0
	}
	return phones[team]
}

// phoneTotal returns how many phones are in the room: teams' and people's.
func (d *Deps) phoneTotal() int {
	if d.room == nil {
		return 0
	}
	n := d.room.People()
	for _, p := range d.room.Phones() {
		n += p
	}
	return n
}

// showRoom opens the room if needed and returns its overlay over under;
// where the room cannot open, it says why (a notice) and returns under.
func (d *Deps) showRoom(under Scene) Scene {
	v := d.View
	if err := d.openRoom(); err != nil {
		if errors.Is(err, ErrNoRoom) {
			v.Notice = v.Tr.T("room_unavailable")
			return under
		}
		d.logError(err)
		v.Notice = v.Tr.T("room_failed")
		return under
	}
	return newRoomOverlay(d, under)
}

// OpenRoomAtStart opens the room as the game starts (declic --salle) and
// returns the first scene with the room's overlay over it, or first with a
// notice saying why the room could not open (also on the log) and the
// error.
func (d *Deps) OpenRoomAtStart(first Scene) (Scene, error) {
	if err := d.openRoom(); err != nil {
		v := d.View
		if errors.Is(err, ErrNoRoom) {
			v.AddNotice(v.Tr.T("room_unavailable"))
		} else {
			v.AddNotice(v.Tr.T("room_failed"))
		}
		return first, err
	}
	return newRoomOverlay(d, first), nil
}

// toggleTimer pauses the answer timer of the game in play, or lets it run
// again (T, the console's "pause"); without a game in play it does nothing.
func (d *Deps) toggleTimer() {
	if d.playing() == nil {
		return
	}
	d.Host.SetPaused(!d.Host.Paused())
}

// qrCode encodes the players' address: medium error correction, which a
// phone reads from the back of a room, on a version small enough that its
// modules stay big.
func qrCode(text string) (*qr.QrCode, error) {
	return qr.EncodeText(text, qr.Medium)
}

// quietZone is the light margin around a QR code, in modules: 4, as the
// standard asks, or phones fail to find it on a busy screen.
const quietZone = 4

// roomKeys answers, on every screen, the keys of the room: R shows the
// room (the room overlay takes its own R, which hides it), T pauses or
// resumes the timer. It returns the scene to show.
func (d *Deps) roomKeys(scene Scene, in *Input) Scene {
	if in.Has(ActionTimer) {
		d.toggleTimer()
	}
	if _, showing := scene.(*roomOverlay); !showing && in.Has(ActionRoom) {
		return d.showRoom(scene)
	}
	return scene
}
