package game

import (
	"fmt"
	"strconv"
	"strings"

	"declic/internal/printable"
)

// Colour is a team's colour, an index into Palette.
type Colour int

// Palette holds the team colours, from the Okabe–Ito palette, which people
// with the common colour-vision deficiencies tell apart. Colour is never the
// only cue: every team also has a Symbol.
var Palette = [...]struct{ R, G, B uint8 }{
	{0xE6, 0x9F, 0x00}, // orange
	{0x56, 0xB4, 0xE9}, // sky blue
	{0x00, 0x9E, 0x73}, // bluish green
	{0xCC, 0x79, 0xA7}, // reddish purple
	{0xF0, 0xE4, 0x42}, // yellow
	{0x00, 0x72, 0xB2}, // blue
}

// Symbol is a team's shape, drawn beside its colour.
type Symbol int

// The team symbols, one a team.
const (
	Circle Symbol = iota
	Triangle
	Square
	Diamond
	Star
	Cross
)

// MaxTeams is the largest number of teams a session has: six buzzers, six
// colours, six symbols.
const MaxTeams = 6

// Team is one team of a session. Its name is the only thing a saved session
// holds about people.
type Team struct {
	Name   string `json:"name"`
	Colour Colour `json:"colour"`
	Symbol Symbol `json:"symbol"`
}

// checkTeams accepts 1 (a cooperative family team) to MaxTeams teams with
// distinct non-blank names, colours and symbols.
func checkTeams(teams []Team) error {
	if len(teams) < 1 || len(teams) > MaxTeams {
		return fmt.Errorf("%w: %d teams, 1 to %d are possible", ErrInvalid, len(teams), MaxTeams)
	}
	names := make(map[string]bool)
	colours := make(map[Colour]bool)
	symbols := make(map[Symbol]bool)
	for _, t := range teams {
		name := strings.ToLower(strings.TrimSpace(t.Name))
		switch {
		case name == "":
			return fmt.Errorf("%w: a team has no name", ErrInvalid)
		case names[name]:
			return fmt.Errorf("%w: two teams are named %q", ErrInvalid, t.Name)
		case t.Colour < 0 || int(t.Colour) >= len(Palette) || colours[t.Colour]:
			return fmt.Errorf("%w: team %q has no colour of its own", ErrInvalid, t.Name)
		case t.Symbol < Circle || t.Symbol > Cross || symbols[t.Symbol]:
			return fmt.Errorf("%w: team %q has no symbol of its own", ErrInvalid, t.Name)
		}
		names[name], colours[t.Colour], symbols[t.Symbol] = true, true, true
	}
	return nil
}

// NewTeams returns teams with the given names and the first colours and
// symbols, each team i getting colour i and symbol i.
func NewTeams(names ...string) []Team {
	teams := make([]Team, len(names))
	for i, n := range names {
		teams[i] = Team{Name: n, Colour: Colour(i % len(Palette)), Symbol: Symbol(i % (int(Cross) + 1))}
	}
	return teams
}

// MaxNameRunes is the longest team name: it must fit a score line.
const MaxNameRunes = 20

// MaxWorkshopRunes is the longest workshop name: it must fit a line of the
// list of workshops.
const MaxWorkshopRunes = 40

// TeamName returns name as a team may be called, wherever the name comes
// from (typed in the game, given with --teams, read from a saved session):
// one line of at most MaxNameRunes characters, trimmed, without control or
// direction-override characters (see printable.Name).
func TeamName(name string) string { return printable.Name(name, MaxNameRunes) }

// WorkshopName returns name as a workshop may be called: the rules of
// TeamName, at most MaxWorkshopRunes characters.
func WorkshopName(name string) string { return printable.Name(name, MaxWorkshopRunes) }

// cleanNames applies the name rules to a session read from a file, which
// an older version (or a hand) may have written with names the rules now
// refuse: too long, on several lines, with control characters, invisible.
// Names that the rules make alike are numbered ("Les Renards du co 2"), a
// name left blank becomes the team's number: every team keeps a name of
// its own, and a workshop that loaded before still loads.
func (s *Session) cleanNames() {
	s.Name = WorkshopName(s.Name)
	for _, g := range s.Games {
		// Shown as the game's title until its deck is found again.
		g.Deck.Title = printable.Name(g.Deck.Title, maxDeckTitle)
	}
	seen := make(map[string]bool, len(s.Teams))
	for i, t := range s.Teams {
		name := TeamName(t.Name)
		if name == "" {
			name = strconv.Itoa(i + 1)
		}
		for n := 2; seen[strings.ToLower(name)]; n++ {
			suffix := " " + strconv.Itoa(n)
			name = TeamName(printable.Name(TeamName(t.Name), MaxNameRunes-len(suffix)) + suffix)
		}
		seen[strings.ToLower(name)] = true
		s.Teams[i].Name = name
	}
}
