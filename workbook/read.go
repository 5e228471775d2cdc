package workbook

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// The limits of what Read reads: far above any real quiz (Kahoot's
// template holds 100 questions; a facilitator's sheet a few hundred rows),
// low enough that a hostile file cannot take the machine's memory.
const (
	// MaxFileSize is the largest spreadsheet file read.
	MaxFileSize = 32 << 20
	// MaxRows is the most rows read in a sheet, counted to its last row
	// that holds something.
	MaxRows = 20000
	// MaxCols is the most columns read in a row.
	MaxCols = 256
	// MaxCells is the most cells with something in them in a whole book.
	MaxCells = 1_000_000
	// MaxCellSize is the most bytes of text in one cell (Excel's own limit
	// is 32,767 characters).
	MaxCellSize = 128 << 10
	// MaxSheets is the most sheets read in a book.
	MaxSheets = 64
	// maxUnzipped is the most bytes an .xlsx or .ods may unpack to, all
	// its files together.
	maxUnzipped = 256 << 20
	// maxUnzippedPart is the most bytes one file inside it may unpack to.
	maxUnzippedPart = 128 << 20
)

// Error is a file Read or Import refuses, said in words: Text is what the
// person reads, in their language; Error gives the English one.
type Error struct{ Text Text }

// Error returns the English text, for logs; people read Text in their language.
func (e *Error) Error() string { return e.Text.En }

func refuse(fr, en string, args ...any) *Error {
	return &Error{Text{Fr: fmt.Sprintf(fr, args...), En: fmt.Sprintf(en, args...)}}
}

// Read reads the spreadsheet data of the file named name, by the name's
// extension: .xlsx (Excel, or any spreadsheet saved as Excel), .ods
// (LibreOffice, OpenOffice), .csv or .txt (text, its encoding and separator
// detected, see ReadCSV). Every cell is read as the text the spreadsheet
// shows. The error is an *Error, in words: a file too big, not a
// spreadsheet, or past the limits above.
func Read(name string, data []byte) (*Book, error) {
	base := filepath.Base(name)
	if len(data) > MaxFileSize {
		return nil, refuse("%s est trop gros pour un tableur de questions (%d Mo au plus)",
			"%s is too big for a spreadsheet of questions (%d MB at most)", base, MaxFileSize>>20)
	}
	var b *Book
	var err error
	switch ext := strings.ToLower(filepath.Ext(base)); ext {
	case ".xlsx", ".xlsm":
		b, err = readXLSX(data)
	case ".ods":
		b, err = readODS(data)
	case ".csv", ".txt", ".tsv":
		b, err = ReadCSV(data)
	default:
		if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return nil, refuse("%s : Déclic lit les tableurs .xlsx, .ods et .csv ; enregistrez-le sous l'un de ces formats",
				"%s: Déclic reads .xlsx, .ods and .csv spreadsheets; save it in one of these formats", base)
		}
		return nil, refuse("%s n'est pas un tableur que Déclic sait lire : enregistrez-le en .xlsx, .ods ou .csv",
			"%s is not a spreadsheet Déclic can read: save it as .xlsx, .ods or .csv", base)
	}
	if err != nil {
		if e, ok := err.(*Error); ok {
			return nil, &Error{Text{Fr: base + " : " + e.Text.Fr, En: base + ": " + e.Text.En}}
		}
		return nil, refuse("%s ne s'ouvre pas comme un tableur %s : le fichier est peut-être abîmé, ou d'un autre format",
			"%s does not open as a %s spreadsheet: the file may be damaged, or of another format", base, strings.ToLower(filepath.Ext(base)))
	}
	b.Name = base
	return b, nil
}

var (
	errTooManyRows  = refuse("plus de %d lignes remplies dans une feuille", "more than %d filled rows in a sheet", MaxRows)
	errTooManyCols  = refuse("plus de %d colonnes remplies dans une ligne", "more than %d filled columns in a row", MaxCols)
	errTooManyCells = refuse("plus de %d cases remplies", "more than %d filled cells", MaxCells)
	errCellTooBig   = refuse("une case contient plus de %d Ko de texte", "a cell holds more than %d KB of text", MaxCellSize>>10)
	errTooManySheet = refuse("plus de %d feuilles", "more than %d sheets", MaxSheets)
	errTooBigInside = refuse("il se décompresse en plus de %d Mo", "it unpacks to more than %d MB", maxUnzipped>>20)
)

// grid gathers a sheet's rows within the limits, however the file gives
// them: set cells in any order, trailing empty cells and rows never kept.
type grid struct {
	rows  [][]string
	cells *int // filled cells of the whole book so far
}

// set puts text at row, col (0-based); empty text sets nothing.
func (g *grid) set(row, col int, text string) error {
	if text == "" {
		return nil
	}
	if row >= MaxRows {
		return errTooManyRows
	}
	if col >= MaxCols {
		return errTooManyCols
	}
	if len(text) > MaxCellSize {
		return errCellTooBig
	}
	if *g.cells++; *g.cells > MaxCells {
		return errTooManyCells
	}
	for len(g.rows) <= row {
		g.rows = append(g.rows, nil)
	}
	r := g.rows[row]
	for len(r) <= col {
		r = append(r, "")
	}
	r[col] = text
	g.rows[row] = r
	return nil
}
