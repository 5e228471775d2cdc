package game

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"declic/cards"
)

// Settings are the choices made before a game starts.
type Settings struct {
	// Cards is how many cards to draw, 0 for all. A board deck plays rounds,
	// each with a secret character: 0 means two rounds a team (three for a
	// single team).
	Cards int `json:"cards,omitempty"`
	// InOrder plays the cards in the deck's order instead of shuffled.
	InOrder bool `json:"in_order,omitempty"`
	// Seed drives every draw and shuffle, so that a game replays exactly.
	Seed int64 `json:"seed"`
	// Mode is the turn mode; empty means the deck's.
	Mode cards.Mode `json:"mode,omitempty"`
	// Timer turns the answer timer on.
	Timer bool `json:"timer,omitempty"`
	// Seconds overrides every card's timer when positive.
	Seconds int `json:"seconds,omitempty"`
	// Unscored plays without automatic points: only points given by hand count.
	Unscored bool `json:"unscored,omitempty"`
	// Pass passes a card answered wrong to the next team in turns mode. A
	// clues card always passes: that is its steal.
	Pass bool `json:"pass,omitempty"`
	// Riddles plays a board deck's characters as riddles, with their clues.
	Riddles bool `json:"riddles,omitempty"`
	// Measure makes the game the before or the after test of the
	// workshop's effect (see Measure): Cards is then the test's length.
	Measure Measure `json:"measure,omitempty"`
	// Confidence asks, after each verdict, how sure the team is (see
	// Move.Sure): the summary then reads whether confidence followed
	// accuracy (Confidence). A session saved before it plays without.
	Confidence bool `json:"confidence,omitempty"`
	// NoHints plays the verdict cards with hints in one vote, as cards
	// without: no hints, no second vote. It is an off switch, so that a
	// session saved before it plays its hints as it did.
	NoHints bool `json:"no_hints,omitempty"`
}

// DeckRef names the deck a game plays, for finding it again when a saved
// session is loaded.
type DeckRef struct {
	ID       string `json:"id"`
	Language string `json:"language"`
	Path     string `json:"path,omitempty"`
	Title    string `json:"title"`
}

// Game is one deck played with some settings: the cards drawn, in order, and
// the log of every move. Everything else is derived from those.
type Game struct {
	Deck     DeckRef  `json:"deck"`
	Settings Settings `json:"settings"`
	// Draw holds the ids of the cards drawn, in play order; for a board deck,
	// the secret character of each round.
	Draw   []string `json:"draw"`
	Events []Event  `json:"events"`
	// Elapsed is the answer timer of the card in play, from the start of
	// its round. It is not an event: only its running out is.
	Elapsed time.Duration `json:"elapsed"`
	// TeamElapsed holds, in all mode, each team's own timer on the round in
	// play (see AdvanceFor), nil until one runs: on a shared laptop each
	// team gets the card's full time from when it is handed the laptop.
	TeamElapsed []time.Duration `json:"team_elapsed,omitempty"`
	// Rules is the version of the rules the game was started with (see
	// RulesVersion), so that a game saved by an older version replays with
	// the rules it was played with.
	Rules int `json:"rules,omitempty"`
	// Reserved holds, for a before test, the cards kept for its after
	// test: drawn with it, alike, and shown by no other game of the deck.
	Reserved []string `json:"reserved,omitempty"`

	deck  *cards.Deck
	teams int
	cards []*cards.Card // the cards of Draw
	st    State
}

// RulesVersion is the version of the rules a new game plays with. Version 1:
// on a card played in two rounds, a team that does not answer the second
// round keeps its first answer (version 0 left it without an answer).
// Version 2: the after test of the workshop's effect is blind as its before
// test is (version 1 played its hints, second vote and reveal).
const RulesVersion = 2

// NewGame starts a game of the deck for teams teams. An after test is
// started by Session.NewGame, which knows its before test.
func NewGame(deck *cards.Deck, teams int, s Settings) (*Game, error) {
	return startGame(deck, teams, s, nil, nil)
}

