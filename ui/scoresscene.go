package ui

import (
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/report"
	"declic/ui/draw"
)

// scoresScene shows the scores between two games: each team's total as a
// bar that grows from its total before the last game to its total after,
// ranked, with what the last game gave it. From there the workshop goes on
// with another game, or ends.
type scoresScene struct {
	d    *Deps
	s    *game.Session
	rows []standing
	// top is the total the longest bar stands for; a total of 0 or less
	// has no bar.
	top int
	// truth is the discernment of the game just played, shown before the
	// scores (onTruth) when it had verdict cards.
	truth             truthView
	hasTruth, onTruth bool
	// sure is the confidence of the game just played, shown after its
	// discernment (onSure) when the game asked how sure teams were.
	sure            sureView
	hasSure, onSure bool
	// shift shows, after an after test, the page before and after the
	// workshop instead.
	shift    bool
	recorded int // the answers of a before test just played
	// answers holds, after a test of the workshop's effect, each team's
	// answers in it: while no team has a point the rows show those, not
	// "0 point" three times.
	answers []int
	// unranked is set while no team has a point (after a before test, or
	// games without points): "1er, 1er, 1er" would rank nothing.
	unranked bool
	elapsed  time.Duration
	menu     menu
}

// The buttons of the scores scene, in order.
const (
	scoresAgain = iota
	scoresFinish
)

func newScoresScene(d *Deps, s *game.Session) Scene {
	sc := &scoresScene{d: d, s: s, rows: standingsOf(s), unranked: true}
	for _, r := range sc.rows {
		sc.top = max(sc.top, r.total, r.total-r.last)
		sc.unranked = sc.unranked && r.total == 0 && r.last == 0
	}
	if g := s.Current(); g != nil {
		sum := g.Summary()
		sc.truth, sc.hasTruth = truthOf(s, sum)
		sc.recorded = sum.Before.Answers()
		if g.Test() {
			sc.answers = make([]int, len(s.Teams))
			for t, ts := range sum.Teams {
				sc.answers[t] = ts.Before.Answers() + ts.After.Answers()
			}
		}
		if g.Settings.Measure == game.MeasureAfter {
			// The after test is read against the before test.
			sc.truth, _ = truthOf(s, s.Summary())
			sc.hasTruth, sc.shift = sc.truth.measured, true
		}
		if g.Settings.Measure == game.MeasureNone {
			sc.sure, sc.hasSure = sureOf(s, sum)
		}
		sc.onTruth = sc.hasTruth
		sc.onSure = sc.hasSure && !sc.onTruth
	}
	return sc
}

// scoresLayout places the scores scene: a title, a row for each team, and
// the buttons at the bottom.
type scoresLayout struct {
	title, subtitle draw.Rect
	rows            []draw.Rect
	buttons         []draw.Rect
}

func layoutScores(v *View, teams int) scoresLayout {
	var l scoresLayout
	scr := v.Metrics.Screen().Inset(v.Px(draw.SizeMargin))
	head, rest := scr.Top(v.Px(170))
	l.title, l.subtitle = head.Top(v.Px(100))
	foot, rest := rest.Bottom(v.Px(120))
	foot, _ = foot.Bottom(v.Px(104))
	l.buttons = buttonRow(v, foot, 2)
	rest = rest.InsetXY(0, v.Px(16))
	gap := v.Px(18)
	h := math.Min(v.Px(110), (rest.H-gap*float64(teams-1))/float64(teams))
	rows := rest.Centered(math.Min(rest.W, v.Px(1760)), h*float64(teams)+gap*float64(teams-1))
	l.rows = rows.Rows(teams, gap)
	return l
}

// buttonRow lays n buttons side by side, centred in r, none wider than
// 760 units.
func buttonRow(v *View, r draw.Rect, n int) []draw.Rect {
	gap := v.Px(32)
	w := math.Min(v.Px(760), (r.W-gap*float64(n-1))/float64(n))
	row := r.Centered(w*float64(n)+gap*float64(n-1), r.H)
	return row.Cols(n, gap)
}

