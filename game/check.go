package game

import (
	"fmt"
	"regexp"
	"slices"
	"time"

	"declic/cards"
)

// The bounds of what a session read from a file may hold. A file within
// them has a shape every function of the package can use without checking
// it again; its moves are checked when they replay (Session.Restore). The
// engine never makes a session beyond them (Session.NewGame, Game.Apply,
// Game.AdvanceFor refuse or stop there), so a file it wrote always passes.
// Together they bound a session's totals far below overflow: 10⁴ games of
// 10⁶ events of 10⁶ points each.
const (
	// maxGames is the most games a session holds: a game a minute for a
	// week of workshops.
	maxGames = 10_000
	// maxDraw is the most cards a game draws.
	maxDraw = 1_000_000
	// maxEvents is the most events a game holds.
	maxEvents = 1_000_000
	// maxChoices is the most values a move holds (an order's items, head
	// counts).
	maxChoices = 64
	// maxReason is the longest reason of points given by hand, in bytes.
	maxReason = 1000
	// maxEventPoints bounds what one event gives a team: a card's points
	// (cards allows 1000), points given by hand (MaxHandPoints).
	maxEventPoints = 1_000_000
	// maxElapsed bounds a timer, maxSeconds a game's answer time.
	maxElapsed = 1000 * time.Hour
	maxSeconds = 1_000_000_000
	// maxDeckRef is the longest id or language of a game's deck, in bytes:
	// cards allows 100 characters without a space, these being ASCII.
	maxDeckRef = 100
	// maxDeckTitle is the longest title of a game's deck, in characters,
	// as cards allows for any text.
	maxDeckTitle = 2000
)

// A game's deck is named as cards allows a deck's id and language to be.
var (
	deckID       = regexp.MustCompile(`^[a-z0-9-]+$`)
	deckLanguage = regexp.MustCompile(`^[A-Za-z0-9-]+$`)
)

// check reports what makes a session read from a file unusable: a missing
// game, a team or card index out of range, counts below zero or beyond the
// bounds above, teams that are not a session's. Every such session is a
// damaged file (DecodeSession), never a crash further on.
func (s *Session) check() error {
	if err := checkID(s.ID); err != nil {
		return err
	}
	if err := checkTeams(s.Teams); err != nil {
		return err
	}
	if len(s.Games) > maxGames {
		return fmt.Errorf("%d games, at most %d", len(s.Games), maxGames)
	}
	for i, g := range s.Games {
		if g == nil {
			return fmt.Errorf("game %d is missing", i+1)
		}
		if err := g.check(len(s.Teams)); err != nil {
			return fmt.Errorf("game %d: %w", i+1, err)
		}
	}
	return nil
}

// check is Session.check for one game of a session of teams teams.
func (g *Game) check(teams int) error {
	if !deckID.MatchString(g.Deck.ID) || len(g.Deck.ID) > maxDeckRef || !deckLanguage.MatchString(g.Deck.Language) || len(g.Deck.Language) > maxDeckRef {
		// Never quoted: an error may be shown, and the file may hold megabytes.
		return fmt.Errorf("no deck, or an id or language no deck has")
	}
	st := g.Settings
	switch st.Mode {
	case cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer:
	default:
		return fmt.Errorf("mode %q", st.Mode)
	}
	if st.Cards < 0 || st.Seconds < 0 || st.Seconds > maxSeconds {
		return fmt.Errorf("settings out of range")
	}
	if g.Rules < 0 || g.Rules > RulesVersion {
		return fmt.Errorf("rules version %d", g.Rules)
	}
	if len(g.Draw) == 0 || len(g.Draw) > maxDraw {
		return fmt.Errorf("%d cards drawn", len(g.Draw))
	}
	seen := make(map[string]bool, len(g.Draw))
	for _, id := range g.Draw {
		if id == "" || seen[id] {
			return fmt.Errorf("card %q drawn twice or without id", id)
		}
		seen[id] = true
	}
	if g.Elapsed < 0 || g.Elapsed > maxElapsed || len(g.TeamElapsed) > teams ||
		slices.ContainsFunc(g.TeamElapsed, func(d time.Duration) bool { return d < 0 || d > maxElapsed }) {
		return fmt.Errorf("timer out of range")
	}
	if len(g.Events) > maxEvents {
		return fmt.Errorf("%d events, at most %d", len(g.Events), maxEvents)
	}
	for i, ev := range g.Events {
		if err := ev.check(teams, len(g.Draw)); err != nil {
			return fmt.Errorf("move %d: %w", i+1, err)
		}
	}
	return nil
}

// check is Session.check for one event of a game of teams teams and cards
// cards.
func (ev Event) check(teams, cards int) error {
	if !ev.Kind.known() {
		return fmt.Errorf("unknown move %q", ev.Kind)
	}
	switch {
	case ev.Kind.ofTeam() && (ev.Team < NoTeam || ev.Team >= teams):
		return fmt.Errorf("team %d", ev.Team)
	case ev.Card < 0 || ev.Card >= cards:
		return fmt.Errorf("card %d", ev.Card)
	case len(ev.Choices) > maxChoices:
		return fmt.Errorf("%d choices", len(ev.Choices))
	case len(ev.Reason) > maxReason:
		return fmt.Errorf("a reason of %d bytes", len(ev.Reason))
	case ev.Kind == MovePoints && (ev.Points < -MaxHandPoints || ev.Points > MaxHandPoints):
		return fmt.Errorf("%d points by hand", ev.Points)
	case ev.Sure < SureUnsaid || ev.Sure > SureGuess:
		return fmt.Errorf("a confidence of %d", ev.Sure)
	case len(ev.Delta) != 0 && len(ev.Delta) != teams:
		return fmt.Errorf("points for %d teams", len(ev.Delta))
	case slices.ContainsFunc(ev.Delta, func(d int) bool { return d < -maxEventPoints || d > maxEventPoints }):
		return fmt.Errorf("points out of range")
	}
	return nil
}

// ofTeam reports a move made by or for a team, whose Team Apply checks.
func (k MoveKind) ofTeam() bool {
	switch k {
	case MoveAnswer, MoveBuzz, MoveJudge, MoveGuess, MovePoints, MoveTimeout:
		return true
	}
	return false
}

// known reports a move a saved game may hold: every move but undo, which
// removes events instead.
func (k MoveKind) known() bool {
	switch k {
	case MoveAnswer, MoveBuzz, MoveJudge, MoveClue, MoveAsk, MoveGuess, MoveHeadCount,
		MoveSecondRound, MoveReveal, MoveNext, MoveSkip, MovePoints, MoveTimeout, MoveEnd:
		return true
	}
	return false
}
