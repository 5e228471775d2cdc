package workbook

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"declic/cards"
)

// Kahoot's quiz template, as Kahoot distributes it (KahootQuizTemplate.xlsx):
// a title and instructions in the first rows, then the header row
//
//	(blank) | Question - max 120 characters | Answer 1 - max 75 characters |
//	… Answer 4 … | Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs |
//	Correct answer(s) - choose at least one
//
// and one question a row below it, numbered in column A. The header is
// found by its words, wherever it stands, so a template with rows added
// above or columns moved still reads; French words (Réponse 1, Limite de
// temps (sec), Réponse(s) correcte(s), Bonne(s) réponse(s)) are understood
// too. A column the facilitator adds titled Explication / Explanation /
// Pourquoi / Why, or Source, fills the cards' explanation and source.

// kahootHeaderRows is how far down a sheet the header row is looked for.
const kahootHeaderRows = 50

// kahootColumns are the columns of a Kahoot sheet; -1 when absent.
type kahootColumns struct {
	question, time, correct int
	explanation, source     int   // columns a facilitator added: Explication, Source
	answers                 []int // Answer 1, Answer 2…: their columns, in the answers' order
}

var (
	kahootAnswerHeader = regexp.MustCompile(`^(answer|réponse|reponse|choix)\s*(\d)\b`)
	kahootCorrect      = regexp.MustCompile(`^(correct answer|right answer|bonnes? réponses?|bonne\(s\) réponse|réponses? correctes?|réponse\(s\) correcte)`)
	kahootTime         = regexp.MustCompile(`^(time limit|time|limite de temps|temps|durée)\b`)
	kahootExplanation  = regexp.MustCompile(`^(explication|explanation|pourquoi|why)\b`)
	kahootSource       = regexp.MustCompile(`^sources?\b`)
)

// kahootHeaderWords is what a Kahoot header row must hold, as the message
// of a book that is neither template names it.
const kahootHeaderWords = "« Question », « Answer 1 », « Answer 2 » et « Correct answer(s) »"
const kahootHeaderWordsEn = `"Question", "Answer 1", "Answer 2" and "Correct answer(s)"`

