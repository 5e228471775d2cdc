package cards

import (
	"strings"
	"unicode/utf8"
)

// pos is a place in a deck's text: a 1-based line and column, the column
// counted in characters, as a text editor shows it.
type pos struct{ line, col int }

// tableRef names a table of the deck: a plain table ([deck]) has index -1; an
// element of an array of tables ([[card]]) has its 0-based index; the top
// level is the table named "".
type tableRef struct {
	name  string
	index int
}

var topLevel = tableRef{"", -1}

// keyRef names a key inside a table.
type keyRef struct {
	table tableRef
	key   string
}

// positions records where each table header and each key of a deck's text
// stand. BurntSushi/toml keeps positions to itself and its type errors point
// at the last table of an array, so the loader scans the text once more. The
// scanner runs only on text the TOML parser accepted, but it must not panic
// or loop on any input: the fuzz test feeds it anything that parses.
type positions struct {
	headers map[tableRef]pos
	keys    map[keyRef]pos
}

// header returns where the table's header stands, or line 1 when the table
// has none (the top level, or a table written inline).
func (ps *positions) header(t tableRef) pos {
	if p, ok := ps.headers[t]; ok {
		return p
	}
	if p, ok := ps.keys[keyRef{topLevel, t.name}]; ok {
		return p // written as name = { … } or name = [{ … }]
	}
	if parent, sub, ok := strings.Cut(t.name, "\x00"); ok && parent != "" {
		return ps.key(tableRef{parent, t.index}, sub) // a card's notes = { … }
	}
	return pos{1, 0}
}

// key returns where the key stands in the table, or where the table starts
// when the key cannot be found (it is missing, or written inline).
func (ps *positions) key(t tableRef, key string) pos {
	if p, ok := ps.keys[keyRef{t, key}]; ok {
		return p
	}
	return ps.header(t)
}

// scanPositions locates the headers and keys of a TOML text.
func scanPositions(src string) *positions {
	s := scanner{
		src:    src,
		line:   1,
		ps:     &positions{headers: make(map[tableRef]pos), keys: make(map[keyRef]pos)},
		counts: make(map[string]int),
		table:  topLevel,
	}
	s.run()
	return s.ps
}

type scanner struct {
	src       string
	i         int
	line      int
	lineStart int
	ps        *positions
	counts    map[string]int // elements seen so far of each array of tables
	table     tableRef       // the table the next keys belong to
}

func (s *scanner) here() pos {
	return pos{s.line, utf8.RuneCountInString(s.src[s.lineStart:s.i]) + 1}
}

func (s *scanner) newline() {
	s.i++
	s.line++
	s.lineStart = s.i
}

func (s *scanner) run() {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n':
			s.newline()
		case c == '#':
			s.skipComment()
		case c == '[':
			s.header()
		default:
			s.keyValue()
		}
	}
}

func (s *scanner) skipComment() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
}

func (s *scanner) skipBlanks() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// header reads [name] or [[name]], names possibly dotted and quoted.
func (s *scanner) header() {
	at := s.here()
	s.i++
	array := s.i < len(s.src) && s.src[s.i] == '['
	if array {
		s.i++
	}
	parts := s.keyParts(']')
	if s.i < len(s.src) && s.src[s.i] == ']' {
		s.i++
		if array && s.i < len(s.src) && s.src[s.i] == ']' {
			s.i++
		}
	}
	s.skipComment() // the rest of the line can only be blanks or a comment
	if len(parts) == 0 {
		return
	}
	name := parts[0]
	s.recordKey(keyRef{topLevel, name}, at) // where a misspelt table name is reported
	if len(parts) == 1 {
		if array {
			s.table = tableRef{name, s.counts[name]}
			s.counts[name]++
		} else {
			s.table = tableRef{name, -1}
		}
		s.record(s.ps.headers, s.table, at)
		return
	}
	// [card.more] or [[card.more]]: "more" is a key of the current card, or
	// of the table named first. The keys under [card.more] are located in
	// the table subTableRef names (a character's [card.notes]); deeper
	// tables' keys are not: the key "more" itself is what a message points at.
	parent := tableRef{name, -1}
	if n := s.counts[name]; n > 0 {
		parent = tableRef{name, n - 1}
	}
	s.recordKey(keyRef{parent, parts[1]}, at)
	if len(parts) == 2 && !array {
		s.table = subTableRef(parent, parts[1])
		s.record(s.ps.headers, s.table, at)
		return
	}
	s.table = tableRef{"\x00" + name, -1} // a table no check looks into
}

