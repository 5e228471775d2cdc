package cards

// readOpen reads an open question: no right answer, the facilitator gives
// points by hand.
//
//	question = "…"    required
func readOpen(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("question", true)
}
