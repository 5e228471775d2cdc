package cards

import (
	"fmt"
	"io/fs"
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
	w := f.write()
	return []byte(w.b.String()), w.spots
}

func (f *File) write() *fileWriter {
	// Sized for the file at once: a deck made from a thousand rows would
	// otherwise grow its text, lines and positions a hundred times over.
	keys := 0
	for _, t := range f.Tables {
		keys += len(t.Keys)
	}
	w := &fileWriter{
		ps:    &positions{headers: make(map[tableRef]pos, len(f.Tables)), keys: make(map[keyRef]pos, keys)},
		spots: make([]Spot, 0, 2*len(f.Tables)+keys+2),
	}
	w.b.Grow(64 * (keys + len(f.Tables)))
	counts := make(map[string]int) // tables written so far of each array of tables
	w.comment(f.Comment, -1)
	w.record(keyRef{topLevel, "format"})
	w.line("format = "+strconv.Itoa(Format), Spot{Table: -1})
	for i, t := range f.Tables {
		w.line("", Spot{Table: -1})
		w.comment(t.Comment, i)
		header := "[" + t.Name + "]"
		w.ref = tableRef{t.Name, -1}
		if arrayTables[t.Name] {
			header = "[" + header + "]"
			w.ref.index = counts[t.Name]
			counts[t.Name]++
		}
		w.record(keyRef{topLevel, t.Name})
		w.recordHeader(w.ref)
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
		parent := w.ref
		for _, k := range subs {
			w.comment(k.Comment, i)
			w.record(keyRef{parent, k.Name})
			w.ref = subTableRef(parent, k.Name)
			w.recordHeader(w.ref)
			w.line("["+t.Name+"."+keyName(k.Name)+"]", Spot{Table: i, Key: k.Name})
			for _, sk := range k.Value.([]Key) {
				w.key(sk, Spot{Table: i, Key: k.Name, Sub: sk.Name})
			}
		}
	}
	return w
}

// fileWriter writes a File's text, and what each of its lines holds: a
// Spot for the caller, the positions of its headers and keys for the
// checker (those a scan of the text would find).
type fileWriter struct {
	b     strings.Builder
	spots []Spot
	ps    *positions
	ref   tableRef // the table being written
}

// record locates k on the line about to be written, unless it already
// stands higher.
func (w *fileWriter) record(k keyRef) {
	if _, ok := w.ps.keys[k]; !ok {
		w.ps.keys[k] = pos{len(w.spots) + 1, 1}
	}
}

func (w *fileWriter) recordHeader(t tableRef) {
	if _, ok := w.ps.headers[t]; !ok {
		w.ps.headers[t] = pos{len(w.spots) + 1, 1}
	}
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
	w.record(keyRef{w.ref, k.Name})
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

// isBareKey reports a key TOML reads without quotes: letters A–Z and a–z,
// digits, "_" and "-".
func isBareKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return k != ""
}

func keyName(k string) string {
	if isBareKey(k) {
		return k
	}
	return quote(k)
}

// quote writes s as a TOML basic string: what TOML forbids raw in one (the
// quote, the backslash, control characters, line breaks) escaped, every
// other character as it is, so that accents and emoji stay readable.
func quote(s string) string {
	if !strings.ContainsFunc(s, needsEscape) {
		return `"` + s + `"`
	}
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

// needsEscape reports a character quote cannot write as it is.
func needsEscape(r rune) bool {
	return r < 0x20 || r == '"' || r == '\\' || r == 0x7f || r == utf8.RuneError
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

// Check writes f as Encode does and checks it with the rules Parse applies
// to a deck's text — the same checker, the same problems at the same lines
// — without decoding the text again: its values are typed already, and a
// deck made from a spreadsheet of a thousand questions is judged in half
// the time. What TOML itself would refuse in the text (a key given twice, a
// table twice) and a file past MaxFileSize go through Parse of the text,
// which says so as it says it of any file.
func (f *File) Check(name string, assets fs.FS) (text []byte, spots []Spot, d *Deck, problems Problems) {
	w := f.write()
	text, spots = []byte(w.b.String()), w.spots
	raw, order, ok := f.decoded()
	if !ok || len(text) > MaxFileSize {
		d, problems = Parse(name, text, assets)
		return text, spots, d, problems
	}
	defer func() {
		if r := recover(); r != nil {
			d, problems = nil, Problems{{Path: name, Line: 1, id: msgInternal}}
		}
	}()
	c := &checker{path: name, text: string(text), pos: w.ps, assets: folder{fsys: assets}}
	d, problems = c.check(raw, order)
	return text, spots, d, problems
}

// decoded returns what decoding f's text as TOML gives — tables as maps,
// integers as int64, lists as []any — and the keys of [verdicts] in their
// order; ok is false for a file whose text TOML refuses.
func (f *File) decoded() (raw map[string]any, verdictOrder []string, ok bool) {
	raw = map[string]any{"format": int64(Format)}
	for _, t := range f.Tables {
		m, ok := tableMap(t.Keys, false)
		if !ok || !isBareKey(t.Name) {
			return nil, nil, false
		}
		if arrayTables[t.Name] {
			list, _ := raw[t.Name].([]map[string]any)
			raw[t.Name] = append(list, m)
			continue
		}
		if _, twice := raw[t.Name]; twice {
			return nil, nil, false
		}
		raw[t.Name] = m
		if t.Name == "verdicts" {
			for _, k := range t.Keys {
				if _, written := m[k.Name]; written {
					verdictOrder = append(verdictOrder, k.Name)
				}
			}
		}
	}
	return raw, verdictOrder, true
}

// tableMap returns a table's keys as TOML decodes them, the keys Encode
// leaves out left out; ok is false when a key is given twice. In a
// sub-table (sub), a []Key is written as its text, as Encode writes it.
func tableMap(keys []Key, sub bool) (map[string]any, bool) {
	m := make(map[string]any, len(keys))
	for _, k := range keys {
		var v any
		switch val := k.Value.(type) {
		case []Key:
			if sub {
				v = decodedText(fmt.Sprint(val))
				break
			}
			if len(val) == 0 {
				continue
			}
			m, ok := tableMap(val, true)
			if !ok {
				return nil, false
			}
			v = m
		case string:
			if val == "" {
				continue
			}
			v = decodedText(val)
		case []string:
			if len(val) == 0 {
				continue
			}
			list := make([]any, len(val))
			for i, s := range val {
				list[i] = decodedText(s)
			}
			v = list
		case []int:
			if len(val) == 0 {
				continue
			}
			list := make([]any, len(val))
			for i, n := range val {
				list[i] = int64(n)
			}
			v = list
		case int:
			v = int64(val)
		case int64, bool:
			v = val
		default:
			v = decodedText(fmt.Sprint(val))
		}
		if _, twice := m[k.Name]; twice {
			return nil, false
		}
		m[k.Name] = v
	}
	return m, true
}

// decodedText is a text as it reads back from Encode's quoting: each byte
// of invalid UTF-8 a U+FFFD.
func decodedText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
