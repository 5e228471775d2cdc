package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"declic/game"
	"declic/store"
)

// store returns the folder of saved workshops.
func (c *Command) store() store.Folder {
	return store.Folder{Dir: filepath.Join(c.env.home, "sessions")}
}

// dateLayout returns how a date and time read in the user's language.
func dateLayout(lang string) string {
	if lang == "fr" {
		return "02/01/2006 15:04"
	}
	return "2006-01-02 15:04"
}

// sessions prints one line a saved workshop, newest first: its id (for
// declic export), when it was last played, its name if it was given one,
// whether it is over, its number of games and each team's total. A damaged
// save is listed, in words.
func (c *Command) sessions(args []string) int {
	tr := c.tr
	if len(args) > 0 {
		fmt.Fprintln(c.env.stderr, tr.T("sessions_args"))
		return ExitUsage
	}
	st := c.store()
	list, err := st.List()
	if err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("sessions_unreadable", "Path", st.Dir))
		return ExitInvalid
	}
	if len(list) == 0 {
		fmt.Fprintln(c.env.stdout, tr.T("sessions_none"))
		return ExitOK
	}
	// The names have a column when a workshop has one.
	named := slices.ContainsFunc(list, func(s store.Saved) bool { return s.Name != "" })
	w := tabwriter.NewWriter(c.env.stdout, 0, 0, 2, ' ', 0)
	for _, s := range list {
		if s.Err != nil && !errors.Is(s.Err, store.ErrRecovered) {
			fmt.Fprintf(w, "%s\t%s\n", s.ID, tr.T("sessions_damaged"))
			continue
		}
		status := tr.T("sessions_in_progress")
		if s.Finished {
			status = tr.T("sessions_finished")
		}
		line := s.ID + "\t" + when(s.Updated, tr.Lang()) + "\t"
		if named {
			line += s.Name + "\t"
		}
		line += fmt.Sprintf("%s\t%s\t%s", status, tr.N("sessions_games", s.Games), scores(s.Teams, s.Totals))
		if s.Err != nil {
			line += "  " + tr.T("sessions_recovered")
		}
		fmt.Fprintln(w, line)
	}
	w.Flush()
	return ExitOK
}

// when writes a time as the clock read where it was recorded: a workshop
// that ended at 14:03 in Lyon reads 14:03 wherever it is listed.
func when(t time.Time, lang string) string { return t.Format(dateLayout(lang)) }

// scores writes each team with its total: "Renards 12, Hiboux 9".
func scores(teams []game.Team, totals []int) string {
	parts := make([]string, len(teams))
	for i, t := range teams {
		parts[i] = t.Name
		if i < len(totals) {
			parts[i] += fmt.Sprintf(" %d", totals[i])
		}
	}
	return strings.Join(parts, ", ")
}
