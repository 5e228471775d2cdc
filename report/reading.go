package report

import (
	"math"

	"declic/assets"
	"declic/game"
)

// IndicativeBelow is the number of verdicts under which figures are called
// indicative: with fewer, the interval of d′ spans more than a whole unit
// (two readings apart), whatever the answers.
const IndicativeBelow = 20

// Reading says a team's or a group's discernment for people to read, in the
// translator's language: a title of a few words (Bon discernement, Trop
// méfiants…) and a sentence with the counts behind it; note is set when the
// figures rest on so few answers that they are only indicative. With scams
// set (game.Summary.Scams) it speaks of scams and legitimate messages
// instead of intox and true news. The end screen and the PDF report say
// the same words.
func Reading(d game.Detection, scams bool, tr *assets.Translator) (title, sentence, note string) {
	w := Words(scams)
	spotted := tr.N(w("reading_intox"), d.Hits, "Total", d.Intox())
	missed := tr.N(w("reading_intox"), d.Misses, "Total", d.Intox())
	trusted := tr.N(w("reading_true"), d.CorrectTrusts, "Total", d.TrueItems())
	doubted := tr.N(w("reading_true"), d.FalseAlarms, "Total", d.TrueItems())
	words := []any{"Spotted", spotted, "SpottedOf", tr.T("reading_of", "Count", d.Hits, "Total", d.Intox()), "Missed", missed, "Trusted", trusted, "Doubted", doubted}
	r := d.Reading()
	switch r {
	case game.ReadingTooFew:
		return tr.T(w("reading_title_too_few")), tr.T(w("reading_too_few"), "Min", game.MinItems), ""
	case game.ReadingDiscerning:
		title, sentence = tr.T("reading_title_discerning"), tr.T("reading_discerning", words...)
	case game.ReadingDoubtful:
		title = tr.T("reading_title_doubtful")
		// "You spot the fakes well" only when they were: two thirds of
		// them or more, else the doubt did not even buy that.
		if 3*d.Hits >= 2*d.Intox() {
			sentence = tr.T(w("reading_doubtful_sharp"), words...)
		} else {
			sentence = tr.T(w("reading_doubtful"), words...)
		}
	case game.ReadingTrusting:
		title, sentence = tr.T(w("reading_title_trusting")), tr.T(w("reading_trusting"), words...)
	default:
		title, sentence = tr.T(w("reading_title_blurred")), tr.T(w("reading_blurred"), words...)
	}
	if n := d.Answers(); n < IndicativeBelow {
		note = tr.N("reading_indicative", n)
	}
	return title, sentence, note
}

// The changes of d′ and c below which the words say nothing changed: a
// quarter of a unit, as for a reading's lean.
const (
	shiftSensitivity = 0.25
	shiftBias        = 0.25
)

// ShiftWords says how the group's discernment changed from its before test
// to its after test: a title of a few words, a sentence with both tests'
// counts, and a note — the warning when the group doubts more without
// discerning better (the trap re-analyses found in inoculation games), or
// that the figures are indicative when the change is within chance.
func ShiftWords(before, after game.Detection, scams bool, tr *assets.Translator) (title, sentence, note string) {
	w := Words(scams)
	if !comparable(before, after) {
		return tr.T("shift_title_too_few"), tr.T(w("shift_too_few"), "Min", game.MinItems), ""
	}
	sentence = tr.T("shift_sentence",
		"SpottedBefore", tr.N(w("shift_spotted"), before.Hits, "Total", before.Intox()),
		"TrustedBefore", tr.N(w("shift_trusted"), before.CorrectTrusts, "Total", before.TrueItems()),
		"SpottedAfter", tr.N(w("shift_spotted"), after.Hits, "Total", after.Intox()),
		"TrustedAfter", tr.N(w("shift_trusted"), after.CorrectTrusts, "Total", after.TrueItems()))
	s := game.ShiftOf(before, after)
	switch {
	case s.Sensitivity >= shiftSensitivity && s.Sure:
		title = tr.T("shift_title_better_sure")
	case s.Sensitivity >= shiftSensitivity:
		title = tr.T("shift_title_better")
	case s.Sensitivity <= -shiftSensitivity:
		title = tr.T("shift_title_worse")
	default:
		title = tr.T("shift_title_same")
	}
	switch {
	case s.Bias <= -shiftBias && s.Sensitivity < shiftSensitivity:
		note = tr.T(w("shift_doubt"))
	case !s.Sure && math.Abs(s.Sensitivity) >= shiftSensitivity:
		note = tr.N("shift_indicative", min(before.Answers(), after.Answers()))
	}
	return title, sentence, note
}

