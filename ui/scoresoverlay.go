package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// scoresOverlay shows the workshop's totals over the game (the S key, or
// the pause menu): each team ranked with its symbol, name and points, and
// what the game in play gave it. Any key or tap closes it.
type scoresOverlay struct {
	overlay
	d    *Deps
	s    *game.Session
	rows []standing
}

func newScoresOverlay(d *Deps, s *game.Session, under Scene) Scene {
	o := &scoresOverlay{d: d, s: s, rows: standingsOf(s)}
	o.overlay = newOverlay(d.View, under, o)
	return o
}

// layoutScoresOverlay places the panel: its title, a row a team, and the
// line that says how to close it.
func layoutScoresOverlay(v *View, teams int) (panel, title, foot draw.Rect, rows []draw.Rect) {
	panel = v.panel(1300, 72+96+64+16+float64(teams)*104+float64(teams-1)*14)
	inner := panel.InsetXY(v.Px(44), v.Px(36))
	title, rest := inner.Top(v.Px(96))
	foot, rest = rest.Bottom(v.Px(64))
	gap := v.Px(14)
	h := math.Min(v.Px(104), (rest.H-v.Px(16)-gap*float64(teams-1))/float64(teams))
	list := rest.Centered(rest.W, h*float64(teams)+gap*float64(teams-1))
	return panel, title, foot, list.Rows(teams, gap)
}

func (o *scoresOverlay) closesOn() closeRule { return closeOnAnyKey }

// handle has nothing to do: the scores have no keys of their own.
func (o *scoresOverlay) handle(*Input) Scene { return o }

func (o *scoresOverlay) box() (draw.Rect, boxLook) {
	panel, _, _, _ := layoutScoresOverlay(o.v, len(o.rows))
	return panel, boxPlain
}

func (o *scoresOverlay) drawContent(dst *ebiten.Image) {
	v := o.v
	th := v.Theme
	_, title, foot, rows := layoutScoresOverlay(v, len(o.rows))
	v.Fonts.Text(dst, v.Tr.T("pause_scores"), v.Style(draw.SizeTitle, true, draw.Start, th.Accent), title)
	playing := o.s.Current() != nil
	for i, r := range rows {
		row := o.rows[i]
		draw.FillRoundRect(dst, r, v.Px(18), th.Background)
		inner := r.InsetXY(v.Px(24), v.Px(8))
		rank, rest := inner.Left(v.Px(96))
		v.Fonts.Text(dst, v.rankText(row.rank), v.Style(draw.SizeBody, true, draw.Start, th.Accent), rank)
		right, name := rest.Right(math.Min(rest.W*0.5, v.Px(560)))
		v.drawTeamTag(dst, o.s.Teams[row.team], name, v.Style(draw.SizeBody, true, draw.Start, nil))
		last, total := right.Right(right.W * 0.48)
		v.Fonts.Text(dst, v.pointsText(row.total), v.Style(draw.SizeBody, true, draw.End, nil), total)
		if playing {
			v.Fonts.Text(dst, v.Tr.T("scores_last_game", "Points", signed(row.last)), v.Style(draw.SizeTiny, false, draw.End, th.Muted), last)
		}
	}
	v.Fonts.Text(dst, v.Tr.T("scores_overlay_close"), v.Style(draw.SizeSmall, false, draw.Center, th.Muted), foot)
}
