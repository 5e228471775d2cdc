package cards

import "strings"

// maxFlags is how many red flags a card may list: the reveal shows them all,
// one a line, beside the reflex and where to report.
const maxFlags = 6

// readVerdict reads a claim judged with the deck's verdicts:
//
//	claim = "…"          required
//	answer = "faux"      required, a key of [verdicts]
//	hints = ["…"]        optional, tips shown before a second vote
//	flags = ["…", "…"]   optional, 1 to 6 red flags, shown at the reveal
//	report = "…"         optional, where to report such a message
func readVerdict(t table, c *Card, d *Deck) {
	c.Text, _ = t.text("claim", true)
	if answer, ok := t.text("answer", true); ok {
		if key, found := verdictNamed(d.Verdicts, answer); found && key != answer && !t.c.unsureVerdicts {
			// "Vrai" for vrai, or the label "Légitime" for legitime: what
			// was meant is clear, the deck plays, the writer is told.
			t.c.report(Warning, t.at("answer"), msgVerdictSpelling, answer, key)
			answer = key
		}
		if !hasVerdict(d.Verdicts, answer) && !t.c.unsureVerdicts {
			keys := make([]string, len(d.Verdicts))
			for i, v := range d.Verdicts {
				keys[i] = v.Key
			}
			t.errorAt("answer", msgUnknownVerdict, answer, strings.Join(keys, ", "))
		}
		c.Verdict = answer
	}
	if hints, ok := t.texts("hints", false); ok && t.count("hints", len(hints), 1, maxListLen) {
		c.Hints = hints
	}
	if flags, ok := t.texts("flags", false); ok && t.count("flags", len(flags), 1, maxFlags) && t.distinct("flags", flags) {
		c.Flags = flags
	}
	c.Report, _ = t.text("report", false)
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

// verdictNamed returns the key of the verdict an answer names, ignoring
// case and the spaces around it: its key or its label.
func verdictNamed(verdicts []Verdict, answer string) (string, bool) {
	answer = strings.TrimSpace(answer)
	for _, v := range verdicts {
		if strings.EqualFold(v.Key, answer) || strings.EqualFold(v.Label, answer) {
			return v.Key, true
		}
	}
	return "", false
}
