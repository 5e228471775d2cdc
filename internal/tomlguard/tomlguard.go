// Package tomlguard refuses, before the TOML parser sees it, a text whose
// nesting or keys would make the parser (BurntSushi/toml v1.6.0) overflow
// its stack or use memory out of proportion with the text.
//
// The parser reads nested arrays and inline tables by recursion: a million
// [ is a fatal stack overflow, which recover cannot catch (upstream issue
// 497). It copies a key's whole path (its table header's and the keys of
// the inline tables around it included) for each part of the key, makes a
// table of each part, and keeps a joined copy of the path for every key:
// 10,000 nested inline tables (40 KB) take 4 GB, a dotted key of 30,000
// parts (60 KB) 12 GB, a 100 KB table name above 5,000 short keys 570 MB,
// and 16 MB of one-line inline tables 15 deep 5.9 GB. Check walks the text
// once, knowing just enough of TOML to tell texts and comments from the
// rest, and bounds what those costs grow with: the nesting depth, the parts
// and bytes of a key path, how many keys, arrays and tables there are, and
// how many values in arrays.
//
// The limits are far above what a deck or a settings file needs: the
// bundled decks nest 2 deep, their key paths have 2 parts and 16 bytes, and
// a card counts about 25 items (so a 16 MB deck, the largest read, about
// 450,000). Just under the limits, the worst text found costs the parser
// 295 MB and 2 s (500,000 short keys, 4.7 MB); every value 32 deep 64 MB,
// inline tables 15 deep or 16-part dotted keys under 90 MB (measured on
// the 2-core test machine, peak resident memory). Without MaxItems, 16 MB
// of short keys took 736 MB and 8 s; a 250-byte key path above them 1.6 GB.
package tomlguard

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The limits Check enforces; see the package comment for how they were
// chosen.
const (
	// MaxDepth is the deepest nesting of arrays [ ] and inline tables { }
	// in a value.
	MaxDepth = 32
	// MaxKeyParts is the most parts a key path may have, counting its
	// table header's and those of the inline tables' keys around it:
	// a.b = { c.d = 1 } under [t] is the 5-part t.a.b.c.d.
	MaxKeyParts = 16
	// MaxKeyBytes is the longest a key path may be, in bytes as written
	// (quotes and escapes count), counted as MaxKeyParts is.
	MaxKeyBytes = 128
	// MaxItems bounds what the parser builds in all: every key counts the
	// parts of its path times its own parts (a dotted key makes a table of
	// each), every array and inline table 1. A card of the bundled decks
	// counts about 25: a 16 MB deck, the largest read, about 450,000.
	MaxItems = 500_000
	// MaxValues bounds the values of all arrays together, counted by the
	// commas between them: the parser keeps about 64 bytes for each, so
	// that 16 MB of "1," took 500 MB and 2 s (ten such decks kept the game
	// from opening its window for 24 s). A card holds a hundred list values
	// or so at most (cards' limits): 10,000 cards, the most a deck holds,
	// under a million.
	MaxValues = 1_000_000
)

// Kind tells which limit a text goes past.
type Kind int

const (
	// TooDeep is a value nested more than MaxDepth deep.
	TooDeep Kind = iota + 1
	// TooManyKeyParts is a key path of more than MaxKeyParts parts.
	TooManyKeyParts
	// KeyTooLong is a key path of more than MaxKeyBytes bytes.
	KeyTooLong
	// TooManyItems is a text holding more than MaxItems keys, arrays and
	// tables.
	TooManyItems
	// TooManyValues is a text holding more than MaxValues values in its
	// arrays.
	TooManyValues
)

// Error is the first place where a text goes past a limit. Line and Col are
// 1-based, Col in characters; Limit is the limit gone past.
type Error struct {
	Line, Col int
	Kind      Kind
	Limit     int
}

// Error says what is wrong in English, for logs; people read the messages
// of the program that checked the text, in their language.
func (e *Error) Error() string {
	what := map[Kind]string{
		TooDeep:         "values nested more than %d deep",
		TooManyKeyParts: "a key of more than %d parts",
		KeyTooLong:      "a key longer than %d bytes",
		TooManyItems:    "more than %d keys, arrays and tables",
		TooManyValues:   "more than %d values in arrays",
	}[e.Kind]
	return fmt.Sprintf("line %d, column %d: "+what, e.Line, e.Col, e.Limit)
}

