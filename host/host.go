// Package host is the workshop in play: the single writer of the live
// session. Every move of a running workshop, whoever makes it (the keyboard
// and mouse of the machine running the game today, the phones of the room
// and the facilitator's console tomorrow), reaches the engine through
// Host.Apply, which refuses a move made for a card no longer in play,
// applies it, saves the session, and only then tells every screen (the
// Event). Its model is boardgame.io's master (src/master/master.ts,
// onUpdate): refuse a stale state id, dispatch, store, send to all.
//
// A Host belongs to the game's loop: Apply, Advance, NewSession, NewGame,
// Open and Finish are called from it, as are the listeners. Another
// goroutine (a network connection) hands its moves over with Send, and the
// loop plays them with Pump, the way bubbletea's Program.Send feeds its one
// loop.
package host

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"declic/cards"
	"declic/game"
)

// Source names who made a move, for the listeners: a sound for the room, a
// reply for the phone that sent it.
type Source string

// Local is the keyboard, clicker, mouse and touch screen of the machine
// running the game.
const Local Source = "local"

// Saver keeps the live session: store.Folder (files) and store.Browser
// (localStorage) are the ones of the game, with whatever guarantees they
// give (a save survives a crash at any moment).
type Saver interface {
	Save(s *game.Session) error
}

// The errors of a host, tested with errors.Is. The engine's own errors
// (game.ErrNotYourTurn…) come through Apply unchanged.
var (
	// ErrStale refuses a move made for a card or a phase no longer in
	// play: an answer sent before the facilitator went on, a buzz that
	// arrived after the reveal.
	ErrStale = errors.New("the move was made for a card no longer in play")
	// ErrNoSession refuses a move when no workshop is open.
	ErrNoSession = errors.New("no workshop is open")
)

// Event is what a screen, a sound and a phone need to know of a change of
// the live session, published once the change is saved.
type Event struct {
	// From is who made the move; Local for the host's own changes (a new
	// game, the timer).
	From Source
	// Rev is the revision the session is at after the change (Host.Rev).
	Rev int
	// Event is the engine's event: the move, the card it was played on,
	// the points it gave. Its Kind is empty for a change that is not a
	// move (Opened, NewGame, Finished).
	game.Event
	// Opened is set when another workshop became the live one (a new one,
	// one resumed), NewGame when a game started, Finished when the
	// workshop ended.
	Opened, NewGame, Finished bool
	// Buzzed is a team's buzz accepted (the team is Event.Team).
	Buzzed bool
	// Revealed is set when the move showed the card's answer; Gained when,
	// at that reveal, a team won points.
	Revealed, Gained bool
	// Missed is a wrong answer the room may hear: a team's answer given
	// aloud (not in all mode, where answers stay secret until the reveal),
	// or a reveal after answers that gave nobody points.
	Missed bool
	// TimeUp is set when the answer timer ran out: the card's (Team
	// game.NoTeam) or, in all mode, one team's.
	TimeUp bool
	// Over is set when the game has no card left.
	Over bool
	// Paused is whether the answer timer is paused (SetPaused) at this
	// event; an event of its own, with no move, is published when it
	// changes.
	Paused bool
	// SaveErr is why the session could not be saved, nil when it was. The
	// change stands: the game goes on, and the next change tries again.
	SaveErr error
}

// Result is what Apply gave a move that Send handed over.
type Result struct {
	Event Event
	Err   error
}

// request is a move handed over by Send, or a function handed over by Do,
// waiting for Pump.
type request struct {
	from  Source
	seen  int
	move  game.Move
	reply chan Result
	do    func()
}

// Host holds the live session. Make one with New.
type Host struct {
	saver Saver
	now   func() time.Time
	// seed, when not 0, is the seed of every new game (SetSeed).
	seed int64

	s      *game.Session
	rev    int
	paused bool
	// at is where the session stood at the last change of revision.
	at place

	listeners []func(Event)

	// batching is set while Pump plays what other goroutines handed over:
	// the events made then are held, and told once the session is saved,
	// one save for them all (a group commit: sixty phones answering the
	// same card cost one fsync a frame, not sixty in a row).
	batching bool
	held     []held

	mu    sync.Mutex // guards inbox and wake
	inbox []request
	wake  func()
}

