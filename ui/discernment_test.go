package ui

import (
	"image/color"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/game"
	"declic/report"
	"declic/ui/draw"
)

// infoxWorkshop plays a game of the bundled infox deck in all mode, 20
// cards, for four teams that answer each their way, seeded: Lynx sees
// through most items, Hiboux believes most of what it reads, Loutres
// doubts everything, Renards answers at random.
func infoxWorkshop(t *testing.T, d *Deps) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams("Lynx", "Hiboux", "Loutres", "Renards"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	g, err := s.NewGame(deck, game.Settings{Mode: cards.ModeAll, Cards: 20, Seed: 7})
	require.NoError(t, err)
	verdict := func(key string) int {
		i := slices.IndexFunc(deck.Verdicts, func(v cards.Verdict) bool { return v.Key == key })
		require.GreaterOrEqual(t, i, 0, key)
		return i
	}
	// The chance each team says "vrai", of a true item and of an intox.
	trust := [][2]float64{{0.9, 0.1}, {0.95, 0.6}, {0.4, 0.05}, {0.5, 0.5}}
	rng := rand.New(rand.NewPCG(7, 16))
	for !g.Over() {
		c := g.Card()
		for team, p := range trust {
			chance, doubt := p[0], "faux"
			if c.Verdict != "vrai" {
				chance, doubt = p[1], c.Verdict
			}
			choice := verdict(doubt)
			if rng.Float64() < chance {
				choice = verdict("vrai")
			}
			_, err := s.Apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice}, d.Now())
			require.NoError(t, err)
		}
		if g.State().Phase != game.PhaseRevealed {
			_, err := s.Apply(game.Move{Kind: game.MoveReveal}, d.Now())
			require.NoError(t, err)
		}
		_, err := s.Apply(game.Move{Kind: game.MoveNext}, d.Now())
		require.NoError(t, err)
	}
	require.NoError(t, d.Store.Save(s))
	return s
}

// TestTruthPages: after a game of verdict cards the group first sees how
// it judged them, then the scores; at the end of the workshop the
// discernment page comes between the podium and the summary, and reads
// the whole workshop's verdicts, team by team.
func TestTruthPages(t *testing.T) {
	d := allDecksDeps(t)
	s := infoxWorkshop(t, d)
	sum := s.Summary()
	require.Equal(t, 80, sum.Detection.Answers(), "20 cards, 4 teams")
	var readings []game.Reading
	for _, ts := range sum.Teams {
		readings = append(readings, ts.Detection.Reading())
	}
	assert.Equal(t, []game.Reading{game.ReadingDiscerning, game.ReadingTrusting, game.ReadingDoubtful, game.ReadingBlurred}, readings,
		"each team reads as it played: %+v", sum.Teams)

	sc := newScoresScene(d, s).(*scoresScene)
	require.True(t, sc.onTruth)
	assert.Equal(t, sum.Detection, sc.truth.group)
	assert.Len(t, sc.truth.per, 4)
	assert.Same(t, sc, step(sc, ActionNext))
	assert.False(t, sc.onTruth, "Next: the scores")
	step(sc, ActionBack)
	assert.True(t, sc.onTruth, "← back to the discernment")

	end := newEndScene(d, s).(*endScene)
	require.Equal(t, []endPage{pagePodium, pageTruth, pageSummary}, end.pages)
	step(end, ActionNext)
	assert.Equal(t, pageTruth, end.page)
	assert.Equal(t, sum.Detection, end.truth.group)
}

// TestNoTruthPageWithoutVerdicts: a workshop without verdict cards goes
// from the podium to the summary, and back.
func TestNoTruthPageWithoutVerdicts(t *testing.T) {
	d := endgameDeps(t)
	s, err := game.NewSession(game.NewTeams("A", "B"), d.Now())
	require.NoError(t, err)
	end := newEndScene(d, s).(*endScene)
	require.Equal(t, []endPage{pagePodium, pageSummary}, end.pages)
	step(end, ActionNext)
	assert.Equal(t, pageSummary, end.page)
	step(end, ActionBack)
	assert.Equal(t, pagePodium, end.page)
}

