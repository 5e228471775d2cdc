package ui

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/report"
	"declic/ui/draw"
)

// endScene ends a workshop: first the podium (or, for a family playing
// together, its score), then, after verdict cards, the discernment page
// (intox spotted against true news doubted, in words, a table and bars),
// then the summary of the workshop — right and wrong answers, the
// techniques that fooled the group — with the export, a new game with the
// same teams, and the way home.
type endScene struct {
	d     *Deps
	s     *game.Session
	rows  []standing
	sum   game.Summary
	truth truthView
	sure  sureView
	// pages are the pages the workshop has, in order: the discernment only
	// after verdict cards, before and after only when both tests were
	// played, confidence only when a game asked how sure teams were.
	pages   []endPage
	at      int // the page on show, in pages
	page    endPage
	elapsed time.Duration
	menu    menu
	// next is the session "new game with the same teams" made, kept so that
	// coming back from the deck choice does not make another.
	next *game.Session
}

// endPage is a page of the end scene, in the order they come.
type endPage int

const (
	pagePodium endPage = iota
	pageTruth
	pageShift
	pageSure
	pageSummary
)

// The buttons of the summary page, by their meaning.
const (
	endExport = iota
	endReport
	endNewGame
	endHome
)

// endButtons are the summary page's buttons, in order: the report beside
// the CSV export where there is one (reportButton).
var endButtons = func() []int {
	if reportButton {
		return []int{endExport, endReport, endNewGame, endHome}
	}
	return []int{endExport, endNewGame, endHome}
}()

// newEndScene ends the workshop: it is marked finished and saved, so that
// the title screen no longer offers to resume it.
func newEndScene(d *Deps, s *game.Session) Scene {
	d.live(s).Finish()
	sc := &endScene{d: d, s: s, rows: standingsOf(s), sum: s.Summary()}
	truth, any := truthOf(s, sc.sum)
	sc.truth, sc.pages = truth, []endPage{pagePodium}
	if any {
		sc.pages = append(sc.pages, pageTruth)
	}
	if truth.measured {
		sc.pages = append(sc.pages, pageShift)
	}
	if sure, rated := sureOf(s, sc.sum); rated {
		sc.sure, sc.pages = sure, append(sc.pages, pageSure)
	}
	sc.pages = append(sc.pages, pageSummary)
	return sc
}

// turn shows the page by steps from the one on show, its animations from
// their start.
func (sc *endScene) turn(by int) {
	sc.at = min(max(sc.at+by, 0), len(sc.pages)-1)
	sc.page, sc.menu, sc.elapsed = sc.pages[sc.at], menu{}, 0
	if sc.page == pagePodium {
		sc.elapsed = growDuration // the podium has grown already
	}
}

// endLayout places the end scene. The podium page has the podium, the
// teams beyond the third in a strip under it, and one button; the
// discernment page its body and one button; the summary page has its two
// columns and three buttons.
type endLayout struct {
	title   draw.Rect
	podium  draw.Rect
	others  draw.Rect
	body    draw.Rect // discernment: the page under the title
	answers draw.Rect // summary: the teams' answers
	truth   draw.Rect // summary: discernment and techniques
	buttons []draw.Rect
}

func layoutEnd(v *View, teams int, page endPage) endLayout {
	var l endLayout
	scr := v.Metrics.Screen().Inset(v.Px(draw.SizeMargin))
	l.title, scr = scr.Top(v.Px(110))
	foot, body := scr.Bottom(v.Px(128))
	foot, _ = foot.Bottom(v.Px(104))
	if page == pageTruth || page == pageShift || page == pageSure {
		l.buttons = buttonRow(v, foot, 1)
		l.body, _ = body.Top(body.H - v.Px(24))
		return l
	}
	if page == pagePodium {
		l.buttons = buttonRow(v, foot, 1)
		l.podium = body.InsetXY(0, v.Px(12))
		if teams > 3 {
			l.others, l.podium = l.podium.Bottom(v.Px(90))
			_, l.others = l.others.Top(v.Px(14))
			l.others = l.others.Centered(math.Min(l.others.W, v.Px(1600)), l.others.H)
		}
		return l
	}
	l.buttons = summaryButtons(v, foot, endButtons)
	body, _ = body.Top(body.H - v.Px(24))
	gap := v.Px(40)
	l.answers, l.truth = body.Left((body.W - gap) * 0.45)
	_, l.truth = l.truth.Left(gap)
	return l
}

