//go:build !js

package ui

import (
	"errors"
	"io/fs"
	"path"
	"testing/fstest"

	"declic/cards"
	"declic/internal/safefile"
	"declic/workbook"
)

// maxSheetSize is the largest spreadsheet read.
const maxSheetSize = workbook.MaxFileSize

// sheetDeck makes the spreadsheet file of fsys (Kahoot's quiz template,
// Déclic's own, a CSV from Excel) into the files of a deck, as declic
// import does: the deck file and its pictures beside it. Its first error
// is returned, said at its cell ("quiz.xlsx:H9: …"), with the count of
// errors, when it cannot become a deck; err when it cannot be read.
func sheetDeck(fsys fs.FS, file, lang string) (files fstest.MapFS, firstError string, errs int, err error) {
	data, err := safefile.ReadFS(fsys, file, maxSheetSize)
	if err != nil {
		return nil, "", 0, err
	}
	name := path.Base(file)
	book, err := workbook.Read(name, data)
	if err == nil {
		var r *workbook.Result
		if r, err = workbook.Import(book, workbook.Options{Lang: lang}); err == nil {
			if r.Text == nil {
				for _, p := range r.Problems {
					if p.Severity == cards.Error {
						return nil, p.Text(lang), r.Errors(), nil
					}
				}
			}
			files = fstest.MapFS{r.Deck.ID + ".toml": {Data: r.Text, Mode: 0o644}}
			for path, data := range r.Pictures {
				files[path] = &fstest.MapFile{Data: data, Mode: 0o644}
			}
			return files, "", 0, nil
		}
	}
	var refused *workbook.Error
	if errors.As(err, &refused) {
		return nil, refused.Text.In(lang), 1, nil
	}
	return nil, name + ": " + err.Error(), 1, nil
}
