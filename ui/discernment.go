package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/report"
	"declic/ui/draw"
)

// truthView is what the discernment page shows: the group's verdicts read
// by signal detection and, when several teams played, each team's.
type truthView struct {
	group game.Detection
	teams []game.Team
	per   []game.Detection // by team, as teams
	// before and after are the tests of the workshop's effect, the group's
	// and by team; measured is set once both were played.
	before, after       game.Detection
	perBefore, perAfter []game.Detection
	measured            bool
	// scams is set for scam decks: the words speak of scams and
	// legitimate messages (report.Words).
	scams bool
}

// truthOf returns the discernment of a summary, and whether there is any
// outside the tests: a workshop without verdict cards has no such page.
func truthOf(s *game.Session, sum game.Summary) (truthView, bool) {
	tv := truthView{group: sum.Detection, teams: s.Teams, before: sum.Before, after: sum.After, scams: sum.Scams}
	for _, ts := range sum.Teams {
		tv.per = append(tv.per, ts.Detection)
		tv.perBefore = append(tv.perBefore, ts.Before)
		tv.perAfter = append(tv.perAfter, ts.After)
	}
	tv.measured = sum.Before.Answers() > 0 && sum.After.Answers() > 0
	return tv, sum.Detection.Answers() > 0
}

// workshopTitle is the message id of the workshop's discernment page: it
// says that the tests of the workshop's effect are not in it, when there
// were some (they have their own page).
func (tv truthView) workshopTitle() string {
	if tv.before.Answers()+tv.after.Answers() > 0 {
		return "end_truth_title_measured"
	}
	return "end_truth_title"
}

// truthLayout places the discernment page: the reading across the top, the
// 2 × 2 table under it on the left and the teams' bars on the right (the
// table alone, centred, for one team).
type truthLayout struct {
	reading draw.Rect
	table   draw.Rect
	bars    draw.Rect // empty for a single team
}

func layoutTruth(v *View, r draw.Rect, teams int) truthLayout {
	var l truthLayout
	// The reading takes a third of a short page (large text on a laptop),
	// so that the table and the bars keep room for their figures.
	l.reading, r = r.Top(math.Max(math.Min(v.Px(250), r.H*0.34), math.Min(v.Px(165), r.H*0.42)))
	_, r = r.Top(math.Min(v.Px(24), r.H*0.05))
	if teams < 2 {
		l.table = r.Centered(math.Min(r.W, v.Px(1100)), r.H)
		return l
	}
	gap := v.Px(40)
	l.table, l.bars = r.Left((r.W - gap) * 0.46)
	_, l.bars = l.bars.Left(gap)
	return l
}

// drawTruth draws the discernment page in r: what the verdicts say, in a
// headline and a sentence, the 2 × 2 table of the group's verdicts, and
// each team's share of intox spotted and of true news trusted. grown makes
// the bars grow as the page opens.
func (v *View) drawTruthPage(dst *ebiten.Image, r draw.Rect, tv truthView, grown float64) {
	l := layoutTruth(v, r, len(tv.teams))
	v.drawReading(dst, l.reading, tv.group, tv.scams)
	v.drawDetectionTable(dst, l.table, tv.group, report.Words(tv.scams))
	if len(tv.teams) > 1 {
		v.drawTeamTruth(dst, l.bars, tv, grown)
	}
}

// toneColour is the colour of a headline of its tone (report.Tone): right
// for good news, muted when there is too little to say, the warning colour
// otherwise — as in the report.
func (v *View) toneColour(t report.Tone) color.RGBA {
	switch t {
	case report.ToneGood:
		return v.Theme.Right
	case report.ToneQuiet:
		return v.Theme.Muted
	}
	return v.Theme.Accent
}

// drawReading draws the reading's headline, its sentence and, when the
// figures rest on few answers, the note that says they are indicative.
func (v *View) drawReading(dst *ebiten.Image, r draw.Rect, d game.Detection, scams bool) {
	title, sentence, note := report.Reading(d, scams, v.Tr)
	v.drawWords(dst, r, title, v.toneColour(report.ReadingTone(d.Reading())), sentence, note)
}

