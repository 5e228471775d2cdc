package cards

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Severity tells an error, which makes a deck unusable, from a warning, which
// only points at something a facilitator would want to fix.
type Severity int

const (
	// Error makes the deck invalid: it is not loaded.
	Error Severity = iota
	// Warning leaves the deck playable.
	Warning
)

// Problem is one thing wrong in a deck, at a place in its file. Line and Col
// are 1-based; Col is 0 where only the line is known, and Line is 0 where the
// problem is about the whole file (a file that cannot be read).
//
// The message is kept as an identifier and arguments so that it can be shown in
// the reader's language with Message.
type Problem struct {
	Path     string
	Line     int
	Col      int
	Severity Severity
	id       msgID
	args     []any
	more     int // further problems of the same kind at the same place, merged into this one
}

// Message returns the problem's text in lang ("fr" or "en"; anything else
// falls back to French), without its position.
func (p Problem) Message(lang string) string {
	text := render(lang, p.id, p.args)
	if p.Severity == Warning {
		text = render(lang, msgWarningPrefix, nil) + text
	}
	if p.more > 0 {
		text += render(lang, msgMoreAlike, []any{p.more})
	}
	return text
}

// Text returns the problem as one line, PATH:LINE:COL: message, or
// PATH:LINE: message when the column is unknown, or PATH: message for a
// problem with the whole file.
func (p Problem) Text(lang string) string {
	var b strings.Builder
	b.WriteString(p.Path)
	if p.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(p.Line))
		if p.Col > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(p.Col))
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Message(lang))
	return b.String()
}

// Problems is what loading found wrong in one or more decks.
type Problems []Problem

// Errors counts the problems that make a deck invalid.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Warnings counts the problems that leave a deck playable.
func (ps Problems) Warnings() int { return len(ps) - ps.Errors() }

// sameKind tells the problems of one kind at one place: the same message
// at the same line and column, whatever the words quoted from the deck.
type sameKind struct {
	path      string
	line, col int
	severity  Severity
	id        msgID
}

// maxAlike is how many problems of one kind at one place are listed one a
// line; the last of them counts the others.
const maxAlike = 3

// compact merges the problems that repeat: a problem quoting the same
// words as one before it at the same place, and every problem of a kind at
// a place past the first maxAlike, are counted by the last one listed. A
// list of a million repeated ids is one line, not a million; the order is
// kept.
func (ps Problems) compact() Problems {
	if len(ps) < 2 {
		return ps
	}
	type same struct {
		kind sameKind
		args string
	}
	listed := make(map[sameKind][]int) // indexes in out, at most maxAlike
	exact := make(map[same]int)
	out := ps[:0]
	for _, p := range ps {
		k := sameKind{p.Path, p.Line, p.Col, p.Severity, p.id}
		e := same{k, quotedArgs(p.args)}
		if i, ok := exact[e]; ok {
			out[i].more += 1 + p.more
			continue
		}
		if l := listed[k]; len(l) == maxAlike {
			out[l[maxAlike-1]].more += 1 + p.more
			continue
		}
		exact[e] = len(out)
		listed[k] = append(listed[k], len(out))
		out = append(out, p)
	}
	clear(ps[len(out):]) // let the merged problems' arguments go
	return out
}

// quotedArgs returns a problem's arguments as its message shows them.
func quotedArgs(args []any) string {
	var b strings.Builder
	for _, a := range args {
		if s, ok := a.(string); ok {
			a = quoted(s)
		}
		fmt.Fprintf(&b, "%v\x00", a)
	}
	return b.String()
}

// Sort orders problems by file, line and column, so that a report reads from
// the top of each file down, whatever order the checks ran in.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return render("en", a.id, a.args) < render("en", b.id, b.args)
	})
}

// render formats a message in a language; arguments that are themselves
// message identifiers (type names, kinds of things) are rendered first, in the
// same language.
func render(lang string, id msgID, args []any) string {
	texts := messages[id]
	format := texts.fr
	if lang == "en" {
		format = texts.en
	}
	if len(args) == 0 {
		return format
	}
	rendered := make([]any, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case msgID:
			rendered[i] = render(lang, a, nil)
		case string:
			rendered[i] = quoted(a)
		case pathArg:
			rendered[i] = visible(string(a))
		case listArg:
			rendered[i] = visible(string(a))
		default:
			rendered[i] = a
		}
	}
	return fmt.Sprintf(format, rendered...)
}

