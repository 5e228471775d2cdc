package lan

import (
	"bytes"
	"slices"

	"declic/cards"
	"declic/game"
	"declic/host"
)

// snapshot is what the room tells its phones and consoles of the live
// workshop, made on the game's loop (in the host's listener) from the
// session there: the network's goroutines read it, never the session.
type snapshot struct {
	rev int
	// open is a workshop open: false on the title screen of a game
	// restarted, before the facilitator resumes, when there are no teams
	// yet and the seats wait for them.
	open  bool
	teams []teamInfo
	// room is the message of a phone without a seat; team the view of each
	// team's phones; person the view of the person seats (each adds its
	// vote); console the console's view of the game.
	room []byte
	team [][]byte
	// teamView are the team's views before encoding: on a debate each
	// phone of a team is shown its own vote in it.
	teamView []PhoneView
	person   PhoneView
	console  []byte
	// opinion is a card taking per-person votes now.
	opinion bool
	// card is the game (its number in the session) and the card in play:
	// the texts said are of one card, and go when it does.
	card [2]int
}

// onEvent is the room's listener on the host, called on the loop: it makes
// the new snapshot and hands it to every connection.
func (r *Room) onEvent(e host.Event) {
	r.mu.Lock()
	shut := r.shut
	if !shut && e.Rev != r.snap.rev {
		// Another card or phase: the locks and who answered are of the
		// card left; the votes of the round left count no more.
		clear(r.locks)
	}
	r.mu.Unlock()
	if shut {
		return
	}
	snap := r.build(e)
	r.mu.Lock()
	defer r.mu.Unlock()
	newTeams := !bytes.Equal(r.snap.room, snap.room)
	if snap.card != r.snap.card {
		r.says = nil // a guess said for the card left is not the next card's
	}
	r.snap = snap
	for c := range r.clients {
		if c.seat == nil && !c.console {
			if newTeams {
				c.send(snap.room) // the buttons of another workshop's teams
			}
			continue
		}
		if s := c.seat; s != nil && !s.person && snap.open && s.team >= len(snap.teams) {
			c.kick() // another workshop, with fewer teams: the seat's team is gone
			r.seats.remove(s)
			r.unsaved = true
			continue
		}
		c.poke()
	}
}

// build makes the snapshot of the session as it stands, at event e. It
// runs on the loop.
func (r *Room) build(e host.Event) snapshot {
	s := r.h.Session()
	now := r.now()
	r.mu.Lock()
	locks := slices.Clone(r.locks)
	r.mu.Unlock()
	snap := snapshot{rev: r.h.Rev(), open: s != nil, teams: teamsOf(s)}
	snap.room = encode(roomMsg{T: "room", Lang: r.o.Lang, Code: r.code, Teams: snap.teams, People: true})
	if s == nil {
		snap.person = PhoneView{Rev: snap.rev, Team: game.NoTeam, Turn: game.NoTeam}
		snap.console = encode(consoleGame{Rev: snap.rev, Paused: e.Paused})
		return snap
	}
	for t := range s.Teams {
		pv := NewPhoneView(s, snap.rev, t)
		pv.Paused = r.h.Paused()
		if t < len(locks) && pv.Mine != nil && pv.Phase != "revealed" {
			pv.Pending = &Pending{Choice: pv.Mine.Choice, Choices: pv.Mine.Choices, By: locks[t].seat}
			if locks[t].seat != "" {
				pv.LockMS = msLeft(locks[t].until, now)
			}
		}
		snap.team = append(snap.team, encode(viewMsg{T: "view", PhoneView: pv}))
		snap.teamView = append(snap.teamView, pv)
	}
	snap.person = NewPhoneView(s, snap.rev, game.NoTeam)
	snap.person.Paused = r.h.Paused()
	g := s.Current()
	snap.opinion = g != nil && g.Opinion()
	snap.card = [2]int{len(s.Games), -1}
	if g != nil {
		snap.card[1] = g.State().Card
	}
	snap.console = encode(r.consoleGame(s, snap.rev))
	return snap
}

