package workbook

import (
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"declic/cards"
)

// examples holds the cards of the empty template, one file a language.
//
//go:embed examples/*.toml
var examples embed.FS

// Example returns the deck the empty template shows in lang ("fr", "en";
// French for any other): one card of each kind but the character, which
// lives only on a board deck and is told in the how-to instead.
func Example(lang string) (*cards.Deck, error) {
	name := "examples/" + Text{Fr: "fr", En: "en"}.In(lang) + ".toml"
	text, err := examples.ReadFile(name)
	if err != nil {
		return nil, err
	}
	d, problems := cards.Parse(name, text, examples)
	if problems.Errors() > 0 || d == nil {
		return nil, fmt.Errorf("the template's examples (%s) are not a valid deck: %v", name, problems)
	}
	return d, nil
}

// pictureRowHeight is the height, in points, of a row showing a picture.
const (
	pictureRowHeight = 80
	lineHeight       = 15  // points a line of wrapped text takes
	maxRowHeight     = 400 // Excel allows 409
	// typeRows is how far down new rows get the type column's list.
	typeRows = 500
)

// Write returns d as Déclic's spreadsheet template (.xlsx), its headers and
// instructions in lang: the sheet of the cards, one a row, their pictures
// placed in their picture cells; the sheet of the deck's own table; and the
// how-to, every column in words. With d nil it writes the empty template:
// the example cards of Example(lang). Reading the result back (fromTemplate)
// gives d's cards again. The error is excelize's or a picture d.Assets
// cannot give: a deck that loaded has none.
func Write(d *cards.Deck, lang string) ([]byte, error) {
	if d == nil {
		var err error
		if d, err = Example(lang); err != nil {
			return nil, err
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	w := &sheetWriter{f: f, lang: lang, deck: d, cards: cardsSheet.In(lang)}
	if err := f.SetSheetName("Sheet1", w.cards); err != nil {
		return nil, err
	}
	for _, step := range []func() error{w.styles, w.cardsSheet, w.deckSheet, w.howTo} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for _, p := range []struct {
		sheet string
		wide  int // pages across; 0 for as many as it takes
	}{{w.cards, 0}, {deckSheet.In(lang), 1}, {howToSheet.In(lang), 1}} {
		if err := printed(f, p.sheet, p.wide); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// printed sets how a sheet prints: landscape, across pages of rows in
// order, the deck sheet and the how-to one page wide.
func printed(f *excelize.File, sheet string, wide int) error {
	landscape, across := "landscape", "overThenDown"
	opts := &excelize.PageLayoutOptions{Orientation: &landscape, PageOrder: &across}
	if wide > 0 {
		tall := 0
		opts.FitToWidth, opts.FitToHeight = &wide, &tall
		fit := true
		if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
	}
	return f.SetPageLayout(sheet, opts)
}

type sheetWriter struct {
	f     *excelize.File
	lang  string
	deck  *cards.Deck
	cards string // the cards sheet's name

	header, body, help, title int // style ids
}

// say returns one of our texts in the writer's language, French spaced as
// French is.
func (w *sheetWriter) say(t Text) string {
	if t.In(w.lang) == t.Fr {
		return frenchSpaces(t.Fr)
	}
	return t.En
}

func (w *sheetWriter) styles() error {
	var err error
	top := &excelize.Alignment{WrapText: true, Vertical: "top", Horizontal: "left"}
	if w.header, err = w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		Border:    []excelize.Border{{Type: "bottom", Color: "5B9BD5", Style: 2}}}); err != nil {
		return err
	}
	if w.body, err = w.f.NewStyle(&excelize.Style{Alignment: top}); err != nil {
		return err
	}
	if w.help, err = w.f.NewStyle(&excelize.Style{Alignment: top, Font: &excelize.Font{Italic: true, Color: "595959"}}); err != nil {
		return err
	}
	w.title, err = w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	return err
}

func cellName(col, row int) string { return Cell{Row: row, Col: col}.String() }

// cardsSheet writes the header and a row a card.
func (w *sheetWriter) cardsSheet() error {
	f, s := w.f, w.cards
	last := columnName(len(columns) - 1)
	for i, c := range columns {
		if err := f.SetCellStr(s, cellName(i, 0), c.header(w.lang)); err != nil {
			return err
		}
		if err := f.SetColWidth(s, columnName(i), columnName(i), c.width); err != nil {
			return err
		}
		if err := f.AddComment(s, excelize.Comment{Cell: cellName(i, 0), Author: "Déclic", Text: w.say(c.help), Width: 300, Height: 120}); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(s, "A1", last+"1", w.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(s, 1, 30); err != nil {
		return err
	}
	file := cards.FileOf(w.deck)
	row := 1
	var verdictCells []string
	for _, t := range file.Tables {
		if t.Name != "card" {
			continue
		}
		height, verdict, err := w.cardRow(t, row)
		if err != nil {
			return err
		}
		if verdict {
			verdictCells = append(verdictCells, cellName(w.col("answer"), row))
		}
		if err := f.SetRowHeight(s, row+1, height); err != nil {
			return err
		}
		row++
	}
	if row > 1 {
		if err := f.SetCellStyle(s, "A2", last+strconv.Itoa(row), w.body); err != nil {
			return err
		}
	}
	if err := f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := f.AutoFilter(s, "A1:"+last+strconv.Itoa(max(row, 2)), nil); err != nil {
		return err
	}
	words := make([]string, len(kindWords))
	for i, k := range kindWords {
		words[i] = k.word(w.lang)
	}
	if err := w.dropList(s, "A2:A"+strconv.Itoa(max(row, typeRows)), words); err != nil {
		return err
	}
	if len(verdictCells) > 0 {
		labels := make([]string, len(w.deck.Verdicts))
		for i, v := range w.deck.Verdicts {
			labels[i] = v.Label
		}
		return w.dropList(s, strings.Join(verdictCells, " "), labels)
	}
	return nil
}

// dropList offers items in a list at the cells of sqref; another value is
// warned of, not refused (a word of the other language is read too).
func (w *sheetWriter) dropList(sheet, sqref string, items []string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(sqref)
	if err := dv.SetDropList(items); err != nil {
		// A list too long for a cell's validation (255 characters):
		// the cells are still read, only the list is missing.
		return nil
	}
	dv.SetError(excelize.DataValidationErrorStyleWarning, w.say(Text{Fr: "Valeur inattendue", En: "Unexpected value"}),
		w.say(Text{Fr: "Choisissez dans la liste : " + strings.Join(items, ", "), En: "Pick from the list: " + strings.Join(items, ", ")}))
	return w.f.AddDataValidation(sheet, dv)
}

// col returns the index of the column holding key.
func (w *sheetWriter) col(key string) int {
	for i, c := range columns {
		if c.key == key {
			return i
		}
	}
	panic("workbook: no column " + key)
}

// cardRow writes one card at row (0-based) and returns the row's height,
// and whether its answer is a verdict.
func (w *sheetWriter) cardRow(t cards.Table, row int) (float64, bool, error) {
	f, s := w.f, w.cards
	kind := cards.Kind("")
	texts := map[int]string{}
	set := func(key string, v any) error {
		c := w.col(key)
		switch v := v.(type) {
		case int:
			texts[c] = strconv.Itoa(v)
			return f.SetCellInt(s, cellName(c, row), int64(v))
		case string:
			texts[c] = v
		case []string:
			texts[c] = strings.Join(v, "\n")
		case []int:
			ns := make([]string, len(v))
			for i, n := range v {
				ns[i] = strconv.Itoa(n)
			}
			texts[c] = strings.Join(ns, ", ")
		}
		return f.SetCellStr(s, cellName(c, row), texts[c])
	}
	height := 0.0
	for _, k := range t.Keys {
		if empty(k.Value) {
			continue // not given, as Encode leaves it out
		}
		var err error
		switch k.Name {
		case "type":
			kind = cards.Kind(k.Value.(string))
			err = set("type", wordOf(kind, w.lang))
		case cards.MainTextKey(kind):
			err = set("text", k.Value)
		case "choices":
			for i, c := range k.Value.([]string) {
				if err = set("choice"+strconv.Itoa(i+1), c); err != nil {
					break
				}
			}
		case "answer":
			switch v := k.Value.(type) {
			case []int:
				ns := make([]string, len(v))
				for i, n := range v {
					ns[i] = strconv.Itoa(n)
				}
				err = set("answer", strings.Join(ns, ","))
			case string:
				if kind == cards.KindVerdict {
					v = w.deck.VerdictLabel(v)
				}
				err = set("answer", v)
			default:
				err = set("answer", v)
			}
		case "accept":
			items := k.Value.([]string)
			if kind == cards.KindVerdict {
				labels := make([]string, len(items))
				for i, key := range items {
					labels[i] = w.deck.VerdictLabel(key)
				}
				items = labels
			}
			err = set("accept", items)
		case "notes":
			var ls []string
			for _, n := range k.Value.([]cards.Key) {
				ls = append(ls, w.say(Text{Fr: n.Name + " : ", En: n.Name + ": "})+n.Value.(string))
			}
			err = set("notes", ls)
		case "image":
			// The picture fits the cell as it is when placed: the row is
			// made tall first.
			if err = f.SetRowHeight(s, row+1, pictureRowHeight); err != nil {
				break
			}
			var placed bool
			if placed, err = w.picture(k.Value.(string), row); err == nil && !placed {
				err = set("image", k.Value)
			}
			if placed {
				height = pictureRowHeight
			}
		default:
			err = set(k.Name, k.Value)
		}
		if err != nil {
			return 0, false, err
		}
	}
	for c, text := range texts {
		height = max(height, textHeight(text, columns[c].width))
	}
	return min(height, maxRowHeight), kind == cards.KindVerdict, nil
}

// empty reports a key's value that a deck file leaves out.
func empty(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case []string:
		return len(v) == 0
	case []int:
		return len(v) == 0
	case []cards.Key:
		return len(v) == 0
	}
	return v == nil
}

// textHeight estimates the points a wrapped text takes in a column of
// width characters: Excel does not size rows by itself on opening a file.
func textHeight(text string, width float64) float64 {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		// Wrapping at words leaves a line shorter than the column.
		n += max(1, int(math.Ceil(float64(utf8.RuneCountInString(l))/(width*0.95))))
	}
	return float64(n)*lineHeight + 3
}

// picture places the card's picture in its picture cell, scaled into it;
// false when excelize cannot hold such a picture: the cell then names the
// file.
func (w *sheetWriter) picture(name string, row int) (bool, error) {
	data, err := fs.ReadFile(w.deck.Assets, name)
	if err != nil {
		return false, fmt.Errorf("reading %s of %s: %w", name, w.deck.Path, err)
	}
	err = w.f.AddPictureFromBytes(w.cards, cellName(w.col("image"), row), &excelize.Picture{
		Extension: strings.ToLower(path.Ext(name)), File: data,
		Format: &excelize.GraphicOptions{AutoFit: true, LockAspectRatio: true, Positioning: "oneCell", AltText: path.Base(name)}})
	if err == excelize.ErrImgExt {
		return false, nil
	}
	return err == nil, err
}

// deckSheet writes the deck's own table: a label, its value, a code, help.
func (w *sheetWriter) deckSheet() error {
	f, s := w.f, deckSheet.In(w.lang)
	if _, err := f.NewSheet(s); err != nil {
		return err
	}
	d := w.deck
	for i, h := range deckHeader {
		if err := f.SetCellStr(s, cellName(i, 0), h.In(w.lang)); err != nil {
			return err
		}
	}
	var rows [][3]any // label, value, code
	rowOf := func(key string) deckRow {
		for _, r := range deckRows {
			if r.key == key || r.table == key {
				return r
			}
		}
		panic("workbook: no deck row " + key)
	}
	var helps []Text
	add := func(key string, value, code any) {
		r := rowOf(key)
		help, label := r.help, Text{Fr: r.fr, En: r.en}.In(w.lang)
		if len(rows) > 0 && rows[len(rows)-1][0] == label {
			help = Text{} // said on the first of the repeated rows
		}
		rows = append(rows, [3]any{label, value, code})
		helps = append(helps, help)
	}
	add("id", d.ID, "")
	add("title", d.Title, "")
	add("language", d.Language, "")
	add("description", d.Description, "")
	add("audience", strings.Join(d.Audience, "\n"), "")
	if d.Minutes > 0 {
		add("minutes", d.Minutes, "")
	} else {
		add("minutes", "", "")
	}
	add("author", d.Author, "")
	add("license", d.License, "")
	add("points", d.Defaults.Points, "")
	add("seconds", d.Defaults.Seconds, "")
	mode := string(d.Defaults.Mode)
	for _, m := range modeWords {
		if m.mode == d.Defaults.Mode {
			mode = Text{Fr: m.fr, En: m.en}.In(w.lang)
		}
	}
	add("mode", mode, "")
	modeRow := len(rows)
	hasVerdicts := d.OwnVerdicts()
	for _, c := range d.Cards {
		hasVerdicts = hasVerdicts || c.Kind == cards.KindVerdict
	}
	if hasVerdicts {
		for _, v := range d.Verdicts {
			add("verdicts", v.Label, v.Key)
		}
	}
	for _, q := range d.Questions {
		add("question", q.Text, q.ID)
	}
	for i, r := range rows {
		for c, v := range r {
			cell := cellName(c, i+1)
			var err error
			switch v := v.(type) {
			case int:
				err = f.SetCellInt(s, cell, int64(v))
			case string:
				if v != "" {
					err = f.SetCellStr(s, cell, v)
				}
			}
			if err != nil {
				return err
			}
		}
		if err := f.SetCellStr(s, cellName(3, i+1), w.say(helps[i])); err != nil {
			return err
		}
		height := max(textHeight(fmt.Sprint(r[1]), 50), textHeight(w.say(helps[i]), 60))
		if err := f.SetRowHeight(s, i+2, min(height, maxRowHeight)); err != nil {
			return err
		}
	}
	last := strconv.Itoa(len(rows) + 1)
	for _, step := range []func() error{
		func() error { return f.SetColWidth(s, "A", "A", 26) },
		func() error { return f.SetColWidth(s, "B", "B", 50) },
		func() error { return f.SetColWidth(s, "C", "C", 14) },
		func() error { return f.SetColWidth(s, "D", "D", 60) },
		func() error { return f.SetCellStyle(s, "A1", "D1", w.header) },
		func() error { return f.SetCellStyle(s, "A2", "C"+last, w.body) },
		func() error { return f.SetCellStyle(s, "D2", "D"+last, w.help) },
		func() error {
			return f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
		},
	} {
		if err := step(); err != nil {
			return err
		}
	}
	modes := make([]string, len(modeWords))
	for i, m := range modeWords {
		modes[i] = Text{Fr: m.fr, En: m.en}.In(w.lang)
	}
	return w.dropList(s, "B"+strconv.Itoa(modeRow+1), modes)
}

// howTo writes the instructions: how the sheets are filled, each kind of
// card, each column, each row of the deck sheet, in words a facilitator who
// never saw a deck file understands.
func (w *sheetWriter) howTo() error {
	f, s := w.f, howToSheet.In(w.lang)
	if _, err := f.NewSheet(s); err != nil {
		return err
	}
	board := Text{Fr: "qui-est-ce-numerique", En: "guess-who-digital"}.In(w.lang)
	intro := []Text{
		{Fr: "Le modèle de tableur de Déclic", En: "Déclic's spreadsheet template"},
		{Fr: "Chaque ligne de la feuille « " + cardsSheet.Fr + " » est une carte. Écrivez sa sorte dans la colonne « Type » (la cellule propose la liste), puis remplissez les colonnes dont cette sorte a besoin (voir « Les sortes de cartes » plus bas) ; laissez les autres vides. Passez la souris sur un titre de colonne pour lire son aide.",
			En: "Each row of the \"" + cardsSheet.En + "\" sheet is a card. Write its kind in the \"Type\" column (the cell offers the list), then fill in the columns that kind needs (see \"The kinds of cards\" below); leave the others empty. Hover over a column's title to read its help."},
		{Fr: "Plusieurs choses dans une même cellule (indices, pistes, éléments à remettre dans l'ordre, étiquettes…) : une par ligne. Pour passer à la ligne dans une cellule : Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice. Les nombres d'une liste (les zones, les points d'une devinette) se séparent par des virgules : 4, 3, 2, 1.",
			En: "Several things in one cell (clues, hints, items to put in order, tags…): one a line. To start a new line inside a cell: Alt+Enter in Excel, Ctrl+Enter in LibreOffice. The numbers of a list (zones, a riddle's points) are separated by commas: 4, 3, 2, 1."},
		{Fr: "Une image : collez-la sur la cellule « Image » de sa carte, son coin en haut à gauche dans la cellule (Insertion > Image). PNG, JPEG ou GIF, 4096 pixels de côté au plus.",
			En: "A picture: paste it over its card's \"Picture\" cell, its top left corner inside the cell (Insert > Image). PNG, JPEG or GIF, 4096 pixels a side at most."},
		{Fr: "La feuille « " + deckSheet.Fr + " » donne le titre du jeu, sa langue, les points et le temps de réponse par défaut, et ses verdicts quand ce ne sont pas Vrai, Faux, Trompeur (un jeu « Arnaque ou pas ? » a Arnaque, Légitime, Douteux).",
			En: "The \"" + deckSheet.En + "\" sheet gives the deck's title, its language, the default points and answer time, and its verdicts when they are not True, False, Misleading (a \"Scam or not?\" deck has Scam, Genuine, Unsure)."},
		{Fr: "Pour jouer : enregistrez le fichier (.xlsx, ou .ods dans LibreOffice), puis glissez-le sur la fenêtre du jeu (écran « Jeux de cartes »), ou tapez « declic import FICHIER.xlsx ». Le jeu est vérifié comme le fait « declic check » : chaque problème est dit avec sa cellule (" + cardsSheet.Fr + "!C5 : …), et rien n'est écrit tant qu'il reste une erreur. Corrigez le tableur, puis importez-le à nouveau.",
			En: "To play: save the file (.xlsx, or .ods in LibreOffice), then drag it onto the game's window (the Decks screen), or type \"declic import FILE.xlsx\". The deck is checked as \"declic check\" does: each problem is told with its cell (" + cardsSheet.En + "!C5: …), and nothing is written while an error is left. Fix the spreadsheet, then import it again."},
		{Fr: "« Qui est-ce ? » : un jeu plateau n'a que des cartes « personnage » (6 à 30), et ses questions sur la feuille « " + deckSheet.Fr + " » (les lignes « Question du plateau », chacune avec son code). Il ne se mélange pas avec les autres sortes de cartes : il n'y a donc pas d'exemple de personnage ici. Pour un exemple complet : « declic sheet " + board + " -o plateau.xlsx ».",
			En: "\"Guess who?\": a board deck holds only \"character\" cards (6 to 30), and its questions on the \"" + deckSheet.En + "\" sheet (the \"Board question\" rows, each with its code). It does not mix with other kinds of cards, so there is no character example here. For a complete example: \"declic sheet " + board + " -o board.xlsx\"."},
	}
	row := 0
	put := func(style int, texts ...string) error {
		for c, t := range texts {
			if err := f.SetCellStr(s, cellName(c, row), t); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(s, cellName(0, row), cellName(2, row), style); err != nil {
			return err
		}
		height := 0.0
		for c, t := range texts {
			width := []float64{24, 24, 90}[c]
			if len(texts) == 1 {
				width = 138
			}
			height = max(height, textHeight(t, width))
		}
		row++
		return f.SetRowHeight(s, row, min(height+2, maxRowHeight))
	}
	paragraph := func(t Text) error {
		if err := f.MergeCell(s, cellName(0, row), cellName(2, row)); err != nil {
			return err
		}
		return put(w.body, w.say(t))
	}
	if err := f.SetCellStr(s, "A1", w.say(intro[0])); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, "A1", "A1", w.title); err != nil {
		return err
	}
	row = 1
	for _, t := range intro[1:] {
		if err := paragraph(t); err != nil {
			return err
		}
	}
	row++
	if err := put(w.header, w.say(Text{Fr: "Sorte de carte (colonne « Type »)", En: "Kind of card (\"Type\" column)"}), "",
		w.say(Text{Fr: "Ce que c'est, ce qu'il faut remplir", En: "What it is, what to fill in"})); err != nil {
		return err
	}
	for _, k := range kindWords {
		if err := put(w.body, k.word(w.lang), "", w.say(k.help)); err != nil {
			return err
		}
	}
	row++
	if err := put(w.header, w.say(Text{Fr: "Colonne de « " + cardsSheet.Fr + " »", En: "Column of \"" + cardsSheet.En + "\""}),
		w.say(Text{Fr: "Pour les cartes", En: "For cards"}), w.say(Text{Fr: "Ce qu'on y écrit", En: "What to write in it"})); err != nil {
		return err
	}
	for _, c := range columns {
		kinds := w.say(Text{Fr: "toutes", En: "all"})
		if c.kinds != nil {
			ws := make([]string, len(c.kinds))
			for i, k := range c.kinds {
				ws[i] = wordOf(k, w.lang)
			}
			kinds = strings.Join(ws, ", ")
		}
		if err := put(w.body, c.header(w.lang), kinds, w.say(c.help)); err != nil {
			return err
		}
	}
	row++
	if err := put(w.header, w.say(Text{Fr: "Ligne de « " + deckSheet.Fr + " »", En: "Row of \"" + deckSheet.En + "\""}), "",
		w.say(Text{Fr: "Ce qu'on y écrit", En: "What to write in it"})); err != nil {
		return err
	}
	for _, r := range deckRows {
		if err := put(w.body, Text{Fr: r.fr, En: r.en}.In(w.lang), "", w.say(r.help)); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(s, "A", "B", 24); err != nil {
		return err
	}
	return f.SetColWidth(s, "C", "C", 90)
}