// drawWords draws a headline in its colour, a sentence under it and a note
// in small print, on a panel.
func (v *View) drawWords(dst *ebiten.Image, r draw.Rect, title string, c color.Color, sentence, note string) {
	th := v.Theme
	draw.FillRoundRect(dst, r, v.Px(28), th.Panel)
	inner := r.InsetXY(v.Px(40), v.Px(18))
	// The note keeps a whole line at a size read from the back of the
	// room (the caveat of few answers matters as much as the figures);
	// the sentence, with room for two lines, shrinks first.
	var noteRect draw.Rect
	if note != "" {
		noteRect, inner = inner.Bottom(math.Min(inner.H*0.3, v.Px(draw.SizeSmall)*1.55))
	}
	parts := stack(inner, v.Px(66), v.Px(150))
	v.Fonts.Text(dst, title, v.Style(draw.SizeLarge, true, draw.Start, c), parts[0])
	v.Fonts.Text(dst, sentence, v.Style(draw.SizeBody, false, draw.Start, nil), parts[1])
	if note != "" {
		v.Fonts.Text(dst, note, draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Center, Colour: th.Muted}, noteRect)
	}
}

// layoutTableHeads places the 2 × 2 table's heads in r, its panel, and
// returns them, the body under them and the gap between cells. The heads
// have room for two lines.
func layoutTableHeads(v *View, r draw.Rect) (heads []draw.Rect, body draw.Rect, gap float64) {
	inner := r.InsetXY(v.Px(28), math.Min(v.Px(20), r.H*0.05))
	head, body := inner.Top(math.Min(v.Px(104), inner.H*0.26))
	_, body = body.Top(v.Px(8))
	gap = math.Min(v.Px(18), body.H*0.06)
	return head.Cols(2, gap), body, gap
}

// tableHeads returns the heads of the 2 × 2 table's columns, each on two
// lines — what the column holds over its count of answers (« Les vraies
// infos » / « (36 réponses) ») — so that both read alike whatever their
// length.
func tableHeads(v *View, d game.Detection, w func(string) string) [2]string {
	twoLines := func(s string) string { return strings.Replace(s, " (", "\n(", 1) }
	return [2]string{twoLines(v.Tr.N(w("truth_col_intox"), d.Intox())), twoLines(v.Tr.N(w("truth_col_true"), d.TrueItems()))}
}

func tableHeadStyle(v *View) draw.Style {
	return v.Style(draw.SizeSmall, true, draw.Center, v.Theme.Muted)
}

// drawDetectionTable draws the 2 × 2 table of the verdicts: a column for
// the intox and one for the true news, the verdicts that saw them right on
// top in the right colour (intox spotted, true news trusted), those that
// did not under them in the wrong colour. Each cell says what it counts,
// so that the table reads without its headers.
func (v *View) drawDetectionTable(dst *ebiten.Image, r draw.Rect, d game.Detection, w func(string) string) {
	th := v.Theme
	draw.FillRoundRect(dst, r, v.Px(28), th.Panel)
	heads, body, gap := layoutTableHeads(v, r)
	for i, text := range tableHeads(v, d, w) {
		v.Fonts.Text(dst, text, tableHeadStyle(v), heads[i])
	}
	rows := body.Rows(2, gap)
	top, bottom := rows[0].Cols(2, gap), rows[1].Cols(2, gap)
	v.drawDetectionCell(dst, top[0], d.Hits, d.Intox(), "truth_hits", w, true)
	v.drawDetectionCell(dst, top[1], d.CorrectTrusts, d.TrueItems(), "truth_trusts", w, true)
	v.drawDetectionCell(dst, bottom[0], d.Misses, d.Intox(), "truth_misses", w, false)
	v.drawDetectionCell(dst, bottom[1], d.FalseAlarms, d.TrueItems(), "truth_false_alarms", w, false)
}