// pathArg is a file's path as a message argument: shown whole (whoever reads
// it must find the file), its control characters made visible.
type pathArg string

// listArg is a list the checker wrote itself from a bounded number of
// parts (the characters a field cannot show): shown whole, where a word
// quoted from a deck would be cut.
type listArg string

// visible returns s with the characters that would act on a terminal or
// reorder the line (control and bidirectional formatting characters) shown
// as �.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// maxQuoted is the most characters of a deck's text (an id, a key, a path)
// a message quotes: a 10 MB id is no 10 MB message.
const maxQuoted = 60

// quoted returns a text quoted from a deck as a message shows it: cut in the
// middle past maxQuoted characters (both ends of an id tell most), and
// visible.
func quoted(s string) string {
	if n := utf8.RuneCountInString(s); n > maxQuoted {
		head, tail := maxQuoted*2/3, maxQuoted-maxQuoted*2/3-1
		s = s[:runeOffset(s, head)] + "…" + s[runeOffset(s, n-tail):]
	}
	return visible(s)
}

// runeOffset returns the byte offset of the i-th character of s.
func runeOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

// namedArgs lists, for the messages that name a key or a card kind of the
// deck format, which of their arguments are keys and which are kinds:
// MessageNamed gives them the caller's words.
var namedArgs = map[msgID]struct{ keys, kinds []int }{
	msgKeyNotForKind:       {keys: []int{0}, kinds: []int{1}},
	msgMissingKey:          {keys: []int{0}},
	msgMissingCardKey:      {keys: []int{0}, kinds: []int{1}},
	msgWrongType:           {keys: []int{0}},
	msgEmptyText:           {keys: []int{0}},
	msgEmptyList:           {keys: []int{0}},
	msgEmptyItem:           {keys: []int{0}},
	msgNegative:            {keys: []int{0}},
	msgTooLong:             {keys: []int{0}},
	msgCount:               {keys: []int{0}},
	msgDuplicateItem:       {keys: []int{0}},
	msgControlChars:        {keys: []int{0}},
	msgControlCharsTitle:   {keys: []int{0}},
	msgPiledMarks:          {keys: []int{0}},
	msgUndrawable:          {keys: []int{0}},
	msgTextTooLong:         {keys: []int{0}},
	msgWordTooLong:         {keys: []int{0}},
	msgWordNoBreak:         {keys: []int{0}},
	msgPathLeaves:          {keys: []int{0}},
	msgBoardOnlyCharacters: {kinds: []int{0}},
}

// MessageNamed is Message with the deck format's words replaced by the
// caller's: key(k) names the key k ("seconds" → the column title "Time
// limit (sec)"), kind(k) the card kind k ("clues" → "« devinette »");
// either returning "" (or being nil) keeps the format's word. What a
// spreadsheet or a form shows its user is not TOML: its messages name what
// the user sees. Message's texts, declic check's, are unchanged.
func (p Problem) MessageNamed(lang string, key, kind func(string) string) string {
	named := p
	if p.id == msgMissingExplanation && key != nil {
		if n := key("explanation"); n != "" {
			named.id, named.args = msgMissingExplanationNamed, []any{n}
		}
		return named.Message(lang)
	}
	which, ok := namedArgs[p.id]
	if !ok {
		return p.Message(lang)
	}
	named.args = slices.Clone(p.args)
	rename := func(at []int, by func(string) string) {
		if by == nil {
			return
		}
		for _, i := range at {
			if i >= len(named.args) {
				continue
			}
			if s, ok := named.args[i].(string); ok {
				if n := by(s); n != "" {
					named.args[i] = n
				}
			}
		}
	}
	rename(which.keys, key)
	rename(which.kinds, kind)
	return named.Message(lang)
}

// Missing returns the key a problem says is missing ("claim" for « il
// manque « claim » », "explanation" for the warning of a card without
// one), "[[card]]" for a deck without cards, and "" for any other problem:
// whoever maps problems back to where the user types can point at the
// field to fill.
func (p Problem) Missing() string {
	switch p.id {
	case msgMissingCardKey, msgMissingKey:
		if s, ok := p.args[0].(string); ok {
			return s
		}
	case msgMissingExplanation:
		return "explanation"
	case msgNoCards:
		return "[[card]]"
	}
	return ""
}
