package cli

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"declic/game"
	"declic/internal/printable"
)

// TeamNames returns the teams' names of declic play: those --teams gives,
// comma-separated, under the game's name rules (game.TeamName, as when
// they are typed on the new-workshop screen), or offered when it gives
// none. A name longer than the rules allow, or names that do not make 1 to
// game.MaxTeams distinct teams, are said on stderr, and ok is false: the
// command line is wrong.
func (c *Command) TeamNames(offered []string) (names []string, ok bool) {
	if c.opts.Teams == "" {
		return offered, true
	}
	seen := make(map[string]bool)
	for _, n := range strings.Split(c.opts.Teams, ",") {
		whole := printable.Name(n, 0)
		if whole == "" {
			continue
		}
		name := game.TeamName(whole)
		if utf8.RuneCountInString(whole) > game.MaxNameRunes {
			fmt.Fprintln(c.env.stderr, c.tr.T("teams_too_long", "Name", name, "Max", game.MaxNameRunes))
			return nil, false
		}
		if seen[strings.ToLower(name)] {
			names = nil // said below, as for any other count
			break
		}
		seen[strings.ToLower(name)] = true
		names = append(names, name)
	}
	if len(names) < 1 || len(names) > game.MaxTeams {
		fmt.Fprintln(c.env.stderr, c.tr.T("play_bad_teams", "Max", game.MaxTeams))
		return nil, false
	}
	return names, true
}