// TestMeasuredWorkshop measures a workshop's effect through the screens:
// the before test chosen in the game's settings (its length, the timer and
// the choice left), played without answers shown, each card going once
// both teams have judged it; then a game; then the after test, offered
// since a before test waits, whose end shows before and after; and the
// end of the workshop has both the discernment and the before and after
// pages.
func TestMeasuredWorkshop(t *testing.T) {
	d := allDecksDeps(t)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	pickRow := func(g *gameSetupScene, id string, option int) {
		t.Helper()
		pickSetupOption(t, g, id, func([]string) int { return option })
	}
	ids := func(g *gameSetupScene) (out []string) {
		for _, r := range g.rows() {
			out = append(out, r.id)
		}
		return out
	}
	// playTest answers every card of the test in play: Lynx right, Ours
	// "vrai" everywhere.
	playTest := func(p *playScene) {
		t.Helper()
		for !p.g.Over() {
			card := p.g.State().Card
			c := p.g.Card()
			right := slices.IndexFunc(deck.Verdicts, func(v cards.Verdict) bool { return v.Key == c.Verdict })
			require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 0}))
			require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: right}))
			if p.g.Blind() {
				if !p.g.Over() {
					assert.Equal(t, card+1, p.g.State().Card, "the card goes once both have judged it")
					assert.Equal(t, d.View.Tr.T("measure_recorded"), p.flash)
					p.Update(&Input{Dt: noticeFor + time.Millisecond})
					assert.Empty(t, p.flash, "the word goes after a while: the next card's text stays clear")
				}
				continue
			}
			if p.g.State().Phase != game.PhaseRevealed {
				p.shown = revealDelay
				// During a second vote nobody voted again in: the first
				// press asks, the second reveals.
				if !p.apply(game.Move{Kind: game.MoveReveal}) {
					require.True(t, p.apply(game.Move{Kind: game.MoveReveal}))
				}
			}
			require.True(t, p.apply(game.Move{Kind: game.MoveNext}))
		}
	}

	setup := newGameSetupScene(d, s, deck, nil)
	require.Contains(t, ids(setup), "measure")
	pickRow(setup, "measure", 1)
	assert.Equal(t, []string{"measure", "test_count", "timer"}, ids(setup), "a test asks neither turns nor points")
	st := setup.settings()
	assert.Equal(t, game.MeasureBefore, st.Measure)
	assert.Equal(t, game.MeasureCards, st.Cards)
	p, ok := setup.start().(*playScene)
	require.True(t, ok)
	require.True(t, p.g.Blind())
	assert.Empty(t, p.flash, "nothing recorded yet on the first card")
	screen := ebiten.NewImage(1920, 1080)
	defer screen.Deallocate()
	p.Draw(screen)
	playTest(p)
	scores := newScoresScene(d, s).(*scoresScene)
	assert.False(t, scores.onTruth, "the before test reveals nothing, not even the group's figures")
	assert.Equal(t, 2*game.MeasureCards, scores.recorded)
	assert.True(t, scores.unranked, "no team has a point yet: no 1er, 1er")
	scores.Draw(screen)

	_, err = d.live(s).NewGame(deck, game.Settings{Seed: 4, Mode: cards.ModeAll, Cards: 6})
	require.NoError(t, err)
	playTest(newPlayScene(d, s).(*playScene))
	assert.False(t, newScoresScene(d, s).(*scoresScene).unranked, "Lynx scored in the game in between")

	setup = newGameSetupScene(d, s, deck, nil)
	rows := setup.rows()
	measure := rows[slices.IndexFunc(rows, func(r setupRow) bool { return r.id == "measure" })]
	require.Len(t, measure.Options, 3, "the after test is offered")
	pickRow(setup, "measure", 2)
	assert.Equal(t, []string{"measure", "timer"}, ids(setup), "as many cards as the before test")
	p = setup.start().(*playScene)
	assert.Equal(t, game.MeasureAfter, p.g.Settings.Measure)
	playTest(p)
	scores = newScoresScene(d, s).(*scoresScene)
	assert.True(t, scores.onTruth && scores.shift, "the after test ends on before and after")
	// 8 cards, 4 true (18 of the deck's 40): Lynx right, Ours trusting.
	assert.Equal(t, game.Detection{Hits: 4, Misses: 4, CorrectTrusts: 8}, scores.truth.before)
	scores.Draw(screen)

	end := newEndScene(d, s).(*endScene)
	assert.Equal(t, []endPage{pagePodium, pageTruth, pageShift, pageSummary}, end.pages)
	assert.Equal(t, "end_truth_title_measured", end.truth.workshopTitle(), "the page says the tests are not in it")
	step(end, ActionNext)
	step(end, ActionNext)
	assert.Equal(t, pageShift, end.page)
	end.Draw(screen)
	step(end, ActionBack)
	assert.Equal(t, pageTruth, end.page)
}

