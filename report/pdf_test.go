//go:build !js

package report

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"declic/assets"
	"declic/cards"
	"declic/game"
	"declic/internal/pdfdoc"
)

// pdfText returns the text of pages first to last of a PDF (0 for the
// last), as pdftotext (poppler-utils, `make deps`) reads it, each run of
// blanks (non-breaking spaces too) made one space: a sentence wrapped on
// two lines reads whole.
func pdfText(t *testing.T, data []byte, first, last int) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "bilan.pdf")
	require.NoError(t, os.WriteFile(file, data, 0o644))
	args := []string{"-enc", "UTF-8", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	out, err := exec.Command("pdftotext", append(args, file, "-")...).Output()
	require.NoError(t, err, "pdftotext (poppler-utils) reads the report")
	return oneSpace(string(out))
}

var spaces = regexp.MustCompile(`[\s\x{00a0}\x{202f}]+`)

// oneSpace makes every run of blanks one space.
func oneSpace(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// playedWorkshop plays deck in a workshop of teams teams: a verdict deck
// with enough cards gets a before test, a game that asks how sure teams
// are and an after test, any other deck one game.
func playedWorkshop(t *testing.T, deck *cards.Deck, teams int, seed uint64) *game.Session {
	t.Helper()
	s := workshop(t, deck.Language, teams)
	verdicts := 0
	for _, c := range deck.Cards {
		if c.Kind == cards.KindVerdict {
			verdicts++
		}
	}
	if verdicts >= 16 {
		playGame(t, s, deck, game.Settings{Measure: game.MeasureBefore, Cards: 6}, seed)
		playGame(t, s, deck, game.Settings{Confidence: true}, seed+1)
		playGame(t, s, deck, game.Settings{Measure: game.MeasureAfter}, seed+2)
		return s
	}
	playGame(t, s, deck, game.Settings{}, seed)
	return s
}

// TestEveryBundledDeckReport plays every bundled deck in a scripted
// workshop of three teams, answers drawn from a seed, and reads its report
// back with pdftotext: the first page stands alone, and the text holds the
// teams, the deck, each team's points, the group's discernment in words
// with its counts and the change from the before test to the after test.
// The page counts are kept in testdata/pages.txt (-update rewrites it).
func TestEveryBundledDeckReport(t *testing.T) {
	var pages strings.Builder
	for i, deck := range bundled(t) {
		name := deck.ID + "-" + deck.Language
		t.Run(name, func(t *testing.T) {
			s := playedWorkshop(t, deck, 3, uint64(100+i))
			tr, err := assets.NewTranslator(deck.Language)
			require.NoError(t, err)
			data, err := PDF(s, tr)
			require.NoError(t, err)
			fmt.Fprintf(&pages, "%s %d\n", name, pdfdoc.Pages(data))

			group := pdfText(t, data, 1, 1)
			assert.Contains(t, group, strings.ToUpper(tr.T("report_for_group")))
			assert.NotContains(t, group, strings.ToUpper(tr.T("report_doc_title")), "the group's page stands alone")
			text := pdfText(t, data, 2, 0)
			assert.True(t, strings.HasPrefix(text, strings.ToUpper(tr.T("report_doc_title"))), "the full report starts on page 2: %.80s", text)
			for _, team := range s.Teams {
				assert.Contains(t, group, team.Name)
				assert.Contains(t, text, team.Name)
			}
			assert.Contains(t, text, oneSpace(deck.Title))
			sum := s.Summary()
			for tm, total := range s.Totals() {
				assert.Contains(t, text, tr.N("end_right", sum.Teams[tm].Right)+", "+tr.N("end_wrong", sum.Teams[tm].Wrong))
				assert.Contains(t, text, oneSpace(tr.N("report_points", total)))
			}
			assert.Contains(t, text, oneSpace(tr.N("report_cards_total", sum.Cards)))
			if sum.Detection.Answers() > 0 {
				_, sentence, _ := Reading(sum.Detection, sum.Scams, tr)
				assert.Contains(t, group, oneSpace(sentence))
				assert.Contains(t, text, oneSpace(sentence))
				assert.Contains(t, text, oneSpace(tr.N(Words(sum.Scams)("truth_col_intox"), sum.Detection.Intox())))
			}
			if sum.Before.Answers() > 0 && sum.After.Answers() > 0 {
				_, sentence, _ := ShiftWords(sum.Before, sum.After, sum.Scams, tr)
				assert.Contains(t, text, oneSpace(sentence))
			}
			if sum.Confidence.Rated() > 0 {
				title, sentence := ConfidenceWords(sum.Confidence, tr)
				assert.Contains(t, text, oneSpace(tr.T("confidence_page_title")+" "+title+" "+sentence))
				if area, ok := sum.Confidence.Area(); ok {
					assert.Contains(t, text, oneSpace(newTestWriter(t, s, tr).rocArea(area)))
				}
			}
			for _, g := range s.Games {
				for _, n := range g.Nuances() {
					assert.Contains(t, text, oneSpace(nuanceWords(g.CardAt(n.Card), n, tr)))
				}
			}
			if deck.OwnVerdicts() {
				// The games' cards named by the deck's own verdicts.
				labels := make([]string, len(deck.Verdicts))
				for j, v := range deck.Verdicts {
					labels[j] = v.Label
				}
				assert.Contains(t, text, oneSpace(strings.Join(labels, " / ")))
			}
			source := strings.ToUpper(tr.T("sheets_source", "Source", "")[:3])
			for page := 2; page <= pdfdoc.Pages(data); page++ {
				top := pdfText(t, data, page, page)
				assert.Falsef(t, strings.HasPrefix(strings.ToUpper(top), source), "page %d starts with a card's source: %.80s", page, top)
			}
			assert.NotContains(t, text, "%C3", "no %-codes in the addresses printed")
		})
	}
	golden(t, "pages.txt", pages.String())
}

// TestReportIsReproducible: the same workshop gives the same bytes, and
// the PDF's dates are the workshop's.
func TestReportIsReproducible(t *testing.T) {
	s := showcase(t, "fr")
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	a, err := PDF(s, tr)
	require.NoError(t, err)
	b, err := PDF(s, tr)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(a, b), "two reports of one workshop differ")
	assert.Contains(t, string(a), "/CreationDate (D:20260314140000")
}