// startGame starts a game playing the cards drawn, or the cards of fixed
// when there are some (an after test); exclude names cards the draw leaves
// out (those kept for an after test).
func startGame(deck *cards.Deck, teams int, s Settings, fixed []string, exclude map[string]bool) (*Game, error) {
	if deck == nil || len(deck.Cards) == 0 {
		return nil, fmt.Errorf("%w: no deck", ErrInvalid)
	}
	if teams < 1 || teams > MaxTeams {
		return nil, fmt.Errorf("%w: %d teams", ErrInvalid, teams)
	}
	if s.Mode == "" {
		s.Mode = deck.Defaults.Mode
	}
	switch s.Mode {
	case cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer:
	default:
		return nil, fmt.Errorf("%w: mode %q", ErrInvalid, s.Mode)
	}
	if s.Cards < 0 || s.Seconds < 0 {
		return nil, fmt.Errorf("%w: negative settings", ErrInvalid)
	}
	g := &Game{Deck: DeckRef{deck.ID, deck.Language, deck.Path, deck.Title}, Settings: s, Rules: RulesVersion, deck: deck, teams: teams}
	switch s.Measure {
	case MeasureNone:
		g.Draw = g.draw(exclude)
	case MeasureBefore, MeasureAfter:
		// Every team judges every card, and a test gives no points.
		g.Settings.Mode, g.Settings.Unscored, g.Settings.Riddles = cards.ModeAll, true, false
		if s.Measure == MeasureAfter {
			if len(fixed) == 0 {
				return nil, fmt.Errorf("%w: an after test follows a before test of its deck", ErrInvalid)
			}
			g.Draw = slices.Clone(fixed)
			break
		}
		var err error
		if g.Draw, g.Reserved, err = measureSplit(deck, s.Cards, s.Seed); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: measure %q", ErrInvalid, s.Measure)
	}
	if len(g.Draw) == 0 {
		return nil, fmt.Errorf("%w: no card to play with these settings", ErrInvalid)
	}
	if err := g.resolve(); err != nil {
		return nil, err
	}
	g.st = g.initial()
	return g, nil
}

// draw picks the cards of the game from its seed, none of exclude.
func (g *Game) draw(exclude map[string]bool) []string {
	var pool []int
	for i, c := range g.deck.Cards {
		if g.Settings.Riddles && len(c.Clues) == 0 {
			continue // a character without clues cannot be a riddle
		}
		if exclude[c.ID] {
			continue
		}
		pool = append(pool, i)
	}
	r := rand.New(rand.NewPCG(uint64(g.Settings.Seed), 0x6465636b))
	if !g.Settings.InOrder || g.isBoard() {
		r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	}
	n := g.Settings.Cards
	if g.isBoard() && n == 0 {
		n = 2 * g.teams
		if g.teams == 1 {
			n = 3
		}
	}
	if n == 0 || n > len(pool) {
		n = len(pool)
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = g.deck.Cards[pool[i]].ID
	}
	return ids
}

// resolve finds the cards of the draw in the deck.
func (g *Game) resolve() error {
	byID := make(map[string]*cards.Card, len(g.deck.Cards))
	for i := range g.deck.Cards {
		byID[g.deck.Cards[i].ID] = &g.deck.Cards[i]
	}
	g.cards = make([]*cards.Card, len(g.Draw))
	for i, id := range g.Draw {
		c, ok := byID[id]
		if !ok {
			return fmt.Errorf("%w: card %q is no longer in deck %q", ErrInvalid, id, g.deck.ID)
		}
		g.cards[i] = c
	}
	return nil
}

// isBoard reports a "Qui est-ce ?" game: a board deck not played as riddles.
func (g *Game) isBoard() bool { return g.deck.IsBoard() && !g.Settings.Riddles }

// TheDeck returns the deck the game plays.
func (g *Game) TheDeck() *cards.Deck { return g.deck }

// Teams returns the number of teams playing.
func (g *Game) Teams() int { return g.teams }

// State returns where the game stands. Its slices belong to the game: read
// them, never change them.
func (g *Game) State() State { return g.st }

// Over reports whether the game has ended.
func (g *Game) Over() bool { return g.st.Phase == PhaseOver }

// Len returns the number of cards (rounds for a board) the game plays.
func (g *Game) Len() int { return len(g.cards) }

