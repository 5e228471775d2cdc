package lan

import (
	"declic/game"
	"declic/host"
)

// votes are the per-person positions of the round in play on an opinion
// card, by seat, held in the room's memory only: what reaches the session
// (and the projector, and the saved file) is their count per step, a
// game.MoveHeadCount, never who stands where.
type votes struct {
	rev    int            // the revision of the round they were given at
	bySeat map[string]int // seat id → step
	queued bool           // a count waits for the loop
}

// vote records a person's position (0–4, 5 "je ne comprends pas") on the
// opinion card in play, replacing its earlier one of the round, and has
// the loop record the count.
func (r *Room) vote(c *conn, m in) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := c.seat
	switch {
	case s == nil || m.Step == nil || *m.Step < 0 || *m.Step >= game.Steps || !r.snap.opinion:
		c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
		return
	case m.Rev != r.snap.rev:
		c.send(encode(refusedMsg{T: "refused", Why: whyStale}))
		return
	}
	if r.votes.rev != m.Rev || r.votes.bySeat == nil {
		r.votes = votes{rev: m.Rev, bySeat: map[string]int{}}
	}
	r.votes.bySeat[s.id] = *m.Step
	c.poke() // the person's view shows its vote
	if !r.votes.queued {
		r.votes.queued = true
		// The votes arrived in one frame make one count, applied at the
		// next Pump.
		r.h.Do(r.countVotes)
	}
}

// countVotes records the votes' count per step as a head count, on the loop.
func (r *Room) countVotes() {
	r.mu.Lock()
	r.votes.queued = false
	rev := r.votes.rev
	heads := make([]int, game.Steps)
	for _, step := range r.votes.bySeat {
		heads[step]++
	}
	r.mu.Unlock()
	if rev != r.h.Rev() {
		return // the round is over: its votes count no more
	}
	if _, err := r.h.Apply(host.Source("room"), rev, game.Move{Kind: game.MoveHeadCount, Choices: heads}); err != nil {
		r.logf("salle : les votes ne se comptent pas : %v", "room: the votes cannot be counted: %v", err)
	}
}