// Check returns where text first goes past one of the limits, or nil. It
// never fails otherwise: what is not valid TOML is left for the parser to
// report, and whatever Check cannot read it reads as the parser would up to
// the parser's first error, so that nothing the parser reaches escapes the
// limits. It takes time linear in the text and no memory beyond its nesting
// (at most MaxDepth levels).
func Check(text string) *Error {
	s := scanner{text: text}
	return s.run()
}

// level is one array or inline table the scanner is inside.
type level struct {
	table        bool // an inline table { }, else an array [ ]
	parts, bytes int  // the key path of the key whose value it is
}

type scanner struct {
	text      string
	i         int
	line      int // 0-based
	lineStart int // offset of the current line's first byte
	bom       int // length of the byte order mark the text starts with
	stack     []level

	// The key being read: reading tells key position (at the start of a
	// top-level line, after { or , in an inline table) from value position.
	reading    bool
	keyStarted bool
	parts      int // parts of the path so far, the enclosing ones included
	bytes      int

	header             bool // reading a table header's name
	tableParts, tableB int  // the path of the last table header

	items  int // counted as MaxItems says
	values int // counted as MaxValues says
}

// count adds n items at offset at.
func (s *scanner) count(at, n int) *Error {
	s.items += n
	if s.items > MaxItems {
		return s.fail(at, TooManyItems, MaxItems)
	}
	return nil
}

// endKey counts the key read, ended at offset at.
func (s *scanner) endKey(at int) *Error {
	base, _ := s.base()
	if s.header {
		base = 0
	}
	return s.count(at, s.parts*max(1, s.parts-base))
}

// fail reports a limit passed at offset at, which may lie before the line
// the scanner is on: a key that is a multi-line string is counted once the
// string is read.
func (s *scanner) fail(at int, kind Kind, limit int) *Error {
	before := s.text[:min(max(at, 0), len(s.text))]
	start := strings.LastIndexByte(before, '\n') + 1
	if start == 0 {
		start = min(s.bom, len(before)) // the parser's first column is after a byte order mark
	}
	return &Error{Line: strings.Count(before, "\n") + 1, Col: utf8.RuneCountInString(before[start:]) + 1, Kind: kind, Limit: limit}
}

// base returns the key path every key starts from where the scanner is: the
// table header's at the top level, else the key's of the inline table.
func (s *scanner) base() (parts, bytes int) {
	if n := len(s.stack); n > 0 {
		return s.stack[n-1].parts, s.stack[n-1].bytes
	}
	return s.tableParts, s.tableB
}

// startKey puts the scanner in key position.
func (s *scanner) startKey() {
	s.reading, s.keyStarted = true, false
	s.parts, s.bytes = s.base()
}

// keyPart counts n bytes of a key's part starting at offset at: a new part
// when the key has not started yet.
func (s *scanner) keyPart(at, n int) *Error {
	if !s.keyStarted {
		s.keyStarted = true
		s.parts++
		if s.parts > MaxKeyParts {
			return s.fail(at, TooManyKeyParts, MaxKeyParts)
		}
	}
	s.bytes += n
	if s.bytes > MaxKeyBytes {
		return s.fail(at, KeyTooLong, MaxKeyBytes)
	}
	return nil
}

// special tells the bytes that end a bare key or a bare value.
var special = func() (t [256]bool) {
	for _, c := range []byte(" \t\r\n#\"'[]{}=,.") {
		t[c] = true
	}
	return t
}()

