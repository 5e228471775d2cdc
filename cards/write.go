package cards

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// File is a deck file before it is checked: its tables and their keys in
// the order they are written. Everything that makes a deck — a spreadsheet
// imported, the editor, the cards teams write on their phones — builds a
// File, writes it with Encode and lets Parse judge the text, so that one set
// of rules, declic check's, says what a deck may hold. A File may hold what
// the rules refuse (a choice's answer typed "deux"): Parse then says so, at
// the line Encode's spots trace back to where it was typed.
type File struct {
	Comment string // written at the top, "# " before each line
	Tables  []Table
}

// Table is one table of a deck file: [deck], [defaults], [verdicts] (Name
// "deck", "defaults", "verdicts"), or one of the arrays of tables
// [[question]] and [[card]] (Name "question", "card").
type Table struct {
	Name    string
	Comment string // written above the table's header
	Keys    []Key
}

// Key is one key of a table. Value is a string, an int, a bool, a []string,
// a []int, or a []Key for a sub-table (a character's notes, written
// [card.notes] after the card's other keys). A key whose Value is "" or an
// empty list is not written: an empty cell or field means "not given".
// Any other type of value is written as its text (fmt.Sprint), quoted.
type Key struct {
	Name    string
	Value   any
	Comment string // written above the key
}

// Spot says what a line of an encoded file holds.
type Spot struct {
	Table int    // the table's index in File.Tables; -1 for the format line, comments and blank lines
	Key   string // the key; "" for the table's header
	Sub   string // the key inside a sub-table: Key "notes", Sub "ecran" for [card.notes] ecran
}

// arrayTables are the tables a deck file holds any number of.
var arrayTables = map[string]bool{"question": true, "card": true}

// wrapAt is the width past which a list is written one item a line, as
// people write long lists by hand.
const wrapAt = 100

// Encode writes f as a deck file (format = 1 first) and returns, for each
// line of the text, what it holds: spots[line-1] for a 1-based line, so
// that every problem Parse reports on the text traces back through its Line
// to the table and key it is about.
func (f *File) Encode() (text []byte, spots []Spot) {
	w := &fileWriter{}
	w.comment(f.Comment, -1)
	w.line("format = "+strconv.Itoa(Format), Spot{Table: -1})
	for i, t := range f.Tables {
		w.line("", Spot{Table: -1})
		w.comment(t.Comment, i)
		header := "[" + t.Name + "]"
		if arrayTables[t.Name] {
			header = "[" + header + "]"
		}
		w.line(header, Spot{Table: i})
		var subs []Key
		for _, k := range t.Keys {
			if sub, ok := k.Value.([]Key); ok {
				if len(sub) > 0 {
					subs = append(subs, k)
				}
				continue
			}
			w.key(k, Spot{Table: i, Key: k.Name})
		}
		// A sub-table's keys would swallow the keys after its header:
		// sub-tables come last.
		for _, k := range subs {
			w.comment(k.Comment, i)
			w.line("["+t.Name+"."+keyName(k.Name)+"]", Spot{Table: i, Key: k.Name})
			for _, sk := range k.Value.([]Key) {
				w.key(sk, Spot{Table: i, Key: k.Name, Sub: sk.Name})
			}
		}
	}
	return []byte(w.b.String()), w.spots
}

type fileWriter struct {
	b     strings.Builder
	spots []Spot
}

func (w *fileWriter) line(s string, at Spot) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
	w.spots = append(w.spots, at)
}

// comment writes text as comment lines; a comment belongs to no key, so its
// lines spot the table only (-1 above the first table).
func (w *fileWriter) comment(text string, table int) {
	if text == "" {
		return
	}
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		l = strings.TrimRight(strings.ReplaceAll(l, "\r", ""), " ")
		if l == "" {
			w.line("#", Spot{Table: table})
		} else {
			w.line("# "+l, Spot{Table: table})
		}
	}
}