func (sc *scoresScene) Update(in *Input) Scene {
	sc.elapsed += in.Dt
	if in.Has(ActionPause) {
		return newQuitOverlay(sc.d.View, sc)
	}
	if sc.onTruth {
		if sc.menu.update(in, layoutEnd(sc.d.View, len(sc.rows), pageTruth).buttons, nil) == 0 {
			sc.onTruth, sc.onSure, sc.menu, sc.elapsed = false, sc.hasSure, menu{}, 0
		}
		return sc
	}
	if sc.onSure {
		if in.Has(ActionBack) && sc.hasTruth {
			sc.onSure, sc.onTruth, sc.menu, sc.elapsed = false, true, menu{}, growDuration
			return sc
		}
		if sc.menu.update(in, layoutEnd(sc.d.View, len(sc.rows), pageSure).buttons, nil) == 0 {
			sc.onSure, sc.menu, sc.elapsed = false, menu{}, 0
		}
		return sc
	}
	if in.Has(ActionBack) && (sc.hasTruth || sc.hasSure) {
		sc.onSure = sc.hasSure
		sc.onTruth, sc.menu, sc.elapsed = !sc.hasSure, menu{}, growDuration
		return sc
	}
	l := layoutScores(sc.d.View, len(sc.rows))
	switch sc.menu.update(in, l.buttons, nil) {
	case scoresAgain:
		return newDeckScene(sc.d, sc.s, sc)
	case scoresFinish:
		if waiting := sc.s.WaitingBefore(); len(waiting) > 0 {
			return newAfterTestOverlay(sc.d, sc.s, waiting[0], sc)
		}
		return newEndScene(sc.d, sc.s)
	}
	return sc
}

// title returns the scene's title: the scores, or, after a test of the
// workshop's effect while no team has a point, that the test is over.
func (sc *scoresScene) title() string {
	tr := sc.d.View.Tr
	if g := sc.s.Current(); g != nil && g.Test() && sc.unranked {
		return tr.T("scores_test_done_" + string(g.Settings.Measure))
	}
	return tr.T("scores_title")
}

// subtitle returns the line under the title: what the before test
// recorded, or the game or test just played. Games are counted without
// the tests, as the facilitator counts them.
func (sc *scoresScene) subtitle() string {
	tr := sc.d.View.Tr
	switch g := sc.s.Current(); {
	case g == nil:
		return ""
	case g.Settings.Measure == game.MeasureBefore && sc.answers != nil && sc.unranked:
		return tr.T("scores_before_next") // the rows say what was recorded
	case g.Settings.Measure == game.MeasureBefore:
		return tr.N("scores_before_recorded", sc.recorded)
	case g.Test():
		return tr.T("scores_after_test", "Deck", g.Deck.Title)
	default:
		return tr.T("scores_after_game", "Game", sc.s.Played(), "Deck", g.Deck.Title)
	}
}

func (sc *scoresScene) Animating() bool { return sc.elapsed < growDuration }