// headerWords returns a header cell as compared: lower case, one space
// between words, dashes of every kind as "-".
func headerWords(s string) string {
	s = strings.NewReplacer("–", "-", "—", "-", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// findKahootHeader returns the header row of a sheet and its columns: the
// first row with a question column, at least two answer columns and a
// correct-answer column.
func findKahootHeader(s *Sheet) (int, kahootColumns, bool) {
	for r := 0; r < len(s.Rows) && r < kahootHeaderRows; r++ {
		cols := kahootColumns{question: -1, time: -1, correct: -1, explanation: -1, source: -1}
		numbered := map[int]int{}
		for c, cell := range s.Rows[r] {
			w := headerWords(cell)
			switch {
			case w == "":
			case kahootCorrect.MatchString(w):
				cols.correct = c
			case kahootTime.MatchString(w):
				cols.time = c
			case kahootExplanation.MatchString(w) && cols.explanation < 0:
				cols.explanation = c
			case kahootSource.MatchString(w) && cols.source < 0:
				cols.source = c
			case strings.HasPrefix(w, "question") && cols.question < 0:
				cols.question = c
			default:
				if m := kahootAnswerHeader.FindStringSubmatch(w); m != nil {
					n, _ := strconv.Atoi(m[2])
					if _, seen := numbered[n]; !seen && n >= 1 {
						numbered[n] = c
					}
				}
			}
		}
		for n := 1; ; n++ {
			c, ok := numbered[n]
			if !ok {
				break
			}
			cols.answers = append(cols.answers, c)
		}
		if cols.question >= 0 && cols.correct >= 0 && len(cols.answers) >= 2 {
			return r, cols, true
		}
	}
	return 0, kahootColumns{}, false
}

// fromKahoot makes a draft of the first sheet of b laid out as Kahoot's
// quiz template; false when no sheet is.
//
// Each question row becomes a card: a two-answer question whose answers
// are Vrai and Faux (or True and False, in either order) a verdict card,
// any other a choice card with the answers given, in order (an empty
// Answer 2 between Answer 1 and Answer 3 is left out, and the right
// answers renumbered). The verdicts of such a deck are exactly the two
// words of its first true/false question, Vrai/Faux (keys vrai, faux) or
// True/False (true, false), not the language's three defaults: a Kahoot
// quiz never had a "misleading" answer. The time limit becomes the card's
// seconds. A row that cannot become a card (a question without answers,
// answers without a question) is skipped with a warning; fully empty
// rows, which the template numbers up to 100, are skipped silently at the
// end and with a warning between questions.
func fromKahoot(b *Book) (*Draft, bool) {
	for si := range b.Sheets {
		s := &b.Sheets[si]
		header, cols, ok := findKahootHeader(s)
		if !ok {
			continue
		}
		sheetName := ""
		if len(b.Sheets) > 1 {
			sheetName = s.Name
		}
		k := &kahootReader{
			sheet: s, sheetName: sheetName, cols: cols,
			draft: &Draft{
				File:     &cards.File{Tables: []cards.Table{{Name: "deck"}}},
				From:     map[cards.Spot]Place{},
				Pictures: map[string][]byte{},
			},
		}
		k.columns(header)
		at := k.place(header, k.cols.question)
		if cols.explanation < 0 {
			// Kahoot's template has no such column: one note, not a
			// warning on every card that cannot be heeded there.
			k.draft.Unasked = []string{"explanation"}
			k.note(at, cards.Warning,
				"le modèle Kahoot n'a pas de colonne d'explication : ajoutez une colonne « Explication », ou complétez le jeu ensuite avec declic edit",
				"Kahoot's template has no explanation column: add an \"Explanation\" column, or complete the deck afterwards with declic edit")
		}
		if cols.time < 0 {
			k.note(at, cards.Warning,
				"pas de colonne « Limite de temps (sec) » : les cartes gardent la durée par défaut du jeu",
				"no \"Time limit (sec)\" column: the cards keep the deck's default time")
		}
		for r := header + 1; r < len(s.Rows); r++ {
			k.row(r)
		}
		k.finish()
		return k.draft, true
	}
	return nil, false
}

type kahootReader struct {
	sheet     *Sheet
	sheetName string
	cols      kahootColumns
	draft     *Draft
	empty     []int // empty rows since the last card, warned of when a card follows

	// The verdicts of the deck, once a true/false question is read.
	trueKey, falseKey     string
	trueLabel, falseLabel string
}

func (k *kahootReader) cell(r, c int) string {
	if c < 0 || c >= len(k.sheet.Rows[r]) {
		return ""
	}
	return strings.TrimSpace(k.sheet.Rows[r][c])
}

func (k *kahootReader) place(r, c int) Place {
	return Place{Sheet: k.sheetName, Cell: Cell{Row: r, Col: max(c, 0)}}
}

func (k *kahootReader) note(at Place, sev cards.Severity, fr, en string, args ...any) {
	k.draft.Notes = append(k.draft.Notes, Note{Place: at, Severity: sev,
		Text: Text{Fr: frenchSpaces(fmt.Sprintf(fr, args...)), En: fmt.Sprintf(en, args...)}})
}

// answer is one answer of a row: its text and the column it was typed in.
type kahootAnswer struct {
	text string
	col  int
}

func (k *kahootReader) row(r int) {
	q := k.cell(r, k.cols.question)
	var answers []kahootAnswer
	byNumber := map[int]int{} // Answer N → its place among answers, 1-based
	for n, c := range k.cols.answers {
		if a := k.cell(r, c); a != "" {
			answers = append(answers, kahootAnswer{a, c})
			byNumber[n+1] = len(answers)
		}
	}
	correct, seconds := k.cell(r, k.cols.correct), k.cell(r, k.cols.time)
	qPlace := k.place(r, k.cols.question)
	switch {
	case q == "" && len(answers) == 0 && correct == "" && seconds == "":
		k.empty = append(k.empty, r)
		return
	case q == "":
		k.flushEmpty()
		k.note(qPlace, cards.Warning, "ligne %d ignorée : elle n'a pas de question",
			"row %d skipped: it has no question", r+1)
		return
	case len(answers) == 0:
		k.flushEmpty()
		k.note(qPlace, cards.Warning, "ligne %d ignorée : sa question n'a aucune réponse (une diapositive ?)",
			"row %d skipped: its question has no answers (a slide?)", r+1)
		return
	}
	k.flushEmpty()
	cPlace := k.place(r, k.cols.correct)
	right, ok := k.rightAnswers(correct, byNumber, r)
	if !ok {
		return
	}
	f := k.draft.File
	i := len(f.Tables)
	from := func(key string, p Place) { k.draft.From[cards.Spot{Table: i, Key: key}] = p }
	from("", qPlace)
	var keys []cards.Key
	truePos, trueFalse := k.verdictWords(answers)
	if trueFalse && len(right) > 1 {
		k.note(cPlace, cards.Warning, "« %s » et « %s » sont tous deux marqués justes (« %s ») : la carte devient une question à choix où les deux réponses comptent ; écrivez 1 ou 2",
			"%q and %q are both marked right (%q): the card becomes a choice question where both answers count; write 1 or 2",
			answers[0].text, answers[1].text, correct)
	}
	if trueFalse && len(right) == 1 {
		answer := k.falseKey
		if right[0] == truePos {
			answer = k.trueKey
		}
		keys = append(keys, cards.Key{Name: "type", Value: "verdict"},
			cards.Key{Name: "claim", Value: q}, cards.Key{Name: "answer", Value: answer})
		from("claim", qPlace)
	} else {
		choices := make([]string, len(answers))
		for j, a := range answers {
			choices[j] = a.text
		}
		keys = append(keys, cards.Key{Name: "type", Value: "choice"},
			cards.Key{Name: "question", Value: q}, cards.Key{Name: "choices", Value: choices})
		if len(right) == 1 {
			keys = append(keys, cards.Key{Name: "answer", Value: right[0]})
		} else {
			keys = append(keys, cards.Key{Name: "answer", Value: right})
		}
		from("question", qPlace)
		from("choices", k.place(r, answers[0].col))
	}
	from("answer", cPlace)
	if seconds != "" {
		if n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(seconds, "s")), " sec")); err == nil {
			keys = append(keys, cards.Key{Name: "seconds", Value: n})
		} else {
			keys = append(keys, cards.Key{Name: "seconds", Value: seconds}) // cards says it is no number
		}
		from("seconds", k.place(r, k.cols.time))
	}
	for _, c := range []struct {
		key string
		col int
	}{{"explanation", k.cols.explanation}, {"source", k.cols.source}} {
		if v := k.cell(r, c.col); v != "" {
			keys = append(keys, cards.Key{Name: c.key, Value: v})
			from(c.key, k.place(r, c.col))
		}
	}
	if at, pic, ok := k.rowPicture(r); ok {
		name := "img/" + path.Base(pic.Name)
		keys = append(keys, cards.Key{Name: "image", Value: name})
		k.draft.Pictures[name] = pic.Data
		from("image", k.place(r, at))
	}
	f.Tables = append(f.Tables, cards.Table{Name: "card", Keys: keys})
}

