package ui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// TestSureAfterTheVerdict plays verdicts in a game that asks how sure the
// teams are: the verdict picked waits for its rating (1, 2, 3 or a tap);
// Backspace and ← go back to the verdicts without undoing anything; →
// gives it unrated; a time running out gives it unrated rather than lose
// it.
func TestSureAfterTheVerdict(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns, Confidence: true, Timer: true, Seconds: 10})
	require.Equal(t, cards.KindVerdict, p.g.Kind())
	vp := panelOf[*verdictPanel](t, p)

	playStep(t, dr, p, ActionAnswer2)
	assert.True(t, vp.rating(), "the verdict waits for its rating")
	assert.Nil(t, p.g.State().First[0], "no answer given yet")
	playStep(t, dr, p, ActionUndo)
	assert.False(t, vp.rating(), "Backspace goes back to the verdicts")
	assert.Empty(t, p.flash, "and undoes nothing")

	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer1)
	first := p.g.State().First[0]
	require.NotNil(t, first)
	assert.Equal(t, game.Answer{Choice: 1, Sure: game.SureCertain}, *first, "faux, sûr")
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)

	playStep(t, dr, p, ActionAnswer3)
	require.True(t, panelOf[*verdictPanel](t, p).rating())
	p.Update(&Input{Dt: 11 * time.Second})
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase, "the time ran out")
	a := p.g.State().Results[0].Answers[0]
	require.NotNil(t, a, "the verdict picked in time counts")
	assert.Equal(t, 2, a.Choice)
	assert.Equal(t, game.SureUnsaid, a.Sure, "unrated")

	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	require.Equal(t, 1, p.g.State().Card)
	vp = panelOf[*verdictPanel](t, p)
	playStep(t, dr, p, ActionAnswer1)
	playStep(t, dr, p, ActionBack)
	assert.False(t, vp.rating(), "← goes back to the verdicts")
	playStep(t, dr, p, ActionAnswer1)
	playStep(t, dr, p, ActionNext)
	require.NotNil(t, p.g.State().First[1])
	assert.Equal(t, game.SureUnsaid, p.g.State().First[1].Sure, "→ gives the verdict unrated")

	playStep(t, dr, p, ActionAnswer2)
	rects := vp.sureRects(p.cardLayout(p.layout()))
	require.Len(t, rects, game.SureLevels)
	centre := func(r draw.Rect) draw.Point { return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }
	p.Update(&Input{Taps: []draw.Point{centre(rects[2])}})
	a = p.g.State().Results[1].Answers[1]
	require.NotNil(t, a)
	assert.Equal(t, game.Answer{Choice: 1, Sure: game.SureGuess, Right: a.Right, Points: a.Points}, *a, "a tap on « au hasard »")
}

// TestSureIsAskedOfEachTeamUnseen: in all mode on a shared laptop, each team
// rates its own verdict, and the next team, handed the laptop, sees the
// verdicts afresh, never the draft before it.
func TestSureIsAskedOfEachTeamUnseen(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll, Confidence: true})
	playStep(t, dr, p, ActionNext) // the laptop to the first team
	vp := panelOf[*verdictPanel](t, p)
	playStep(t, dr, p, ActionAnswer1)
	require.True(t, vp.rating())
	playStep(t, dr, p, ActionAnswer2)
	assert.Equal(t, game.SureRather, p.g.State().First[0].Sure)
	require.True(t, p.needsHandover(), "the laptop goes to the next team")
	playStep(t, dr, p, ActionNext)
	assert.False(t, vp.rating(), "the next team starts from the verdicts")
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer3)
	assert.Equal(t, game.Answer{Choice: 1, Sure: game.SureGuess}, *p.g.State().First[1])
}

// TestSureIsNotAskedUnlessChosen: without the setting, a verdict is given
// at once, as before.
func TestSureIsNotAskedUnlessChosen(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	playStep(t, dr, p, ActionAnswer2)
	require.NotNil(t, p.g.State().First[0])
	assert.False(t, panelOf[*verdictPanel](t, p).rating())
}

