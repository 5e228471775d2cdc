package workbook

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"declic/cards"
)

// fromTemplate makes a draft of a book in Déclic's template: the first row
// of any sheet with a "Type" and a "Texte" / "Text" header (in French or
// English, accents, case and spaces ignored) heads the cards, one a row
// below it; the sheet "Jeu" / "Deck" gives the deck's own table. It returns
// false when no sheet has such a header: the book is in another layout.
//
// Each cell becomes a key of a card, as typed: a whole number where the
// key is a number, else the text, so that cards.Parse says what is wrong at
// the cell. Draft.From gives each key's cell, and each table's row (its
// type cell, or the deck sheet's first row). Empty rows are skipped
// silently; a row with no type is skipped with a warning; a cell that
// cannot become part of a card (an unknown type, a column the kind has no
// use for) is an error Note. A picture placed at a card's picture cell goes
// into Draft.Pictures as img/<card's id>.<ext>, and the card's image key
// names it.
func fromTemplate(b *Book) (*Draft, bool) {
	si, hr, ok := findTemplateHeader(b)
	if !ok {
		return nil, false
	}
	r := &templateReader{book: b, verdicts: map[string]string{},
		draft: &Draft{File: &cards.File{}, From: map[cards.Spot]Place{}, Pictures: map[string][]byte{}}}
	if ds := deckSheetOf(b, si); ds >= 0 {
		r.deckSheet(ds)
	}
	r.cardsSheet(si, hr)
	for _, t := range r.tables {
		i := len(r.draft.File.Tables)
		r.draft.File.Tables = append(r.draft.File.Tables, t.Table)
		r.draft.From[cards.Spot{Table: i}] = t.header
		for s, p := range t.at {
			s.Table = i
			r.draft.From[s] = p
		}
	}
	if len(r.draft.Pictures) == 0 {
		r.draft.Pictures = nil
	}
	return r.draft, true
}

// findTemplateHeader returns the sheet and row of the template's header,
// looked for in the first kahootHeaderRows rows of each sheet.
func findTemplateHeader(b *Book) (sheet, row int, ok bool) {
	for si, s := range b.Sheets {
		// Looked for as far down as Kahoot's: a sheet of a thousand
		// questions is not folded cell by cell to find it is Kahoot's.
		for ri, cells := range s.Rows[:min(len(s.Rows), kahootHeaderRows)] {
			var typ, text bool
			for _, c := range cells {
				if i := columnOf(c); i >= 0 {
					typ = typ || columns[i].key == "type"
					text = text || columns[i].key == "text"
				}
			}
			if typ && text {
				return si, ri, true
			}
		}
	}
	return 0, 0, false
}

// deckSheetOf returns the sheet holding the deck's table: the one named
// Jeu or Deck, else another sheet (not the cards' nor the how-to) whose
// first column has at least two of its labels; -1 for none.
func deckSheetOf(b *Book, cardSheet int) int {
	for i, s := range b.Sheets {
		if i != cardSheet && (fold(s.Name) == fold(deckSheet.Fr) || fold(s.Name) == fold(deckSheet.En)) {
			return i
		}
	}
	for i, s := range b.Sheets {
		if i == cardSheet || fold(s.Name) == fold(howToSheet.Fr) || fold(s.Name) == fold(howToSheet.En) {
			continue
		}
		n := 0
		for _, row := range s.Rows {
			if _, ok := deckRowOf(cellAt(row, 0)); ok && len(row) > 1 {
				n++
			}
		}
		if n >= 2 {
			return i
		}
	}
	return -1
}

// templateReader reads one book in the template.
type templateReader struct {
	book     *Book
	draft    *Draft
	tables   []tableDraft
	verdicts map[string]string // a verdict's folded label or key → its key
}

// tableDraft is a table being read, and where its keys came from (Spots
// with Table 0, set when the table takes its place in the file).
type tableDraft struct {
	cards.Table
	header Place
	at     map[cards.Spot]Place
}

