package cards

import (
	"strings"

	"declic/assets"
	"declic/internal/printable"
)

// notShown lists the keys whose texts are never drawn: ids and paths that
// the deck's writer types for the game to read, kept exactly as typed (but
// in [verdicts], whose keys are the deck's own and whose texts are labels).
var notShown = map[string]bool{"id": true, "type": true, "language": true, "mode": true, "image": true, "sound": true, "yes": true}

// maxListed is how many characters a message about a field names: one
// deck full of emoji needs one line per field, not a page.
const maxListed = 5

// shown returns the texts of a field (key) as the game will show them and
// warns, once for the field, about what would not show as written: control
// and direction-override characters, which the game shows as their codes
// ("[U+202E]") or, in the deck's title, removes; characters that no
// embedded font draws (an emoji, Hebrew, Chinese), which would vanish; and
// accents piled on one letter past printable.MaxMarks, which the game
// drops (they would climb over the screen's other texts).
// Every text of the deck passes here (table.text and table.texts).
func (t table) shown(key string, texts ...string) []string {
	if t.ref.name != "verdicts" && (notShown[key] || (key == "answer" && t.kind == KindVerdict)) {
		return texts
	}
	title := t.ref.name == "deck" && key == "title"
	var controls, undrawable runeSet
	piled := false
	for i, s := range texts {
		piled = piled || printable.TooManyMarks(s)
		for _, r := range s {
			if printable.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
				controls.add(r)
			}
		}
		if title && !isBlank(printable.Name(s, 0)) {
			s = printable.Name(s, 0)
		} else {
			s = printable.Visible(s)
		}
		for _, r := range s {
			if !assets.CanDraw(r) {
				undrawable.add(r)
			}
		}
		texts[i] = s
	}
	if len(controls) > 0 {
		id := msgControlChars
		if title {
			id = msgControlCharsTitle
		}
		t.c.report(Warning, t.at(key), id, key, controls.codes())
	}
	if len(undrawable) > 0 {
		t.c.report(Warning, t.at(key), msgUndrawable, key, undrawable.named())
	}
	if piled {
		t.c.report(Warning, t.at(key), msgPiledMarks, key, printable.MaxMarks)
	}
	return texts
}

// runeSet is a few distinct characters in the order they were met.
type runeSet []rune

func (s *runeSet) add(r rune) {
	for _, have := range *s {
		if have == r {
			return
		}
	}
	*s = append(*s, r)
}

// codes writes the characters as their codes: "U+202E, U+001B".
func (s runeSet) codes() listArg {
	return s.list(func(r rune) string { return strings.Trim(printable.Code(r), "[]") })
}

// named writes the characters as their codes and themselves:
// "U+1F36A (🍪), U+05D0 (א)".
func (s runeSet) named() listArg {
	return s.list(func(r rune) string { return strings.Trim(printable.Code(r), "[]") + " (" + string(r) + ")" })
}

func (s runeSet) list(name func(rune) string) listArg {
	parts := make([]string, 0, maxListed+1)
	for i, r := range s {
		if i == maxListed {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, name(r))
	}
	return listArg(strings.Join(parts, ", "))
}