// showcase is the workshop of the group page's golden files: six teams,
// a before test, a game of the infox deck, a debate and the after test.
func showcase(t testing.TB, lang string) *game.Session {
	s := workshop(t, lang, 6)
	infox := bundledDeck(t, map[string]string{"fr": "infox", "en": "fake-or-fact"}[lang], lang)
	playGame(t, s, infox, game.Settings{Measure: game.MeasureBefore, Cards: 8}, 1)
	playGame(t, s, infox, game.Settings{Cards: 12}, 2)
	playGame(t, s, bundledDeck(t, "nuance", lang), game.Settings{Cards: 4}, 3)
	playGame(t, s, infox, game.Settings{Measure: game.MeasureAfter}, 4)
	return s
}

// TestGroupPage keeps the page for the group in golden files, as
// pdftotext reads it, a line a text: what the group reads.
func TestGroupPage(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			data, err := PDF(showcase(t, lang), tr)
			require.NoError(t, err)
			file := filepath.Join(t.TempDir(), "bilan.pdf")
			require.NoError(t, os.WriteFile(file, data, 0o644))
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", file, "-").Output()
			require.NoError(t, err, "pdftotext (poppler-utils)")
			var lines []string
			for _, l := range strings.Split(string(out), "\n") {
				if l = oneSpace(l); l != "" {
					lines = append(lines, l)
				}
			}
			golden(t, "group."+lang+".txt", strings.Join(lines, "\n")+"\n")
		})
	}
}

