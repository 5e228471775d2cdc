package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/report"
	"declic/ui/draw"
)

// sureView is what the page of confidence shows: the group's ratings of
// confidence and, when several teams played, each team's.
type sureView struct {
	group game.Confidence
	teams []game.Team
	per   []game.Confidence // by team, as teams
}

// sureOf returns the confidence of a summary, and whether any verdict was
// rated: a game that did not ask has no such page.
func sureOf(s *game.Session, sum game.Summary) (sureView, bool) {
	sv := sureView{group: sum.Confidence, teams: s.Teams}
	for _, ts := range sum.Teams {
		sv.per = append(sv.per, ts.Confidence)
	}
	return sv, sum.Confidence.Rated() > 0
}

// drawSurePage draws the page of confidence in r: whether confidence
// followed the answers, in a headline and a sentence, then for the group
// and each team, at each level (sûr, plutôt, au hasard), the share of
// right verdicts as a bar with its count: bars that shorten from left to
// right are a confidence that follows the answers. grown makes the bars
// grow as the page opens.
func (v *View) drawSurePage(dst *ebiten.Image, r draw.Rect, sv sureView, grown float64) {
	th := v.Theme
	l := layoutTruth(v, r, 1)
	title, sentence := report.ConfidenceWords(sv.group, v.Tr)
	v.drawWords(dst, l.reading, title, v.toneColour(report.TrendTone(sv.group.Trend())), sentence, "")

	body := draw.Rect{X: r.X, Y: l.table.Y, W: r.W, H: l.table.H}
	draw.FillRoundRect(dst, body, v.Px(28), th.Panel)
	inner := body.InsetXY(v.Px(32), math.Min(v.Px(20), body.H*0.05))
	// The legend has room for two lines of its size: what the bars count
	// is read once, but read whole.
	head, rows := inner.Top(math.Min(v.Px(draw.SizeTiny)*1.5*2, inner.H*0.26))
	label, cols := head.Left(math.Min(v.Px(420), head.W*0.28))
	v.Fonts.Text(dst, v.Tr.T("confidence_legend"), v.Style(draw.SizeTiny, false, draw.Start, th.Muted), label)
	gap := v.Px(36)
	for i, h := range cols.Cols(game.SureLevels, gap) {
		v.Fonts.Text(dst, strconv.Itoa(i+1)+" · "+v.Tr.T("sure_"+strconv.Itoa(i+1)), v.Style(draw.SizeSmall, true, draw.Center, th.Text), h)
	}

	confidences := []game.Confidence{sv.group}
	if len(sv.teams) > 1 {
		confidences = append(confidences, sv.per...)
	}
	for i, cells := range v.drawGroupLines(dst, rows, sv.teams, label.W, v.Px(96)) {
		for j, cell := range cells.Cols(game.SureLevels, gap) {
			lv := confidences[i].Levels[j]
			at, track := cell.InsetXY(0, cell.H*0.22).Right(math.Min(v.Px(180), cell.W*0.45))
			_, at = at.Left(v.Px(10))
			figure := "—"
			if lv.Answers > 0 {
				figure = v.Tr.T("confidence_of", "Right", lv.Right, "Answers", lv.Answers)
			}
			size := float64(draw.SizeTiny)
			if cells.H >= v.Px(72) {
				size = draw.SizeSmall // a projector's rows: figures read from the back
			}
			v.Fonts.Text(dst, figure, v.Style(size, true, draw.Start, nil), at)
			v.drawShareBar(dst, track, lv.Right, lv.Answers, th.Right, grown)
		}
	}
}
