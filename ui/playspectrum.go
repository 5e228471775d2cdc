package ui

import (
	"math"
	"slices"
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
		p.switchMode()
	}
	for i, r := range boxes {
		if p.heads {
			minus, plus := p.countButtons(r)
			switch {
			case in.Tapped(minus):
				p.count(i, -1)
			case in.Tapped(plus) || in.Tapped(r) || in.Has(ActionAnswer1+Action(i)):
				p.count(i, 1)
			}
			continue
		}
		if in.Tapped(r) || in.Has(ActionAnswer1+Action(i)) {
			p.apply(game.Move{Kind: game.MoveAnswer, Team: p.focus, Choice: i})
			p.focus = (p.focus + 1) % len(p.s.Teams)
		}
	}
	if in.Has(ActionNext) {
		if st.Phase == game.PhaseAnswering {
			p.apply(game.Move{Kind: game.MoveSecondRound})
		} else {
			p.apply(game.Move{Kind: game.MoveReveal})
		}
	}
}

// countingHeads reports a scale without target played by counting heads,
// while its card is in play.
func (p *playScene) countingHeads() bool {
	st := p.g.State()
	return p.heads && isOpinionCard(p.g.Card()) && (st.Phase == game.PhaseAnswering || st.Phase == game.PhaseSecond)
}

// headRound returns the round in play of a scale without target, as an
// index into State.Heads: 0 before the discussion, 1 after it.
func headRound(st game.State) int {
	if st.Phase == game.PhaseSecond {
		return 1
	}
	return 0
}

// roundCounts returns the head counts of the round in play, zeros before
// the first person is counted.
func (p *playScene) roundCounts() []int {
	st := p.g.State()
	if h := st.Heads[headRound(st)]; h != nil {
		return slices.Clone(h)
	}
	return make([]int, game.Steps)
}

// count adds delta people (one, or minus one) to a step of the scale. Each
// count is a move of its own, saved at once: a crash loses none, and undo
// takes back the last one.
func (p *playScene) count(step, delta int) {
	counts := p.roundCounts()
	p.countStep = step
	if counts[step]+delta < 0 {
		p.flash = p.d.View.Tr.T("count_nobody")
		return
	}
	counts[step] += delta
	p.apply(game.Move{Kind: game.MoveHeadCount, Choices: counts})
}

// countKeys handles the keys that act on a head count: + and − add or take
// off a person on the step last counted, and undo takes back the last count
// of this card, never a move of the card before.
func (p *playScene) countKeys(in *Input) {
	switch {
	case in.Has(ActionPointPlus):
		p.count(p.countStep, 1)
	case in.Has(ActionPointMinus):
		p.count(p.countStep, -1)
	case !p.editing() && in.Has(ActionUndo):
		if ev, ok := p.g.LastUndoable(); !ok || ev.Card != p.g.State().Card {
			p.flash = p.d.View.Tr.T("refused_undo_count")
			return
		}
		p.apply(game.Move{Kind: game.MoveUndo})
	}
}

// switchMode switches between placing teams and counting heads, and says
// so. It is refused once the round holds positions or counts of the other
// way: they would silently vanish from the screen.
func (p *playScene) switchMode() {
	st := p.g.State()
	placed := st.First
	if st.Phase == game.PhaseSecond {
		placed = st.Answers
	}
	busy := slices.ContainsFunc(placed, func(a *game.Answer) bool { return a != nil })
	if p.heads {
		busy = st.Heads[headRound(st)] != nil
	}
	tr := p.d.View.Tr
	switch {
	case busy && p.heads:
		p.flash = tr.T("mode_switch_counted")
	case busy:
		p.flash = tr.T("mode_switch_placed")
	case p.heads:
		p.heads, p.flash = false, tr.T("mode_teams")
	default:
		p.heads, p.flash = true, tr.T("mode_heads")
	}
}

// countButtons returns the − and + buttons of a step of the scale while
// counting heads, at the bottom of its box.
func (p *playScene) countButtons(box Rect) (minus, plus Rect) {
	v := p.d.View
	row, _ := box.Inset(v.Px(10)).Bottom(v.Px(72))
	cols := row.Cols(2, v.Px(10))
	return cols[0], cols[1]
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
	counts := p.roundCounts()
	for i, r := range boxes {
		bg := v.Theme.Panel
		if r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		fillRoundRect(dst, r, v.Px(18), bg)
		head, rest := r.Inset(v.Px(12)).Top(v.Px(70))
		v.Fonts.Text(dst, strconv.Itoa(i+1)+"  "+labels[i], Style{Size: v.Px(SizeTiny), Min: v.Px(18), Bold: true, Align: Center, VAlign: Start, Colour: v.Theme.Muted}, head)
		if !p.heads {
			p.drawMarkers(dst, rest, i)
			continue
		}
		if i == p.countStep {
			strokeRoundRect(dst, r.Inset(-v.Px(4)), v.Px(22), v.Px(5), v.Theme.Accent) // the step + and − change
		}
		minus, plus := p.countButtons(r)
		number, _ := rest.Top(minus.Y - rest.Y)
		if before := st.Heads[0]; st.Phase == game.PhaseSecond && before != nil {
			var was Rect
			was, number = number.Bottom(v.Px(40))
			v.Fonts.Text(dst, v.Tr.T("count_before", "N", before[i]), v.style(SizeTiny, false, Center, v.Theme.Muted), was)
		}
		v.Fonts.Text(dst, strconv.Itoa(counts[i]), v.style(SizeHuge, true, Center, v.Theme.Accent), number)
		for _, b := range []struct {
			r    Rect
			sign string
		}{{minus, "−"}, {plus, "+"}} {
			fillRoundRect(dst, b.r, v.Px(14), v.Theme.Background)
			v.Fonts.Text(dst, b.sign, v.style(SizeLarge, true, Center, v.Theme.Accent), b.r)
		}
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
	if p.heads {
		when := v.Tr.T("round_before")
		if st.Phase == game.PhaseSecond {
			when = v.Tr.T("round_after")
		}
		round = v.Tr.T("count_hint", "Round", when)
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
