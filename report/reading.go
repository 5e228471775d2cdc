package report

import (
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
// figures rest on so few answers that they are only indicative. The end
// screen and the PDF report say the same words.
func Reading(d game.Detection, tr *assets.Translator) (title, sentence, note string) {
	spotted := tr.N("reading_intox", d.Hits, "Total", d.Intox())
	missed := tr.N("reading_intox", d.Misses, "Total", d.Intox())
	trusted := tr.N("reading_true", d.CorrectTrusts, "Total", d.TrueItems())
	doubted := tr.N("reading_true", d.FalseAlarms, "Total", d.TrueItems())
	words := []any{"Spotted", spotted, "SpottedOf", tr.T("reading_of", "Count", d.Hits, "Total", d.Intox()), "Missed", missed, "Trusted", trusted, "Doubted", doubted}
	r := d.Reading()
	switch r {
	case game.ReadingTooFew:
		return tr.T("reading_title_too_few"), tr.T("reading_too_few", "Min", game.MinItems), ""
	case game.ReadingDiscerning:
		title, sentence = tr.T("reading_title_discerning"), tr.T("reading_discerning", words...)
	case game.ReadingDoubtful:
		title = tr.T("reading_title_doubtful")
		// "You spot the fakes well" only when they were: two thirds of
		// them or more, else the doubt did not even buy that.
		if 3*d.Hits >= 2*d.Intox() {
			sentence = tr.T("reading_doubtful_sharp", words...)
		} else {
			sentence = tr.T("reading_doubtful", words...)
		}
	case game.ReadingTrusting:
		title, sentence = tr.T("reading_title_trusting"), tr.T("reading_trusting", words...)
	default:
		title, sentence = tr.T("reading_title_blurred"), tr.T("reading_blurred", words...)
	}
	if n := d.Answers(); n < IndicativeBelow {
		note = tr.N("reading_indicative", n)
	}
	return title, sentence, note
}