// measuredSession plays a before test and an after test of the bundled
// infox deck for three teams, seeded: every team does better after.
func measuredSession(t *testing.T, d *Deps) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams("Lynx", "Hiboux", "Loutres"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	rng := rand.New(rand.NewPCG(3, 9))
	for _, test := range []struct {
		measure game.Measure
		right   float64 // the chance of a right verdict
	}{{game.MeasureBefore, 0.6}, {game.MeasureAfter, 0.85}} {
		g, err := s.NewGame(deck, game.Settings{Measure: test.measure, Seed: 5})
		require.NoError(t, err)
		for !g.Over() {
			c := g.Card()
			right := slices.IndexFunc(deck.Verdicts, func(v cards.Verdict) bool { return v.Key == c.Verdict })
			for team := range s.Teams {
				choice := right
				if rng.Float64() > test.right {
					choice = (right + 1 + rng.IntN(2)) % len(deck.Verdicts)
				}
				_, err := s.Apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice}, d.Now())
				require.NoError(t, err)
			}
			if g.Over() || g.Blind() {
				continue
			}
			if g.State().Phase != game.PhaseRevealed {
				_, err := s.Apply(game.Move{Kind: game.MoveReveal}, d.Now())
				require.NoError(t, err)
			}
			_, err := s.Apply(game.Move{Kind: game.MoveNext}, d.Now())
			require.NoError(t, err)
		}
	}
	return s
}

// TestTableHeadsFit: the 2 × 2 table's heads read whole — the longest,
// « Les messages légitimes (136 réponses) », on two lines — at every
// screen and text size, in French and English, with four teams (the
// table's narrowest) and one (its widest).
func TestTableHeadsFit(t *testing.T) {
	d := sceneDeps(t)
	keep, keepTr := d.View.Metrics, d.View.Tr
	defer func() { d.View.Metrics, d.View.Tr = keep, keepTr }()
	big := game.Detection{Hits: 100, Misses: 36, FalseAlarms: 36, CorrectTrusts: 100}
	for _, lang := range []string{"fr", "en"} {
		tr, err := assets.NewTranslator(lang)
		require.NoError(t, err)
		d.View.Tr = tr
		for _, scams := range []bool{false, true} {
			heads := tableHeads(d.View, big, report.Words(scams))
			for _, h := range heads {
				assert.Contains(t, h, "\n", "%s: the count on its own line", h)
			}
			eachMetrics(func(m draw.Metrics, name string) {
				d.View.Metrics = m
				for _, teams := range []int{1, 4} {
					l := layoutTruth(d.View, layoutEnd(d.View, teams, pageTruth).body, teams)
					rects, _, _ := layoutTableHeads(d.View, l.table)
					for i, h := range heads {
						assert.True(t, d.View.Fonts.Fits(h, tableHeadStyle(d.View), rects[i].W, rects[i].H), "%s, %s, %d teams: %q is cut", lang, name, teams, h)
					}
				}
			})
		}
	}
}

