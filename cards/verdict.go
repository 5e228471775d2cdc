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
//	accept = ["douteux"] optional, other verdicts that count as right: a
//	                     doubtful message and a scam call for the same reflex
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
			t.errorAt("answer", msgUnknownVerdict, answer, verdictKeys(d.Verdicts))
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
	c.Accept = readAcceptedVerdicts(t, c, d)
	warnExplanation(t, c)
}

// verdictKeys lists the verdicts' keys for a message: "vrai, faux, trompeur".
func verdictKeys(verdicts []Verdict) string {
	keys := make([]string, len(verdicts))
	for i, v := range verdicts {
		keys[i] = v.Key
	}
	return strings.Join(keys, ", ")
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

// readAcceptedVerdicts reads the verdicts that count as right besides the
// answer. Each is a key of [verdicts] (its label is read as its key, with a
// warning, as for answer), other than the answer, and one at least is left
// wrong: a card every verdict answers rightly asks nothing.
func readAcceptedVerdicts(t table, c *Card, d *Deck) []string {
	given, ok := t.texts("accept", false)
	if !ok || !t.count("accept", len(given), 1, maxListLen) || !t.distinct("accept", given) {
		return nil
	}
	if t.c.unsureVerdicts {
		return given
	}
	keys := make([]string, 0, len(given))
	for _, g := range given {
		key, found := verdictNamed(d.Verdicts, g)
		switch {
		case !found:
			t.errorAt("accept", msgAcceptUnknownVerdict, g, verdictKeys(d.Verdicts))
			return nil
		case key == c.Verdict:
			t.errorAt("accept", msgAcceptIsAnswer, g)
			return nil
		case key != g:
			t.c.report(Warning, t.at("accept"), msgVerdictSpelling, g, key)
		}
		if !contains(keys, key) {
			keys = append(keys, key)
		}
	}
	if len(keys)+1 >= len(d.Verdicts) {
		t.errorAt("accept", msgAcceptEveryVerdict)
		return nil
	}
	return keys
}
