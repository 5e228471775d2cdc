package ui

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"declic/assets"
	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/safefile"
)

// addDecks checks the deck files of fsys, which a player dropped or picked,
// and keeps the valid decks: on the shelf, and in the library at once. Only
// when every deck is valid: a deck with an error is refused whole, its first
// problem shown. It returns the notice that says what happened.
func (d *Deps) addDecks(fsys fs.FS) string {
	tr := d.View.Tr
	if d.Shelf == nil {
		return tr.T("add_unavailable")
	}
	decks, problems, bad := loadDropped(fsys, tr.Lang())
	if bad != nil {
		return bad.notice(tr)
	}
	if p, ok := firstError(problems); ok {
		return tr.N("add_invalid", problems.Errors(), "Problem", p.Text(tr.Lang()))
	}
	if len(decks) == 0 {
		return tr.T("add_none")
	}
	var titles []string
	for _, deck := range decks {
		if old := d.Library.Find(deck.ID, deck.Language); old != nil && old.Language == deck.Language && !d.Shelf.Owns(old) {
			return tr.T("add_taken", "Title", deck.Title, "ID", deck.ID)
		}
	}
	for _, deck := range decks {
		archive, err := bundle.Archive([]*cards.Deck{deck})
		if errors.Is(err, bundle.ErrTooLarge) || errors.Is(err, safefile.ErrTooLarge) {
			return tr.T("add_too_large", "Title", deck.Title, "Max", bundle.MaxZipSize>>20)
		}
		if err != nil {
			return tr.T("add_failed", "Title", deck.Title)
		}
		key := deck.ID + "." + deck.Language
		kept, prefix, err := d.Shelf.Keep(key, archive)
		if err != nil {
			return tr.T("add_failed", "Title", deck.Title)
		}
		// What was kept is checked again, as the next start will check it:
		// a file changed since the check (a picture rewritten while it was
		// dropped) is not played unchecked.
		again, problems := cards.LoadFS(kept, ".", prefix)
		if p, ok := firstError(problems); ok {
			return tr.N("add_invalid", problems.Errors(), "Problem", p.Text(tr.Lang()))
		}
		for _, k := range again {
			d.Library.Put(k)
		}
		titles = append(titles, deck.Title)
	}
	if where := d.Shelf.Where(); where != "" {
		return tr.N("add_done", len(titles), "Titles", strings.Join(titles, ", "), "Where", where)
	}
	return tr.N("add_done_browser", len(titles), "Titles", strings.Join(titles, ", "))
}

// firstError returns the first error among problems.
func firstError(problems cards.Problems) (cards.Problem, bool) {
	for _, p := range problems {
		if p.Severity == cards.Error {
			return p, true
		}
	}
	return cards.Problem{}, false
}

// badZip is a dropped .zip that cannot be read, and why; or a dropped
// spreadsheet that cannot become a deck, its first error said at its cell
// (sheetProblem) and its count of errors.
type badZip struct {
	name         string
	err          error
	sheetProblem string
	sheetErrors  int
}

// isSheet reports a spreadsheet: a file declic import reads.
func isSheet(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xlsx", ".ods", ".csv":
		return true
	}
	return false
}

// errZipsTogether refuses zips dropped together larger than one may be.
var errZipsTogether = errors.New("zips larger than bundle.MaxZipSize together")

// notice says in words why the zip is refused.
func (b *badZip) notice(tr *assets.Translator) string {
	var inside *safefile.ZipTooLargeError
	switch {
	case b.sheetErrors < 0:
		return tr.T("add_sheet_browser", "Name", b.name)
	case b.sheetErrors > 0:
		return tr.N("add_sheet_invalid", b.sheetErrors, "Name", b.name, "Problem", b.sheetProblem)
	case errors.Is(b.err, safefile.ErrTooLarge) && isSheet(b.name):
		return tr.T("add_sheet_too_large", "Name", b.name, "Max", maxSheetSize>>20)
	case b.err != nil && isSheet(b.name):
		return tr.T("add_not_file", "Name", b.name)
	case errors.Is(b.err, errZipsTogether):
		return tr.T("add_zips_too_large", "Max", bundle.MaxZipSize>>20)
	case errors.As(b.err, &inside) && inside.Name != "":
		return tr.T("add_zip_file_too_large", "Name", b.name, "File", inside.Name, "Max", inside.Limit>>20)
	case errors.Is(b.err, safefile.ErrTooLarge):
		return tr.T("add_zip_too_large", "Name", b.name, "Max", bundle.MaxZipSize>>20)
	case errors.Is(b.err, safefile.ErrNotRegular):
		return tr.T("add_not_file", "Name", b.name)
	}
	return tr.T("add_bad_zip", "Name", b.name)
}

// loadDropped loads the decks of dropped or picked files: deck files and
// folders as they are, the decks inside any .zip among them (a deck folder
// with its pictures, zipped to travel), each zip read within the limits of
// a zip of decks (bundle.ReadZip), and spreadsheets made into decks as
// declic import makes them, its messages in lang. bad is a .zip that
// cannot be read or a spreadsheet that cannot become a deck.
func loadDropped(fsys fs.FS, lang string) (decks []*cards.Deck, problems cards.Problems, bad *badZip) {
	decks, problems = cards.LoadFS(fsys, ".", "")
	var read int64 // the zips' sizes, each held in memory by its decks
	fs.WalkDir(fsys, ".", func(name string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return nil
		}
		if isSheet(name) {
			files, first, errs, err := sheetDeck(fsys, name, lang)
			if err != nil {
				bad = &badZip{name: path.Base(name), err: err}
				return fs.SkipAll
			}
			if errs != 0 {
				bad = &badZip{name: path.Base(name), sheetProblem: first, sheetErrors: errs}
				return fs.SkipAll
			}
			ds, ps := cards.LoadFS(files, ".", name+"/")
			decks, problems = append(decks, ds...), append(problems, ps...)
			return nil
		}
		if !strings.EqualFold(path.Ext(name), ".zip") {
			return nil
		}
		if info, err := e.Info(); err == nil {
			// Zips together within the limit of one: eight zips of
			// 256 MB held 2 GB, twenty-four would exhaust a laptop.
			if read += info.Size(); read > bundle.MaxZipSize && info.Size() <= bundle.MaxZipSize {
				bad = &badZip{name: name, err: errZipsTogether}
				return fs.SkipAll
			}
		}
		zr, err := bundle.ReadZip(fsys, name)
		if err != nil {
			bad = &badZip{name: name, err: err}
			return fs.SkipAll
		}
		ds, ps := cards.LoadFS(zr, ".", name+"/")
		decks, problems = append(decks, ds...), append(problems, ps...)
		return nil
	})
	return decks, problems, bad
}
