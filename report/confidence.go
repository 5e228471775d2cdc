package report

import (
	"declic/assets"
	"declic/game"
)

// ConfidenceWords says for people to read whether a team's or a group's
// confidence followed its answers (game.Confidence.Trend), in the
// translator's language: a title of a few words and a sentence. The end
// screen says them; the PDF report is to say the same.
func ConfidenceWords(c game.Confidence, tr *assets.Translator) (title, sentence string) {
	switch c.Trend() {
	case game.TrendFollows:
		return tr.T("confidence_title_follows"), tr.T("confidence_follows")
	case game.TrendFlat:
		return tr.T("confidence_title_flat"), tr.T("confidence_flat")
	case game.TrendAgainst:
		return tr.T("confidence_title_against"), tr.T("confidence_against")
	}
	return tr.T("confidence_title_too_few"), tr.T("confidence_too_few", "Min", game.MinLevelAnswers)
}
