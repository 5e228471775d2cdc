package cards

// readCharacter reads a character of a board deck ("Qui est-ce ?"):
//
//	name = "Le smartphone"        required
//	yes = ["ecran", "poche"]      the questions answered yes; every other is no
//	clues = ["…"]                 optional: the card then also plays as a riddle
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
	c.Clues, c.CluePoints = readClueList(t, false)
}
