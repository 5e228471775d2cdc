package store

import (
	"strings"
	"unicode"

	"declic/game"
)

// maxFileNameRunes is how much of a workshop's name goes into the name of
// its exported file.
const maxFileNameRunes = 60

// ExportFileName returns the name of a workshop's CSV file: its id, then
// its name if it has one, made safe for every file system ("2026-11-28-140000
// Collège Jean Moulin, 4e B.csv"): the characters Windows refuses and the
// control characters become spaces, and the name ends on neither a space
// nor a dot.
func ExportFileName(s *game.Session) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.TrimSpace(s.Name) {
		if n == maxFileNameRunes {
			break
		}
		if strings.ContainsRune(`/\:*?"<>|`, r) || !unicode.IsPrint(r) {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	name := strings.TrimRight(strings.Join(strings.Fields(b.String()), " "), ". ")
	if name == "" {
		return s.ID + ".csv"
	}
	return s.ID + " " + name + ".csv"
}
