package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
)

// spectrumRects returns the boxes of a scale without target: five steps,
// then « je ne comprends pas » set apart.
func (p *playScene) spectrumRects(c cardLayout) (poles Rect, boxes []Rect, toggle Rect) {
	v := p.d.View
	area := c.extra
	poles, area = area.Top(v.Px(70))
	dunno, steps := area.Right(area.W / 6)
	_, dunno = dunno.Left(v.Px(24)) // set apart from the five steps
	boxes = append(steps.Cols(5, v.Px(14)), dunno)
	toggle = c.answers.Centered(v.Px(700), min(c.answers.H, v.Px(100)))
	return poles, boxes, toggle
}

// scaleRect returns the bar of a scale with a target, 0 to 100.
func (p *playScene) scaleRect(c cardLayout) (poles, bar, confirm Rect) {
	v := p.d.View
	poles, rest := c.extra.Top(v.Px(70))
	bar = rest.Centered(rest.W, v.Px(120))
	confirm = c.answers.Centered(v.Px(620), min(c.answers.H, v.Px(110)))
	return poles, bar, confirm
}

func (p *playScene) updateSpectrum(in *Input, c cardLayout) {
	card := p.g.Card()
	st := p.g.State()
	if card.HasTarget {
		_, bar, confirm := p.scaleRect(c)
		for _, t := range in.Taps {
			if bar.Contains(t) {
				p.value = int(math.Round((t.X - bar.X) / bar.W * 100))
			}
		}
		in.Tapped(bar)
		switch {
		case in.Has(ActionUp):
			p.value = min(100, p.value+5)
		case in.Has(ActionDown):
			p.value = max(0, p.value-5)
		case in.Has(ActionNext) || in.Tapped(confirm):
			team := p.answering()
			if team == game.NoTeam && p.g.Settings.Mode != "buzzer" {
				team = p.focus
			}
			if team == game.NoTeam {
				p.flash = p.d.View.Tr.T("buzz_first")
				return
			}
			p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: p.value})
		}
		return
	}
	_, boxes, toggle := p.spectrumRects(c)
	if in.Tapped(toggle) || in.Has(ActionNextClue) {
		p.heads = !p.heads
	}
	for i, r := range boxes {
		if in.Tapped(r) || in.Has(ActionAnswer1+Action(i)) {
			if p.heads {
				p.counts[i]++
			} else {
				p.apply(game.Move{Kind: game.MoveAnswer, Team: p.focus, Choice: i})
				p.focus = (p.focus + 1) % len(p.s.Teams)
			}
		}
	}
	if in.Has(ActionBack) && p.heads {
		clear(p.counts)
	}
	if in.Has(ActionNext) {
		if sum(p.counts) > 0 {
			if !p.apply(game.Move{Kind: game.MoveHeadCount, Choices: p.counts}) {
				return
			}
		}
		if st.Phase == game.PhaseAnswering {
			p.apply(game.Move{Kind: game.MoveSecondRound})
		} else {
			p.apply(game.Move{Kind: game.MoveReveal})
		}
		p.counts = make([]int, game.Steps)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// stepLabels returns the labels of the six positions of a scale.
func (p *playScene) stepLabels() []string {
	tr := p.d.View.Tr
	return []string{tr.T("step_1"), tr.T("step_2"), tr.T("step_3"), tr.T("step_4"), tr.T("step_5"), tr.T("step_dunno")}
}

func (p *playScene) drawPoles(dst *ebiten.Image, r Rect) {
	v := p.d.View
	card := p.g.Card()
	left, right := r.Cols(2, v.Px(20))[0], r.Cols(2, v.Px(20))[1]
	v.Fonts.Text(dst, "← "+card.Left, v.style(SizeSmall, true, Start, v.Theme.Muted), left)
	v.Fonts.Text(dst, card.Right+" →", v.style(SizeSmall, true, End, v.Theme.Muted), right)
}

func (p *playScene) drawSpectrum(dst *ebiten.Image, c cardLayout) {
	v := p.d.View
	card := p.g.Card()
	st := p.g.State()
	if card.HasTarget {
		poles, bar, confirm := p.scaleRect(c)
		p.drawPoles(dst, poles)
		p.drawScale(dst, bar)
		x := bar.X + bar.W*float64(p.value)/100
		marker := Rect{x - v.Px(36), bar.Y - v.Px(10), v.Px(72), bar.H + v.Px(20)}
		fillRoundRect(dst, marker, v.Px(18), v.Theme.Accent)
		v.Fonts.Text(dst, strconv.Itoa(p.value), v.style(SizeSmall, true, Center, v.Theme.OnAccent), marker)
		v.drawButton(dst, Button{Label: v.Tr.T("spectrum_confirm"), Key: "↵", Rect: confirm, Primary: true}, confirm.Contains(v.Pointer))
		hint, _ := c.kind.Right(c.kind.W * 0.6)
		v.Fonts.Text(dst, v.Tr.T("spectrum_hint"), v.style(SizeTiny, false, End, v.Theme.Muted), hint)
		return
	}
	poles, boxes, toggle := p.spectrumRects(c)
	p.drawPoles(dst, poles)
	labels := p.stepLabels()
	for i, r := range boxes {
		bg := v.Theme.Panel
		if r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		fillRoundRect(dst, r, v.Px(18), bg)
		head, rest := r.Inset(v.Px(12)).Top(v.Px(70))
		v.Fonts.Text(dst, strconv.Itoa(i+1)+"  "+labels[i], Style{Size: v.Px(SizeTiny), Min: v.Px(18), Bold: true, Align: Center, VAlign: Start, Colour: v.Theme.Muted}, head)
		if p.heads || st.Heads[0] != nil {
			count := p.counts[i]
			if !p.heads && st.Heads[0] != nil {
				count = st.Heads[0][i]
			}
			v.Fonts.Text(dst, strconv.Itoa(count), v.style(SizeHuge, true, Center, v.Theme.Accent), rest)
			continue
		}
		p.drawMarkers(dst, rest, i)
	}
	label := v.Tr.T("count_heads")
	if p.heads {
		label = v.Tr.T("place_teams")
	}
	v.drawButton(dst, Button{Label: label, Key: "C", Rect: toggle}, toggle.Contains(v.Pointer))
	round := v.Tr.T("opinion_before")
	if st.Phase == game.PhaseSecond {
		round = v.Tr.T("opinion_after")
	}
	hint, _ := c.kind.Right(c.kind.W * 0.6)
	v.Fonts.Text(dst, round, v.style(SizeTiny, true, End, v.Theme.Accent), hint)
}

// drawMarkers draws the symbols of the teams standing on step i: before
// the discussion as outlines, after it filled.
func (p *playScene) drawMarkers(dst *ebiten.Image, r Rect, step int) {
	v := p.d.View
	st := p.g.State()
	var cells []Rect
	n := len(p.s.Teams)
	cells = r.Grid(n, 2, v.Px(8))
	for t, team := range p.s.Teams {
		cell := cells[t].Centered(v.Px(56), v.Px(56))
		if a := st.First[t]; a != nil && a.Choice == step {
			strokeRoundRect(dst, cell, v.Px(28), v.Px(4), TeamColour(team))
		}
		if a := st.Answers[t]; a != nil && a.Choice == step {
			drawSymbol(dst, team.Symbol, cell, TeamColour(team))
		} else if a := st.First[t]; a != nil && a.Choice == step && st.Phase == game.PhaseAnswering {
			drawSymbol(dst, team.Symbol, cell, TeamColour(team))
		}
	}
}

// drawScale draws the bar of a scale from 0 to 100 with its ticks.
func (p *playScene) drawScale(dst *ebiten.Image, bar Rect) {
	v := p.d.View
	fillRoundRect(dst, bar.Centered(bar.W, v.Px(28)), v.Px(14), v.Theme.Panel)
	for i := 0; i <= 10; i++ {
		x := bar.X + bar.W*float64(i)/10
		tick := Rect{x - v.Px(2), bar.Y + bar.H/2 - v.Px(24), v.Px(4), v.Px(48)}
		fillRect(dst, tick, v.Theme.Muted)
	}
}