func (s *scanner) run() *Error {
	// The parser reads over a byte order mark, a UTF-16 one included, and
	// starts its first line after it: a table header may follow.
	for _, bom := range []string{"\xff\xfe", "\xfe\xff", "\xef\xbb\xbf"} {
		if strings.HasPrefix(s.text, bom) {
			s.i, s.lineStart, s.bom = len(bom), len(bom), len(bom)
			break
		}
	}
	s.startKey()
	atLineStart := true
	for s.i < len(s.text) {
		c := s.text[s.i]
		start := s.i
		switch {
		case c == '\n':
			s.i++
			s.line, s.lineStart = s.line+1, s.i
			if len(s.stack) == 0 {
				s.header = false
				s.startKey()
				atLineStart = true
			}
			continue
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
			continue
		case c == '#':
			for s.i < len(s.text) && s.text[s.i] != '\n' {
				s.i++
			}
			continue
		case c == '"' || c == '\'':
			s.skipString()
			if s.reading {
				if err := s.keyPart(start, s.i-start); err != nil {
					return err
				}
			}
		case c == '[' && atLineStart && len(s.stack) == 0:
			// A table header: [name] or [[name]]. Its name is a key path
			// of its own, from the top.
			s.i++
			if s.i < len(s.text) && s.text[s.i] == '[' {
				s.i++
			}
			s.header, s.reading, s.keyStarted = true, true, false
			s.parts, s.bytes = 0, 0
			atLineStart = false
			continue
		case c == ']' && s.header:
			s.i++
			for s.i < len(s.text) && s.text[s.i] == ']' {
				s.i++
			}
			if err := s.endKey(start); err != nil {
				return err
			}
			s.header, s.reading = false, false
			s.tableParts, s.tableB = s.parts, s.bytes
			atLineStart = false
			continue
		case c == '[' || c == '{':
			if len(s.stack) >= MaxDepth {
				return s.fail(start, TooDeep, MaxDepth)
			}
			if err := s.count(start, 1); err != nil {
				return err
			}
			parts, bytes := s.parts, s.bytes
			if s.reading || s.header {
				// Not a value: the parser stops here; counted all the same.
				parts, bytes = s.base()
				s.header = false
			}
			s.stack = append(s.stack, level{table: c == '{', parts: parts, bytes: bytes})
			s.i++
			if c == '{' {
				s.startKey()
			} else {
				s.reading = false
			}
		case c == ']' || c == '}':
			if n := len(s.stack); n > 0 {
				// Back to the key path of the value closed: an inline table
				// after it in the same array starts from there again.
				s.parts, s.bytes = s.stack[n-1].parts, s.stack[n-1].bytes
				s.stack = s.stack[:n-1]
			}
			s.i++
			s.reading = false
		case c == '=':
			s.i++
			if s.reading && !s.header {
				if err := s.endKey(start); err != nil {
					return err
				}
				s.reading = false
			}
		case c == ',':
			s.i++
			if n := len(s.stack); n > 0 && s.stack[n-1].table {
				s.startKey()
			} else if n > 0 {
				if s.values++; s.values > MaxValues {
					return s.fail(start, TooManyValues, MaxValues)
				}
			}
		case c == '.' && s.reading:
			s.i++
			s.keyStarted = false
		default:
			// A bare key, or a bare value (number, date, true): its bytes
			// up to the next character that means something.
			for s.i < len(s.text) && !special[s.text[s.i]] {
				s.i++
			}
			if s.i == start {
				s.i++ // a '.' in a value
			}
			if s.reading {
				if err := s.keyPart(start, s.i-start); err != nil {
					return err
				}
			}
		}
		atLineStart = false
	}
	return nil
}

// skipString moves past the text that starts at s.i: "…" or '…', or either
// between three quotes, as the parser reads them. A one-line text ends at
// the end of its line, closed or not (the parser reports it there).
func (s *scanner) skipString() {
	q := s.text[s.i]
	if strings.HasPrefix(s.text[s.i:], string([]byte{q, q, q})) {
		s.i += 3
		for s.i < len(s.text) {
			c := s.text[s.i]
			switch {
			case c == '\\' && q == '"' && s.i+1 < len(s.text) && s.text[s.i+1] != '\n':
				s.i += 2
				continue
			case c == '\n':
				s.i++
				s.line, s.lineStart = s.line+1, s.i
				continue
			case c == q && strings.HasPrefix(s.text[s.i:], string([]byte{q, q, q})):
				s.i += 3
				// """a"""" ends after its last quote: up to two more belong
				// to the text.
				for n := 0; n < 2 && s.i < len(s.text) && s.text[s.i] == q; n++ {
					s.i++
				}
				return
			}
			s.i++
		}
		s.i = len(s.text)
		return
	}
	s.i++
	for s.i < len(s.text) {
		c := s.text[s.i]
		switch {
		case c == '\\' && q == '"' && s.i+1 < len(s.text) && s.text[s.i+1] != '\n':
			s.i += 2
			continue
		case c == '\n':
			return
		case c == q:
			s.i++
			return
		}
		s.i++
	}
}