// drawDetectionCell draws one cell of the table: its count, large, in the
// right or the wrong colour, and what it counts under it. A cell of a kind
// no card had shows a dash.
func (v *View) drawDetectionCell(dst *ebiten.Image, r draw.Rect, n, of int, label string, w func(string) string, right bool) {
	th := v.Theme
	c := th.Wrong
	if right {
		c = th.Right
	}
	draw.FillRoundRect(dst, r, v.Px(20), mix(th.Panel, c, 0.16))
	band, _ := r.Left(v.Px(12))
	draw.FillRoundRect(dst, band, v.Px(6), c)
	inner := r.InsetXY(v.Px(24), v.Px(8))
	figure := "—"
	if of > 0 {
		figure = fmt.Sprint(n)
	}
	number := draw.Style{Size: v.Px(96), Min: v.Px(36), Bold: true, Align: draw.Center, VAlign: draw.End, Colour: c}
	words := draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny) * 0.8, Align: draw.Center, VAlign: draw.Start, Colour: th.Text}
	// A short cell (large text on a laptop) puts the number before its
	// words, said shortly (the column's head names the items), on up to two
	// lines.
	if inner.H < v.Px(120) {
		num, text := inner.Left(inner.W * 0.34)
		_, text = text.Left(v.Px(12))
		number.Size, number.VAlign, words.Align, words.VAlign = math.Min(number.Size, inner.H), draw.Center, draw.Start, draw.Center
		v.Fonts.Text(dst, figure, number, num)
		v.Fonts.Text(dst, v.Tr.N(w(label+"_short"), n), words, text)
		return
	}
	num, text := inner.Top(inner.H * 0.56)
	v.Fonts.Text(dst, figure, number, num)
	v.Fonts.Text(dst, v.Tr.N(w(label), n), words, text)
}

// drawTeamTruth draws, for each team, two bars: the share of the intox it
// spotted and the share of the true news it trusted. Both long is
// discernment; one long and one short is a lean, to trust or to doubt. The
// team's reading is written under its name.
func (v *View) drawTeamTruth(dst *ebiten.Image, r draw.Rect, tv truthView, grown float64) {
	th := v.Theme
	draw.FillRoundRect(dst, r, v.Px(28), th.Panel)
	inner := r.InsetXY(v.Px(28), math.Min(v.Px(20), r.H*0.05))
	legend, body := inner.Top(math.Min(v.Px(56), inner.H*0.2))
	keys := legend.Cols(2, v.Px(16))
	w := report.Words(tv.scams)
	v.drawLegend(dst, keys[0], th.Accent, v.Tr.T(w("truth_legend_hits")))
	v.drawLegend(dst, keys[1], th.Right, v.Tr.T(w("truth_legend_trusts")))
	_, body = body.Top(v.Px(10))
	n := len(tv.teams)
	gap := v.Px(14)
	h := math.Min(v.Px(120), (body.H-gap*float64(n-1))/float64(n))
	rows := body.Centered(body.W, h*float64(n)+gap*float64(n-1)).Rows(n, gap)
	for i, row := range rows {
		d := tv.per[i]
		label, bars := row.Left(math.Min(v.Px(330), row.W*0.4))
		// The team's reading under its name, when the row has room for
		// two lines.
		if h >= v.Px(72) {
			name, word := label.Top(label.H * 0.58)
			v.drawTeamTag(dst, tv.teams[i], name, v.Style(draw.SizeSmall, true, draw.Start, nil))
			title, _, _ := report.Reading(d, tv.scams, v.Tr)
			v.Fonts.Text(dst, title, v.Style(draw.SizeTiny, false, draw.Start, v.toneColour(report.ReadingTone(d.Reading()))), word)
		} else {
			v.drawTeamTag(dst, tv.teams[i], label, v.Style(draw.SizeSmall, true, draw.Start, nil))
		}
		hits, trusts := v.shareText(d.Hits, d.Intox()), v.shareText(d.CorrectTrusts, d.TrueItems())
		pct := v.Style(draw.SizeTiny, true, draw.End, nil)
		if h < v.Px(64) {
			// Too low for a figure beside each bar: both after the
			// pair, on one line, each in its bar's colour.
			var figures draw.Rect
			figures, bars = bars.Right(v.Px(210))
			cols := figures.Cols(2, v.Px(10))
			pct.Colour = th.Accent
			v.Fonts.Text(dst, hits, pct, cols[0])
			pct.Colour = th.Right
			v.Fonts.Text(dst, trusts, pct, cols[1])
		}
		pair := bars.InsetXY(v.Px(8), h*0.08).Rows(2, math.Min(v.Px(8), h*0.08))
		if h >= v.Px(64) {
			var at draw.Rect
			at, pair[0] = pair[0].Right(v.Px(110))
			v.Fonts.Text(dst, hits, pct, at)
			at, pair[1] = pair[1].Right(v.Px(110))
			v.Fonts.Text(dst, trusts, pct, at)
		}
		v.drawShareBar(dst, pair[0], d.Hits, d.Intox(), th.Accent, grown)
		v.drawShareBar(dst, pair[1], d.CorrectTrusts, d.TrueItems(), th.Right, grown)
	}
}