// TestTestRevealAsksAgain: in a test of the workshop's effect, going on
// before every team has judged the card (one Space too many) waits for a
// second press and says how many teams have not answered; once all have,
// one press goes on; in a game, one press goes on as before.
func TestTestRevealAsksAgain(t *testing.T) {
	d := allDecksDeps(t)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours", "Loups"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	before, err := d.live(s).NewGame(deck, game.Settings{Measure: game.MeasureBefore, Cards: 6})
	require.NoError(t, err)
	for !before.Over() {
		for team := range 3 {
			_, err := d.play(s, game.Move{Kind: game.MoveAnswer, Team: team, Choice: 0})
			require.NoError(t, err)
		}
	}
	_, err = d.live(s).NewGame(deck, game.Settings{Measure: game.MeasureAfter})
	require.NoError(t, err)
	p := newPlayScene(d, s).(*playScene)
	p.shown = revealDelay
	next := game.Move{Kind: game.MoveReveal} // a test has no hints
	require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0}))
	assert.False(t, p.apply(next), "two teams have not answered")
	assert.Equal(t, d.View.Tr.N("measure_confirm_reveal", 2), p.flash)
	assert.Equal(t, game.PhaseAnswering, p.g.State().Phase)
	p.Update(&Input{Dt: noticeFor + time.Millisecond})
	assert.Empty(t, p.flash)
	assert.False(t, p.apply(next), "the question is asked afresh once its word has gone")
	assert.True(t, p.apply(next), "the second press goes on")
	assert.Equal(t, 1, p.g.State().Card, "to the next card: the test shows no answer")

	// In a game, one press goes on without every answer.
	_, err = d.live(s).NewGame(deck, game.Settings{Mode: cards.ModeAll, InOrder: true})
	require.NoError(t, err)
	p = newPlayScene(d, s).(*playScene)
	p.shown = revealDelay
	require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0}))
	next = game.Move{Kind: game.MoveReveal}
	if len(p.g.Card().Hints) > 0 {
		next = game.Move{Kind: game.MoveSecondRound}
	}
	assert.True(t, p.apply(next))
}

// TestShiftColour: before and after too small to compare read muted, not
// in the colour of a progress (two intox and two true items each moved
// d′ enough to look like one).
func TestShiftColour(t *testing.T) {
	d := sceneDeps(t)
	th := d.View.Theme
	small := game.Detection{Hits: 1, Misses: 1, FalseAlarms: 1, CorrectTrusts: 1}
	better := game.Detection{Hits: 2, CorrectTrusts: 2}
	assert.Equal(t, color.Color(th.Muted), d.View.shiftColour(small, better, ""))
	before := game.Detection{Hits: 3, Misses: 3, FalseAlarms: 3, CorrectTrusts: 3}
	after := game.Detection{Hits: 6, CorrectTrusts: 6}
	assert.Equal(t, color.Color(th.Right), d.View.shiftColour(before, after, ""))
	assert.Equal(t, color.Color(th.Accent), d.View.shiftColour(after, before, ""))
}