// Card returns the card in play, or nil once the game is over. For a board
// game it is the secret character.
func (g *Game) Card() *cards.Card {
	if g.st.Phase == PhaseOver {
		return nil
	}
	return g.cards[g.st.Card]
}

// CardAt returns the i-th card of the draw.
func (g *Game) CardAt(i int) *cards.Card { return g.cards[i] }

// Kind returns how the card in play is played: a board deck's character
// played as a riddle is a clues card.
func (g *Game) Kind() cards.Kind { return g.kindOf(g.st.Card) }

func (g *Game) kindOf(i int) cards.Kind {
	if i < 0 || i >= len(g.cards) {
		return ""
	}
	if g.cards[i].Kind == cards.KindCharacter && g.Settings.Riddles {
		return cards.KindClues
	}
	return g.cards[i].Kind
}

// Seconds returns the answer time of the card in play, 0 when it has no timer.
func (g *Game) Seconds() int {
	c := g.Card()
	if !g.Settings.Timer || c == nil {
		return 0
	}
	if g.Settings.Seconds > 0 {
		return g.Settings.Seconds
	}
	return c.Seconds
}

// TimeLeft returns what is left of the card's answer timer, and false when
// the card in play has no running timer. Each round of a card (first and
// second vote, positions before and after the discussion) has its full time.
func (g *Game) TimeLeft() (time.Duration, bool) { return g.TimeLeftFor(NoTeam) }

// TimeLeftFor returns what is left of a team's own timer in all mode (see
// AdvanceFor), or of the card's timer for NoTeam; false when that timer does
// not run: no timer, not all mode, or the team has answered this round or
// its time is up.
func (g *Game) TimeLeftFor(team int) (time.Duration, bool) {
	s := g.Seconds()
	if s == 0 || (g.st.Phase != PhaseAnswering && g.st.Phase != PhaseSecond) {
		return 0, false
	}
	limit := time.Duration(s) * time.Second
	if team == NoTeam {
		return max(0, limit-g.Elapsed), true
	}
	if g.Settings.Mode != cards.ModeAll || team < 0 || team >= g.teams || g.st.Out[team] || g.st.round(g)[team] != nil {
		return 0, false
	}
	var spent time.Duration
	if team < len(g.TeamElapsed) {
		spent = g.TeamElapsed[team]
	}
	return max(0, limit-spent), true
}

// Advance runs the card's answer timer by d, as the caller measured it.
// When the time runs out it applies a MoveTimeout and returns its event and
// true.
func (g *Game) Advance(d time.Duration) (Event, bool) { return g.AdvanceFor(NoTeam, d) }

// AdvanceFor runs one team's own timer by d in all mode, when the teams
// answer one after the other on a shared laptop: the caller runs the timer
// of the team that has the laptop, and none while it is handed over. When
// the team's time runs out it applies a MoveTimeout for the team, which
// closes its round, and returns its event and true. For NoTeam it runs the
// card's timer, as Advance does.
func (g *Game) AdvanceFor(team int, d time.Duration) (Event, bool) {
	left, running := g.TimeLeftFor(team)
	if !running || d <= 0 {
		return Event{}, false
	}
	if team == NoTeam {
		g.Elapsed = addElapsed(g.Elapsed, d)
	} else {
		if len(g.TeamElapsed) != g.teams {
			g.TeamElapsed = make([]time.Duration, g.teams)
		}
		g.TeamElapsed[team] = addElapsed(g.TeamElapsed[team], d)
	}
	if d < left {
		return Event{}, false
	}
	ev, err := g.Apply(Move{Kind: MoveTimeout, Team: team})
	return ev, err == nil
}

// addElapsed runs a timer by d, stopping at maxElapsed: a laptop asleep
// for a week counts as long past any answer time, never as an overflow.
func addElapsed(t, d time.Duration) time.Duration {
	return min(min(t, maxElapsed)+min(d, maxElapsed), maxElapsed)
}

// resetTimers starts the timers of a new card or round.
func (g *Game) resetTimers() { g.Elapsed, g.TeamElapsed = 0, nil }

// Shuffled returns the order in which an order card's items are shown: item
// indexes, shuffled from the game's seed so that a reload shows the same.
func (g *Game) Shuffled(card int) []int {
	n := len(g.cards[card].Items)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(uint64(g.Settings.Seed), uint64(card)+1))
	for tries := 0; tries < 10; tries++ {
		r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		if n < 2 || !slices.IsSorted(order) {
			break // never show the answer as the puzzle
		}
	}
	return order
}

