package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/game"
)

// measuredWorkshop plays a workshop on a deck of six true items (vrai1…)
// and six intox (faux1…): a before test of four cards, a game of the
// eight others, an after test of four. Lynx judges every item right;
// Ours believes everything before, and calls everything false after. The
// game in between asks how sure teams are: Lynx says sûr every time, Ours
// au hasard.
func measuredWorkshop(t *testing.T) *game.Session {
	t.Helper()
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"essai\"\ntitle = \"Info ou intox (essai)\"\nlanguage = \"fr\"\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "[[card]]\nid = \"vrai%d\"\ntype = \"verdict\"\nclaim = \"Vrai n° %d\"\nanswer = \"vrai\"\nexplanation = \"C'est vrai.\"\n", i, i)
		fmt.Fprintf(&b, "[[card]]\nid = \"faux%d\"\ntype = \"verdict\"\nclaim = \"Faux n° %d\"\nanswer = \"faux\"\nexplanation = \"C'est faux.\"\n", i, i)
	}
	d, problems := cards.Parse("essai.toml", []byte(b.String()), nil)
	for _, p := range problems {
		require.NotEqual(t, cards.Error, p.Severity, p.Text("en"))
	}
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), now)
	require.NoError(t, err)
	apply := func(m game.Move) {
		t.Helper()
		_, err := s.Apply(m, now)
		require.NoError(t, err, "%+v", m)
	}
	const vrai, faux = 0, 1 // the default verdicts' order
	play := func(g *game.Game, ours func(truth bool) int) {
		lynxSure, oursSure := game.SureUnsaid, game.SureUnsaid
		if g.Settings.Confidence {
			lynxSure, oursSure = game.SureCertain, game.SureGuess
		}
		for !g.Over() {
			truth := g.Card().Verdict == "vrai"
			lynx := faux
			if truth {
				lynx = vrai
			}
			apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: lynx, Sure: lynxSure})
			apply(game.Move{Kind: game.MoveAnswer, Team: 1, Choice: ours(truth), Sure: oursSure})
			if g.Blind() {
				continue // the before test moves on by itself
			}
			if g.State().Phase != game.PhaseRevealed {
				apply(game.Move{Kind: game.MoveReveal})
			}
			apply(game.Move{Kind: game.MoveNext})
		}
	}
	g, err := s.NewGame(d, game.Settings{Measure: game.MeasureBefore, Cards: 4, Seed: 3})
	require.NoError(t, err)
	play(g, func(bool) int { return vrai })
	g, err = s.NewGame(d, game.Settings{Mode: cards.ModeAll, Seed: 5, Confidence: true})
	require.NoError(t, err)
	require.Len(t, g.Draw, 8)
	play(g, func(bool) int { return faux })
	g, err = s.NewGame(d, game.Settings{Measure: game.MeasureAfter})
	require.NoError(t, err)
	play(g, func(bool) int { return faux })
	return s
}