// TestABeforeTestIsNoGame follows a before test through the screens after
// it: its end says the test is over and what each team answered, not
// "0 point" three times; the deck list says an after test waits, not that
// the deck was played; the deck's setup opens on the choices made before
// the test; the next game is the first the scores count; and ending the
// workshop offers the after test, which plays as the before test did and
// ends on before and after, before the workshop ends.
func TestABeforeTestIsNoGame(t *testing.T) {
	d := allDecksDeps(t)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), d.Now())
	require.NoError(t, err)
	tr := d.View.Tr
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	pickRow := func(g *gameSetupScene, id string, option string) {
		t.Helper()
		pickSetupOption(t, g, id, func(options []string) int { return slices.Index(options, option) })
	}
	playTest := func(p *playScene) {
		t.Helper()
		require.True(t, p.g.Blind(), "a test reveals nothing")
		for !p.g.Over() {
			card := p.g.State().Card
			assert.Empty(t, p.g.View(game.NoTeam).Question.Hints, "nor its hints")
			require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: 0}))
			require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 1}))
			require.True(t, p.g.Over() || p.g.State().Card == card+1, "the card goes once both have judged it")
		}
	}

	setup := newGameSetupScene(d, s, deck, nil)
	pickRow(setup, "count", "10")
	pickRow(setup, "timer", tr.T("setup_seconds", "Seconds", 30))
	pickRow(setup, "confidence", tr.T("option_yes"))
	pickRow(setup, "measure", tr.T("setup_measure_before"))
	pickRow(setup, "timer", tr.T("setup_seconds", "Seconds", 60))
	playTest(setup.start().(*playScene))

	scores := newScoresScene(d, s).(*scoresScene)
	assert.Equal(t, tr.T("scores_test_done_before"), scores.title())
	assert.Equal(t, []int{game.MeasureCards, game.MeasureCards}, scores.answers, "each team's answers, not its 0 point")
	list := newDeckScene(d, s, backScene{}).(*deckScene)
	assert.Equal(t, "decks_after_waiting", list.played[deckKey("infox", "fr")], "the deck was not played yet")

	setup = newGameSetupScene(d, s, deck, nil)
	assert.Equal(t, game.MeasureNone, setup.measure, "a setup opens on a game")
	assert.Equal(t, 10, setup.count, "with the cards chosen before the test")
	assert.Equal(t, 60, setup.timer, "the timer last chosen")
	assert.True(t, setup.confidence)
	other := newGameSetupScene(d, s, d.Library.Find("arnaques", "fr"), nil)
	assert.False(t, other.confidence, "another deck keeps its own")
	fresh := newGameSetupScene(d, newTestSession(t, d, "Renards", "Hiboux"), deck, nil)
	assert.False(t, fresh.confidence, "another workshop starts from the deck's settings")

	g, err := d.live(s).NewGame(deck, game.Settings{Seed: 4, Mode: cards.ModeAll, Cards: 2})
	require.NoError(t, err)
	_, err = d.play(s, game.Move{Kind: game.MoveEnd})
	require.NoError(t, err)
	require.True(t, g.Over())
	scores = newScoresScene(d, s).(*scoresScene)
	assert.Equal(t, tr.T("scores_after_game", "Game", 1, "Deck", deck.Title), scores.subtitle(), "the first game of the workshop")
	assert.Equal(t, tr.T("scores_title"), scores.title())
	assert.Nil(t, scores.answers)

	scores.onTruth, scores.onSure = false, false
	ask, ok := step(scores, ActionAnswer2).(*afterTestOverlay)
	require.True(t, ok, "« Terminer l'atelier » asks for the after test first")
	screen := ebiten.NewImage(1366, 768)
	defer screen.Deallocate()
	ask.Draw(screen)
	assert.Same(t, scores, step(ask, ActionPause), "Esc goes back to the scores")
	ask = step(scores, ActionAnswer2).(*afterTestOverlay)
	p, ok := step(ask, ActionAnswer1).(*playScene)
	require.True(t, ok, "1 plays the after test at once")
	assert.Equal(t, game.MeasureAfter, p.g.Settings.Measure)
	assert.Equal(t, 60, p.g.Settings.Seconds, "timed as the before test")
	playTest(p)

	scores = newScoresScene(d, s).(*scoresScene)
	assert.True(t, scores.onTruth && scores.shift, "the after test ends on before and after")
	scores.onTruth, scores.onSure = false, false
	end, ok := step(scores, ActionAnswer2).(*endScene)
	require.True(t, ok, "nothing waits any more: the workshop ends")
	assert.Contains(t, end.pages, pageShift)
}

// TestEndingWithoutTheAfterTest: the question's second answer ends the
// workshop without the after test.
func TestEndingWithoutTheAfterTest(t *testing.T) {
	d := allDecksDeps(t)
	s, err := game.NewSession(game.NewTeams("Lynx", "Ours"), d.Now())
	require.NoError(t, err)
	_, err = d.live(s).NewGame(d.Library.Find("infox", "fr"), game.Settings{Measure: game.MeasureBefore, Cards: 6, Seed: 2})
	require.NoError(t, err)
	_, err = d.play(s, game.Move{Kind: game.MoveEnd})
	require.NoError(t, err)
	scores := newScoresScene(d, s).(*scoresScene)
	scores.onTruth, scores.onSure = false, false
	ask, ok := step(scores, ActionAnswer2).(*afterTestOverlay)
	require.True(t, ok)
	_, ok = step(ask, ActionAnswer2).(*endScene)
	assert.True(t, ok)
}

// pickSetupOption picks, in the row id of a game's setup, the option that
// which returns from the row's options.
func pickSetupOption(t *testing.T, g *gameSetupScene, id string, which func(options []string) int) {
	t.Helper()
	rows := g.rows()
	i := slices.IndexFunc(rows, func(r setupRow) bool { return r.id == id })
	require.GreaterOrEqual(t, i, 0, "no row %s", id)
	o := which(rows[i].Options)
	require.GreaterOrEqual(t, o, 0, "no such option in %v", rows[i].Options)
	g.pick(rows, i, o)
}