// drawLegend draws a colour swatch and what it stands for.
func (v *View) drawLegend(dst *ebiten.Image, r draw.Rect, c color.Color, label string) {
	side := math.Min(r.H*0.5, v.Px(26))
	sw, rest := r.Left(side)
	draw.FillRoundRect(dst, sw.Centered(side, side), side/4, c)
	_, rest = rest.Left(v.Px(12))
	v.Fonts.Text(dst, label, v.Style(draw.SizeTiny, false, draw.Start, v.Theme.Text), rest)
}

// drawShareBar draws n of total as a bar on its track, grown so far; the
// track alone when total is 0.
func (v *View) drawShareBar(dst *ebiten.Image, track draw.Rect, n, total int, c color.Color, grown float64) {
	draw.FillRoundRect(dst, track, track.H/2, v.Theme.Background)
	if total == 0 {
		return
	}
	if w := track.W * float64(n) / float64(total) * grown; w > 0 {
		fill, _ := track.Left(math.Max(w, track.H))
		draw.FillRoundRect(dst, fill, track.H/2, c)
	}
}

// shareText returns n of total as a percentage, a dash when total is 0.
func (v *View) shareText(n, total int) string {
	if total == 0 {
		return "—"
	}
	return v.Tr.T("truth_percent", "Percent", int(math.Round(100*float64(n)/float64(total))))
}

// mix returns a blended k of the way from a to b, opaque.
func mix(a, b color.RGBA, k float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*k)) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 0xff}
}

