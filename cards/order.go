package cards

// readOrder reads items to put in order, such as a timeline:
//
//	prompt = "Du plus ancien au plus récent"     required
//	items = ["Minitel", "Wi-Fi", "Smartphone"]   required, 3 to 8, in the right order
func readOrder(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("prompt", true)
	items, ok := t.texts("items", true)
	if ok && t.count("items", len(items), 3, 8) && t.distinct("items", items) {
		c.Items = items
	}
}