// subTableRef names the table under the key sub of the table parent: the
// keys of [card.notes] are in subTableRef(the card, "notes"). A NUL byte,
// which no TOML name holds, keeps it from any table of the deck's own.
func subTableRef(parent tableRef, sub string) tableRef {
	return tableRef{parent.name + "\x00" + sub, parent.index}
}

func (s *scanner) record(m map[tableRef]pos, t tableRef, at pos) {
	if _, ok := m[t]; !ok {
		m[t] = at
	}
}

func (s *scanner) recordKey(k keyRef, at pos) {
	if _, ok := s.ps.keys[k]; !ok {
		s.ps.keys[k] = at
	}
}

// keyValue reads key = value, with a possibly dotted and quoted key, and a
// value that may span lines (arrays, multi-line strings).
func (s *scanner) keyValue() {
	at := s.here()
	start := s.i
	parts := s.keyParts('=')
	if len(parts) > 0 {
		s.recordKey(keyRef{s.table, parts[0]}, at)
	}
	if s.i < len(s.src) && s.src[s.i] == '=' {
		s.i++
	}
	s.skipValue()
	if s.i == start { // never stall on text the TOML parser would refuse
		s.i++
	}
}

// keyParts reads a dotted key up to the byte end, and returns its parts.
func (s *scanner) keyParts(end byte) []string {
	var parts []string
	for s.i < len(s.src) {
		s.skipBlanks()
		if s.i >= len(s.src) {
			break
		}
		switch c := s.src[s.i]; {
		case c == end || c == '\n':
			return parts
		case c == '.':
			s.i++
		case c == '"' || c == '\'':
			from := s.i + 1
			s.skipString()
			to := s.i - 1
			if to < from {
				to = from
			}
			parts = append(parts, s.src[from:to])
		case isBareKeyByte(c):
			from := s.i
			for s.i < len(s.src) && isBareKeyByte(s.src[s.i]) {
				s.i++
			}
			parts = append(parts, s.src[from:s.i])
		default:
			s.i++ // not a key: the TOML parser refused it already
		}
	}
	return parts
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// skipValue moves past a value, up to the end of its last line.
func (s *scanner) skipValue() {
	depth := 0
	for s.i < len(s.src) {
		switch c := s.src[s.i]; c {
		case '\n':
			if depth <= 0 {
				return
			}
			s.newline()
		case '#':
			s.skipComment()
		case '"', '\'':
			s.skipString()
		case '[', '{':
			depth++
			s.i++
		case ']', '}':
			depth--
			s.i++
		default:
			s.i++
		}
	}
}

// skipString moves past a basic, literal or multi-line string starting at
// s.i, counting the lines a multi-line string spans.
func (s *scanner) skipString() {
	defer func() {
		if s.i > len(s.src) { // an escape at the very end of the text
			s.i = len(s.src)
		}
	}()
	q := s.src[s.i]
	if s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q {
		s.i += 3
		for s.i < len(s.src) {
			c := s.src[s.i]
			switch {
			case c == '\\' && q == '"':
				if s.i+1 < len(s.src) && s.src[s.i+1] == '\n' {
					s.i++
					s.newline()
				} else {
					s.i += 2
				}
			case c == '\n':
				s.newline()
			case c == q && s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q:
				s.i += 3
				// Up to two more quotes belong to the string: """a""""" ends after them.
				for n := 0; n < 2 && s.i < len(s.src) && s.src[s.i] == q; n++ {
					s.i++
				}
				return
			default:
				s.i++
			}
		}
		return
	}
	s.i++
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '\n':
			return // the parser refused this; leave the newline to the caller
		case c == '\\' && q == '"':
			s.i += 2
		case c == q:
			s.i++
			return
		default:
			s.i++
		}
	}
}