func (t *tableDraft) add(name string, value any, at Place) {
	t.Keys = append(t.Keys, cards.Key{Name: name, Value: value})
	t.at[cards.Spot{Key: name}] = at
}

func newTable(name string, header Place) tableDraft {
	return tableDraft{Table: cards.Table{Name: name}, header: header, at: map[cards.Spot]Place{}}
}

func (r *templateReader) place(sheet, row, col int) Place {
	p := Place{Cell: Cell{Row: row, Col: col}}
	if len(r.book.Sheets) > 1 {
		p.Sheet = r.book.Sheets[sheet].Name
	}
	return p
}

// note says something of a cell, fr and en formatted with the same args.
func (r *templateReader) note(at Place, sev cards.Severity, fr, en string, args ...any) {
	r.say(at, sev, fmt.Sprintf(fr, args...), fmt.Sprintf(en, args...))
}

func (r *templateReader) say(at Place, sev cards.Severity, fr, en string) {
	r.draft.Notes = append(r.draft.Notes, Note{Place: at, Severity: sev, Text: Text{Fr: frenchSpaces(fr), En: en}})
}

// columnName names a sheet's column as spreadsheets do: "A", "AB".
func columnName(c int) string { return strings.TrimRight(Cell{Col: c}.String(), "0123456789") }

func cellAt(row []string, col int) string {
	if col < 0 || col >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[col])
}

// deckSheet reads the deck sheet: a label in the first column, its value in
// the second, a verdict's or a board question's code in the third.
func (r *templateReader) deckSheet(si int) {
	s := &r.book.Sheets[si]
	var deck, defaults, verdicts *tableDraft
	var questions []tableDraft
	for ri, row := range s.Rows {
		label, value, code := cellAt(row, 0), cellAt(row, 1), cellAt(row, 2)
		if label == "" || fold(label) == fold(deckHeader[0].Fr) || fold(label) == fold(deckHeader[0].En) {
			continue
		}
		dr, ok := deckRowOf(label)
		if !ok {
			if value != "" || code != "" {
				r.note(r.place(si, ri, 0), cards.Warning, "ligne ignorée : « %s » n'est pas une rubrique de la feuille « %s »",
					"row skipped: %q is not a field of the %q sheet", label, s.Name)
			}
			continue
		}
		if value == "" && code == "" {
			continue
		}
		at := r.place(si, ri, 1)
		switch dr.table {
		case "verdicts":
			if verdicts == nil {
				verdicts = &tableDraft{}
				*verdicts = newTable("verdicts", r.place(si, ri, 0))
			}
			key := code
			if key == "" {
				key = codeOf(value)
			} else {
				at = r.place(si, ri, 2)
			}
			verdicts.add(key, value, at)
			r.verdicts[fold(value)], r.verdicts[fold(key)] = key, key
		case "question":
			q := newTable("question", r.place(si, ri, 0))
			q.add("id", code, r.place(si, ri, 2))
			q.add("text", value, at)
			questions = append(questions, q)
		default:
			t := &deck
			if dr.table == "defaults" {
				t = &defaults
			}
			if *t == nil {
				*t = &tableDraft{}
				**t = newTable(dr.table, r.place(si, ri, 0))
			}
			v := valueOf(value, dr.list, dr.number)
			if dr.key == "mode" {
				v = modeOf(value)
			}
			(*t).add(dr.key, v, at)
			if r.draft.Labels == nil {
				r.draft.Labels = map[string]string{}
			}
			r.draft.Labels[dr.table+"."+dr.key] = label
		}
	}
	for _, t := range []*tableDraft{deck, defaults, verdicts} {
		if t != nil {
			r.tables = append(r.tables, *t)
		}
	}
	r.tables = append(r.tables, questions...)
}