// consoleGame is the console's view of the game in play: the whole card,
// its answer and explanation before the reveal (the console needs its key),
// every team's answer and who gave it.
type consoleGame struct {
	Rev      int            `json:"rev"`
	Workshop string         `json:"workshop,omitempty"`
	Deck     string         `json:"deck,omitempty"`
	Card     int            `json:"card"`
	Cards    int            `json:"cards"`
	Over     bool           `json:"over,omitempty"`
	Mode     cards.Mode     `json:"mode,omitempty"`
	Kind     cards.Kind     `json:"kind,omitempty"`
	Phase    string         `json:"phase,omitempty"`
	Turn     int            `json:"turn"`
	Teams    []teamInfo     `json:"teams,omitempty"`
	Totals   []int          `json:"totals,omitempty"`
	Answered []bool         `json:"answered,omitempty"`
	First    []*game.Answer `json:"first,omitempty"`
	Answers  []*game.Answer `json:"answers,omitempty"`
	Out      []bool         `json:"out,omitempty"`
	By       []string       `json:"by,omitempty"` // per team, the seat that gave its answer
	Heads    [2][]int       `json:"heads"`
	Timer    bool           `json:"timer,omitempty"`
	TimeMS   int64          `json:"time_ms,omitempty"`
	Paused   bool           `json:"paused,omitempty"`
	Secret   *consoleCard   `json:"secret,omitempty"`
	// Phone is what the phones see of the card (the question, the
	// buttons, the board), as the room's view.
	Phone *PhoneView `json:"phone,omitempty"`
}

// consoleCard is the card in play whole, for the facilitator.
type consoleCard struct {
	ID          string            `json:"id"`
	Text        string            `json:"text"`
	Easy        string            `json:"easy,omitempty"`
	Explanation string            `json:"explanation,omitempty"`
	Source      string            `json:"source,omitempty"`
	Reflex      string            `json:"reflex,omitempty"`
	Technique   []string          `json:"techniques,omitempty"`
	Discuss     []string          `json:"discuss,omitempty"`
	Hints       []string          `json:"hints,omitempty"`
	Flags       []string          `json:"flags,omitempty"`
	Report      string            `json:"report,omitempty"`
	Verdict     string            `json:"verdict,omitempty"`
	Correct     []int             `json:"correct,omitempty"`
	Answer      string            `json:"answer,omitempty"`
	Accept      []string          `json:"accept,omitempty"`
	Clues       []string          `json:"clues,omitempty"`
	Order       []string          `json:"order,omitempty"`
	Target      *int              `json:"target,omitempty"`
	Notes       map[string]string `json:"notes,omitempty"`
}

// consoleGame returns the console's view of s at revision rev.
func (r *Room) consoleGame(s *game.Session, rev int) consoleGame {
	cg := consoleGame{Rev: rev, Workshop: s.Name, Teams: teamsOf(s), Turn: game.NoTeam, Paused: r.h.Paused()}
	g := s.Current()
	if g == nil {
		return cg
	}
	v := g.View(game.NoTeam)
	st := g.State()
	cg.Deck, cg.Card, cg.Cards, cg.Totals, cg.Mode = g.Deck.Title, v.Card, g.Len(), v.Totals, g.Settings.Mode
	if v.Phase == game.PhaseOver {
		cg.Over = true
		return cg
	}
	cg.Kind, cg.Phase, cg.Turn, cg.Answered, cg.Out, cg.Heads = v.Kind, phaseNames[v.Phase], v.Turn, v.Answered, v.Out, v.Heads
	cg.First, cg.Answers = cloneAnswers(st.First), cloneAnswers(st.Answers)
	r.mu.Lock()
	cg.By = make([]string, len(s.Teams))
	for t := range min(len(r.locks), len(s.Teams)) {
		if g.Answered(t) {
			cg.By[t] = r.locks[t].seat // "" for an answer from the keyboard
		}
	}
	r.mu.Unlock()
	if left, ok := timeLeft(g, game.NoTeam); ok {
		cg.Timer, cg.TimeMS = true, left.Milliseconds()
	}
	pv := NewPhoneView(s, rev, game.NoTeam)
	cg.Phone = &pv
	c := g.Card()
	cc := &consoleCard{ID: c.ID, Text: c.Text, Easy: c.Easy, Explanation: c.Explanation, Source: c.Source,
		Reflex: c.Reflex, Discuss: c.Discuss, Hints: c.Hints, Flags: c.Flags, Report: c.Report, Verdict: c.Verdict,
		Correct: c.Correct, Answer: c.Answer, Accept: c.Accept, Clues: c.Clues, Order: c.Items, Notes: c.Notes}
	cc.Technique = c.Techniques
	if len(cc.Technique) == 0 && c.Technique != "" {
		cc.Technique = []string{c.Technique}
	}
	if c.Kind == cards.KindSpectrum && c.HasTarget {
		t := c.Target
		cc.Target = &t
	}
	cg.Secret = cc
	return cg
}

// cloneAnswers copies answers, which the engine's state owns.
func cloneAnswers(as []*game.Answer) []*game.Answer {
	out := make([]*game.Answer, len(as))
	for i, a := range as {
		if a != nil {
			c := *a
			c.Choices = slices.Clone(a.Choices)
			out[i] = &c
		}
	}
	return out
}
