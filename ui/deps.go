package ui

import (
	"fmt"
	"io"
	"time"

	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/sound"
	"declic/store"
	"declic/ui/draw"
)

// Deps is what the scenes of a workshop are made with: how to draw, the
// decks, where sessions are saved, the sound, and the clock (the engine never
// reads it; the front end stamps sessions with it). cmd/declic builds it and
// hands it to the first scene; scenes pass it on to the scenes they make.
type Deps struct {
	View    *View
	Library *cards.Library
	// Family holds the decks this copy of the game was made with (declic
	// bundle), offered first: the title screen then opens on the family
	// start.
	Family []*cards.Deck
	// Shelf keeps the decks a player adds; nil where none can be added.
	Shelf store.Shelf
	Store Sessions
	// Host holds the live workshop: every move, new game and end goes
	// through it, which saves the session (Store) and then tells the
	// screens (Listen). cmd/declic makes it with the Store.
	Host  *host.Host
	Sound *sound.Player // nil when sound is off or no device answers
	// NoSoundDevice records that opening the sound device failed: it is not
	// tried again.
	NoSoundDevice bool
	Now           func() time.Time
	SettingsFile  string
	// Log is where the game says what went wrong beside the screen (a save
	// that failed, a file manager missing), a line each; nil says nothing.
	// The command line passes its standard error.
	Log io.Writer
	// OpenRoom opens the room on the local network, phones as answer pads
	// and the facilitator's console (the R key, declic --salle); nil where
	// no room can be served (the browser build), and the R key says so.
	// The command line makes it with lan.Open.
	OpenRoom func() (Room, error)
	// Editor opens the deck editor in the browser from the decks screen;
	// nil where there is none (the browser build).
	Editor Editor
	// room is the room open, nil while none is; roomSeen is what the screen
	// last showed of it (pollRoom).
	room     Room
	roomSeen roomLook
	// workshop is what the projector last showed of the creation
	// workshop; workshopHidden says the facilitator hid its overlay (Esc);
	// toPlay is the file of the deck the console asked to play.
	workshop       workshopLook
	workshopHidden bool
	toPlay         string
	// setups holds, by deckKey, the settings last chosen for each deck in
	// the workshop setupsOf, so that a deck's setup opens on them again
	// (after its before test, after another game). A new workshop starts
	// from the decks' own.
	setups   map[string]setupChoices
	setupsOf *game.Session
	// pictures, when set, is the picture cache every play scene shares;
	// unset, each game reads its pictures afresh (a deck's file may have
	// changed between two games). The tests share one: without a frame
	// loop Ebitengine keeps the pixels of every picture made, and a new
	// copy of every deck's pictures for each screen size tried took
	// gigabytes.
	pictures *cardImages
}

// decks returns the loaded decks in the order the lists show them: a family
// copy's own decks first (the library has them first), then the decks the
// player added, then the others.
func (d *Deps) decks() []*cards.Deck {
	if d.Shelf == nil {
		return d.Library.Decks
	}
	out := make([]*cards.Deck, 0, len(d.Library.Decks))
	family := len(d.Family)
	out = append(out, d.Library.Decks[:min(family, len(d.Library.Decks))]...)
	rest := d.Library.Decks[len(out):]
	for _, deck := range rest {
		if d.Shelf.Owns(deck) {
			out = append(out, deck)
		}
	}
	for _, deck := range rest {
		if !d.Shelf.Owns(deck) {
			out = append(out, deck)
		}
	}
	return out
}

// FindDeck finds the deck a saved game played (cards.Library.Resolve: by id
// and language among the loaded decks, else from its path if still that
// deck), as the command line does.
func (d *Deps) FindDeck(ref game.DeckRef) (*cards.Deck, error) {
	if deck := d.Library.Resolve(ref.ID, ref.Language, ref.Path); deck != nil {
		return deck, nil
	}
	return nil, fmt.Errorf("%w: %s (%s)", game.ErrNoDeck, ref.ID, ref.Language)
}

// logError writes the error on the log, if any, a line "declic: …".
func (d *Deps) logError(err error) { logLine(d.Log, "%v", err) }

// logLine writes one line to log, if any: "declic: " and the message.
func logLine(log io.Writer, format string, args ...any) {
	if log != nil {
		fmt.Fprintf(log, "declic: "+format+"\n", args...)
	}
}

// Listen makes the front end hear the live workshop: the cue of every
// change, whoever made it, and a notice when a save failed (the game goes
// on, and the next change tries again). Whoever builds Deps calls it once,
// after setting Host.
func (d *Deps) Listen() { d.Host.Listen(d.heard) }

func (d *Deps) heard(e host.Event) {
	if e.SaveErr != nil {
		d.View.Notice = d.View.Tr.T("save_failed")
		d.logError(e.SaveErr)
	}
	switch {
	case e.Finished:
		d.Sound.Play(sound.Fanfare)
	case e.Buzzed:
		d.Sound.Play(sound.Buzz)
	case e.TimeUp:
		d.Sound.Play(sound.Wrong)
	case e.Revealed && e.Gained:
		d.Sound.Play(sound.Right)
	case e.Missed:
		d.Sound.Play(sound.Wrong)
	}
}

// live returns the host with s as its live workshop: a scene given a
// session to show (one resumed, one a test made) plays it through the host.
func (d *Deps) live(s *game.Session) *host.Host {
	if d.Host.Session() != s {
		d.Host.Open(s)
	}
	return d.Host
}

// play plays a move of the keyboard, mouse or touch screen in s through
// the host: it is made for what the screen shows now.
func (d *Deps) play(s *game.Session, m game.Move) (host.Event, error) {
	h := d.live(s)
	return h.Apply(host.Local, h.Rev(), m)
}

// saveSettings writes the settings after a change, quietly on failure: the
// game goes on with them.
func (d *Deps) saveSettings() {
	if err := store.SaveSettings(d.SettingsFile, *d.View.Settings); err != nil {
		d.logError(err)
	}
}

// applySettings brings the view in line with the settings: theme and text size.
func (d *Deps) applySettings() {
	v := d.View
	v.Theme = draw.NormalTheme
	if v.Settings.HighContrast {
		v.Theme = draw.HighContrastTheme
	}
	v.Metrics = draw.NewMetrics(int(v.Metrics.W), int(v.Metrics.H), v.Settings.TextScale)
}