// columns records the sheet's columns in the draft, by the card keys
// they fill, with their titles as the sheet writes them.
func (k *kahootReader) columns(header int) {
	cols := map[string]int{"claim": k.cols.question, "question": k.cols.question,
		"answer": k.cols.correct, "seconds": k.cols.time, "explanation": k.cols.explanation, "source": k.cols.source}
	k.draft.Columns = map[string]Column{}
	for key, c := range cols {
		if c >= 0 {
			k.draft.Columns[key] = Column{Title: kahootTitle(k.cell(header, c)), At: k.place(header, c)}
		}
	}
	if a := k.cols.answers; len(a) > 0 {
		k.draft.Columns["choices"] = Column{At: k.place(header, a[0]),
			Title: kahootTitle(k.cell(header, a[0])) + " … " + kahootTitle(k.cell(header, a[len(a)-1]))}
	}
}

// kahootTitle returns a Kahoot header as a message names it: its words
// before the advice a dash adds ("Time limit (sec) – 5, 10, 20…" → "Time
// limit (sec)"), the way the person reads the column at a glance.
func kahootTitle(h string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.Index(h, dash); i > 0 {
			h = h[:i]
		}
	}
	return strings.TrimSpace(h)
}

// flushEmpty warns of the empty rows met since the last card, now that a
// row with something follows them.
func (k *kahootReader) flushEmpty() {
	for _, r := range k.empty {
		k.note(k.place(r, k.cols.question), cards.Warning, "ligne %d ignorée : elle est vide", "row %d skipped: it is empty", r+1)
	}
	k.empty = k.empty[:0]
}

// kahootSeparators split a cell of right answers: "1,3", "1;3", "1 3",
// "1 et 3", "1 and 3", "1/3", "1 & 3".
var kahootSeparators = regexp.MustCompile(`\s*(,|;|/|&|\bet\b|\band\b|\bou\b|\bor\b|\s)\s*`)

// kahootNumber is a right-answer cell a spreadsheet turned into a number.
var kahootNumber = regexp.MustCompile(`^(\d)\.(\d+)$`)