// TestDiscernmentCSV: the second file of an export holds, game by game then
// for the workshop, the group's and each team's 2 × 2 table, rates, d′ with
// its interval, c and reading; the tests are said so and read apart.
func TestDiscernmentCSV(t *testing.T) {
	s := measuredWorkshop(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			data, err := DiscernmentCSV(s, tr)
			require.NoError(t, err)
			goldenFile(t, "discernment."+lang+".csv", string(data))

			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
			r.Comma = map[string]rune{"fr": ';', "en": ','}[lang]
			rows, err := r.ReadAll()
			require.NoError(t, err)
			// Three games and the workshop's three parts, a group row and two
			// team rows each.
			require.Len(t, rows, 1+3*3+3*3)
			byKey := map[string][]string{}
			for _, row := range rows[1:] {
				byKey[row[0]+"/"+row[2]+"/"+row[3]] = row
			}
			group := map[string]string{"fr": "Tout le groupe", "en": "Whole group"}[lang]
			total := map[string]string{"fr": "Total de l'atelier", "en": "Workshop total"}[lang]
			before := map[string]string{"fr": "test d'avant", "en": "before test"}[lang]
			comma := map[string]string{"fr": ",", "en": "."}[lang]

			// The game in between: 4 true items and 4 intox; Lynx right on
			// all, Ours calling all false. Group: 8 hits, 4 false alarms,
			// 4 trusts. Log-linear rates 8.5/9 = 0.944 and 4.5/9 = 0.5:
			// d′ = z(0.944) − z(0.5) = 1.59, c = −0.80.
			row := byKey["2//"+group]
			require.NotNil(t, row, "the middle game's group row")
			assert.Equal(t, []string{"8", "8", "0", "8", "4", "4", "100", "50"}, row[4:12])
			assert.Equal(t, "1"+comma+"59", row[12])
			assert.Equal(t, "-0"+comma+"80", row[15])
			assert.Equal(t, map[string]string{"fr": "Trop méfiants", "en": "Too doubtful"}[lang], row[16])
			// How sure: Lynx said sûr on its 8 verdicts, all right; Ours au
			// hasard on its 8, right on the 4 intox it called false. The
			// group: 8 at sûr, 100 %; 0 at plutôt; 8 au hasard, 50 %. With
			// 16 rated verdicts, fewer than game.MinROCAnswers, no area.
			assert.Equal(t, []string{"8", "100", "0", "", "8", "50", ""}, row[17:24])
			assert.Equal(t, []string{"8", "100", "0", "", "0", "", ""}, byKey["2//Lynx"][17:24])
			assert.Equal(t, []string{"0", "", "0", "", "8", "50", ""}, byKey["2//Ours"][17:24])
			assert.Equal(t, row[17:], byKey[total+"//"+group][17:], "the workshop's games: the middle game alone")
			assert.Equal(t, make([]string, 7), byKey["1/"+before+"/Ours"][17:], "a test is never rated")
			assert.Equal(t, make([]string, 7), byKey[total+"/"+before+"/"+group][17:])
			// Lynx: rates 4.5/5 and 0.5/5, d′ = 2 × z(0.9) = 2.56, c = 0.
			row = byKey["2//Lynx"]
			assert.Equal(t, "2"+comma+"56", row[12])
			assert.Equal(t, "0"+comma+"00", row[15])
			number := func(cell string) float64 {
				x, err := strconv.ParseFloat(strings.Replace(cell, ",", ".", 1), 64)
				require.NoError(t, err, cell)
				return x
			}
			assert.Less(t, number(row[13]), number(row[12]), "the interval holds d′")
			assert.Greater(t, number(row[14]), number(row[12]))

			// The before test: Ours believed all 4 items (2 true, 2 intox).
			row = byKey["1/"+before+"/Ours"]
			require.NotNil(t, row)
			assert.Equal(t, []string{"2", "0", "2", "2", "0", "2", "0", "0"}, row[4:12])
			// The workshop's before test sums the same game.
			assert.Equal(t, row[4:], byKey[total+"/"+before+"/Ours"][4:])
			// The workshop's games exclude the tests: the middle game alone.
			assert.Equal(t, byKey["2//"+group][4:], byKey[total+"//"+group][4:])
		})
	}
}

