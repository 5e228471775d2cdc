package cards

import (
	"maps"
	"slices"
)

// readCharacter reads a character of a board deck ("Qui est-ce ?"):
//
//	name = "Le smartphone"        required
//	yes = ["ecran", "poche"]      the questions answered yes; every other is no
//	clues = ["…"]                 optional: the card then also plays as a riddle
//	accept = ["Le portable"]      optional, other answers that count as right in a riddle
//	[card.notes]                  optional: why a surprising answer is right,
//	ecran = "Non : …"             by question id, 300 characters at most each
//
// The board rules that need the whole deck (known question ids, 6 to 30
// characters) are checked once every card is read.
func readCharacter(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("name", true)
	c.Answer = c.Text
	// yes = [] is a character answering no to every question.
	if list, isList := t.m["yes"].([]any); !isList || len(list) > 0 {
		// Each id a question: no more of them than a board may ask.
		if yes, ok := t.texts("yes", false); ok && t.count("yes", len(yes), 1, maxQuestions) {
			seen := make(map[string]bool, len(yes))
			for _, id := range yes {
				if seen[id] {
					t.errorAt("yes", msgQuestionTwice, id)
				}
				seen[id] = true
			}
			c.Yes = yes
		}
	}
	readAccept(t, c)
	c.Clues, c.CluePoints = readClueList(t, false)
	c.Notes = readNotes(t)
}

// maxNoteLen is the longest a character's note is, in characters: the
// reveal lists the notes of every question asked, at a size read from the
// back of the room.
const maxNoteLen = 300

// readNotes reads a character's notes: a table of texts by question id,
// written [card.notes] under the card or notes = { … } inline. Whether each
// id is a question of the deck is checked with the board's other rules.
func readNotes(t table) map[string]string {
	v, ok := t.m["notes"]
	if !ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType("notes", typeTable, v)
		return nil
	}
	nt := notesTable(t, m)
	notes := make(map[string]string, len(m))
	for _, id := range slices.Sorted(maps.Keys(m)) { // problems in the same order every time
		// A note's messages name it notes.id: "jouer" alone would not say
		// where it is.
		if v, isText := m[id].(string); !isText {
			nt.errorAt(id, msgWrongType, "notes."+id, typeText, typeOf(m[id]))
			continue
		} else if isBlank(v) {
			nt.errorAt(id, msgEmptyText, "notes."+id)
			continue
		}
		s, ok := nt.text(id, false)
		if !ok {
			continue
		}
		if n := len([]rune(s)); n > maxNoteLen {
			nt.errorAt(id, msgNoteTooLong, id, n, maxNoteLen)
			continue
		}
		notes[id] = s
	}
	if len(notes) == 0 {
		return nil
	}
	return notes
}

// notesTable is the table of a character's notes, whose keys the position
// scanner locates when it is written [card.notes].
func notesTable(t table, m map[string]any) table {
	return table{c: t.c, ref: subTableRef(t.ref, "notes"), m: m}
}