// summaryButtons lays the summary's buttons side by side, each as wide as
// its label needs: "new game with the same teams" widest, "home" narrowest,
// so that no label shrinks much more than the others.
func summaryButtons(v *View, r draw.Rect, buttons []int) []draw.Rect {
	gap := v.Px(28)
	row := r.Centered(math.Min(r.W, v.Px(1800)), r.H)
	weights := 0.0
	for _, b := range buttons {
		weights += buttonWeight(b)
	}
	unit := (row.W - gap*float64(len(buttons)-1)) / weights
	rects := make([]draw.Rect, len(buttons))
	for i, b := range buttons {
		rects[i], row = row.Left(unit * buttonWeight(b))
		_, row = row.Left(gap)
	}
	return rects
}

func buttonWeight(b int) float64 {
	switch b {
	case endExport:
		return 1.3
	case endNewGame:
		return 1.5
	case endHome:
		return 1 // « Accueil » whole beside the key at large text on a laptop
	}
	return 1
}

func (sc *endScene) Update(in *Input) Scene {
	sc.elapsed += in.Dt
	if in.Has(ActionPause) {
		return newQuitOverlay(sc.d.View, sc)
	}
	l := layoutEnd(sc.d.View, len(sc.rows), sc.page)
	if in.Has(ActionBack) && sc.page != pagePodium {
		sc.turn(-1)
		return sc
	}
	if sc.page != pageSummary {
		if sc.menu.update(in, l.buttons, nil) == 0 {
			sc.turn(1)
		}
		return sc
	}
	i := sc.menu.update(in, l.buttons, nil)
	if i < 0 {
		return sc
	}
	switch endButtons[i] {
	case endExport:
		return exportWorkshop(sc.d, sc.s, sc)
	case endReport:
		return reportWorkshop(sc.d, sc.s, sc)
	case endNewGame:
		return sc.newGame()
	case endHome:
		return NewTitleScene(sc.d)
	}
	return sc
}

// newGame starts a new workshop with the same teams, at zero, and goes to
// the choice of its first deck.
func (sc *endScene) newGame() Scene {
	if sc.next == nil {
		// Started the same second, it has this workshop's id: the store
		// gives it another when it is first saved.
		s, err := sc.d.Host.NewSession("", slices.Clone(sc.s.Teams))
		if err != nil {
			sc.d.View.Notice = sc.d.View.Tr.T("save_failed")
			sc.d.logError(err)
			return sc
		}
		sc.next = s
	}
	return newDeckScene(sc.d, sc.next, sc)
}

func (sc *endScene) Animating() bool { return sc.page != pageSummary && sc.elapsed < growDuration }

func (sc *endScene) Draw(dst *ebiten.Image) {
	v := sc.d.View
	l := layoutEnd(v, len(sc.rows), sc.page)
	var labels []string
	switch {
	case sc.page == pageTruth:
		v.Fonts.Text(dst, v.Tr.T(report.Words(sc.truth.scams)(sc.truth.workshopTitle())), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), l.title)
		v.drawTruthPage(dst, l.body, sc.truth, growth(sc.elapsed))
		labels = []string{v.Tr.T("truth_more")}
	case sc.page == pageShift:
		v.Fonts.Text(dst, v.Tr.T("shift_page_title"), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), l.title)
		v.drawShiftPage(dst, l.body, sc.truth, growth(sc.elapsed))
		labels = []string{v.Tr.T("truth_more")}
	case sc.page == pageSure:
		v.Fonts.Text(dst, v.Tr.T("confidence_page_title"), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), l.title)
		v.drawSurePage(dst, l.body, sc.sure, growth(sc.elapsed))
		labels = []string{v.Tr.T("truth_more")}
	case sc.page == pageSummary:
		v.Fonts.Text(dst, v.Tr.T("end_summary_title"), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), l.title)
		sc.drawAnswers(dst, l.answers)
		sc.drawTruth(dst, l.truth)
		names := map[int]string{endExport: "end_export", endReport: "end_report", endNewGame: "end_new_game", endHome: "end_home"}
		for _, b := range endButtons {
			labels = append(labels, v.Tr.T(names[b]))
		}
	case sc.s.Coop():
		sc.drawFamily(dst, l.title, l.podium)
		labels = []string{v.Tr.T("end_see_summary")}
	default:
		v.Fonts.Text(dst, v.Tr.T("end_title"), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), l.title)
		sc.drawPodium(dst, l.podium)
		sc.drawOthers(dst, l.others)
		labels = []string{v.Tr.T("end_see_summary")}
	}
	buttons := make([]draw.Button, len(l.buttons))
	for i, r := range l.buttons {
		buttons[i] = draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Primary: i == 0, Focused: sc.menu.focus == i}
	}
	v.DrawButtonRow(dst, buttons, v.Pointer)
	v.drawNotice(dst)
}

