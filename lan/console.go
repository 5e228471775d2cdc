package lan

import (
	"encoding/json"
	"slices"
	"time"

	"declic/game"
	"declic/host"
)

// consoleActions are the console's actions the loop plays as the keys that
// mean the same (Room.Actions).
var consoleActions = []string{"next", "back", "undo", "pause", "blank", "scores", "judge-right", "judge-wrong", "clue", "reveal"}

// consoleMsg is the console's view: the game (made on the loop) and the
// room (its seats, never their tokens; the texts said).
type consoleMsg struct {
	T      string          `json:"t"`
	Lang   string          `json:"lang"`
	Code   string          `json:"code"`
	Game   json.RawMessage `json:"game"`
	Seats  []consoleSeat   `json:"seats"`
	Says   []said          `json:"says"`
	Voters int             `json:"voters"` // persons who voted this round
	// Creation is the creation workshop running, absent when none.
	Creation *consoleCreation `json:"creation,omitempty"`
}

// consoleSeat is a seat as the console lists it.
type consoleSeat struct {
	ID        string    `json:"id"`
	Team      int       `json:"team"`
	Person    bool      `json:"person,omitempty"`
	Connected bool      `json:"connected"`
	Seen      time.Time `json:"seen"`
}

// handleConsole plays one message of the console, and reports false for a
// message it does not know.
func (r *Room) handleConsole(c *conn, m in) bool {
	switch m.T {
	case "act":
		if !slices.Contains(consoleActions, m.Act) {
			return false
		}
		r.mu.Lock()
		r.actions = append(r.actions, m.Act)
		r.mu.Unlock()
		r.h.Wake()
	case "points":
		if m.Team == nil {
			return false
		}
		r.consoleMove(c, game.Move{Kind: game.MovePoints, Team: *m.Team, Points: m.Points, Reason: "console"})
	case "judge":
		// The facilitator judges the text a team said (a riddle's guess),
		// that team's and no other: the keys judge the team in turn.
		if m.Team == nil || m.Right == nil {
			return false
		}
		r.consoleMove(c, game.Move{Kind: game.MoveJudge, Team: *m.Team, Right: *m.Right})
	case "create":
		return r.handleCreation(c, m)
	case "free":
		r.free(m.Seat)
	case "close":
		r.mu.Lock()
		r.closed = true
		r.mu.Unlock()
		r.h.Wake()
		go r.Close()
	default:
		return false
	}
	return true
}

// consoleMove plays a move of the console on the loop, at the revision the
// session is at (the facilitator acts on what is in play), and tells the
// console why when the rules refuse it.
func (r *Room) consoleMove(c *conn, mv game.Move) {
	r.h.Do(func() {
		if _, err := r.h.Apply(host.Source("console"), r.h.Rev(), mv); err != nil {
			c.send(encode(refusedMsg{T: "refused", Why: whyOf(err)}))
		}
	})
}

// free frees a seat: its phones are told (kicked) and go back to the team
// buttons.
func (r *Room) free(id string) {
	r.mu.Lock()
	s := r.seats.byID(id)
	if s == nil {
		r.mu.Unlock()
		return
	}
	for c := range r.clients {
		if c.seat == s {
			c.kick()
		}
	}
	r.seats.remove(s)
	r.unsaved = true
	r.pokeConsoles()
	r.mu.Unlock()
	r.save()
	r.h.Wake()
}

// viewFor returns the view c is to be sent now, nil for none: the
// console's, a person's with its vote, or its team's.
func (r *Room) viewFor(c *conn) []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c.console {
		return r.consoleView()
	}
	s := c.seat
	switch {
	case s == nil:
		return nil
	case r.creation != nil && !s.person && s.team >= 0:
		// The creation workshop runs: a team's phones show its form.
		return r.creationView(s.team)
	case s.person:
		pv := r.snap.person
		if r.votes.rev == r.snap.rev {
			if step, ok := r.votes.bySeat[s.id]; ok {
				pv.Vote = &step
			}
		}
		return encode(viewMsg{T: "view", PhoneView: pv})
	case s.team >= 0 && s.team < len(r.snap.team):
		if r.snap.opinion && r.votes.rev == r.snap.rev {
			// On a debate a team's phone votes for its own person: its
			// view says its vote, which its teammates do not see.
			if step, ok := r.votes.bySeat[s.id]; ok {
				pv := r.snap.teamView[s.team]
				pv.Vote = &step
				return encode(viewMsg{T: "view", PhoneView: pv})
			}
		}
		return r.snap.team[s.team]
	}
	// No workshop open yet (a game restarted, before the facilitator
	// resumes): the phone waits, and shows no card left from before.
	return encode(viewMsg{T: "view", PhoneView: PhoneView{Rev: r.snap.rev, Team: s.team, Turn: game.NoTeam}})
}

// consoleView returns the console's message; the room's mutex is held.
func (r *Room) consoleView() []byte {
	if r.seats.sweep(r.now()) {
		r.unsaved = true
	}
	cm := consoleMsg{T: "console", Lang: r.o.Lang, Code: r.code, Game: r.snap.console, Says: r.says}
	for _, s := range r.seats.byToken {
		cm.Seats = append(cm.Seats, consoleSeat{ID: s.id, Team: s.team, Person: s.person, Connected: s.conns > 0, Seen: s.seen})
	}
	slices.SortFunc(cm.Seats, func(a, b consoleSeat) int { return seatNumber(a.ID) - seatNumber(b.ID) })
	cm.Creation = r.consoleCreationOf()
	if cm.Says == nil {
		cm.Says = []said{}
	}
	if r.votes.rev == r.snap.rev {
		cm.Voters = len(r.votes.bySeat)
	}
	return encode(cm)
}

// seatNumber returns the number of a seat id ("s12" → 12).
func seatNumber(id string) int {
	n := 0
	for _, c := range id[min(1, len(id)):] {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