// sureWorkshop is a game of the infox deck played by four teams who say
// how sure they are: the Lynx are sure when right and guess when wrong,
// the Hiboux always sure, the Loutres as sure either way by chance, the
// Renards unsure when right.
func sureWorkshop(t *testing.T, d *Deps) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams("Lynx", "Hiboux", "Loutres", "Renards"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	g, err := s.NewGame(deck, game.Settings{Mode: cards.ModeAll, Cards: 20, Seed: 7, Confidence: true})
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(7, 16))
	for !g.Over() {
		c := g.Card()
		right := slices.IndexFunc(deck.Verdicts, func(v cards.Verdict) bool { return v.Key == c.Verdict })
		require.GreaterOrEqual(t, right, 0)
		for team := range 4 {
			choice := right
			ok := rng.Float64() < 0.7
			if !ok {
				choice = (right + 1) % len(deck.Verdicts)
			}
			sure := [4][2]int{{game.SureGuess, game.SureCertain}, {game.SureCertain, game.SureCertain}, {1 + rng.IntN(3), 1 + rng.IntN(3)}, {game.SureCertain, game.SureGuess}}[team]
			m := game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice, Sure: sure[0]}
			if ok {
				m.Sure = sure[1]
			}
			_, err := s.Apply(m, d.Now())
			require.NoError(t, err)
		}
		if g.State().Phase != game.PhaseRevealed {
			_, err := s.Apply(game.Move{Kind: game.MoveReveal}, d.Now()) // the first vote stays
			require.NoError(t, err)
		}
		_, err := s.Apply(game.Move{Kind: game.MoveNext}, d.Now())
		require.NoError(t, err)
	}
	require.NoError(t, d.Store.Save(s))
	return s
}

// TestSurePage: after a game that asked how sure teams were, the
// discernment page leads to the page of confidence, then to the scores,
// and back; at the end of the workshop it comes after the discernment.
func TestSurePage(t *testing.T) {
	d := allDecksDeps(t)
	s := sureWorkshop(t, d)
	sum := s.Summary()
	require.Equal(t, 80, sum.Confidence.Rated(), "20 cards, 4 teams, every verdict rated")
	var trends []game.Trend
	for _, ts := range sum.Teams {
		trends = append(trends, ts.Confidence.Trend())
	}
	assert.Equal(t, game.TrendFollows, trends[0], "sure when right: %+v", sum.Teams[0].Confidence.Levels)
	assert.Equal(t, game.TrendTooFew, trends[1], "always sure: one level")
	assert.Equal(t, game.TrendAgainst, trends[3], "sure when wrong: %+v", sum.Teams[3].Confidence.Levels)

	sc := newScoresScene(d, s).(*scoresScene)
	require.True(t, sc.onTruth)
	step(sc, ActionNext)
	assert.True(t, sc.onSure, "Next: the confidence")
	assert.Equal(t, sum.Confidence, sc.sure.group)
	step(sc, ActionBack)
	assert.True(t, sc.onTruth, "← back to the discernment")
	step(sc, ActionNext)
	step(sc, ActionNext)
	assert.False(t, sc.onSure || sc.onTruth, "Next: the scores")
	step(sc, ActionBack)
	assert.True(t, sc.onSure, "← back to the confidence")

	end := newEndScene(d, s).(*endScene)
	require.Equal(t, []endPage{pagePodium, pageTruth, pageSure, pageSummary}, end.pages)
	assert.Equal(t, sum.Confidence, end.sure.group)

	plain := newEndScene(d, infoxWorkshop(t, d)).(*endScene)
	assert.Equal(t, []endPage{pagePodium, pageTruth, pageSummary}, plain.pages, "no page of confidence when none was asked")
}