// Apply checks a move and, when it is allowed, plays it and appends it to
// the log. Checks run in a fixed order: game over, a team that does not
// exist, move not allowed for this card, wrong phase, not the team's turn,
// team locked out, already answered, invalid value. A refused move changes
// nothing.
func (g *Game) Apply(m Move) (Event, error) {
	if m.Kind == MoveUndo {
		return Event{Move: m}, g.undo()
	}
	if len(g.Events) >= maxEvents {
		return Event{}, fmt.Errorf("%w: the game holds %d moves, the most it keeps", ErrInvalid, maxEvents)
	}
	next := g.st.clone()
	ev, err := next.apply(g, m)
	if err != nil {
		return Event{}, err
	}
	if next.Card != g.st.Card || next.Phase != g.st.Phase {
		g.resetTimers()
	}
	g.st = next
	g.Events = append(g.Events, ev)
	return ev, nil
}

// Allowed reports whether Apply would accept the move now, with the error
// it would give, and changes nothing: the front end offers only the moves
// the rules accept (a "+" button greyed out at the points' limit).
func (g *Game) Allowed(m Move) error {
	if m.Kind == MoveUndo {
		if _, ok := g.LastUndoable(); !ok {
			return ErrNothingToUndo
		}
		return nil
	}
	next := g.st.clone()
	_, err := next.apply(g, m)
	return err
}

// LastUndoable returns the move undo would take back (with every move after
// it), and false when there is nothing to undo.
func (g *Game) LastUndoable() (Event, bool) {
	for i := len(g.Events) - 1; i >= 0; i-- {
		if g.Events[i].Kind.undoable() {
			return g.Events[i], true
		}
	}
	return Event{}, false
}

// undo takes back the last undoable move of the game and every move after
// it, by replaying the log without them.
func (g *Game) undo() error {
	last := -1
	for i := len(g.Events) - 1; i >= 0; i-- {
		if g.Events[i].Kind.undoable() {
			last = i
			break
		}
	}
	if last < 0 {
		return ErrNothingToUndo
	}
	kept := g.Events[:last:last]
	st, err := g.replay(kept)
	if err != nil {
		return err // cannot happen: a prefix of a valid log is valid
	}
	timedOut := slices.ContainsFunc(g.Events[last:], func(ev Event) bool { return ev.Kind == MoveTimeout })
	if st.Card != g.st.Card || st.Phase != g.st.Phase || timedOut {
		g.resetTimers() // an undone timeout gives the time back
	}
	g.Events, g.st = kept, st
	return nil
}

// replay rebuilds the state from a log, checking that every move is still
// allowed and gives the points it gave: a log changed by hand, or a deck
// changed since, is refused.
func (g *Game) replay(events []Event) (State, error) {
	st := g.initial()
	for i, ev := range events {
		got, err := st.apply(g, ev.Move)
		if err != nil {
			return State{}, fmt.Errorf("move %d (%s): %w", i+1, ev.Kind, err)
		}
		if !slices.Equal(nonZero(got.Delta), nonZero(ev.Delta)) || got.Card != ev.Card {
			return State{}, fmt.Errorf("%w: move %d (%s) no longer gives the same points", ErrInvalid, i+1, ev.Kind)
		}
	}
	return st, nil
}

// nonZero returns nil for a delta of zeros, so that a saved empty delta and
// a computed one compare equal.
func nonZero(d []int) []int {
	for _, v := range d {
		if v != 0 {
			return d
		}
	}
	return nil
}

// initial returns the state before the first move.
func (g *Game) initial() State {
	st := State{Totals: make([]int, g.teams)}
	st.enter(g, 0)
	return st
}

// Restore attaches a game read from a save to its deck and rebuilds its
// state from its log.
func (g *Game) Restore(deck *cards.Deck, teams int) error {
	g.deck, g.teams = deck, teams
	if err := g.resolve(); err != nil {
		return err
	}
	st, err := g.replay(g.Events)
	if err != nil {
		return err
	}
	g.st = st
	return nil
}
