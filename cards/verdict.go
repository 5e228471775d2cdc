package cards

import "strings"

// readVerdict reads a claim judged with the deck's verdicts:
//
//	claim = "…"          required
//	answer = "faux"      required, a key of [verdicts]
//	hints = ["…"]        optional, tips shown before a second vote
func readVerdict(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("claim", true)
	if answer, ok := t.text("answer", true); ok {
		if !hasVerdict(d.Verdicts, answer) && !t.c.unsureVerdicts {
			keys := make([]string, len(d.Verdicts))
			for i, v := range d.Verdicts {
				keys[i] = v.Key
			}
			t.errorAt("answer", msgUnknownVerdict, answer, strings.Join(keys, ", "))
		}
		c.Verdict = answer
	}
	c.Hints, _ = t.texts("hints", false)
	warnExplanation(t, c)
}

func hasVerdict(verdicts []Verdict, key string) bool {
	for _, v := range verdicts {
		if v.Key == key {
			return true
		}
	}
	return false
}