// podiumSlots returns the columns of the podium, left to right, and which
// row of the standings stands on each: the second, the first, the third.
func podiumSlots(r draw.Rect, n int, gap, maxW float64) ([]draw.Rect, []int) {
	var order []int
	switch {
	case n >= 3:
		order = []int{1, 0, 2}
	case n == 2:
		order = []int{1, 0}
	default:
		order = []int{0}
	}
	k := float64(len(order))
	w := math.Min(maxW, (r.W-gap*(k-1))/k)
	return r.Centered(w*k+gap*(k-1), r.H).Cols(len(order), gap), order
}

// drawPodium draws the first three teams on their steps: the first in the
// middle on the highest, each with its rank on its step and its symbol,
// name and points above it. The steps grow as the scene opens.
func (sc *endScene) drawPodium(dst *ebiten.Image, r draw.Rect) {
	v := sc.d.View
	th := v.Theme
	cols, order := podiumSlots(r, len(sc.rows), v.Px(36), v.Px(480))
	labelH := math.Min(v.Px(210), r.H*0.42)
	steps := r.H - labelH
	grown := growth(sc.elapsed)
	for i, col := range cols {
		row := sc.rows[order[i]]
		team := sc.s.Teams[row.team]
		height := steps * []float64{1, 0.72, 0.5}[min(row.rank, 3)-1] * (0.25 + 0.75*grown)
		step, _ := col.Bottom(height)
		label, _ := draw.Rect{X: col.X, Y: step.Y - labelH, W: col.W, H: labelH}.Top(labelH)
		draw.FillRoundRect(dst, step, v.Px(22), th.Panel)
		band, _ := step.Top(v.Px(16))
		draw.FillRoundRect(dst, band, v.Px(8), TeamColour(team))
		num := step.InsetXY(v.Px(12), v.Px(24))
		v.Fonts.Text(dst, v.rankText(row.rank), draw.Style{Size: v.Px(120), Min: v.Px(40), Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: th.Accent}, num)

		parts := stack(label, v.Px(96), v.Px(62), v.Px(44), v.Px(8)) // symbol, name, points, a gap over the step
		side := math.Min(parts[0].H*0.9, v.Px(84))
		drawSymbol(dst, team.Symbol, parts[0].Centered(side, side), TeamColour(team))
		v.Fonts.Text(dst, team.Name, v.Style(draw.SizeBody, true, draw.Center, nil), parts[1])
		points := parts[2]
		v.Fonts.Text(dst, v.pointsText(row.total), v.Style(draw.SizeSmall, false, draw.Center, th.Muted), points)
	}
}

// drawOthers draws the teams after the third in a strip: rank, symbol, name
// and points.
func (sc *endScene) drawOthers(dst *ebiten.Image, r draw.Rect) {
	if len(sc.rows) <= 3 {
		return
	}
	v := sc.d.View
	th := v.Theme
	others := sc.rows[3:]
	for i, cell := range r.Cols(len(others), v.Px(24)) {
		row := others[i]
		draw.FillRoundRect(dst, cell, v.Px(18), th.Panel)
		inner := cell.InsetXY(v.Px(18), v.Px(8))
		rank, rest := inner.Left(v.Px(64))
		v.Fonts.Text(dst, v.rankText(row.rank), v.Style(draw.SizeSmall, true, draw.Start, th.Accent), rank)
		points, name := rest.Right(math.Min(rest.W*0.34, v.Px(190)))
		v.drawTeamTag(dst, sc.s.Teams[row.team], name, v.Style(draw.SizeSmall, true, draw.Start, nil))
		v.Fonts.Text(dst, v.pointsText(row.total), v.Style(draw.SizeTiny, false, draw.End, th.Muted), points)
	}
}