// held is an event made during Pump, told after the batch is saved;
// saved tells an event that waits for the save (a change) from one that
// only waits its turn (a pause).
type held struct {
	e     Event
	saved bool
}

// place is what a move is made for: the game, the card in play and its
// phase. A move made at another place is stale.
type place struct {
	game, card int
	phase      game.Phase
}

// New returns a host with no workshop open, saving through saver and
// stamping changes with now (the engine never reads the clock).
func New(saver Saver, now func() time.Time) *Host {
	return &Host{saver: saver, now: now}
}

// Session returns the live workshop, nil before one is opened.
func (h *Host) Session() *game.Session { return h.s }

// Rev returns the revision of the live session: it changes when another
// workshop opens, a game starts, the card in play or its phase changes, a
// move is undone or the workshop ends — whenever a move made before would be
// made for something no longer asked. Answers, buzzes and points of the same
// card leave it as it is: in all mode every team answers the same question
// at once, and none of their answers must be refused because another
// arrived first.
func (h *Host) Rev() int { return h.rev }

// Listen adds a listener, called with every event, in the loop, after the
// session was saved. Listeners must not call the host back.
func (h *Host) Listen(f func(Event)) { h.listeners = append(h.listeners, f) }

// Open makes s the live workshop (a session resumed or loaded from the
// list), without saving it: it is as its file holds it.
func (h *Host) Open(s *game.Session) {
	h.s = s
	h.tell(Event{From: Local, Opened: true, Rev: h.bump()})
}

// NewSession starts a workshop of this name ("" for none) with these teams
// at the host's clock, makes it the live one and saves it (a workshop with
// nothing played is not kept by the stores: it appears once its first move
// is saved).
func (h *Host) NewSession(name string, teams []game.Team) (*game.Session, error) {
	s, err := game.NewSession(teams, h.now())
	if err != nil {
		return nil, err
	}
	s.Name = name
	h.s = s
	h.publish(Event{From: Local, Opened: true}, h.bump())
	return s, nil
}

// Rename gives the live workshop another name and, before its first game,
// other teams (the facilitator came back to the teams screen), and saves
// it. Teams cannot change once a game is played: its moves name them by
// their place.
func (h *Host) Rename(name string, teams []game.Team) error {
	if h.s == nil {
		return ErrNoSession
	}
	if teams != nil {
		if len(h.s.Games) > 0 {
			return fmt.Errorf("%w: the teams of a workshop change only before its first game", game.ErrInvalid)
		}
		if _, err := game.NewSession(teams, h.s.Started); err != nil {
			return err
		}
		h.s.Teams = teams
	}
	h.s.Name = name
	h.publish(Event{From: Local}, h.bump())
	return nil
}

// SetSeed makes every game started after it draw and shuffle with seed
// instead of the seed its settings carry (the screens take the clock's), so
// that its deck order is known: declic --seed and the web build's ?seed=
// for the tests. 0 gives the settings' seed back.
func (h *Host) SetSeed(seed int64) { h.seed = seed }

// NewGame starts a game of deck in the live workshop (ending the game in
// play, if any) and saves the session. With a seed set (SetSeed), the game
// is drawn with it, whatever settings.Seed says.
func (h *Host) NewGame(deck *cards.Deck, settings game.Settings) (*game.Game, error) {
	if h.s == nil {
		return nil, ErrNoSession
	}
	if h.seed != 0 {
		settings.Seed = h.seed
	}
	g, err := h.s.NewGame(deck, settings)
	if err != nil {
		return nil, err
	}
	h.s.Updated = h.now()
	h.publish(Event{From: Local, NewGame: true}, h.bump())
	return g, nil
}

