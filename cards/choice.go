package cards

// readChoice reads a multiple-choice question:
//
//	question = "…"            required
//	choices = ["…", "…"]      required, 2 to 6
//	answer = 2                required, 1-based; or [1, 3] when several are right
func readChoice(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("question", true)
	choices, ok := t.texts("choices", true)
	if ok && t.count("choices", len(choices), 2, 6) && t.distinct("choices", choices) {
		c.Choices = choices
	}
	if v, ok := t.get("answer", true); ok {
		var answers []int64
		switch v := v.(type) {
		case int64:
			answers = []int64{v}
		case []any:
			for _, item := range v {
				n, ok := item.(int64)
				if !ok {
					t.wrongType("answer", typeIntegerOrList, v)
					return
				}
				answers = append(answers, n)
			}
			if len(answers) == 0 {
				t.errorAt("answer", msgEmptyList, "answer")
			}
		default:
			t.wrongType("answer", typeIntegerOrList, v)
		}
		seen := make(map[int64]bool)
		for _, n := range answers {
			switch {
			case n < 1 || n > int64(len(choices)) && len(choices) > 0:
				t.errorAt("answer", msgChoiceOutOfRange, n, len(choices))
			case seen[n]:
				t.errorAt("answer", msgChoiceTwice, n)
			default:
				seen[n] = true
				c.Correct = append(c.Correct, int(n-1))
			}
		}
	}
	warnExplanation(t, c)
}