// comparable reports two tests that both judged game.MinItems intox and
// as many true items: fewer, and nothing is said of their change.
func comparable(before, after game.Detection) bool {
	for _, d := range []game.Detection{before, after} {
		if d.Intox() < game.MinItems || d.TrueItems() < game.MinItems {
			return false
		}
	}
	return true
}

// Tone is how a headline about the group reads — good news, a warning, or
// too little to say — which the screen and the report each give their
// colour, so that both read alike.
type Tone int

// The tones of a headline.
const (
	ToneQuiet   Tone = iota // too little to say yet
	ToneGood                // a good discernment, a progress, a confidence that follows the answers
	ToneWarning             // a lean, a blur, a loss, a confidence against the answers
)

// ReadingTone is the tone of a reading's headline.
func ReadingTone(r game.Reading) Tone {
	switch r {
	case game.ReadingDiscerning:
		return ToneGood
	case game.ReadingTooFew:
		return ToneQuiet
	}
	return ToneWarning
}

// TrendTone is the tone of the headline of confidence's trend.
func TrendTone(t game.Trend) Tone {
	switch t {
	case game.TrendFollows:
		return ToneGood
	case game.TrendTooFew:
		return ToneQuiet
	}
	return ToneWarning
}

// ShiftTone is the tone of ShiftWords' title, given its note: quiet when
// the tests are too small to compare, good for a progress without a
// warning, a warning otherwise.
func ShiftTone(before, after game.Detection, note string) Tone {
	switch {
	case !comparable(before, after):
		return ToneQuiet
	case game.ShiftOf(before, after).Sensitivity >= shiftSensitivity && note == "":
		return ToneGood
	}
	return ToneWarning
}

// Words returns the vocabulary of a verdict deck: with scams set, the id of
// a message that names intox or true news becomes its twin ending in
// "_scam", which names scams and legitimate messages; other ids stay.
func Words(scams bool) func(id string) string {
	return func(id string) string {
		if scams && scamTwins[id] {
			return id + "_scam"
		}
		return id
	}
}

// scamTwins lists the messages that have a twin for scams.
var scamTwins = map[string]bool{
	"reading_intox": true, "reading_true": true, "reading_too_few": true, "reading_title_trusting": true,
	"reading_title_blurred": true, "reading_doubtful_sharp": true, "reading_doubtful": true, "reading_trusting": true,
	"reading_blurred": true, "shift_too_few": true, "shift_spotted": true, "shift_trusted": true, "shift_doubt": true,
	"truth_col_intox": true, "truth_col_true": true, "truth_hits": true, "truth_trusts": true, "truth_misses": true,
	"truth_false_alarms": true, "truth_misses_short": true, "truth_legend_hits": true, "truth_legend_trusts": true,
	"end_discernment_title": true, "truth_game_title": true, "end_false_spotted": true, "end_true_doubted": true,
	"end_discernment_note": true, "end_truth_title": true, "end_truth_title_measured": true, "discernment_col_intox": true, "discernment_col_hits": true,
	"discernment_col_misses": true, "discernment_col_true": true, "discernment_col_false_alarms": true,
	"discernment_col_trusts": true, "discernment_col_hit_rate": true, "discernment_col_false_alarm_rate": true,
	"report_roc_intro": true, "report_roc_area": true, "report_roc_too_few": true,
}
