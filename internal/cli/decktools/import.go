package decktools

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"

	"declic/cards"
	"declic/internal/cli"
	"declic/internal/safefile"
	"declic/store"
	"declic/workbook"
)

// importDeck makes a spreadsheet into a deck file (declic import FILE [-o
// DECK.toml] [--id ID] [--title T] [--lang L]): every problem on standard
// output, one a line at its cell; the deck written only when none is an
// error, with its pictures beside it in img/ID/. Without -o it goes to the
// user's decks folder as ID.toml, where it replaces only an earlier import
// of the same spreadsheet, never a deck written otherwise, and never takes
// the id of another deck the game loads. Exit status as check's: 1 when a
// problem is an error or nothing could be written, 2 for bad usage.
func (Commands) Import(c *cli.Command, args []string) int {
	tr := c.Tr()
	if len(args) != 1 {
		fmt.Fprintln(c.Stderr(), tr.T("import_usage"))
		return cli.ExitUsage
	}
	file := args[0]
	data, err := safefile.ReadFile(file, workbook.MaxFileSize)
	if errors.Is(err, safefile.ErrTooLarge) {
		data, err = make([]byte, workbook.MaxFileSize+1), nil // Read says it in words
	}
	if err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("import_unreadable", "Path", file))
		return cli.ExitInvalid
	}
	book, err := workbook.Read(file, data)
	var refused *workbook.Error
	if errors.As(err, &refused) {
		fmt.Fprintln(c.Stderr(), refused.Text.In(tr.Lang()))
		return cli.ExitInvalid
	}
	if err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("import_unreadable", "Path", file))
		return cli.ExitInvalid
	}
	lang := c.Options().Lang
	if lang == "" {
		lang = tr.Lang()
	}
	r, err := workbook.Import(book, workbook.Options{ID: c.Options().ID, Title: c.Options().Title, Lang: lang})
	if errors.As(err, &refused) {
		fmt.Fprintln(c.Stderr(), refused.Text.In(tr.Lang()))
		return cli.ExitInvalid
	}
	if err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("import_unreadable", "Path", file))
		return cli.ExitInvalid
	}
	for _, p := range r.Problems {
		fmt.Fprintln(c.Stdout(), p.Text(tr.Lang()))
	}
	if r.Text == nil {
		fmt.Fprintln(c.Stderr(), tr.T("import_invalid",
			"Errors", tr.N("check_errors", r.Errors()),
			"Warnings", tr.N("check_warnings", len(r.Problems)-r.Errors())))
		return cli.ExitInvalid
	}
	out := c.Options().Output
	if out == "" {
		out = filepath.Join(c.Home(), "decks", r.Deck.ID+".toml")
		if msg := importTaken(c, out, r); msg != "" {
			fmt.Fprintln(c.Stderr(), msg)
			return cli.ExitInvalid
		}
	}
	if filepath.Ext(out) != ".toml" {
		fmt.Fprintln(c.Stderr(), tr.T("import_not_toml", "Path", out))
		return cli.ExitUsage
	}
	// The pictures first: a deck is never left naming pictures not there.
	names := make([]string, 0, len(r.Pictures))
	for name := range r.Pictures {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		dst := filepath.Join(filepath.Dir(out), filepath.FromSlash(name))
		if _, err := store.WriteExport(dst, r.Pictures[name]); err != nil {
			fmt.Fprintln(c.Stderr(), c.Unwritable("import_unwritable", dst, err))
			return cli.ExitInvalid
		}
	}
	abs, err := store.WriteExport(out, r.Text)
	if err != nil {
		fmt.Fprintln(c.Stderr(), c.Unwritable("import_unwritable", abs, err))
		return cli.ExitInvalid
	}
	// What is written is read back as the game will read it.
	if _, problems := cards.LoadFile(abs); problems.Errors() > 0 {
		for _, p := range problems {
			fmt.Fprintln(c.Stderr(), p.Text(tr.Lang()))
		}
		return cli.ExitInvalid
	}
	fmt.Fprintln(c.Stdout(), tr.N("import_done", len(r.Deck.Cards), "Path", abs, "Title", r.Deck.Title))
	play := r.Deck.ID
	if c.Options().Output != "" {
		play = out
	}
	fmt.Fprintln(c.Stdout(), tr.T("import_play", "Deck", play))
	return cli.ExitOK
}

// importTaken says why the deck may not go to out in the user's decks
// folder, "" when it may: a deck file there that is not an earlier import
// of the same spreadsheet is the facilitator's own work, and a deck the
// game already loads under the same id and language would make both
// unplayable.
func importTaken(c *cli.Command, out string, r *workbook.Result) string {
	old, err := safefile.ReadFile(out, cards.MaxFileSize)
	switch {
	case err == nil:
		first, _, _ := bytes.Cut(r.Text, []byte("\n"))
		if !bytes.HasPrefix(old, append(first, '\n')) && !bytes.HasPrefix(old, append(append([]byte{0xEF, 0xBB, 0xBF}, first...), '\n')) {
			return c.Tr().T("import_exists", "Path", out, "ID", r.Deck.ID)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return c.Tr().T("import_exists", "Path", out, "ID", r.Deck.ID)
	}
	lib := c.Library()
	if d := lib.Find(r.Deck.ID, r.Deck.Language); d != nil && d.Language == r.Deck.Language && d.Path != out {
		return c.Tr().T("import_id_taken", "ID", r.Deck.ID, "Title", d.Title)
	}
	return ""
}