// TestNuanceWords keeps the words under a debate card's chart in golden
// files: nobody moved, moves both ways and far, to and from "je ne
// comprends pas", a room counted.
func TestNuanceWords(t *testing.T) {
	c := &cards.Card{Kind: cards.KindSpectrum, Text: "Les écrans rendent bête.", Left: "Pas du tout d'accord", Right: "Tout à fait d'accord"}
	cases := []struct {
		name string
		n    game.Nuance
	}{
		{"nobody moved", game.Nuance{Stayed: 4}},
		{"one moved one step", game.Nuance{Stayed: 2, Moved: 1, Steps: 1, ToRight: 1}},
		{"both ways", game.Nuance{Stayed: 1, Moved: 3, Steps: 5, ToRight: 2, ToLeft: 1}},
		{"not understood", game.Nuance{Moved: 2, ToNotUnderstood: 1, FromNotUnderstood: 1}},
		{"a room counted", game.Nuance{Stayed: 3, Moved: 1, Steps: 2, ToLeft: 1, HasHeads: [2]bool{true, true},
			Heads: [2]game.Spread{{3, 5, 2, 1, 0, 1}, {1, 4, 4, 2, 1, 0}}}},
		{"a room counted, nobody moved", game.Nuance{Stayed: 2, HasHeads: [2]bool{true, true},
			Heads: [2]game.Spread{{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}}}},
	}
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			var b strings.Builder
			for _, tc := range cases {
				s := nuanceWords(c, tc.n, tr)
				assert.NotContains(t, s, "report_", "a message id reached the text")
				fmt.Fprintf(&b, "%s\n  %s\n", tc.name, s)
			}
			golden(t, "nuance."+lang+".txt", b.String())
		})
	}
}

// TestHardestCards: the cards with the fewest right answers in share
// first, then the most answered; a card every answer got right, an
// opinion and the tests' cards are not listed.
func TestHardestCards(t *testing.T) {
	deck, problems := cards.Parse("t.toml", []byte(`format = 1
[deck]
id = "t"
title = "T"
language = "fr"
[[card]]
id = "a"
type = "verdict"
claim = "A"
answer = "vrai"
[[card]]
id = "b"
type = "verdict"
claim = "B"
answer = "faux"
[[card]]
id = "c"
type = "choice"
question = "C ?"
choices = ["un", "deux"]
answer = 2
[[card]]
id = "d"
type = "spectrum"
statement = "D"
left = "Non"
right = "Oui"
`), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	s := workshop(t, "fr", 3)
	g, err := s.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeAll})
	require.NoError(t, err)
	vrai, faux := 0, 1
	for _, m := range []game.Move{
		// a: all three right.
		{Kind: game.MoveAnswer, Team: 0, Choice: vrai}, {Kind: game.MoveAnswer, Team: 1, Choice: vrai}, {Kind: game.MoveAnswer, Team: 2, Choice: vrai}, {Kind: game.MoveNext},
		// b: one right of three.
		{Kind: game.MoveAnswer, Team: 0, Choice: faux}, {Kind: game.MoveAnswer, Team: 1, Choice: vrai}, {Kind: game.MoveAnswer, Team: 2, Choice: vrai}, {Kind: game.MoveNext},
		// c: one right of two (a team did not answer).
		{Kind: game.MoveAnswer, Team: 0, Choice: 1, Choices: []int{1}}, {Kind: game.MoveAnswer, Team: 1, Choice: 0, Choices: []int{0}}, {Kind: game.MoveReveal}, {Kind: game.MoveNext},
		// d: an opinion.
		{Kind: game.MoveAnswer, Team: 0, Choice: 0}, {Kind: game.MoveReveal}, {Kind: game.MoveNext},
	} {
		_, err := s.Apply(m, s.Updated)
		require.NoError(t, err, "%+v", m)
	}
	require.True(t, g.Over())
	hard, judged := hardestCards(s)
	assert.Equal(t, 3, judged, "a, b and c have a right answer")
	ids := make([]string, len(hard))
	for i, h := range hard {
		ids[i] = h.card.ID
	}
	assert.Equal(t, []string{"b", "c"}, ids, "1/3 then 1/2")
	assert.Equal(t, [2]int{1, 3}, [2]int{hard[0].right, hard[0].total})
	assert.Equal(t, "Faux", hard[0].answer)
	assert.Equal(t, "deux", hard[1].answer)
	assert.Equal(t, "C\u00a0?", hard[1].text, "French typography")
	assert.False(t, slices.ContainsFunc(hard, func(h hardCard) bool { return h.card.ID == "d" }))
}