// TestDiscernmentCSVConfidence: a game of 6 true items and 6 intox, every
// verdict rated, gives each level's verdicts and share right, and the
// ROC area where the curve can be drawn — the group's 24 rated verdicts,
// not a team's 12.
func TestDiscernmentCSVConfidence(t *testing.T) {
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"essai\"\ntitle = \"Essai\"\nlanguage = \"fr\"\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "[[card]]\nid = \"vrai%d\"\ntype = \"verdict\"\nclaim = \"Vrai %d\"\nanswer = \"vrai\"\n", i, i)
		fmt.Fprintf(&b, "[[card]]\nid = \"faux%d\"\ntype = \"verdict\"\nclaim = \"Faux %d\"\nanswer = \"faux\"\n", i, i)
	}
	d, problems := cards.Parse("essai.toml", []byte(b.String()), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), now)
	require.NoError(t, err)
	g, err := s.NewGame(d, game.Settings{Mode: cards.ModeAll, Seed: 5, Confidence: true})
	require.NoError(t, err)
	const vrai, faux = 0, 1
	seen := map[bool]int{} // the items of each kind Lynx has judged
	for !g.Over() {
		truth := g.Card().Verdict == "vrai"
		// Lynx is right every time: sûr on the first four items of a kind,
		// plutôt on the fifth, au hasard on the sixth.
		lynx := faux
		if truth {
			lynx = vrai
		}
		seen[truth]++
		lynxSure := map[int]int{5: game.SureRather, 6: game.SureGuess}[seen[truth]]
		if lynxSure == 0 {
			lynxSure = game.SureCertain
		}
		// Ours believes everything: au hasard on true items, sûr on intox.
		oursSure := game.SureCertain
		if truth {
			oursSure = game.SureGuess
		}
		for _, m := range []game.Move{
			{Kind: game.MoveAnswer, Team: 0, Choice: lynx, Sure: lynxSure},
			{Kind: game.MoveAnswer, Team: 1, Choice: vrai, Sure: oursSure},
			{Kind: game.MoveReveal}, {Kind: game.MoveNext},
		} {
			if m.Kind == game.MoveReveal && g.State().Phase == game.PhaseRevealed {
				continue
			}
			_, err := s.Apply(m, now)
			require.NoError(t, err, "%+v", m)
		}
	}
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	data, err := DiscernmentCSV(s, tr)
	require.NoError(t, err)
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"Sûr\u00a0: réponses", "Sûr\u00a0: bonnes réponses (%)", "Plutôt\u00a0: réponses",
		"Plutôt\u00a0: bonnes réponses (%)", "Au hasard\u00a0: réponses", "Au hasard\u00a0: bonnes réponses (%)",
		"Aire de la courbe ROC des notes (0,5\u00a0: au hasard, 1\u00a0: parfait)"}, rows[0][17:])
	byKey := map[string][]string{}
	for _, row := range rows[1:] {
		byKey[row[0]+"/"+row[3]] = row
	}
	// Lynx: sûr 8 of 8, plutôt 2 of 2, au hasard 2 of 2; 12 rated: no curve.
	assert.Equal(t, []string{"8", "100", "2", "100", "2", "100", ""}, byKey["1/Lynx"][17:])
	// Ours: sûr on the 6 intox, all wrong; au hasard on the 6 true, all right.
	assert.Equal(t, []string{"6", "0", "0", "", "6", "100", ""}, byKey["1/Ours"][17:])
	// The group: sûr 14 (8 right: 57 %), plutôt 2 of 2, au hasard 8 of 8.
	// Its verdicts on the rating scale, "intox, sûr" to "vrai, sûr":
	//   the 12 intox:  4 1 1 | 0 0 6  (Lynx "intox" sûr, plutôt, au
	//                                  hasard; Ours "vrai, sûr" 6 times)
	//   the 12 truths: 0 0 0 | 7 1 4  ("vrai, au hasard": Lynx 1 and Ours
	//                                  6; Lynx "vrai" plutôt 1, sûr 4)
	// The curve: (0,0) (0,4/12) (0,5/12) (0,6/12) (7/12,6/12) (8/12,6/12)
	// (1,1); its area 7/12·½ + 1/12·½ + 4/12·¾ = 14/24 = 0,58 — a random
	// intox rated more doubtful than a random true item: 72 pairs of 144,
	// and half of the 24 ties at "vrai, sûr", 84/144.
	assert.Equal(t, []string{"14", "57", "2", "100", "8", "100", "0,58"}, byKey["1/Tout le groupe"][17:])
	assert.Equal(t, byKey["1/Tout le groupe"][17:], byKey["Total de l'atelier/Tout le groupe"][17:])
}

