package cards

// readClues reads a riddle whose clues come from hardest to easiest:
//
//	answer = "Le Wi-Fi"        required, shown at the reveal
//	accept = ["Wifi"]          optional, other answers that count as right
//	clues = ["…", "…", "…"]    required, 2 to 8, hardest first
//	points = [4, 3, 2, 1]      optional, one a clue, never increasing; default n…1
func readClues(t table, c *Card, d *Deck) {
	c.Answer, _ = t.text("answer", true)
	readAccept(t, c)
	c.Clues, c.CluePoints = readClueList(t, true)
}

// readAccept reads the other answers of a riddle that count as right.
func readAccept(t table, c *Card) {
	if accept, ok := t.texts("accept", false); ok && t.count("accept", len(accept), 1, maxListLen) && t.distinct("accept", accept) {
		c.Accept = accept
	}
}

// readClueList reads the clues of a clues or character card and the points
// they earn.
func readClueList(t table, required bool) ([]string, []int) {
	clues, ok := t.texts("clues", required)
	if !ok || !t.count("clues", len(clues), 2, 8) {
		return nil, nil
	}
	points := make([]int, len(clues))
	for i := range points {
		points[i] = len(clues) - i
	}
	if _, given := t.m["points"]; !given || t.kind != KindClues {
		return clues, points
	}
	given, ok := t.integers("points", false, maxPoints)
	if !ok {
		return clues, points
	}
	if len(given) != len(clues) {
		t.errorAt("points", msgCluePointsCount, len(given), len(clues))
		return clues, points
	}
	for i := 1; i < len(given); i++ {
		if given[i] > given[i-1] {
			t.errorAt("points", msgCluePointsIncrease)
			return clues, points
		}
	}
	return clues, given
}