func (w *fileWriter) key(k Key, at Spot) {
	items, isList := listItems(k.Value)
	if isList && len(items) == 0 {
		return
	}
	if s, ok := k.Value.(string); ok && s == "" {
		return
	}
	if k.Comment != "" {
		w.comment(k.Comment, at.Table)
	}
	name := keyName(k.Name)
	if !isList {
		w.line(name+" = "+value(k.Value), at)
		return
	}
	one := name + " = [" + strings.Join(items, ", ") + "]"
	if utf8.RuneCountInString(one) <= wrapAt || len(items) == 1 {
		w.line(one, at)
		return
	}
	w.line(name+" = [", at)
	for _, item := range items {
		w.line("  "+item+",", at)
	}
	w.line("]", at)
}

// listItems returns a list value's items as TOML values, and whether the
// value is a list at all.
func listItems(v any) ([]string, bool) {
	switch v := v.(type) {
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = quote(s)
		}
		return out, true
	case []int:
		out := make([]string, len(v))
		for i, n := range v {
			out[i] = strconv.Itoa(n)
		}
		return out, true
	}
	return nil, false
}

func value(v any) string {
	switch v := v.(type) {
	case string:
		return quote(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	}
	return quote(fmt.Sprint(v))
}

var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func keyName(k string) string {
	if bareKey.MatchString(k) {
		return k
	}
	return quote(k)
}

// quote writes s as a TOML basic string: what TOML forbids raw in one (the
// quote, the backslash, control characters, line breaks) escaped, every
// other character as it is, so that accents and emoji stay readable.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else if r == utf8.RuneError {
				b.WriteString(`\uFFFD`)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FileOf returns the file of a loaded deck, such that Parse of its Encode
// gives the same deck back: the deck's defaults are not repeated on its
// cards, nor the ids a card has when the file gives none ("card-3" for the
// third), nor the default verdicts, scale ends and scoring zones.
func FileOf(d *Deck) *File {
	f := &File{}
	deck := []Key{
		{Name: "id", Value: d.ID},
		{Name: "title", Value: d.Title},
		{Name: "language", Value: d.Language},
		{Name: "description", Value: d.Description},
		{Name: "audience", Value: d.Audience},
	}
	if d.Minutes > 0 {
		deck = append(deck, Key{Name: "minutes", Value: d.Minutes})
	}
	deck = append(deck, Key{Name: "author", Value: d.Author}, Key{Name: "license", Value: d.License})
	f.Tables = append(f.Tables, Table{Name: "deck", Keys: deck})

	var defaults []Key
	if d.Defaults.Points != 1 {
		defaults = append(defaults, Key{Name: "points", Value: d.Defaults.Points})
	}
	if d.Defaults.Seconds != 0 {
		defaults = append(defaults, Key{Name: "seconds", Value: d.Defaults.Seconds})
	}
	if d.Defaults.Mode != "" && d.Defaults.Mode != ModeTurns {
		defaults = append(defaults, Key{Name: "mode", Value: string(d.Defaults.Mode)})
	}
	if len(defaults) > 0 {
		f.Tables = append(f.Tables, Table{Name: "defaults", Keys: defaults})
	}

	if !slices.Equal(d.Verdicts, defaultVerdicts(d.Language)) {
		keys := make([]Key, len(d.Verdicts))
		for i, v := range d.Verdicts {
			keys[i] = Key{Name: v.Key, Value: v.Label}
		}
		f.Tables = append(f.Tables, Table{Name: "verdicts", Keys: keys})
	}
	for _, q := range d.Questions {
		f.Tables = append(f.Tables, Table{Name: "question", Keys: []Key{{Name: "id", Value: q.ID}, {Name: "text", Value: q.Text}}})
	}
	for i := range d.Cards {
		f.Tables = append(f.Tables, Table{Name: "card", Keys: cardKeys(d, &d.Cards[i], i)})
	}
	return f
}

// mainTextKey names the key that holds a card's Text, by kind.
var mainTextKey = map[Kind]string{
	KindVerdict:   "claim",
	KindChoice:    "question",
	KindSpectrum:  "statement",
	KindOrder:     "prompt",
	KindOpen:      "question",
	KindCharacter: "name",
}

// MainTextKey returns the key a card of kind k writes its main text under
// (claim, question, statement, prompt, name), "" for a clues card, which
// has none.
func MainTextKey(k Kind) string { return mainTextKey[k] }

func cardKeys(d *Deck, c *Card, i int) []Key {
	keys := []Key{{Name: "type", Value: string(c.Kind)}}
	if c.ID != "card-"+strconv.Itoa(i+1) {
		keys = append(keys, Key{Name: "id", Value: c.ID})
	}
	if k := mainTextKey[c.Kind]; k != "" {
		keys = append(keys, Key{Name: k, Value: c.Text})
	}
	keys = append(keys, Key{Name: "easy", Value: c.Easy}, Key{Name: "image", Value: c.Image}, Key{Name: "sound", Value: c.Sound})
	switch c.Kind {
	case KindVerdict:
		keys = append(keys,
			Key{Name: "answer", Value: c.Verdict},
			Key{Name: "accept", Value: c.Accept},
			Key{Name: "hints", Value: c.Hints},
			Key{Name: "flags", Value: c.Flags},
			Key{Name: "report", Value: c.Report})
	case KindChoice:
		keys = append(keys, Key{Name: "choices", Value: c.Choices})
		answers := make([]int, len(c.Correct))
		for j, n := range c.Correct {
			answers[j] = n + 1
		}
		if len(answers) == 1 {
			keys = append(keys, Key{Name: "answer", Value: answers[0]})
		} else {
			keys = append(keys, Key{Name: "answer", Value: answers})
		}
	case KindClues:
		keys = append(keys, Key{Name: "answer", Value: c.Answer}, Key{Name: "accept", Value: c.Accept}, Key{Name: "clues", Value: c.Clues})
		if !defaultCluePoints(c.CluePoints) {
			keys = append(keys, Key{Name: "points", Value: c.CluePoints})
		}
	case KindSpectrum:
		keys = append(keys, Key{Name: "left", Value: c.Left}, Key{Name: "right", Value: c.Right})
		if c.Min != DefaultMin {
			keys = append(keys, Key{Name: "min", Value: c.Min})
		}
		if c.Max != DefaultMax {
			keys = append(keys, Key{Name: "max", Value: c.Max})
		}
		keys = append(keys, Key{Name: "unit", Value: c.Unit})
		if c.HasTarget {
			keys = append(keys, Key{Name: "target", Value: c.Target})
			if !slices.Equal(c.Zones, defaultZones) {
				keys = append(keys, Key{Name: "zones", Value: c.Zones})
			}
		}
	case KindOrder:
		keys = append(keys, Key{Name: "items", Value: c.Items})
	case KindCharacter:
		keys = append(keys, Key{Name: "yes", Value: c.Yes}, Key{Name: "clues", Value: c.Clues}, Key{Name: "accept", Value: c.Accept})
	}
	keys = append(keys,
		Key{Name: "explanation", Value: c.Explanation},
		Key{Name: "source", Value: c.Source})
	if len(c.Techniques) == 1 {
		keys = append(keys, Key{Name: "technique", Value: c.Techniques[0]})
	} else {
		keys = append(keys, Key{Name: "technique", Value: c.Techniques})
	}
	keys = append(keys,
		Key{Name: "reflex", Value: c.Reflex},
		Key{Name: "discuss", Value: c.Discuss},
		Key{Name: "tags", Value: c.Tags})
	if c.Kind != KindClues && c.Points != d.Defaults.Points {
		keys = append(keys, Key{Name: "points", Value: c.Points})
	}
	if c.Seconds != d.Defaults.Seconds {
		keys = append(keys, Key{Name: "seconds", Value: c.Seconds})
	}
	if len(c.Notes) > 0 {
		keys = append(keys, Key{Name: "notes", Value: notesKeys(d, c.Notes)})
	}
	return keys
}

// defaultCluePoints reports points a riddle earns when its file gives none:
// n, n-1, …, 1 for n clues.
func defaultCluePoints(points []int) bool {
	for i, p := range points {
		if p != len(points)-i {
			return false
		}
	}
	return true
}

// notesKeys writes a character's notes in the order of the board's
// questions, as a reader looks them up.
func notesKeys(d *Deck, notes map[string]string) []Key {
	keys := make([]Key, 0, len(notes))
	for _, q := range d.Questions {
		if n, ok := notes[q.ID]; ok {
			keys = append(keys, Key{Name: q.ID, Value: n})
		}
	}
	return keys
}