// cardOrder is the order a card's keys are written in, as cards.FileOf
// writes them ("text" stands for the kind's main text key, "choices" for
// the answer columns).
var cardOrder = []string{"type", "id", "text", "easy", "image", "sound", "choices", "answer", "accept",
	"hints", "flags", "report", "clues", "items", "left", "right", "min", "max", "unit", "target", "zones",
	"yes", "explanation", "source", "technique", "reflex", "discuss", "tags", "points", "seconds", "notes"}

// cardsSheet reads the cards, one a row under the header row hr.
func (r *templateReader) cardsSheet(si, hr int) {
	s := &r.book.Sheets[si]
	cols := map[string]int{} // column key → column of the sheet
	header := s.Rows[hr]
	for c, h := range header {
		if strings.TrimSpace(h) == "" {
			continue
		}
		i := columnOf(h)
		switch {
		case i < 0:
			r.say(r.place(si, hr, c), cards.Warning,
				fmt.Sprintf("colonne « %s » ignorée : ce n'est pas une colonne du modèle de Déclic (voir la feuille « %s »)", strings.TrimSpace(h), howToSheet.Fr),
				fmt.Sprintf("column %q skipped: it is not a column of Déclic's template (see the %q sheet)", strings.TrimSpace(h), howToSheet.En))
		case hasKey(cols, columns[i].key):
			r.note(r.place(si, hr, c), cards.Warning, "colonne « %s » ignorée : la colonne %s dit déjà la même chose",
				"column %q skipped: column %s already says the same", strings.TrimSpace(h), columnName(cols[columns[i].key]))
		default:
			cols[columns[i].key] = c
		}
	}
	headerOf := func(key string) string { return strings.TrimSpace(header[cols[key]]) }
	r.draft.Columns = map[string]Column{}
	for key, c := range cols {
		col := Column{Title: strings.TrimSpace(header[c]), At: r.place(si, hr, c)}
		switch {
		case key == "text":
			for _, k := range cards.Kinds {
				if m := cards.MainTextKey(k); m != "" {
					r.draft.Columns[m] = col
				}
			}
		case key == "choice1":
			last := 1
			for n := 2; n <= maxChoices; n++ {
				if hasKey(cols, fmt.Sprintf("choice%d", n)) {
					last = n
				}
			}
			if last > 1 {
				col.Title += " … " + strings.TrimSpace(header[cols[fmt.Sprintf("choice%d", last)]])
			}
			r.draft.Columns["choices"] = col
		case strings.HasPrefix(key, "choice"):
		default:
			r.draft.Columns[key] = col
		}
	}
	n := 0 // cards read
	for ri := hr + 1; ri < len(s.Rows); ri++ {
		row := s.Rows[ri]
		picture, pictured := s.Pictures[Cell{Row: ri, Col: colOr(cols, "image")}]
		if !pictured && !hasContent(row, cols) {
			continue
		}
		typeAt := r.place(si, ri, colOr(cols, "type"))
		typ := cellAt(row, colOr(cols, "type"))
		if typ == "" {
			r.say(typeAt, cards.Warning, fmt.Sprintf("ligne ignorée : la colonne « %s » est vide (écrivez %s)", headerOf("type"), kindList("fr")),
				fmt.Sprintf("row skipped: the %q column is empty (write %s)", headerOf("type"), kindList("en")))
			continue
		}
		kind, ok := kindOf(typ)
		if !ok {
			r.say(typeAt, cards.Error, fmt.Sprintf("« %s » n'est pas une sorte de carte : écrivez %s", typ, kindList("fr")),
				fmt.Sprintf("%q is not a kind of card: write %s", typ, kindList("en")))
			continue
		}
		n++
		t := newTable("card", typeAt)
		cells := map[string]string{}
		for key, c := range cols {
			if v := cellAt(row, c); v != "" {
				cells[key] = v
			}
		}
		if pictured {
			cells["image"] = "" // the picture, not the text behind it
		}
		ok = true
		for _, col := range columns {
			_, filled := cells[col.key]
			if col.key == "image" {
				filled = filled || pictured
			}
			if filled && !col.serves(kind) {
				r.say(r.place(si, ri, cols[col.key]), cards.Error,
					fmt.Sprintf("la colonne « %s » ne sert pas à une carte « %s » : videz la cellule, ou changez le type", headerOf(col.key), wordOf(kind, "fr")),
					fmt.Sprintf("the %q column is not for a %q card: empty the cell, or change the type", headerOf(col.key), wordOf(kind, "en")))
				ok = false
			}
		}
		if !ok {
			continue
		}
		choices, choicesAt, ok := r.choices(cells, cols, si, ri, header)
		if !ok {
			continue
		}
		at := func(key string) Place { return r.place(si, ri, cols[key]) }
		for _, key := range cardOrder {
			switch key {
			case "type":
				t.add("type", string(kind), typeAt)
			case "text":
				if v, ok := cells["text"]; ok {
					t.add(cards.MainTextKey(kind), v, at("text"))
				}
			case "image":
				if pictured {
					t.add("image", r.picture(picture, cells["id"], n), at("image"))
				} else if v, ok := cells["image"]; ok {
					t.add("image", v, at("image"))
				}
			case "choices":
				if len(choices) > 0 {
					t.add("choices", choices, choicesAt)
				}
			case "answer":
				if v, ok := cells["answer"]; ok {
					t.add("answer", r.answer(kind, v), at("answer"))
				}
			case "accept":
				if v, ok := cells["accept"]; ok {
					items := lines(v)
					if kind == cards.KindVerdict {
						for i, item := range items {
							items[i] = r.verdictKey(item)
						}
					}
					t.add("accept", items, at("accept"))
				}
			case "points":
				if v, ok := cells["points"]; ok {
					t.add("points", valueOf(v, kind == cards.KindClues, true), at("points"))
				}
			case "notes":
				if v, ok := cells["notes"]; ok {
					r.notes(&t, v, at("notes"))
				}
			default:
				v, ok := cells[key]
				if !ok {
					continue
				}
				col := columns[columnOf(key)]
				t.add(key, valueOf(v, col.list, col.number), at(key))
			}
		}
		r.tables = append(r.tables, t)
	}
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// colOr returns the sheet's column for key, -1 when the sheet has none.
func colOr(cols map[string]int, key string) int {
	if c, ok := cols[key]; ok {
		return c
	}
	return -1
}

// hasContent reports a row with something in a template column.
func hasContent(row []string, cols map[string]int) bool {
	for _, c := range cols {
		if cellAt(row, c) != "" {
			return true
		}
	}
	return false
}

// choices reads the answer columns of a choice card: they follow each
// other with no gap, since the right answer is given by its number.
func (r *templateReader) choices(cells map[string]string, cols map[string]int, si, ri int, header []string) ([]string, Place, bool) {
	var choices []string
	var first Place
	gap := ""
	for i := 1; i <= maxChoices; i++ {
		key := "choice" + strconv.Itoa(i)
		v, ok := cells[key]
		if !ok {
			if gap == "" && hasKey(cols, key) {
				gap = strings.TrimSpace(header[cols[key]])
			}
			continue
		}
		at := r.place(si, ri, cols[key])
		if gap != "" {
			r.note(at, cards.Error, "« %s » est vide, mais pas « %s » : écrivez les réponses à la suite, sans trou (la bonne réponse se donne par son numéro)",
				"%q is empty but %q is not: write the answers one after the other, with no gap (the right answer is given by its number)",
				gap, strings.TrimSpace(header[cols[key]]))
			return nil, Place{}, false
		}
		if len(choices) == 0 {
			first = at
		}
		choices = append(choices, v)
	}
	return choices, first, true
}

// answer reads the right answer: a verdict's key (its label or its code),
// a choice's numbers ("2", "1,3", "1 et 3", as Kahoot's template reads
// them), a riddle's text.
func (r *templateReader) answer(kind cards.Kind, v string) any {
	switch kind {
	case cards.KindVerdict:
		return r.verdictKey(v)
	case cards.KindChoice:
		typed := v
		if m := kahootNumber.FindStringSubmatch(v); m != nil {
			// "1,3" typed in a French Excel is kept as the number 1.3.
			v = m[1] + "," + strings.Join(strings.Split(strings.TrimRight(m[2], "0"), ""), ",")
		}
		var ns []int
		for _, part := range kahootSeparators.Split(strings.ToLower(strings.TrimSpace(v)), -1) {
			n, err := strconv.Atoi(part)
			if err != nil {
				return typed // cards.Parse says it is no answer number, at its cell
			}
			ns = append(ns, n)
		}
		if len(ns) == 1 {
			return ns[0]
		}
		return ns
	}
	return v
}

// verdictKey returns the key of the verdict a cell names by its label or
// its code; without such a verdict, the code the label makes (Faux →
// faux: the default verdicts' codes are their labels' words).
func (r *templateReader) verdictKey(v string) string {
	if k, ok := r.verdicts[fold(v)]; ok {
		return k
	}
	return codeOf(v)
}

// notes reads a character's notes, one a line, "code : note".
func (r *templateReader) notes(t *tableDraft, v string, at Place) {
	var keys []cards.Key
	for _, l := range lines(v) {
		code, note, ok := strings.Cut(l, ":")
		code, note = strings.TrimSpace(code), strings.TrimSpace(note)
		if !ok || code == "" || strings.ContainsAny(code, " \u00a0") {
			r.note(at, cards.Error, "la note « %s » ne commence pas par le code d'une question : écrivez « code : la note »",
				"the note %q does not start with a question's code: write \"code: the note\"", l)
			return
		}
		keys = append(keys, cards.Key{Name: code, Value: note})
		t.at[cards.Spot{Key: "notes", Sub: code}] = at
	}
	t.add("notes", keys, at)
}

// picture keeps a card's picture in the draft and returns its path,
// img/<the card's id>.<ext> (card-N for a card without one).
func (r *templateReader) picture(p Picture, id string, n int) string {
	name := codeOf(id)
	if id == "" || name == "" {
		name = "card-" + strconv.Itoa(n)
	}
	ext := strings.ToLower(path.Ext(p.Name))
	if ext == "" {
		ext = ".png"
	}
	file := "img/" + name + ext
	for i := 2; r.draft.Pictures[file] != nil; i++ {
		file = "img/" + name + "-" + strconv.Itoa(i) + ext
	}
	r.draft.Pictures[file] = p.Data
	return file
}

// valueOf reads a cell: one item a line for a list, whole numbers where a
// number is wanted (kept as text when they are not: cards.Parse says so).
func valueOf(v string, list, number bool) any {
	switch {
	case list && number:
		return numbers(v)
	case list:
		return lines(v)
	case number:
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return v
}

// lines returns a cell's lines, trimmed, leaving out the empty ones.
func lines(v string) []string {
	var out []string
	for _, l := range strings.Split(v, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// numbers reads numbers separated by commas, semicolons, spaces or lines:
// []int when they all are whole numbers, else the items as []string.
func numbers(v string) any {
	items := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
	ns := make([]int, len(items))
	for i, item := range items {
		n, err := strconv.Atoi(item)
		if err != nil {
			return items
		}
		ns[i] = n
	}
	return ns
}

// codeOf makes a code of a word, as verdicts' and pictures' names need:
// lower case, accents dropped, every run of other characters a hyphen
// ("Légitime" → legitime).
func codeOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// frenchSpaces puts the non-breaking spaces of French typography in a
// text of ours: before : ; ? ! and inside « ».
func frenchSpaces(s string) string {
	return strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " ?", "\u00a0?", " !", "\u00a0!",
		"« ", "«\u00a0", " »", "\u00a0»").Replace(s)
}
