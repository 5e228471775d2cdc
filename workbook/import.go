package workbook

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"
	"unicode"

	"declic/cards"
)

// recognisers are the layouts a book is recognised by, tried in order: the
// first that knows the book makes its draft. Déclic's own template
// (fromTemplate, in template.go) comes first: its header words are its
// own; then Kahoot's quiz template.
var recognisers = []func(*Book) (*Draft, bool){fromTemplate, fromKahoot}

// Options are what the person says of the deck to make (declic import's
// --id, --title, --lang); what they leave empty comes from the book or its
// file's name.
type Options struct {
	ID    string // default: the file's name, in the letters a deck id allows ("Quiz Histoire.xlsx" → quiz-histoire)
	Title string // default: what the sheet says, else the file's name
	Lang  string // default: what the sheet says, else "fr"; the caller passes the person's language
}

// Result is a book made into a deck file.
type Result struct {
	// Text is the deck file, judged by declic check's rules; nil when a
	// problem is an error: nothing is to be written then.
	Text []byte
	// Deck is the deck Text holds, as cards.Parse read it; nil with Text.
	Deck *cards.Deck
	// Pictures are the pictures the deck names, by their path beside it
	// ("img/b9.png"), to be written with it.
	Pictures map[string][]byte
	// Problems are every error and warning, in the order of the sheet.
	Problems []Problem
}

// Errors counts the problems that keep the deck from being written.
func (r *Result) Errors() int {
	n := 0
	for _, p := range r.Problems {
		if p.Severity == cards.Error {
			n++
		}
	}
	return n
}

// Problem is one thing wrong in a book made into a deck, at the cell the
// person sees in their spreadsheet.
type Problem struct {
	File     string // the book's name
	Place    Place
	AtCell   bool // false: the problem is about the whole deck (an --id refused)
	Severity cards.Severity
	message  func(lang string) string
}

// Message returns the problem's text in lang, without its place.
func (p Problem) Message(lang string) string { return p.message(lang) }

// Text returns the problem as one line: FILE:CELL: message, or
// FILE:SHEET!CELL: message when the book has several sheets, or FILE:
// message for the deck as a whole.
func (p Problem) Text(lang string) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.AtCell {
		b.WriteByte(':')
		b.WriteString(p.cellName())
	}
	b.WriteString(": ")
	b.WriteString(p.Message(lang))
	return b.String()
}

// cellName names the problem's cell, with its sheet when the book has
// several: "H9", "'Feuille 2'!H9".
func (p Problem) cellName() string {
	if p.Place.Sheet != "" {
		return sheetRef(p.Place.Sheet) + "!" + p.Place.Cell.String()
	}
	return p.Place.Cell.String()
}