// rightAnswers reads the right-answer cell: answer numbers 1 to the
// number of answer columns, pointing at an answer that is given; returned
// as places among the answers given. A cell it cannot read is an error note.
func (k *kahootReader) rightAnswers(cell string, byNumber map[int]int, r int) ([]int, bool) {
	at := k.place(r, k.cols.correct)
	if cell == "" {
		k.note(at, cards.Error, "aucune bonne réponse : écrivez son numéro (de 1 à %d) dans cette case",
			"no right answer: write its number (1 to %d) in this cell", len(k.cols.answers))
		return nil, false
	}
	var right []int
	seen := map[int]bool{}
	cell = strings.ToLower(cell)
	if m := kahootNumber.FindStringSubmatch(cell); m != nil {
		// A French Excel reads "1,3" typed in a cell as the number 1.3,
		// which the file keeps and shows as "1.3"; "2" may be "2.0".
		if strings.Trim(m[2], "0") == "" {
			cell = m[1]
		} else {
			cell = m[1] + "," + strings.Join(strings.Split(m[2], ""), ",")
		}
	}
	for _, part := range kahootSeparators.Split(cell, -1) {
		if part == "" {
			continue
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < 1 || n > len(k.cols.answers) {
			k.notAnAnswer(at, part, byNumber)
			return nil, false
		}
		p, given := byNumber[n]
		if !given {
			k.note(at, cards.Error, "la bonne réponse %d est une case vide (%s)",
				"right answer %d is an empty cell (%s)", n, Cell{Row: r, Col: k.cols.answers[n-1]})
			return nil, false
		}
		if !seen[p] {
			seen[p] = true
			right = append(right, p)
		}
	}
	if len(right) == 0 {
		k.notAnAnswer(at, cell, byNumber)
		return nil, false
	}
	return right, true
}

// notAnAnswer says a right-answer cell holds what is no answer's number,
// naming the numbers of the answers the question has: "this question has
// 3 answers: write 1, 2 or 3".
func (k *kahootReader) notAnAnswer(at Place, what string, byNumber map[int]int) {
	var given []string
	for n := 1; n <= len(k.cols.answers); n++ {
		if _, ok := byNumber[n]; ok {
			given = append(given, strconv.Itoa(n))
		}
	}
	list := func(or string) string {
		if len(given) < 2 {
			return strings.Join(given, "")
		}
		return strings.Join(given[:len(given)-1], ", ") + " " + or + " " + given[len(given)-1]
	}
	several := given[0] + "," + given[len(given)-1]
	k.draft.Notes = append(k.draft.Notes, Note{Place: at, Severity: cards.Error, Text: Text{
		Fr: frenchSpaces(fmt.Sprintf("« %s » n'est pas un numéro de réponse : cette question a %d réponses : écrivez %s, « %s » pour plusieurs",
			what, len(given), list("ou"), several)),
		En: fmt.Sprintf("%q is not an answer number: this question has %d answers: write %s, \"%s\" for several",
			what, len(given), list("or"), several)}})
}

// truthWords are the answers of a Kahoot true/false question: the key of
// the verdict each is, by language.
var truthWords = map[string]struct {
	key   string
	truth bool
}{
	"vrai": {"vrai", true}, "faux": {"faux", false},
	"true": {"true", true}, "false": {"false", false},
}

// verdictWords reports whether answers are a true/false pair, and which of
// them (1 or 2) is the true one. The first pair met sets the deck's verdicts.
func (k *kahootReader) verdictWords(answers []kahootAnswer) (truePos int, ok bool) {
	if len(answers) != 2 {
		return 0, false
	}
	w1, ok1 := truthWords[strings.ToLower(strings.Trim(answers[0].text, " .!"))]
	w2, ok2 := truthWords[strings.ToLower(strings.Trim(answers[1].text, " .!"))]
	if !ok1 || !ok2 || w1.truth == w2.truth {
		return 0, false
	}
	truePos = 1
	trueWord, falseWord := answers[0].text, answers[1].text
	tw := w1
	if !w1.truth {
		truePos = 2
		trueWord, falseWord = falseWord, trueWord
		tw = w2
	}
	if k.trueKey == "" {
		k.trueKey, k.trueLabel = tw.key, strings.Trim(trueWord, " .!")
		k.falseKey = map[string]string{"vrai": "faux", "true": "false"}[tw.key]
		k.falseLabel = strings.Trim(falseWord, " .!")
	}
	return truePos, true
}

// rowPicture returns the first picture placed in row r, by column.
func (k *kahootReader) rowPicture(r int) (int, Picture, bool) {
	best := -1
	for c := range k.sheet.Pictures {
		if c.Row == r && (best < 0 || c.Col < best) {
			best = c.Col
		}
	}
	if best < 0 {
		return 0, Picture{}, false
	}
	return best, k.sheet.Pictures[Cell{Row: r, Col: best}], true
}

// finish writes the deck's verdicts when it has true/false cards, right
// after [deck].
func (k *kahootReader) finish() {
	if k.trueKey == "" {
		return
	}
	f := k.draft.File
	v := cards.Table{Name: "verdicts", Keys: []cards.Key{
		{Name: k.trueKey, Value: k.trueLabel}, {Name: k.falseKey, Value: k.falseLabel}}}
	f.Tables = append(f.Tables[:1], append([]cards.Table{v}, f.Tables[1:]...)...)
	from := make(map[cards.Spot]Place, len(k.draft.From))
	for s, p := range k.draft.From {
		if s.Table >= 1 {
			s.Table++
		}
		from[s] = p
	}
	k.draft.From = from
}