// Finish ends the live workshop: it is marked finished and saved, so that
// the title screen no longer offers to resume it.
func (h *Host) Finish() Event {
	if h.s == nil {
		return Event{}
	}
	h.s.Finished = true
	return h.publish(Event{From: Local, Finished: true}, h.bump())
}

// Apply plays a move from a source that saw the session at revision seen:
// refused with ErrStale when the session has moved on since (another card,
// another phase), then checked and played by the engine (its errors come
// back as they are, and a refused move changes nothing), then saved, then
// published to every listener. The event returned is the one published.
func (h *Host) Apply(from Source, seen int, m game.Move) (Event, error) {
	if h.s == nil || h.s.Current() == nil {
		return Event{}, ErrNoSession
	}
	if seen != h.rev {
		return Event{}, fmt.Errorf("%w (%s, revision %d, now %d)", ErrStale, m.Kind, seen, h.rev)
	}
	g := h.s.Current()
	before := g.State()
	ev, err := h.s.Apply(m, h.now())
	if err != nil {
		return Event{}, err
	}
	out := Event{From: from, Event: ev}
	out.describe(g, before)
	if m.Kind == game.MoveUndo || h.moved() {
		h.bump()
	}
	return h.publish(out, h.rev), nil
}

// Advance runs the answer timer of team (game.NoTeam: the card's) by dt, as
// game.AdvanceFor does. When the time runs out the timeout is a move like
// any other: saved, then published, and Advance returns it and true. While
// the host is paused (SetPaused) no time runs.
func (h *Host) Advance(team int, dt time.Duration) (Event, bool) {
	if h.paused || h.s == nil || h.s.Current() == nil {
		return Event{}, false
	}
	g := h.s.Current()
	before := g.State()
	ev, out := g.AdvanceFor(team, dt)
	if !out {
		return Event{}, false
	}
	e := Event{From: Local, Event: ev, TimeUp: true}
	e.describe(g, before)
	if h.moved() {
		h.bump()
	}
	return h.publish(e, h.rev), true
}

// Send hands a move over from another goroutine (a phone's connection):
// the loop plays it at its next Pump, as Apply would, and the result
// arrives on the channel returned. The function given to SetWake is called
// so that an idle loop wakes at once.
func (h *Host) Send(from Source, seen int, m game.Move) <-chan Result {
	reply := make(chan Result, 1)
	h.mu.Lock()
	h.inbox = append(h.inbox, request{from: from, seen: seen, move: m, reply: reply})
	wake := h.wake
	h.mu.Unlock()
	if wake != nil {
		wake()
	}
	return reply
}

// SetPaused pauses (true) or resumes the answer timer: Advance runs no
// time while paused. A change publishes an Event with no move (Kind "") and
// Paused set as it now is, so that screens and phones redraw their clock;
// the session is not saved for it (a pause is not part of the workshop) and
// the revision stays, so that no answer in flight becomes stale. Called on
// the loop, like Apply.
func (h *Host) SetPaused(paused bool) {
	if h.paused == paused {
		return
	}
	h.paused = paused
	h.tell(Event{From: Local, Rev: h.rev})
}

// Paused reports whether the answer timer is paused (SetPaused).
func (h *Host) Paused() bool { return h.paused }

// Do hands a function over from another goroutine: the loop runs it at its
// next Pump, in order with the moves Send handed over, where it may use the
// host as the loop does (Apply, Session, SetPaused…). The loop is woken as
// by Send. f must not block: the game's frame waits for it.
func (h *Host) Do(f func()) {
	h.mu.Lock()
	h.inbox = append(h.inbox, request{do: f})
	wake := h.wake
	h.mu.Unlock()
	if wake != nil {
		wake()
	}
}

// Wake calls the function given to SetWake, from any goroutine: something
// the loop polls (the room's console actions, who has joined) changed.
func (h *Host) Wake() {
	h.mu.Lock()
	wake := h.wake
	h.mu.Unlock()
	if wake != nil {
		wake()
	}
}