// golden compares got with testdata/name, which -update rewrites.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "go test ./report -run %s -update writes it", t.Name())
	assert.Equal(t, string(want), got)
}

// TestReportOfUnusualWorkshops: a family playing alone, a workshop whose
// game ended before its first card, a board game only, long names and
// names in a script the fonts lack — each gives a report whose first page
// is the group's and whose full report follows, never an error.
func TestReportOfUnusualWorkshops(t *testing.T) {
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	family := workshop(t, "fr", 1)
	playGame(t, family, bundledDeck(t, "infox", "fr"), game.Settings{Cards: 10}, 5)
	ended := workshop(t, "fr", 2)
	_, err = ended.NewGame(bundledDeck(t, "infox", "fr"), game.Settings{})
	require.NoError(t, err)
	_, err = ended.Apply(game.Move{Kind: game.MoveEnd}, ended.Updated)
	require.NoError(t, err)
	board := workshop(t, "fr", 2)
	playGame(t, board, bundledDeck(t, "qui-est-ce-numerique", "fr"), game.Settings{}, 6)
	names := workshop(t, "fr", 6)
	names.Name = strings.Repeat("Atelier du mercredi après-midi au centre social ", 4)
	names.Teams[0].Name = "Les Supers Détectives de l'Information Vraie du Quartier Nord"
	names.Teams[1].Name = "الصقور"
	playGame(t, names, bundledDeck(t, "infox", "fr"), game.Settings{Cards: 12}, 7)
	for name, s := range map[string]*game.Session{"family": family, "ended": ended, "board": board, "names": names} {
		t.Run(name, func(t *testing.T) {
			data, err := PDF(s, tr)
			require.NoError(t, err)
			assert.GreaterOrEqual(t, pdfdoc.Pages(data), 2)
			assert.Contains(t, pdfText(t, data, 1, 1), "POUR LE GROUPE")
			assert.True(t, strings.HasPrefix(pdfText(t, data, 2, 0), "BILAN DE L'ATELIER"), "the group's page ran over")
			if name == "names" {
				// The Arabic team prints in its letters, joined (read
				// back as presentation forms, in visual order).
				text := norm.NFKC.String(pdfText(t, data, 1, 0))
				assert.True(t, strings.Contains(text, "الصقور") || strings.Contains(text, "روقصلا"), "the Arabic team's name is printed")
				assert.NotContains(t, text, "??", "no Arabic letter missing")
				if dir := os.Getenv("DECLIC_REPORT_OUT"); dir != "" {
					require.NoError(t, os.WriteFile(filepath.Join(dir, "names.pdf"), data, 0o644))
				}
			}
		})
	}
}

// TestThePodiumRanksTiesAsTheScreen: two teams tied first share the first
// step, and the team after them is third, as on the screen (1er, 1er,
// 3e), not second.
func TestThePodiumRanksTiesAsTheScreen(t *testing.T) {
	assert.Equal(t, []podiumStep{{[]int{0, 1}, 5, 1}, {[]int{2}, 3, 3}}, podiumSteps([]int{5, 5, 3}))
	assert.Equal(t, []podiumStep{{[]int{1}, 7, 1}, {[]int{2, 3}, 4, 2}, {[]int{0}, 2, 4}}, podiumSteps([]int{2, 7, 4, 4}))
	assert.Equal(t, []podiumStep{{[]int{0}, 0, 1}}, podiumSteps([]int{0}))
}