// sheetRef writes a sheet's name as spreadsheets do in a reference:
// quoted when it holds anything but letters, digits and _.
func sheetRef(name string) string {
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

var warningPrefix = Text{Fr: "attention : ", En: "warning: "}

// Import makes b into a deck file: the first of the known layouts
// (Déclic's template, Kahoot's quiz template) that recognises it makes a
// draft, opts fill its [deck] table, and cards.Parse judges the file as
// declic check does; every problem is told at the cell it comes from. The
// error is an *Error when no layout recognises the book, naming the
// header words looked for.
func Import(b *Book, opts Options) (*Result, error) {
	var draft *Draft
	for _, recognise := range recognisers {
		if d, ok := recognise(b); ok {
			draft = d
			break
		}
	}
	if draft == nil {
		return nil, &Error{Text{
			Fr: fmt.Sprintf("%s : ni le modèle de Déclic ni celui de Kahoot : aucune ligne d'en-tête avec %s dans les %d premières lignes d'une feuille",
				b.Name, kahootHeaderWords, kahootHeaderRows),
			En: fmt.Sprintf("%s: neither Déclic's template nor Kahoot's: no header row with %s in the first %d rows of a sheet",
				b.Name, kahootHeaderWordsEn, kahootHeaderRows)}}
	}
	fillDeck(draft, b, opts)
	pictureFolder(draft)
	if draft.File.Comment == "" {
		draft.File.Comment = ImportedFrom(b.Name)
	}
	assets := fstest.MapFS{}
	for name, data := range draft.Pictures {
		assets[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	// Check is Parse of the encoded text without decoding it again.
	text, spots, deck, found := draft.File.Check(b.Name, assets)
	r := &Result{Pictures: draft.Pictures}
	for _, n := range draft.Notes {
		text := n.Text
		sev := n.Severity
		r.Problems = append(r.Problems, Problem{File: b.Name, Place: n.Place, AtCell: true, Severity: sev,
			message: func(lang string) string {
				if sev == cards.Warning {
					return warningPrefix.In(lang) + text.In(lang)
				}
				return text.In(lang)
			}})
	}
	for _, p := range found {
		if p.Severity == cards.Warning && p.Missing() != "" && slices.Contains(draft.Unasked, p.Missing()) {
			continue
		}
		place, at, table := Place{}, false, ""
		if p.Line > 0 && p.Line <= len(spots) {
			s := spots[p.Line-1]
			place, at = placeOf(draft.From, s)
			if s.Table >= 0 && s.Table < len(draft.File.Tables) {
				table = draft.File.Tables[s.Table].Name
			}
		}
		message := p.Message
		switch col, has := draft.Columns[p.Missing()]; {
		case p.Missing() == "[[card]]":
			message = noCardRow(draft).In
		case table == "deck" || table == "defaults":
			message = namedBy(p, func(k string) string { return draft.Labels[table+"."+k] })
		case table == "card":
			message = namedBy(p, func(k string) string { return draft.Columns[k].Title })
			if has && at {
				// Told at the cell to fill, on the card's row.
				place.Sheet, place.Cell.Col = col.At.Sheet, col.At.Cell.Col
			}
		}
		r.Problems = append(r.Problems, Problem{File: b.Name, Place: place, AtCell: at, Severity: p.Severity,
			message: message})
	}
	order := sheetOrder(b)
	slices.SortStableFunc(r.Problems, func(x, y Problem) int {
		switch {
		case x.AtCell != y.AtCell:
			// What is about the whole deck follows what the cells say,
			// which is often its cause ("no card" after every row refused).
			if x.AtCell {
				return -1
			}
			return 1
		case x.Place.Sheet != y.Place.Sheet:
			return order[x.Place.Sheet] - order[y.Place.Sheet]
		case x.Place.Cell.Row != y.Place.Cell.Row:
			return x.Place.Cell.Row - y.Place.Cell.Row
		}
		return x.Place.Cell.Col - y.Place.Cell.Col
	})
	r.Problems = mergeAlike(r.Problems)
	if r.Errors() == 0 && deck != nil {
		r.Text, r.Deck = text, deck
	}
	return r, nil
}

// namedBy returns the message of a problem in the words of the person's
// sheet: each key by key (its column's title, its row's label), each card
// kind by the word of the template's type column.
func namedBy(p cards.Problem, key func(string) string) func(lang string) string {
	return func(lang string) string {
		return p.MessageNamed(lang, key, func(k string) string {
			for _, w := range kindWords {
				if string(w.kind) == k {
					return Text{Fr: "« " + w.word(lang) + " »", En: `"` + w.word(lang) + `"`}.In(lang)
				}
			}
			return ""
		})
	}
}

// noCardRow says that a sheet has no card, in its words: no row under its
// row of titles.
func noCardRow(d *Draft) Text {
	for _, n := range d.Notes {
		if n.Severity == cards.Error {
			return Text{Fr: "ce tableur n'a aucune carte : corrigez les lignes ci-dessus",
				En: "this spreadsheet has no card: fix the rows above"}
		}
	}
	for _, c := range d.Columns {
		row := c.At.Cell.Row + 1
		return Text{
			Fr: fmt.Sprintf("ce tableur n'a aucune carte : aucune ligne remplie sous la ligne des titres (ligne %d)", row),
			En: fmt.Sprintf("this spreadsheet has no card: no filled row under the row of titles (row %d)", row)}
	}
	return Text{Fr: "ce tableur n'a aucune carte : aucune ligne remplie sous la ligne des titres",
		En: "this spreadsheet has no card: no filled row under the row of titles"}
}

// maxAlikeCells is how many cells a merged warning names.
const maxAlikeCells = 4

// mergeAlike tells a warning repeated on many rows once, at its first
// cell, naming the others: a Kahoot quiz has no explanations, and a
// hundred lines saying so would hide what matters.
func mergeAlike(ps []Problem) []Problem {
	first := map[string]int{} // English message → index in out
	var others [][]Place
	var out []Problem
	for _, p := range ps {
		if p.Severity == cards.Warning && p.AtCell {
			key := p.Message("en")
			if i, ok := first[key]; ok {
				others[i] = append(others[i], p.Place)
				continue
			}
			first[key] = len(out)
		}
		out = append(out, p)
		others = append(others, nil)
	}
	for i, places := range others {
		if len(places) == 0 {
			continue
		}
		var names []string
		for _, p := range places[:min(len(places), maxAlikeCells)] {
			names = append(names, Problem{Place: p, AtCell: true}.cellName())
		}
		list := strings.Join(names, ", ")
		rest := len(places) - len(names)
		own := out[i].message
		out[i].message = func(lang string) string {
			l := list
			switch {
			case rest == 1:
				l += Text{Fr: " et 1 autre", En: " and 1 more"}.In(lang)
			case rest > 1:
				l += fmt.Sprintf(Text{Fr: " et %d autres", En: " and %d more"}.In(lang), rest)
			}
			return own(lang) + fmt.Sprintf(Text{Fr: " (de même en %s)", En: " (likewise at %s)"}.In(lang), l)
		}
	}
	return out
}

func sheetOrder(b *Book) map[string]int {
	order := map[string]int{}
	for i, s := range b.Sheets {
		if _, ok := order[s.Name]; !ok {
			order[s.Name] = i
		}
	}
	return order
}

// placeOf returns the cell a line of the file came from: its key's, else
// (a sub-table's key) the sub-table's, else its table's row.
func placeOf(from map[cards.Spot]Place, s cards.Spot) (Place, bool) {
	if s.Table < 0 {
		return Place{}, false
	}
	for _, try := range []cards.Spot{s, {Table: s.Table, Key: s.Key}, {Table: s.Table}} {
		if p, ok := from[try]; ok {
			return p, true
		}
	}
	return Place{}, false
}

// fillDeck sets the [deck] table's id, title and language: from opts when
// given, else as the draft has them, else from the book's file name and
// "fr".
func fillDeck(d *Draft, b *Book, opts Options) {
	f := d.File
	at := slices.IndexFunc(f.Tables, func(t cards.Table) bool { return t.Name == "deck" })
	if at < 0 {
		f.Tables = append([]cards.Table{{Name: "deck"}}, f.Tables...)
		from := make(map[cards.Spot]Place, len(d.From))
		for s, p := range d.From {
			if s.Table >= 0 {
				s.Table++
			}
			from[s] = p
		}
		d.From, at = from, 0
	}
	stem := strings.TrimSuffix(b.Name, filepath.Ext(b.Name))
	t := &f.Tables[at]
	set(t, "id", opts.ID, Slug(stem))
	set(t, "title", opts.Title, strings.Join(strings.Fields(strings.ReplaceAll(stem, "_", " ")), " "))
	set(t, "language", opts.Lang, "fr")
}

// ImportedFrom is the comment at the top of a deck imported from the book
// named name: it tells whoever opens the file where to edit it, and tells
// declic import that a deck file is its own earlier import of that book,
// which it may replace.
func ImportedFrom(name string) string {
	name = strings.ReplaceAll(name, "\n", " ")
	return "Jeu importé de " + name + " par « declic import » : modifiez le tableur, puis importez-le à nouveau.\n" +
		"Deck imported from " + name + " by \"declic import\": edit the spreadsheet, then import it again."
}

// pictureFolder moves the draft's pictures into a folder named after the
// deck's id ("img/b9.png" → "img/quiz/b9.png"): decks imported into the
// same folder (the user's decks) keep their pictures apart, and importing
// a quiz again replaces its own pictures only.
func pictureFolder(d *Draft) {
	if len(d.Pictures) == 0 {
		return
	}
	id := ""
	for _, t := range d.File.Tables {
		if t.Name == "deck" {
			for _, k := range t.Keys {
				if k.Name == "id" {
					id, _ = k.Value.(string)
				}
			}
		}
	}
	id = Slug(id) // an id cards.Parse will refuse must still make a safe folder name
	moved := make(map[string][]byte, len(d.Pictures))
	rename := map[string]string{}
	for name, data := range d.Pictures {
		to := path.Join("img", id, path.Base(name))
		moved[to], rename[name] = data, to
	}
	d.Pictures = moved
	for i := range d.File.Tables {
		for j, k := range d.File.Tables[i].Keys {
			if v, ok := k.Value.(string); ok && k.Name == "image" && rename[v] != "" {
				d.File.Tables[i].Keys[j].Value = rename[v]
			}
		}
	}
}

// set gives a [deck] key the value the person chose, else keeps the one
// the sheet gave, else puts fallback.
func set(t *cards.Table, name, chosen, fallback string) {
	i := slices.IndexFunc(t.Keys, func(k cards.Key) bool { return k.Name == name })
	if i < 0 {
		t.Keys = append(t.Keys, cards.Key{Name: name})
		i = len(t.Keys) - 1
	}
	switch {
	case chosen != "":
		t.Keys[i].Value = chosen
	case t.Keys[i].Value == nil || t.Keys[i].Value == "":
		t.Keys[i].Value = fallback
	}
	// id, title, language come first in a deck file, in that order.
	order := map[string]int{"id": 0, "title": 1, "language": 2}
	slices.SortStableFunc(t.Keys, func(a, b cards.Key) int {
		oa, ok := order[a.Name]
		if !ok {
			oa = 3
		}
		ob, ok := order[b.Name]
		if !ok {
			ob = 3
		}
		return oa - ob
	})
}

// Slug returns name in the letters a deck id allows (cards.IDOf);
// "import" when nothing is left.
func Slug(name string) string {
	if s := cards.IDOf(name); s != "" {
		return s
	}
	return "import"
}