func (sc *scoresScene) Draw(dst *ebiten.Image) {
	v := sc.d.View
	th := v.Theme
	if sc.onTruth {
		l := layoutEnd(v, len(sc.rows), pageTruth)
		if sc.shift {
			v.Fonts.Text(dst, v.Tr.T("shift_page_title"), v.Style(draw.SizeTitle, true, draw.Center, th.Accent), l.title)
			v.drawShiftPage(dst, l.body, sc.truth, growth(sc.elapsed))
		} else {
			v.Fonts.Text(dst, v.Tr.T(report.Words(sc.truth.scams)("truth_game_title")), v.Style(draw.SizeTitle, true, draw.Center, th.Accent), l.title)
			v.drawTruthPage(dst, l.body, sc.truth, growth(sc.elapsed))
		}
		label := v.Tr.T("truth_see_scores")
		if sc.hasSure {
			label = v.Tr.T("truth_more")
		}
		b := l.buttons[0]
		v.DrawButton(dst, draw.Button{Label: label, Key: "1", Rect: b, Primary: true, Focused: sc.menu.focus == 0}, b.Contains(v.Pointer))
		v.drawNotice(dst)
		return
	}
	if sc.onSure {
		l := layoutEnd(v, len(sc.rows), pageSure)
		v.Fonts.Text(dst, v.Tr.T("confidence_page_title"), v.Style(draw.SizeTitle, true, draw.Center, th.Accent), l.title)
		v.drawSurePage(dst, l.body, sc.sure, growth(sc.elapsed))
		b := l.buttons[0]
		v.DrawButton(dst, draw.Button{Label: v.Tr.T("truth_see_scores"), Key: "1", Rect: b, Primary: true, Focused: sc.menu.focus == 0}, b.Contains(v.Pointer))
		v.drawNotice(dst)
		return
	}
	l := layoutScores(v, len(sc.rows))
	v.Fonts.Text(dst, sc.title(), v.Style(draw.SizeTitle, true, draw.Center, th.Accent), l.title)
	v.Fonts.Text(dst, sc.subtitle(), v.Style(draw.SizeBody, false, draw.Center, th.Muted), l.subtitle)
	grown := growth(sc.elapsed)
	for i, r := range sc.rows {
		shown := float64(r.total-r.last) + float64(r.last)*grown
		sc.drawRow(dst, r, shown, l.rows[i])
	}
	labels := []string{v.Tr.T("scores_again"), v.Tr.T("scores_finish")}
	buttons := make([]draw.Button, len(l.buttons))
	for i, r := range l.buttons {
		buttons[i] = draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Primary: i == scoresAgain, Focused: sc.menu.focus == i}
	}
	v.DrawButtonRow(dst, buttons, v.Pointer)
	v.drawNotice(dst)
}

// drawRow draws a team's row on one line: its rank, symbol and name, its
// bar at the total shown (growing), its points, and what the last game
// gave it.
func (sc *scoresScene) drawRow(dst *ebiten.Image, r standing, shown float64, row draw.Rect) {
	v := sc.d.View
	th := v.Theme
	team := sc.s.Teams[r.team]
	draw.FillRoundRect(dst, row, v.Px(20), th.Panel)
	inner := row.InsetXY(v.Px(24), v.Px(6))
	rank, rest := inner.Left(v.Px(96))
	if !sc.unranked {
		v.Fonts.Text(dst, v.rankText(r.rank), v.Style(draw.SizeBody, true, draw.Start, th.Accent), rank)
	}
	if sc.answers != nil && sc.unranked {
		// After a test with no point anywhere: what each team answered,
		// the test's own figure, rather than a row of empty bars.
		count, name := rest.Right(math.Min(v.Px(360), rest.W*0.4))
		v.drawTeamTag(dst, team, name, v.Style(draw.SizeBody, true, draw.Start, nil))
		v.Fonts.Text(dst, v.Tr.N("scores_test_answers", sc.answers[r.team]), v.Style(draw.SizeBody, false, draw.End, th.Muted), count)
		return
	}
	name, rest := rest.Left(math.Min(v.Px(460), rest.W*0.32))
	v.drawTeamTag(dst, team, name, v.Style(draw.SizeBody, true, draw.Start, nil))
	// What the last game gave, unless it gave no points by its rules (a
	// test of the workshop's effect): "+0 à cette partie" says nothing.
	if g := sc.s.Current(); g != nil && g.Settings.Measure == game.MeasureNone {
		var last draw.Rect
		last, rest = rest.Right(math.Min(v.Px(290), rest.W*0.3))
		v.Fonts.Text(dst, v.Tr.T("scores_last_game", "Points", signed(r.last)), v.Style(draw.SizeSmall, false, draw.End, th.Muted), last)
	}
	points, rest := rest.Right(math.Min(v.Px(230), rest.W*0.36))
	v.Fonts.Text(dst, v.pointsText(int(math.Round(shown))), v.Style(draw.SizeBody, true, draw.End, nil), points)
	bar := rest.InsetXY(v.Px(20), 0)
	bar = bar.Centered(bar.W, math.Min(bar.H*0.6, v.Px(40)))
	draw.FillRoundRect(dst, bar, bar.H/2, th.Background)
	if sc.top > 0 && shown > 0 {
		w := bar.W * math.Min(1, shown/float64(sc.top))
		fill, _ := bar.Left(math.Max(w, bar.H))
		draw.FillRoundRect(dst, fill, bar.H/2, TeamColour(team))
	}
}