// TestSureButtonsFitEveryScreen lays the question of confidence out on a
// laptop and a projector at every text size, over every verdict card of
// the bundled decks: the question, the verdict picked and the three
// ratings are drawn whole, inside the card's area, the buttons apart.
func TestSureButtonsFitEveryScreen(t *testing.T) {
	d := allDecksDeps(t)
	images := newCardImages()
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}} {
		for _, scale := range TextScales {
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			v := d.View
			for _, deck := range d.Library.Decks {
				if deck.IsBoard() {
					continue
				}
				session, err := game.NewSession(game.NewTeams(DefaultTeamNames(v.Tr, 2)...), d.Now())
				require.NoError(t, err)
				_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns, Confidence: true})
				require.NoError(t, err)
				p := newPlayScene(d, session).(*playScene)
				p.images = images
				check := func(p *playScene, vp *verdictPanel, where string) { checkSure(t, v, p, vp, where) }
				for !p.g.Over() {
					if p.g.Kind() == cards.KindVerdict {
						where := fmt.Sprintf("%dx%d@%.1f %s/%s", size[0], size[1], scale, deck.ID, p.g.Card().ID)
						vp := panelOf[*verdictPanel](t, p)
						check(p, vp, where)
						if len(p.g.Card().Hints) > 0 {
							// The second vote, after the hints: rated too.
							_, err := p.g.Apply(game.Move{Kind: game.MoveAnswer, Team: p.g.State().Turn, Choice: 0})
							require.NoError(t, err)
							p.sync()
							require.Equal(t, game.PhaseSecond, p.g.State().Phase)
							vp = panelOf[*verdictPanel](t, p)
							check(p, vp, where+" (second vote)")
						}
					}
					_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
					require.NoError(t, err)
					p.sync()
				}
			}
		}
	}
}

// checkSure is TestSureButtonsFitEveryScreen's look at one card: each
// verdict picked, the question and the claim whole, the ratings whole and
// apart.
func checkSure(t *testing.T, v *View, p *playScene, vp *verdictPanel, where string) {
	for i := range p.answerButtons() {
		vp.picked, vp.by = i, 0
		l := p.layout()
		c := p.cardLayout(l)
		ask, picked := vp.sureQuestion(c)
		qb := v.Fonts.Layout(v.Tr.T("sure_question"), v.Style(draw.SizeLarge, true, draw.End, nil), ask.W, ask.H)
		assert.False(t, qb.Clipped, "%s: the question is cut: %q", where, qb.Lines)
		label := v.Tr.T("sure_answer", "Answer", p.answerButtons()[i])
		assert.False(t, v.Fonts.Layout(label, v.Style(draw.SizeBody, false, draw.Start, nil), picked.W, picked.H).Clipped, "%s: %q is cut", where, label)
		assert.True(t, ask.Within(l.body) && picked.Within(l.body), "%s: the question leaves the card", where)
		if p.g.State().Phase == game.PhaseAnswering {
			// (In the second vote the hints take the room they need and
			// the claim, read already, the rest, as without the question.)
			text := c.text.Inset(v.Px(24))
			tb := v.Fonts.Layout(p.g.Card().MainText(false), p.cardTextStyle(), text.W, text.H)
			assert.False(t, tb.Clipped, "%s: the claim is cut while rating", where)
		}
	}
	l := p.layout()
	c := p.cardLayout(l)
	rects := vp.sureRects(c)
	for i, r := range rects {
		assert.True(t, r.Within(l.body), "%s: rating %d leaves the card", where, i+1)
		for _, o := range rects[i+1:] {
			assert.False(t, r.Overlaps(o), "%s: ratings overlap", where)
		}
		b := draw.Button{Label: v.Tr.T("sure_" + strconv.Itoa(i+1)), Key: strconv.Itoa(i + 1), Rect: r}
		bl := v.ButtonParts(b)
		block := v.Fonts.Layout(b.Label, bl.LabelStyle, bl.Label.W, bl.Label.H)
		assert.False(t, block.Clipped, "%s: rating %q is cut: %q", where, b.Label, block.Lines)
	}
	vp.fresh()
}
