// Package printable makes text that came from people's files safe to show.
// Such a text may hold characters that are instructions rather than
// letters: a control character moves a terminal's cursor, rings its bell or
// changes its title (ESC, BEL), and a direction override (U+202E) turns
// what follows around on the screen, so that a name reads as another. Names
// lose them (Name); card texts and terminal output show them as a code the
// reader can see and report (Visible, NewWriter).
package printable

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsControl reports whether r is an instruction rather than a letter: a C0
// control (line breaks and tabs included), DEL, a C1 control, or a
// direction embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
// The direction marks U+200E, U+200F and U+061C, which only settle the
// direction of the characters around them, are letters here.
func IsControl(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// MaxMarks is the most combining marks (accents, Arabic vowel signs) kept
// on one letter: the scripts the game's fonts draw stack 3 at most
// (Vietnamese 2, Arabic a shadda and a vowel and a small alef); more climb
// out of their line over the screen's other texts.
const MaxMarks = 4

// isMark reports a combining mark, drawn on the letter before it. Every
// text of a deck passes here letter by letter: below U+0300, where the
// first combining marks stand, the answer needs no table.
func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me) }

// markRun counts the combining marks on the letter being read.
type markRun int

// over reports whether r, the next character, is a mark past MaxMarks on
// its letter.
func (m *markRun) over(r rune) bool {
	if !isMark(r) {
		*m = 0
		return false
	}
	*m++
	return *m > MaxMarks
}

// isVisible reports a character that shows by itself: not white space, not
// a combining mark, not an invisible format character (a zero-width space
// or joiner, a direction mark), not a control character.
func isVisible(r rune) bool {
	return !unicode.IsSpace(r) && !isMark(r) && !unicode.Is(unicode.Cf, r) && !IsControl(r)
}

// Code returns how a control character is shown: "[U+202E]".
func Code(r rune) string { return fmt.Sprintf("[U+%04X]", r) }

// Name returns s as a name is kept (a team's, a workshop's, a deck's title):
// on one line, without control characters or invalid UTF-8, trimmed, each
// run of white space made one space, and cut to max characters (no cut
// when max is 0 or less). A lone no-break space stays one (French puts one
// before « ! »); line breaks, tabs and runs become a plain space; every
// other control character is dropped.
//
// A name without any character that shows by itself (only zero-width
// spaces, joiners or accents) is blank, and a letter keeps at most MaxMarks
// combining marks.
func Name(s string, max int) string {
	var b strings.Builder
	var space rune // the white space pending since the last letter, 0 for none
	n, seen := 0, false
	var marks markRun
	for _, r := range strings.ToValidUTF8(s, "") {
		if marks.over(r) {
			continue
		}
		seen = seen || isVisible(r)
		switch {
		case unicode.IsSpace(r):
			if space != 0 || IsControl(r) || r == 0x2028 || r == 0x2029 {
				r = ' ' // a run, or a break: one plain space
			}
			if b.Len() > 0 {
				space = r
			}
			continue
		case IsControl(r):
			continue
		}
		if max > 0 && n+btoi(space != 0)+1 > max {
			break
		}
		if space != 0 {
			b.WriteRune(space)
			n++
			space = 0
		}
		b.WriteRune(r)
		n++
	}
	if !seen {
		return ""
	}
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Visible returns s with each control character written as its code
// ("[U+202E]"), except the line breaks and tabs a text may hold: a card's
// text then shows what its writer put there, in the order they typed it.
// A carriage return ends a line, with or without the line feed that
// follows; invalid UTF-8 becomes U+FFFD. A text without them is returned
// as it is.
func Visible(s string) string { return visible(s, true) }

// visible is Visible for a text (a card's); for a terminal (text false) a
// carriage return, which would let a line be written over, is a code too.
// A letter keeps at most MaxMarks combining marks.
func visible(s string, text bool) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	s = strings.ToValidUTF8(s, "\uFFFD")
	var marks markRun
	for i, r := range s {
		if marks.over(r) {
			continue
		}
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r' && text:
			if !strings.HasPrefix(s[i+1:], "\n") {
				b.WriteByte('\n')
			}
		case IsControl(r):
			b.WriteString(Code(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clean reports whether s is valid UTF-8 with no control character but
// line feeds and tabs.
func clean(s string) bool {
	var marks markRun
	for _, r := range s {
		if r == utf8.RuneError || (IsControl(r) && r != '\n' && r != '\t') {
			return false
		}
		if marks.over(r) {
			return false
		}
	}
	return true
}

// TooManyMarks reports whether a letter of s carries more than MaxMarks
// combining marks, which Name and Visible drop.
func TooManyMarks(s string) bool {
	var marks markRun
	for _, r := range s {
		if marks.over(r) {
			return true
		}
	}
	return false
}

// NewWriter returns a writer to w, a terminal, that writes the control
// characters of what it is given as their codes, but for line feeds and
// tabs: nothing read from a file (a team's name, a deck's title, a path)
// can then move the cursor, ring the bell or rewrite a line. Invalid UTF-8
// is written as U+FFFD; a character cut between two writes is kept until
// the next.
func NewWriter(w io.Writer) io.Writer {
	if _, ok := w.(*writer); ok {
		return w
	}
	return &writer{w: w}
}

type writer struct {
	w       io.Writer
	pending []byte // the start of a character cut by the end of a write
}

// Write writes p, its control characters as codes; it reports p written
// whole when the text shown for it was.
func (w *writer) Write(p []byte) (int, error) {
	data := p
	if len(w.pending) > 0 {
		data = append(w.pending, p...)
		w.pending = nil
	}
	if cut := partial(data); cut > 0 {
		w.pending = append([]byte(nil), data[len(data)-cut:]...)
		data = data[:len(data)-cut]
	}
	if _, err := io.WriteString(w.w, visible(string(data), false)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// partial returns the length of the character data ends in the middle of,
// 0 when it ends with a whole one.
func partial(data []byte) int {
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(data[i]) {
			if utf8.FullRune(data[i:]) {
				return 0
			}
			return len(data) - i
		}
	}
	return 0
}