// drawFamily draws a family's end screen: no podium when everybody plays
// together, but their points.
func (sc *endScene) drawFamily(dst *ebiten.Image, title, r draw.Rect) {
	v := sc.d.View
	th := v.Theme
	team := sc.s.Teams[0]
	v.Fonts.Text(dst, v.Tr.T("end_family"), draw.Style{Size: v.Px(draw.SizeHuge), Min: v.Px(draw.SizeLarge), Bold: true, Align: draw.Center, VAlign: draw.End, Colour: th.Accent}, title)
	box := r.Centered(math.Min(r.W, v.Px(1100)), math.Min(r.H, v.Px(560)))
	grown := growth(sc.elapsed)
	draw.FillRoundRect(dst, box, v.Px(32), th.Panel)
	inner := box.Inset(v.Px(36))
	sym, rest := inner.Top(inner.H * 0.34)
	side := math.Min(sym.H, v.Px(150)) * (0.6 + 0.4*grown)
	drawSymbol(dst, team.Symbol, sym.Centered(side, side), TeamColour(team))
	name, rest := rest.Top(rest.H * 0.26)
	v.Fonts.Text(dst, team.Name, v.Style(draw.SizeLarge, true, draw.Center, nil), name)
	points, games := rest.Top(rest.H * 0.68)
	v.Fonts.Text(dst, v.pointsText(sc.rows[0].total), draw.Style{Size: v.Px(130), Min: v.Px(draw.SizeLarge), Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: th.Accent}, points)
	v.Fonts.Text(dst, v.Tr.N("end_family_games", sc.s.Played()), v.Style(draw.SizeBody, false, draw.Center, th.Muted), games)
}

// stack splits r into rows of the heights given, top down, shrunk all
// alike when they do not fit.
func stack(r draw.Rect, heights ...float64) []draw.Rect {
	total := 0.0
	for _, h := range heights {
		total += h
	}
	k := 1.0
	if total > r.H && total > 0 {
		k = r.H / total
	}
	out := make([]draw.Rect, len(heights))
	rest := r
	for i, h := range heights {
		out[i], rest = rest.Top(h * k)
	}
	return out
}

// drawAnswers draws each team's right and wrong answers over the workshop:
// the team on one line and its answers under it, or both on one line when
// there is no room for two.
func (sc *endScene) drawAnswers(dst *ebiten.Image, r draw.Rect) {
	v := sc.d.View
	th := v.Theme
	draw.FillRoundRect(dst, r, v.Px(28), th.Panel)
	inner := r.InsetXY(v.Px(36), v.Px(28))
	heights := []float64{v.Px(76)}
	for range sc.rows {
		heights = append(heights, v.Px(104))
	}
	parts := stack(inner, heights...)
	v.Fonts.Text(dst, v.Tr.T("end_answers_title"), v.Style(draw.SizeLarge, true, draw.Start, th.Accent), parts[0])
	for i, cell := range parts[1:] {
		row := sc.rows[i]
		ts := sc.sum.Teams[row.team]
		text := v.Tr.N("end_right", ts.Right) + " · " + v.Tr.N("end_wrong", ts.Wrong)
		if cell.H >= v.Px(84) {
			name, detail := cell.Top(cell.H * 0.52)
			v.drawTeamTag(dst, sc.s.Teams[row.team], name, v.Style(draw.SizeBody, true, draw.Start, nil))
			_, detail = detail.Left(v.Px(draw.SizeBody) * 1.55)
			v.Fonts.Text(dst, text, v.Style(draw.SizeSmall, false, draw.Start, th.Muted), detail)
			continue
		}
		detail, name := cell.Right(cell.W * 0.56)
		v.drawTeamTag(dst, sc.s.Teams[row.team], name, v.Style(draw.SizeSmall, true, draw.Start, nil))
		v.Fonts.Text(dst, text, v.Style(draw.SizeTiny, false, draw.End, th.Muted), detail)
	}
}

