//go:build !js

package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/game"
	"declic/internal/pdfdoc"
)

// newTestWriter returns a report's writer on s, for the words it makes.
func newTestWriter(t *testing.T, s *game.Session, tr *assets.Translator) *writer {
	t.Helper()
	w, err := newWriter(s, tr)
	require.NoError(t, err)
	return w
}

// TestConfidenceReport: a workshop that asked how sure teams were has the
// section "Sûrs de vous ?" after the discernment — the trend's sentence,
// each level's right verdicts of its answers for the group and each team,
// and with enough rated answers the ROC curve's area in words — and its
// line on the group's page, which still stands alone. Too few rated
// answers say why there is no curve; a workshop that did not ask has no
// such section.
func TestConfidenceReport(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			infox := bundledDeck(t, map[string]string{"fr": "infox", "en": "fake-or-fact"}[lang], lang)
			section := oneSpace(tr.T("confidence_page_title"))
			comma := map[string]string{"fr": ",", "en": "."}[lang]

			s := workshop(t, lang, 4)
			playGame(t, s, infox, game.Settings{Cards: 12, Confidence: true}, 2)
			sum := s.Summary()
			require.Equal(t, 48, sum.Confidence.Rated(), "12 cards, 4 teams, every verdict rated")
			area, ok := sum.Confidence.Area()
			require.True(t, ok, "48 rated answers draw a curve")
			data, err := PDF(s, tr)
			require.NoError(t, err)
			group, text := pdfText(t, data, 1, 1), pdfText(t, data, 2, 0)
			title, sentence := ConfidenceWords(sum.Confidence, tr)
			assert.Contains(t, group, section+" "+oneSpace(title), "the group's line")
			assert.True(t, strings.HasPrefix(text, strings.ToUpper(tr.T("report_doc_title"))), "the group's page ran over")

			at := strings.Index(text, section+" "+oneSpace(title))
			require.GreaterOrEqual(t, at, 0, "the section and its headline")
			assert.Greater(t, at, strings.Index(text, oneSpace(tr.T("report_discernment"))), "after the discernment")
			part := text[at:]
			assert.Contains(t, part, oneSpace(title+" "+sentence))
			// The group's levels and each team's, right of answers; pdftotext
			// reads a table's cells in an order of its own, so no order is
			// asserted.
			for _, c := range append([]game.Confidence{sum.Confidence}, sum.Teams[0].Confidence, sum.Teams[3].Confidence) {
				for _, lv := range c.Levels {
					if lv.Answers > 0 {
						assert.Contains(t, part, oneSpace(tr.T("confidence_of", "Right", lv.Right, "Answers", lv.Answers)))
					}
				}
			}
			words := oneSpace(newTestWriter(t, s, tr).rocArea(area))
			assert.Contains(t, words, decimal(area, lang == "fr"), "the area with its decimal comma or point")
			assert.Contains(t, words, "0"+comma+"5", "chance said with the same")
			assert.Contains(t, part, words)
			assert.Contains(t, part, map[string]string{"fr": "0,5 = au hasard, 1 = parfait", "en": "0.5 = chance, 1 = perfect"}[lang])

			few := workshop(t, lang, 2)
			playGame(t, few, infox, game.Settings{Cards: 6, Confidence: true}, 3)
			require.Less(t, few.Summary().Confidence.Rated(), game.MinROCAnswers)
			data, err = PDF(few, tr)
			require.NoError(t, err)
			text = pdfText(t, data, 2, 0)
			assert.Contains(t, text, section)
			assert.Contains(t, text, oneSpace(tr.T("report_roc_too_few", "Min", game.MinROCAnswers, "Items", game.MinROCItems)))
			assert.NotContains(t, text, oneSpace(tr.T("report_roc_title")))

			unasked := workshop(t, lang, 2)
			playGame(t, unasked, infox, game.Settings{Cards: 6}, 3)
			data, err = PDF(unasked, tr)
			require.NoError(t, err)
			assert.NotContains(t, pdfText(t, data, 1, 0), section)
		})
	}
}

// TestGroupPageConfidenceLine: the group's page says how sure the group
// was in one line beside the 2 × 2 table, in the column of the reading's
// words, even the longest — blurred scams in few answers, with the note
// that the figures are indicative — and stays one page.
func TestGroupPageConfidenceLine(t *testing.T) {
	sure := game.Confidence{Levels: [game.SureLevels]game.Level{{Answers: 5, Right: 4}, {}, {Answers: 4, Right: 1}}}
	for _, tc := range []struct {
		name  string
		d     game.Detection
		scams bool
	}{
		{"discerning", game.Detection{Hits: 30, Misses: 2, CorrectTrusts: 20, FalseAlarms: 3}, false},
		{"blurred scams, few answers", game.Detection{Hits: 2, Misses: 2, CorrectTrusts: 2, FalseAlarms: 2}, true},
	} {
		for _, lang := range []string{"fr", "en"} {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			title, _ := ConfidenceWords(sure, tr)
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				w := newTestWriter(t, workshop(t, lang, 3), tr)
				w.sum.Detection, w.sum.Scams, w.w = tc.d, tc.scams, Words(tc.scams)
				w.sum.Confidence = sure
				w.groupPage()
				var buf bytes.Buffer
				require.NoError(t, w.pdf.Output(&buf))
				require.Equal(t, 1, pdfdoc.Pages(buf.Bytes()), "the group's page alone")
				file := filepath.Join(t.TempDir(), "groupe.pdf")
				require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
				out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", file, "-").Output()
				require.NoError(t, err)
				var at string
				for _, l := range strings.Split(string(out), "\n") {
					if strings.Contains(oneSpace(l), oneSpace(tr.T("confidence_page_title"))) {
						at = l
					}
				}
				require.NotEmpty(t, at, "the line of confidence is on the page: %s", out)
				// pdftotext -layout puts the column's text far right, on the
				// line of the table's cells beside it.
				assert.Greater(t, strings.Index(at, strings.Fields(tr.T("confidence_page_title"))[0]), 40, "beside the table: %q", at)
				assert.Contains(t, oneSpace(string(out)), oneSpace(title), "the headline")
			})
		}
	}
}
