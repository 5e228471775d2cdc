package lan

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"declic/cards"
	"declic/game"
	"declic/host"
)

// handle plays one message of a connection, and reports false for a
// message it does not know (counted against the connection's limit).
func (r *Room) handle(c *conn, m in) bool {
	if c.console {
		return r.handleConsole(c, m)
	}
	switch m.T {
	case "hello":
		r.hello(c, m.Token)
	case "join":
		r.join(c, m)
	case "move":
		r.move(c, m)
	case "vote":
		r.vote(c, m)
	case "say":
		r.say(c, m)
	case "leave":
		r.leave(c)
	default:
		return false
	}
	return true
}

// hello is a phone's first message: with the token of a seat still held it
// takes its seat back, else it is told the room (the teams to join).
func (r *Room) hello(c *conn, token string) {
	r.mu.Lock()
	if r.seats.sweep(r.now()) {
		r.unsaved = true
	}
	s := r.seats.find(token)
	if s == nil {
		room := r.snap.room
		r.mu.Unlock()
		c.send(room)
		return
	}
	r.attach(c, s)
	r.mu.Unlock()
	r.seated(c, s)
}

// join gives a phone a seat: a team's (team) or a person's (person).
func (r *Room) join(c *conn, m in) {
	r.mu.Lock()
	teams := len(r.snap.teams)
	if !m.Person && (m.Team == nil || *m.Team < 0 || *m.Team >= teams) {
		r.mu.Unlock()
		c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
		return
	}
	team := game.NoTeam
	if !m.Person {
		team = *m.Team
	}
	if s := c.seat; s != nil && s.person == m.Person && s.conns == 1 {
		s.team = team // the same phone, another team: its seat follows
		r.unsaved = true
		r.mu.Unlock()
		r.seated(c, s)
		return
	}
	r.release(c)
	s, err := r.seats.add(team, m.Person, r.now())
	if err != nil {
		r.mu.Unlock()
		r.logf("salle : %v", "room: %v", err)
		c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
		return
	}
	r.attach(c, s)
	r.mu.Unlock()
	r.seated(c, s)
}

// leave gives the phone's seat back.
func (r *Room) leave(c *conn) {
	r.mu.Lock()
	r.release(c)
	room := r.snap.room
	r.pokeConsoles()
	r.mu.Unlock()
	c.send(room)
	r.save()
	r.h.Wake()
}

// attach seats c at s; the room's mutex is held.
func (r *Room) attach(c *conn, s *seat) {
	if c.seat == s {
		return
	}
	r.detach(c)
	c.seat = s
	s.conns++
	s.seen = r.now()
	r.unsaved = true
	r.pokeConsoles()
}

// detach takes c off its seat, which stays held; the room's mutex is held.
func (r *Room) detach(c *conn) {
	if s := c.seat; s != nil {
		s.conns--
		s.seen = r.now()
		c.seat = nil
		r.unsaved = true
	}
}

// release takes c off its seat and frees the seat when no other
// connection holds it; the room's mutex is held.
func (r *Room) release(c *conn) {
	s := c.seat
	r.detach(c)
	if s != nil && s.conns == 0 {
		r.seats.remove(s)
	}
}

// seated tells a phone its seat and its view, and the loop that who has
// joined changed.
func (r *Room) seated(c *conn, s *seat) {
	r.mu.Lock()
	msg := encode(seatMsg{T: "seat", Token: s.token, ID: s.id, Team: s.team, Person: s.person, Teams: r.snap.teams, Lang: r.o.Lang})
	r.mu.Unlock()
	c.send(msg)
	c.poke()
	r.save()
	r.h.Wake()
}

// pokeConsoles tells every console the room changed; the room's mutex is
// held.
func (r *Room) pokeConsoles() {
	for c := range r.clients {
		if c.console {
			c.poke()
		}
	}
}

// seatOf returns the id and team of c's seat, and whether it is a team's.
func (r *Room) seatOf(c *conn) (id string, team int, person, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c.seat == nil {
		return "", game.NoTeam, false, false
	}
	return c.seat.id, c.seat.team, c.seat.person, true
}

// move hands a team's move over to the loop, which checks it there against
// the session as it stands (see play); a refusal is told to the phone.
func (r *Room) move(c *conn, m in) {
	id, team, person, ok := r.seatOf(c)
	if !ok || person {
		c.send(encode(refusedMsg{T: "refused", ID: m.ID, Why: whyInvalid}))
		return
	}
	if m.ID <= c.lastID {
		return // a repeated message: its first copy was played
	}
	c.lastID = m.ID
	r.h.Do(func() {
		if why := r.play(id, team, m); why != "" {
			c.send(encode(refusedMsg{T: "refused", ID: m.ID, Why: why}))
		}
	})
}

