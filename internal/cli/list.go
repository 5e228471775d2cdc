package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// list prints one line a valid deck: id, language, title, and its cards by
// type. Invalid decks are left out, their errors written to standard error,
// and the exit status is then 1.
func (c *Command) list(paths []string) int {
	lib := c.library(paths)
	w := tabwriter.NewWriter(c.env.stdout, 0, 0, 2, ' ', 0)
	for _, d := range lib.Decks {
		var kinds []string
		for _, k := range d.CountByKind() {
			kinds = append(kinds, fmt.Sprintf("%s %d", k.Kind, k.Count))
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s (%s)\n", d.ID, d.Language, d.Title, c.tr.N("cards_count", len(d.Cards)), strings.Join(kinds, ", "))
	}
	w.Flush()
	status := ExitOK
	for _, p := range lib.Problems {
		if p.Severity == 0 {
			fmt.Fprintln(c.env.stderr, p.Text(c.tr.Lang()))
			status = ExitInvalid
		}
	}
	if len(lib.Decks) == 0 && status == ExitOK {
		fmt.Fprintln(c.env.stderr, c.tr.T("no_decks"))
	}
	return status
}