// drawTruth draws the discernment in plain words — intox spotted, true news
// doubted, and why both count — then the techniques that fooled the group
// most.
func (sc *endScene) drawTruth(dst *ebiten.Image, r draw.Rect) {
	v := sc.d.View
	th := v.Theme
	w := report.Words(sc.sum.Scams)
	// The counts of the discernment page: a misleading item called false
	// is an intox spotted, though not the right verdict.
	d := sc.sum.Detection
	draw.FillRoundRect(dst, r, v.Px(28), th.Panel)
	inner := r.InsetXY(v.Px(40), v.Px(28))
	falseItems, trueItems := d.Intox(), d.TrueItems()
	if falseItems+trueItems == 0 {
		parts := stack(inner, v.Px(76), v.Px(120))
		v.Fonts.Text(dst, v.Tr.T(w("end_discernment_title")), v.Style(draw.SizeLarge, true, draw.Start, th.Accent), parts[0])
		v.Fonts.Text(dst, v.Tr.T("end_no_verdicts"), v.Style(draw.SizeBody, false, draw.Start, th.Muted), parts[1])
		return
	}
	lines, grouped := sc.techniqueLines()
	rows := max(1, len(lines))
	if grouped {
		rows = 4 // two lines, each with room to wrap once
	}
	heights := []float64{v.Px(76), v.Px(62), v.Px(62), v.Px(118), v.Px(24), v.Px(62)}
	for range rows {
		heights = append(heights, v.Px(60))
	}
	parts := stack(inner, heights...)
	v.Fonts.Text(dst, v.Tr.T(w("end_discernment_title")), v.Style(draw.SizeLarge, true, draw.Start, th.Accent), parts[0])
	v.Fonts.Text(dst, v.Tr.T(w("end_false_spotted"), "Count", d.Hits, "Total", falseItems), v.Style(draw.SizeBody, true, draw.Start, nil), parts[1])
	v.Fonts.Text(dst, v.Tr.T(w("end_true_doubted"), "Count", d.FalseAlarms, "Total", trueItems), v.Style(draw.SizeBody, true, draw.Start, nil), parts[2])
	v.Fonts.Text(dst, v.Tr.T(w("end_discernment_note")), v.Style(draw.SizeSmall, false, draw.Start, th.Muted), parts[3])
	v.Fonts.Text(dst, v.Tr.T("end_techniques_title"), v.Style(draw.SizeBody, true, draw.Start, th.Accent), parts[5])
	if len(lines) == 0 {
		v.Fonts.Text(dst, v.Tr.T("end_no_technique"), v.Style(draw.SizeBody, false, draw.Start, nil), parts[6])
		return
	}
	for i, line := range lines {
		box := parts[6+i]
		if grouped {
			box = parts[6+2*i]
			box.H += parts[7+2*i].H
		}
		v.Fonts.Text(dst, line, v.Style(draw.SizeBody, false, draw.Start, nil), box)
	}
}

// techniqueLines says which techniques fooled the group most: the kinds of
// content and, when the decks name them (a card's technique list after its
// first), the levers pulled, each on a labelled line (grouped); else the
// first three, numbered.
func (sc *endScene) techniqueLines() (lines []string, grouped bool) {
	tr := sc.d.View.Tr
	kinds, kindsTied := game.MostFooling(sc.sum.Techniques, 3, func(t game.TechniqueSummary) bool { return !t.Lever })
	levers, leversTied := game.MostFooling(sc.sum.Techniques, 3, func(t game.TechniqueSummary) bool { return t.Lever })
	if len(levers) == 0 {
		for i, t := range kinds {
			line := fmt.Sprintf("%d. %s", i+1, tr.N("end_technique", t.Fooled, "Technique", capitalised(t.Technique)))
			if i == len(kinds)-1 && kindsTied > 0 {
				line += " " + tr.N("end_technique_tied", kindsTied, "Count", kindsTied)
			}
			lines = append(lines, line)
		}
		return lines, false
	}
	for _, group := range []struct {
		label string
		list  []game.TechniqueSummary
		tied  int
	}{{"end_technique_kinds", kinds, kindsTied}, {"end_technique_levers", levers, leversTied}} {
		var items []string
		for _, t := range group.list {
			items = append(items, tr.T("end_technique_item", "Technique", capitalised(t.Technique), "Count", t.Fooled))
		}
		if len(items) == 0 {
			items = []string{"—"}
		}
		list := strings.Join(items, ", ")
		if group.tied > 0 {
			list += " " + tr.N("end_technique_tied", group.tied, "Count", group.tied)
		}
		lines = append(lines, tr.T(group.label, "List", list))
	}
	return lines, true
}

// capitalised returns s with its first letter in capitals: a technique is
// written in lower case in a deck, and starts a line here.
func capitalised(s string) string {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
