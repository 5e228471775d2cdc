package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"declic/cards"
	"declic/game"
	"declic/report"
	"declic/store"
)

// export writes a workshop's answers and points as a CSV file for a
// spreadsheet: the session named, or the newest; and beside it, when
// verdicts were given, its discernment figures (report.DiscernmentCSV,
// report.DiscernmentPath). Their texts are in the user's language, and so
// is their separator: Excel in France expects ";".
func (c *Command) export(args []string) int {
	tr := c.tr
	if c.opts.Output == "" || len(args) > 1 {
		fmt.Fprintln(c.env.stderr, tr.T("export_usage"))
		return ExitUsage
	}
	s, ok := c.namedOrNewest(args, "export_none")
	if !ok {
		return ExitInvalid
	}
	data, err := report.CSV(s, tr)
	out, absErr := filepath.Abs(c.opts.Output)
	if err == nil {
		err = absErr
	}
	if err == nil {
		err = os.WriteFile(out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("export_unwritable", c.opts.Output, err))
		return ExitInvalid
	}
	fmt.Fprintln(c.env.stdout, tr.T("export_done", "Path", out))
	// The discernment figures go beside it, when verdicts were given.
	figures, err := report.DiscernmentCSV(s, tr)
	if err == nil && figures == nil {
		return ExitOK
	}
	second := report.DiscernmentPath(out, tr)
	if err == nil {
		err = os.WriteFile(second, figures, 0o644)
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("export_unwritable", second, err))
		return ExitInvalid
	}
	fmt.Fprintln(c.env.stdout, tr.T("export_discernment_done", "Path", second))
	return ExitOK
}

// namedOrNewest loads the workshop a command names in args, or the newest
// saved, for export and report alike; it says in words what went wrong,
// none being its message when no workshop is saved, and false.
func (c *Command) namedOrNewest(args []string, none string) (*game.Session, bool) {
	tr := c.tr
	st := c.store()
	id := ""
	if len(args) == 1 {
		id = args[0]
	} else if latest, ok := st.Latest(); ok {
		id = latest
	} else if list, err := st.List(); err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("sessions_unreadable", "Path", st.Dir))
		return nil, false
	} else if len(list) > 0 {
		// Only damaged workshops: the newest is named as damaged, not
		// said to be missing while declic sessions lists it.
		id = list[0].ID
	} else {
		fmt.Fprintln(c.env.stderr, tr.T(none))
		return nil, false
	}
	return c.loadSession(st, id)
}

// loadSession loads a saved workshop with its decks, found among the
// library's by id and language, else at the path they were played from.
// It says in words what went wrong, and false, when it cannot.
func (c *Command) loadSession(st store.Folder, id string) (*game.Session, bool) {
	tr := c.tr
	lib := c.library(nil)
	var (
		asked   int // the games whose deck was asked for, in order
		missing game.DeckRef
	)
	s, err := st.Load(id, func(ref game.DeckRef) (*cards.Deck, error) {
		asked++
		if d := lib.Resolve(ref.ID, ref.Language, ref.Path); d != nil {
			return d, nil
		}
		missing = ref
		return nil, errors.New("not among the decks")
	})
	switch {
	case err == nil:
	case errors.Is(err, store.ErrRecovered):
		fmt.Fprintln(c.env.stderr, tr.T("export_recovered", "ID", id))
	case errors.Is(err, game.ErrNoDeck):
		fmt.Fprintln(c.env.stderr, tr.T("export_no_deck", "Title", missing.Title, "Deck", missing.ID, "Game", asked))
		return nil, false
	case errors.Is(err, store.ErrCorrupt):
		fmt.Fprintln(c.env.stderr, tr.T("export_corrupt", "ID", id))
		return nil, false
	case errors.Is(err, store.ErrBadID), errors.Is(err, fs.ErrNotExist):
		fmt.Fprintln(c.env.stderr, tr.T("export_unknown", "ID", id))
		return nil, false
	default:
		fmt.Fprintln(c.env.stderr, tr.T("export_unreadable", "ID", id, "Path", st.Dir))
		return nil, false
	}
	return s, true
}
