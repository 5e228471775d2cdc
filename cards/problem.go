package cards

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
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
}

// Message returns the problem's text in lang ("fr" or "en"; anything else
// falls back to French), without its position.
func (p Problem) Message(lang string) string {
	text := render(lang, p.id, p.args)
	if p.Severity == Warning {
		text = render(lang, msgWarningPrefix, nil) + text
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
		if sub, ok := a.(msgID); ok {
			rendered[i] = render(lang, sub, nil)
		} else {
			rendered[i] = a
		}
	}
	return fmt.Sprintf(format, rendered...)
}