// SetWake sets what Send calls to wake the loop (the game passes
// ebiten.ScheduleFrame); nil calls nothing.
func (h *Host) SetWake(f func()) {
	h.mu.Lock()
	h.wake = f
	h.mu.Unlock()
}

// Pump plays, in the order they arrived, the moves Send handed over and the
// functions Do handed over, and returns how many events it told: the
// changes to redraw, whether a move sent or a function made them (a refused
// move changes nothing). The changes they make are saved
// once, after the last, and only then told to the listeners and the
// senders, in order: a move is never told before it is saved, and a room
// of phones answering at once costs one save a frame. The loop calls it
// once a frame, before the keys.
func (h *Host) Pump() int {
	h.mu.Lock()
	queued := h.inbox
	h.inbox = nil
	h.mu.Unlock()
	if len(queued) == 0 {
		return 0
	}
	type answer struct {
		reply chan Result
		res   Result
	}
	var answers []answer
	h.batching = true
	for _, r := range queued {
		if r.do != nil {
			r.do()
			continue
		}
		ev, err := h.Apply(r.from, r.seen, r.move)
		answers = append(answers, answer{r.reply, Result{Event: ev, Err: err}})
	}
	told := len(h.held)
	saveErr := h.flush()
	for _, a := range answers {
		if a.res.Err == nil {
			a.res.Event.SaveErr = saveErr
		}
		a.reply <- a.res
	}
	return told
}

// flush ends a batch: it saves the session once if a change waits for it,
// then tells the events held, in order, and returns the save's error.
func (h *Host) flush() error {
	h.batching = false
	held := h.held
	h.held = nil
	var err error
	for _, x := range held {
		if x.saved {
			err = h.saver.Save(h.s)
			break
		}
	}
	for _, x := range held {
		if x.saved {
			x.e.SaveErr = err
		}
		h.notify(x.e)
	}
	return err
}

// moved reports whether the session stands at another place than at the
// last change of revision.
func (h *Host) moved() bool { return h.place() != h.at }

func (h *Host) place() place {
	if h.s == nil || h.s.Current() == nil {
		return place{game: -1}
	}
	st := h.s.Current().State()
	return place{game: len(h.s.Games) - 1, card: st.Card, phase: st.Phase}
}

// bump starts a new revision at the place the session stands and returns it.
func (h *Host) bump() int {
	h.rev++
	h.at = h.place()
	return h.rev
}

// publish saves the session, then gives the event, at revision rev, to
// every listener.
func (h *Host) publish(e Event, rev int) Event {
	e.Rev, e.Paused = rev, h.paused
	if h.batching {
		h.held = append(h.held, held{e: e, saved: true})
		return e // saved and told by flush, with the batch
	}
	e.SaveErr = h.saver.Save(h.s)
	h.tell(e)
	return e
}

// tell gives the event to every listener; during a batch, after the
// events before it.
func (h *Host) tell(e Event) {
	e.Paused = h.paused
	if h.batching {
		h.held = append(h.held, held{e: e})
		return
	}
	h.notify(e)
}

// notify calls every listener with e.
func (h *Host) notify(e Event) {
	for _, f := range h.listeners {
		f(e)
	}
}

// describe fills in what the move did to the game, from the state before
// it and the state it left.
func (e *Event) describe(g *game.Game, before game.State) {
	after := g.State()
	e.Over = g.Over()
	e.Buzzed = e.Kind == game.MoveBuzz
	e.Revealed = after.Phase == game.PhaseRevealed && before.Phase != game.PhaseRevealed
	for _, d := range e.Delta {
		if d > 0 {
			e.Gained = true
		}
	}
	switch {
	case e.Revealed:
		e.Missed = !e.Gained && e.Kind != game.MoveReveal
	case e.Kind == game.MoveAnswer || e.Kind == game.MoveJudge || e.Kind == game.MoveGuess:
		if t := e.Team; t >= 0 && t < len(after.Answers) && after.Answers[t] != nil {
			e.Missed = !after.Answers[t].Right && g.Settings.Mode != cards.ModeAll
		}
	}
}
