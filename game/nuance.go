package game

// Spread counts who stands on each position of a debate card's scale: its
// five steps 0–4 from the left end to the right end, then NotUnderstood.
type Spread [Steps]int

// Total returns how many stand on the scale, "je ne comprends pas" included.
func (s Spread) Total() int {
	n := 0
	for _, c := range s {
		n += c
	}
	return n
}

// Nuance is what the discussion of a debate card (a spectrum card without
// target) did to where the group stands: the positions before and after
// it, who moved, how far and towards which end. It is never a score: an
// opinion is neither right nor wrong, and moving is neither better nor
// worse than staying — the report shows it so that the group sees the
// discussion at work.
type Nuance struct {
	Card int // index in the game's draw
	// Before and After count the teams on each position before and after
	// the discussion; a team with no position in a round is not in it.
	Before, After Spread
	// Heads holds the head counts before and after the discussion, and
	// HasHeads[i] is set where the facilitator recorded round i.
	Heads    [2]Spread
	HasHeads [2]bool
	// The teams placed in both rounds either Stayed or Moved.
	Stayed, Moved int
	// Steps is how many steps of the scale the teams' moves covered in
	// all; a move to or from NotUnderstood covers none, it is counted in
	// ToNotUnderstood or FromNotUnderstood.
	Steps int
	// ToRight and ToLeft count the teams that moved along the scale
	// towards its right end (on the usual scale "tout à fait d'accord":
	// towards agreement) and towards its left end (disagreement).
	ToRight, ToLeft int
	// ToNotUnderstood counts the teams that left a step for "je ne
	// comprends pas", FromNotUnderstood those that left it for a step.
	ToNotUnderstood, FromNotUnderstood int
}

// HeadsMoved returns how many people at least changed place, from the head
// counts of both rounds (0 unless both were recorded): a head count says
// how many stand where, not who, so only a least number can be known —
// the places gained, less the people who arrived between the rounds.
func (n Nuance) HeadsMoved() int {
	if !n.HasHeads[0] || !n.HasHeads[1] {
		return 0
	}
	gained := 0
	for i := range n.Heads[0] {
		gained += max(0, n.Heads[1][i]-n.Heads[0][i])
	}
	return max(0, gained-max(0, n.Heads[1].Total()-n.Heads[0].Total()))
}

// Nuances returns, card by card in play order, what the discussion of
// each debate card played to its reveal did; a card skipped is left out.
func (g *Game) Nuances() []Nuance {
	var out []Nuance
	for _, r := range g.st.Results {
		if r.Skipped || r.Card < 0 || r.Card >= len(g.cards) || !isOpinion(g.cards[r.Card]) {
			continue
		}
		out = append(out, nuanceOf(r))
	}
	return out
}

// nuanceOf reads one debate card's result.
func nuanceOf(r Result) Nuance {
	n := Nuance{Card: r.Card}
	place := func(a *Answer) (int, bool) {
		if a == nil || a.Choice < 0 || a.Choice >= Steps {
			return 0, false
		}
		return a.Choice, true
	}
	for t := range max(len(r.First), len(r.Answers)) {
		var before, after *Answer
		if t < len(r.First) {
			before = r.First[t]
		}
		if t < len(r.Answers) {
			after = r.Answers[t]
		}
		b, okB := place(before)
		a, okA := place(after)
		if okB {
			n.Before[b]++
		}
		if okA {
			n.After[a]++
		}
		if !okB || !okA {
			continue
		}
		switch {
		case a == b:
			n.Stayed++
			continue
		case a == NotUnderstood:
			n.ToNotUnderstood++
		case b == NotUnderstood:
			n.FromNotUnderstood++
		case a > b:
			n.ToRight++
			n.Steps += a - b
		default:
			n.ToLeft++
			n.Steps += b - a
		}
		n.Moved++
	}
	for i, heads := range r.Heads {
		if len(heads) == Steps {
			copy(n.Heads[i][:], heads)
			n.HasHeads[i] = true
		}
	}
	return n
}
