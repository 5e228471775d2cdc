package cards

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxIDOf is the longest id IDOf makes.
const maxIDOf = 40

// IDOf returns name in the letters a deck id allows, [a-z0-9-]: accents
// dropped, œ and æ written oe and ae, lower case, every other run of
// characters one hyphen, cut at 40 characters; "" when nothing is left.
// A spreadsheet's file name or a new deck's title gives its deck an id
// this way ("Quiz arnaques.xlsx" → "quiz-arnaques-xlsx" before its
// extension is cut, « Œuvres d'été » → "oeuvres-d-ete").
func IDOf(name string) string {
	var b strings.Builder
	dash := false
	letter := func(s string) {
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(s)
	}
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			letter(string(r))
		case r == 'œ':
			letter("oe")
		case r == 'æ':
			letter("ae")
		default:
			dash = true
		}
		if b.Len() >= maxIDOf {
			break
		}
	}
	out := b.String()
	if len(out) > maxIDOf {
		out = out[:maxIDOf]
	}
	return strings.Trim(out, "-")
}
