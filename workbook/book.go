// Package workbook turns spreadsheets into decks and decks into
// spreadsheets: a facilitator's .xlsx, .ods or .csv (Kahoot's quiz template
// or Déclic's own) becomes a deck file, judged by the same rules as
// `declic check`, and any deck becomes Déclic's template to edit in a
// spreadsheet and import back.
//
// Every deck made here is written with cards' one writer (cards.File) and
// checked by cards.Parse; the problems found are told at the cell the
// facilitator sees ("quiz.xlsx:H9: …"), through the line map of the written
// file. The package is plain Go: no display, no Ebitengine.
package workbook

import (
	"strconv"

	"declic/cards"
)

// Book is a spreadsheet file as read: its sheets in order.
type Book struct {
	Name   string // the file's base name, as messages show it ("quiz.xlsx")
	Sheets []Sheet
}

// Sheet is one sheet of a book: its rows of cells as the spreadsheet shows
// them (text, numbers as displayed), and the pictures anchored at cells.
type Sheet struct {
	Name     string
	Rows     [][]string
	Pictures map[Cell]Picture
}

// Cell is a cell of a sheet, 0-based: row 0, column 0 is A1.
type Cell struct{ Row, Col int }

// String returns the cell's name as spreadsheets write it: "A1", "H9", "AA10".
func (c Cell) String() string {
	col := ""
	for n := c.Col + 1; n > 0; n = (n - 1) / 26 {
		col = string(rune('A'+(n-1)%26)) + col
	}
	return col + strconv.Itoa(c.Row+1)
}

// Picture is a picture embedded in a sheet.
type Picture struct {
	Name string // a file name for it, with its extension ("image1.png")
	Data []byte
}

// Place is a cell of a book, as a message names it.
type Place struct {
	Sheet string // "" when the book has one sheet: messages then say only the cell
	Cell  Cell
}

// Draft is a deck made from a book, not yet checked: its file, where each of
// its tables and keys came from, what was said on the way, and the pictures
// to write beside the deck.
type Draft struct {
	File *cards.File
	// From gives the cell each key came from (Spot.Key "" for the row that
	// made a whole table), so that a problem cards.Parse finds on a line of
	// the encoded file is told at that cell.
	From  map[cards.Spot]Place
	Notes []Note
	// Columns gives, by the card key a column of the cards' sheet holds
	// ("claim", "choices", "seconds"), that column as the sheet shows it:
	// a problem with the key names the column's title, and a missing key
	// is told at its column on the card's row.
	Columns map[string]Column
	// Labels gives, by "deck.title" or "defaults.seconds", the label of the
	// row of the deck sheet a [deck] or [defaults] key came from, as the
	// person wrote it: a problem with the key names that row.
	Labels map[string]string
	// Unasked are the keys the book's layout has no column for (Kahoot's
	// template has no explanation): the layout said so once in a note, and
	// the problems saying a card lacks them are left out.
	Unasked []string
	// Pictures holds the pictures the deck's cards name, by their path in
	// the deck's folder ("img/q3.png").
	Pictures map[string][]byte
}

// Column is a column of a book's cards sheet: its title as the person
// wrote it, and its header cell.
type Column struct {
	Title string
	At    Place
}

// Note is something said about a place of a book: a row skipped (a
// warning) or a cell that cannot become part of a deck (an error).
type Note struct {
	Place    Place
	Severity cards.Severity
	Text     Text
}

// Text is a message in both of the game's languages.
type Text struct{ Fr, En string }

// In returns the message in lang: English for "en…", French otherwise.
func (t Text) In(lang string) string {
	if len(lang) >= 2 && lang[:2] == "en" {
		return t.En
	}
	return t.Fr
}