// play plays a team's move from its phone at seat, on the loop: the move
// is made from the session as it stands (an order's positions as shown
// become item indexes; an answer after the team's first is a change, the
// last tap counting) and refused while another of the team's phones holds
// the 2 s lock. It returns why it was refused, "" when it was played.
func (r *Room) play(seat string, team int, m in) string {
	s := r.h.Session()
	if s == nil || s.Current() == nil || s.Current().Over() {
		return whyClosed
	}
	if m.Rev != r.h.Rev() {
		return whyStale
	}
	g := s.Current()
	var mv game.Move
	switch m.Kind {
	case "answer":
		mv = game.Move{Kind: game.MoveAnswer, Team: team, Choice: m.Choice, Choices: m.Choices, Sure: m.Sure}
		if g.Kind() == cards.KindOrder {
			items, ok := shownItems(g.Shuffled(g.State().Card), m.Choices)
			if !ok {
				return whyInvalid
			}
			mv.Choices = items
		}
		mv.Change = g.Settings.Mode == cards.ModeAll && g.Answered(team)
	case "buzz":
		mv = game.Move{Kind: game.MoveBuzz, Team: team}
	case "ask":
		if g.Answerer(team) != team {
			return whyTurn
		}
		mv = game.Move{Kind: game.MoveAsk, Team: team, Choice: m.Choice}
	case "guess":
		mv = game.Move{Kind: game.MoveGuess, Team: team, Choice: m.Choice}
	default:
		return whyInvalid
	}
	now := r.now()
	answers := mv.Kind == game.MoveAnswer || mv.Kind == game.MoveGuess
	r.mu.Lock()
	for len(r.locks) < len(s.Teams) {
		r.locks = append(r.locks, teamLock{})
	}
	was := r.locks[team]
	if answers && was.seat != "" && was.seat != seat && now.Before(was.until) {
		r.mu.Unlock()
		return whyLocked
	}
	if answers {
		r.locks[team] = teamLock{seat: seat, until: now.Add(lockFor)}
	}
	r.mu.Unlock()
	// The lock is set before Apply, so that the views its listener makes
	// show who answered; it is taken back when the engine refuses.
	if _, err := r.h.Apply(host.Source("phone "+seat), m.Rev, mv); err != nil {
		r.mu.Lock()
		if team < len(r.locks) {
			r.locks[team] = was
		}
		r.mu.Unlock()
		return whyOf(err)
	}
	return ""
}

// whyOf returns the why a phone is told for an error of the host or the
// engine.
func whyOf(err error) string {
	switch {
	case errors.Is(err, host.ErrStale):
		return whyStale
	case errors.Is(err, game.ErrWrongPhase), errors.Is(err, game.ErrGameOver),
		errors.Is(err, host.ErrNoSession), errors.Is(err, game.ErrNoGame):
		return whyClosed
	case errors.Is(err, game.ErrNotYourTurn), errors.Is(err, game.ErrLockedOut):
		return whyTurn
	case errors.Is(err, game.ErrAlreadyAnswered), errors.Is(err, game.ErrAlreadyAsked):
		return whyAlready
	}
	return whyInvalid
}

// said is a text a phone said (a clues guess, an open answer), for the
// console.
type said struct {
	Seat   string `json:"seat"`
	Team   int    `json:"team"`
	Person bool   `json:"person,omitempty"`
	Rev    int    `json:"rev"`
	Text   string `json:"text"`
}

// maxSaid is how many texts the console is shown, the latest.
const maxSaid = 60

// say keeps a phone's text for the console: one per seat and round, the
// last replacing the earlier.
func (r *Room) say(c *conn, m in) {
	text := strings.TrimSpace(m.Text)
	if !sayable(text) {
		c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	s := c.seat
	if s == nil {
		c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
		return
	}
	if m.Rev != r.snap.rev {
		c.send(encode(refusedMsg{T: "refused", Why: whyStale}))
		return
	}
	kept := r.says[:0]
	for _, x := range r.says {
		if x.Seat != s.id || x.Rev != m.Rev {
			kept = append(kept, x)
		}
	}
	r.says = append(kept, said{Seat: s.id, Team: s.team, Person: s.person, Rev: m.Rev, Text: text})
	if len(r.says) > maxSaid {
		r.says = r.says[len(r.says)-maxSaid:]
	}
	r.pokeConsoles()
}

// sayable accepts a said text: 1 to maxSay characters of valid UTF-8, no
// control character.
func sayable(t string) bool {
	if t == "" || !utf8.ValidString(t) || utf8.RuneCountInString(t) > maxSay {
		return false
	}
	for _, c := range t {
		if unicode.IsControl(c) {
			return false
		}
	}
	return true
}
