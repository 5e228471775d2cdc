package ui

import (
	"image/color"
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

// trendColour is the colour of a trend's headline: right when confidence
// followed the answers, muted when there is too little to say, the warning
// colour otherwise.
func (v *View) trendColour(t game.Trend) color.RGBA {
	switch t {
	case game.TrendFollows:
		return v.Theme.Right
	case game.TrendTooFew:
		return v.Theme.Muted
	}
	return v.Theme.Accent
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
	v.drawWords(dst, l.reading, title, v.trendColour(sv.group.Trend()), sentence, "")

	body := draw.Rect{X: r.X, Y: l.table.Y, W: r.W, H: l.table.H}
	draw.FillRoundRect(dst, body, v.Px(28), th.Panel)
	inner := body.InsetXY(v.Px(32), math.Min(v.Px(20), body.H*0.05))
	head, rows := inner.Top(math.Min(v.Px(60), inner.H*0.2))
	label, cols := head.Left(math.Min(v.Px(420), head.W*0.28))
	v.Fonts.Text(dst, v.Tr.T("confidence_legend"), v.Style(draw.SizeTiny, false, draw.Start, th.Muted), label)
	gap := v.Px(36)
	for i, h := range cols.Cols(game.SureLevels, gap) {
		v.Fonts.Text(dst, strconv.Itoa(i+1)+" · "+v.Tr.T("sure_"+strconv.Itoa(i+1)), v.Style(draw.SizeSmall, true, draw.Center, th.Text), h)
	}

	type line struct {
		team *game.Team
		c    game.Confidence
	}
	lines := []line{{nil, sv.group}}
	if len(sv.teams) > 1 {
		for i := range sv.teams {
			lines = append(lines, line{&sv.teams[i], sv.per[i]})
		}
	}
	_, rows = rows.Top(v.Px(10))
	n := len(lines)
	rowGap := v.Px(12)
	h := math.Min(v.Px(96), (rows.H-rowGap*float64(n-1))/float64(n))
	for i, row := range rows.Centered(rows.W, h*float64(n)+rowGap*float64(n-1)).Rows(n, rowGap) {
		ln := lines[i]
		name, cells := row.Left(label.W)
		if ln.team == nil {
			v.Fonts.Text(dst, v.Tr.T("shift_group"), v.Style(draw.SizeSmall, true, draw.Start, nil), name)
		} else {
			v.drawTeamTag(dst, *ln.team, name, v.Style(draw.SizeSmall, false, draw.Start, nil))
		}
		for j, cell := range cells.Cols(game.SureLevels, gap) {
			lv := ln.c.Levels[j]
			at, track := cell.InsetXY(0, cell.H*0.22).Right(math.Min(v.Px(180), cell.W*0.45))
			_, at = at.Left(v.Px(10))
			figure := "—"
			if lv.Answers > 0 {
				figure = v.Tr.T("confidence_of", "Right", lv.Right, "Answers", lv.Answers)
			}
			size := float64(draw.SizeTiny)
			if h >= v.Px(72) {
				size = draw.SizeSmall // a projector's rows: figures read from the back
			}
			v.Fonts.Text(dst, figure, v.Style(size, true, draw.Start, nil), at)
			v.drawShareBar(dst, track, lv.Right, lv.Answers, th.Right, grown)
		}
	}
}