// TestDiscernmentCSVWithoutVerdicts: a workshop without a verdict has no
// discernment file.
func TestDiscernmentCSVWithoutVerdicts(t *testing.T) {
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	data, err := DiscernmentCSV(s, tr)
	require.NoError(t, err)
	assert.Nil(t, data)
}

// TestExportPhase: the rows of the tests of a workshop's effect say which
// test they are, in their column (before the confidence's, which is last);
// the others leave it empty.
func TestExportPhase(t *testing.T) {
	s := measuredWorkshop(t)
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	data, err := CSV(s, tr)
	require.NoError(t, err)
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	require.NoError(t, err)
	assert.Equal(t, "Phase", rows[0][colPhase])
	phases := map[string]map[string]int{}
	for _, row := range rows[1:] {
		if len(row) < colCount || row[1] == "Total de l'atelier" {
			continue
		}
		if phases[row[1]] == nil {
			phases[row[1]] = map[string]int{}
		}
		phases[row[1]][row[colPhase]]++
	}
	assert.Equal(t, map[string]map[string]int{
		"1": {"test d'avant": 8}, // 4 cards, 2 teams
		"2": {"": 16},
		"3": {"test d'après": 8},
	}, phases)
}

// TestDiscernmentPath: the discernment file sits beside the export, named
// in the player's language.
func TestDiscernmentPath(t *testing.T) {
	fr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	en, err := assets.NewTranslator("en")
	require.NoError(t, err)
	assert.Equal(t, "/tmp/atelier-discernement.csv", DiscernmentPath("/tmp/atelier.csv", fr))
	assert.Equal(t, "/tmp/workshop-discernment.csv", DiscernmentPath("/tmp/workshop.csv", en))
	assert.Equal(t, "scores-discernement.csv", DiscernmentPath("scores", fr), "a name without .csv")
}

// TestDiscernmentCSVOneKind: a team that judged intox only has its counts
// and its rate of intox spotted, but no d′, interval or c — the
// correction's 0.5 alone would make them (it wrote -Inf and +Inf).
func TestDiscernmentCSVOneKind(t *testing.T) {
	s := measuredWorkshop(t)
	// The before test's cards: Ours's detection there is 2 misses, 2
	// trusts; a game of intox only is what a deck of scams alone gives.
	tr, err := assets.NewTranslator("en")
	require.NoError(t, err)
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"faux\"\ntitle = \"Intox only\"\nlanguage = \"en\"\n")
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "[[card]]\nid = \"f%d\"\ntype = \"verdict\"\nclaim = \"Fake %d\"\nanswer = \"false\"\nexplanation = \"It is fake.\"\n", i, i)
	}
	d, problems := cards.Parse("faux.toml", []byte(b.String()), nil)
	for _, p := range problems {
		require.NotEqual(t, cards.Error, p.Severity, p.Text("en"))
	}
	g, err := s.NewGame(d, game.Settings{Mode: cards.ModeAll})
	require.NoError(t, err)
	now := s.Started
	for !g.Over() {
		for team := range 2 {
			_, err := s.Apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: 1}, now)
			require.NoError(t, err)
		}
		if g.State().Phase != game.PhaseRevealed {
			_, err := s.Apply(game.Move{Kind: game.MoveReveal}, now)
			require.NoError(t, err)
		}
		_, err := s.Apply(game.Move{Kind: game.MoveNext}, now)
		require.NoError(t, err)
	}
	data, err := DiscernmentCSV(s, tr)
	require.NoError(t, err)
	assert.NotContains(t, string(data), ",-Inf,")
	assert.NotContains(t, string(data), ",+Inf,")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	var found bool
	for _, row := range rows {
		if row[0] == "4" && row[3] == "Lynx" {
			found = true
			assert.Equal(t, []string{"3", "3", "0", "0", "0", "0", "100", ""}, row[4:12])
			assert.Equal(t, []string{"", "", "", ""}, row[12:16], "no d′, interval or c")
		}
	}
	assert.True(t, found, "the intox-only game's row for Lynx")
}
