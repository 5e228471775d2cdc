package ui

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// standing is a team's place in a workshop: its total, what the last game
// gave it and its rank (teams with the same total share a rank: 1, 1, 3).
type standing struct {
	team  int // index in the session's teams
	total int
	last  int // points of the last game
	rank  int // from 1
}

// standingsOf ranks the teams of a session by their total, best first; teams
// with the same total keep the order of the teams.
func standingsOf(s *game.Session) []standing {
	totals := s.Totals()
	last := make([]int, len(s.Teams))
	if g := s.Current(); g != nil {
		last = gamePoints(g, len(s.Teams))
	}
	out := make([]standing, len(s.Teams))
	for i := range out {
		out[i] = standing{team: i, total: totals[i], last: last[i]}
	}
	ranks := game.Ranks(totals)
	for i := range out {
		out[i].rank = ranks[i]
	}
	slices.SortStableFunc(out, func(a, b standing) int { return b.total - a.total })
	return out
}

// gamePoints returns what a game gave each team, summed from its events as
// Session.Totals sums them.
func gamePoints(g *game.Game, teams int) []int {
	points := make([]int, teams)
	for _, ev := range g.Events {
		for t, d := range ev.Delta {
			if t < teams {
				points[t] += d
			}
		}
	}
	return points
}

// pointsText says a number of points: « 1 point », « 12 points ».
func (v *View) pointsText(n int) string { return v.Tr.N("points_count", n) }

// signed writes a change of points with its sign: +3, 0, −2.
func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

// rankText says a rank: « 1er », « 2e ».
func (v *View) rankText(rank int) string {
	if rank >= 1 && rank <= 3 {
		return v.Tr.T(fmt.Sprintf("rank_%d", rank))
	}
	return v.Tr.T("rank_n", "Rank", rank)
}

// drawTeamTag draws a team as its symbol in its colour and its name, in r:
// the symbol as high as the text, the name after it.
func (v *View) drawTeamTag(dst *ebiten.Image, t game.Team, r draw.Rect, st draw.Style) {
	side := math.Min(st.Size*1.15, r.H)
	sym, rest := r.Left(side)
	drawSymbol(dst, t.Symbol, sym.Centered(side, side), TeamColour(t))
	_, name := rest.Left(st.Size * 0.4)
	v.Fonts.Text(dst, t.Name, st, name)
}

// growDuration is how long bars and podium steps take to grow.
const growDuration = 800 * time.Millisecond

// growth returns how far an animation that started elapsed ago has grown,
// from 0 to 1, easing out.
func growth(elapsed time.Duration) float64 {
	p := math.Min(1, float64(elapsed)/float64(growDuration))
	return 1 - math.Pow(1-p, 3)
}