// drawShiftPage draws the before and after page: the change in words, then
// for the group and each team the share of intox spotted and of true news
// trusted, before the workshop (muted) and after (in colour).
func (v *View) drawShiftPage(dst *ebiten.Image, r draw.Rect, tv truthView, grown float64) {
	th := v.Theme
	l := layoutTruth(v, r, 1)
	w := report.Words(tv.scams)
	title, sentence, note := report.ShiftWords(tv.before, tv.after, tv.scams, v.Tr)
	v.drawWords(dst, l.reading, title, v.shiftColour(tv.before, tv.after, note), sentence, note)

	body := draw.Rect{X: r.X, Y: l.table.Y, W: r.W, H: l.table.H}
	draw.FillRoundRect(dst, body, v.Px(28), th.Panel)
	inner := body.InsetXY(v.Px(32), math.Min(v.Px(20), body.H*0.05))
	head, rows := inner.Top(math.Min(v.Px(60), inner.H*0.2))
	label, cols := head.Left(math.Min(v.Px(420), head.W*0.3))
	v.drawLegend(dst, label.InsetXY(0, label.H*0.1), mix(th.Panel, th.Muted, 0.55), v.Tr.T("shift_legend_before"))
	heads := cols.Cols(2, v.Px(40))
	v.Fonts.Text(dst, v.Tr.T(w("truth_legend_hits")), v.Style(draw.SizeSmall, true, draw.Center, th.Accent), heads[0])
	v.Fonts.Text(dst, v.Tr.T(w("truth_legend_trusts")), v.Style(draw.SizeSmall, true, draw.Center, th.Right), heads[1])

	befores, afters := []game.Detection{tv.before}, []game.Detection{tv.after}
	if len(tv.teams) > 1 {
		befores, afters = append(befores, tv.perBefore...), append(afters, tv.perAfter...)
	}
	for i, cells := range v.drawGroupLines(dst, rows, tv.teams, label.W, v.Px(110)) {
		before, after := befores[i], afters[i]
		pair := cells.Cols(2, v.Px(40))
		v.drawBeforeAfter(dst, pair[0], before.Hits, before.Intox(), after.Hits, after.Intox(), th.Accent, grown)
		v.drawBeforeAfter(dst, pair[1], before.CorrectTrusts, before.TrueItems(), after.CorrectTrusts, after.TrueItems(), th.Right, grown)
	}
}

// drawGroupLines lays out, in rows, a line for the whole group and, when
// several teams played, one a team after it, each at most maxH tall and
// centred together; it writes each line's name in its first labelW (the
// group's word, or the team's symbol and name) and returns the rest of
// each line, for its figures.
func (v *View) drawGroupLines(dst *ebiten.Image, rows draw.Rect, teams []game.Team, labelW, maxH float64) []draw.Rect {
	n := 1
	if len(teams) > 1 {
		n += len(teams)
	}
	_, rows = rows.Top(v.Px(10))
	gap := v.Px(12)
	h := math.Min(maxH, (rows.H-gap*float64(n-1))/float64(n))
	lines := rows.Centered(rows.W, h*float64(n)+gap*float64(n-1)).Rows(n, gap)
	for i, line := range lines {
		name, rest := line.Left(labelW)
		if i == 0 {
			v.Fonts.Text(dst, v.Tr.T("shift_group"), v.Style(draw.SizeSmall, true, draw.Start, nil), name)
		} else {
			v.drawTeamTag(dst, teams[i-1], name, v.Style(draw.SizeSmall, false, draw.Start, nil))
		}
		lines[i] = rest
	}
	return lines
}

// shiftColour is the colour of the before and after headline
// (report.ShiftTone).
func (v *View) shiftColour(before, after game.Detection, note string) color.Color {
	return v.toneColour(report.ShiftTone(before, after, note))
}

// drawBeforeAfter draws a share before (a muted bar) and after (a bar in
// c), and both percentages beside them at the size of text read from the
// back of the room: « 75 % → 100 % », the before in grey.
func (v *View) drawBeforeAfter(dst *ebiten.Image, r draw.Rect, nb, ofb, na, ofa int, c color.Color, grown float64) {
	th := v.Theme
	figures, track := r.Right(math.Min(v.Px(300), r.W*0.46))
	bars := track.InsetXY(0, r.H*0.08).Rows(2, math.Min(v.Px(8), r.H*0.08))
	v.drawShareBar(dst, bars[0].InsetXY(0, 0), nb, ofb, mix(th.Panel, th.Muted, 0.55), grown)
	v.drawShareBar(dst, bars[1], na, ofa, c, grown)
	was, now := figures.Left(figures.W * 0.47)
	v.Fonts.Text(dst, v.shareText(nb, ofb), v.Style(draw.SizeSmall, false, draw.End, th.Muted), was)
	v.Fonts.Text(dst, "→ "+v.shareText(na, ofa), v.Style(draw.SizeSmall, true, draw.End, nil), now)
}
