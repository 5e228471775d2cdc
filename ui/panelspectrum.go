package ui

import (
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// spectrumPanel plays a spectrum card: an estimate placed on a scale with
// a target, or an opinion, where the facilitator places each team (or
// counts heads) before and after a discussion.
type spectrumPanel struct {
	p     *playScene
	value int // an estimate: the value being placed, in the card's scale
	// stepDir, stepRun and sinceStep follow a quick run of ↑ or ↓ presses
	// on a scale with a target (see stepBy).
	stepDir, stepRun int
	sinceStep        time.Duration
	// countStep is the step of the scale that + and − change while
	// counting heads: the last one counted, from round to round.
	countStep int
	// discussed tells a debate's prompts seen, and its teams placing again;
	// page is the page of the prompts shown.
	discussed bool
	page      int
}

// newSpectrumPanel starts an estimate's marker in the middle of its scale.
func newSpectrumPanel(p *playScene) *spectrumPanel {
	sp := &spectrumPanel{p: p, value: 50}
	if c := p.g.Card(); c.HasTarget {
		sp.value = scaleStart(c)
	}
	return sp
}

func (sp *spectrumPanel) update(in *Input, l playLayout) { sp.updateSpectrum(in, sp.p.cardLayout(l)) }

func (sp *spectrumPanel) draw(dst *ebiten.Image, l playLayout) {
	c := sp.p.cardLayout(l)
	sp.p.drawFace(dst, c, sp.p.kindLabel())
	sp.drawSpectrum(dst, c)
}

func (sp *spectrumPanel) editing() bool { return false }

// fresh puts an estimate's marker back in the middle, for the team the
// laptop is handed to.
func (sp *spectrumPanel) fresh() {
	if c := sp.p.g.Card(); c.HasTarget {
		sp.value, sp.stepRun = scaleStart(c), 0
	}
}

// nextRound shows a debate's prompts again: its discussion comes with the
// second round.
func (sp *spectrumPanel) nextRound() { sp.discussed, sp.page = false, 0 }

// takeKeys takes, while heads are counted, the keys that act on the count
// before the frame gives them to points and undo.
func (sp *spectrumPanel) takeKeys(in *Input) {
	if sp.countingHeads() {
		sp.countKeys(in)
	}
}

// spectrumRects returns the boxes of a scale without target: five steps,
// then « je ne comprends pas » set apart.
func (p *playScene) spectrumRects(c cardLayout) (poles draw.Rect, boxes []draw.Rect, toggle draw.Rect) {
	v := p.d.View
	area := c.extra
	poles, area = area.Top(v.Px(60))
	dunno, steps := area.Right(area.W / 6)
	_, dunno = dunno.Left(v.Px(24)) // set apart from the five steps
	boxes = append(steps.Cols(5, v.Px(14)), dunno)
	toggle = c.answers.Centered(v.Px(700), min(c.answers.H, v.Px(100)))
	return poles, boxes, toggle
}

// scaleRect returns the parts of a scale with a target: the poles, the
// value being placed (above the bar), the bar, and the buttons under it:
// the confirm button between the step buttons (−10 −1 … +1 +10 steps).
func (p *playScene) scaleRect(c cardLayout) (poles, value, bar, confirm draw.Rect, steps [4]draw.Rect) {
	v := p.d.View
	poles, rest := c.extra.Top(v.Px(70))
	value, rest = rest.Top(min(v.Px(90), rest.H*0.3))
	bar, _ = rest.Top(min(v.Px(110), rest.H*0.6))
	row := c.answers.Centered(c.answers.W, min(c.answers.H, v.Px(110)))
	confirm = row.Centered(v.Px(560), row.H)
	gap, apart := v.Px(14), v.Px(24)
	w := min(v.Px(170), ((row.W-confirm.W)/2-apart-gap)/2)
	steps[1] = draw.Rect{X: confirm.X - apart - w, Y: row.Y, W: w, H: row.H} // − fine
	steps[0] = draw.Rect{X: steps[1].X - gap - w, Y: row.Y, W: w, H: row.H}  // − coarse
	steps[2] = draw.Rect{X: confirm.X + confirm.W + apart, Y: row.Y, W: w, H: row.H}
	steps[3] = draw.Rect{X: steps[2].X + w + gap, Y: row.Y, W: w, H: row.H}
	return poles, value, bar, confirm, steps
}

// scaleSteps returns the fine and the coarse step of a card's scale: 1
// and 10 on a scale of up to 200 values (percents, the years of a century
// or two), else 1, 2 or 5 times a power of ten, so that the scale counts
// 100 to 200 fine steps.
func scaleSteps(c *cards.Card) (fine, coarse int) {
	span := c.Max - c.Min
	fine = 1
	for unit := 1; fine*200 < span; unit *= 10 {
		for _, f := range []int{1, 2, 5} {
			if fine = f * unit; fine*200 >= span {
				break
			}
		}
	}
	return fine, 10 * fine
}

// clampScale keeps a value on the card's scale.
func clampScale(c *cards.Card, value int) int { return min(c.Max, max(c.Min, value)) }

// scaleStart is where the marker of a scale with a target starts: its middle.
func scaleStart(c *cards.Card) int {
	fine, _ := scaleSteps(c)
	mid := c.Min + (c.Max-c.Min)/2
	return clampScale(c, c.Min+(mid-c.Min)/fine*fine)
}

// scaleX returns where a value of the card's scale lies on the bar.
func scaleX(c *cards.Card, bar draw.Rect, value int) float64 {
	return bar.X + bar.W*float64(value-c.Min)/float64(c.Max-c.Min)
}

// scaleValue writes a value of the card in play's scale, as the slider and
// the reveal say it.
func (p *playScene) scaleValue(value int) string {
	return p.g.Card().ScaleValue(value, p.d.View.Tr.Lang())
}

// stepBy moves the value being placed by delta fine steps. Presses of ↑ or
// ↓ in a quick run (a key held down, or tapped fast) go by coarse steps
// from the fourth on: a wide scale is crossed in a few seconds.
func (sp *spectrumPanel) stepBy(c *cards.Card, dir int) {
	fine, coarse := scaleSteps(c)
	if dir == sp.stepDir && sp.sinceStep < quickStep {
		sp.stepRun++
	} else {
		sp.stepRun = 1
	}
	sp.stepDir, sp.sinceStep = dir, 0
	step := fine
	if sp.stepRun > 3 {
		step = coarse
	}
	sp.value = clampScale(c, sp.value+dir*step)
}

// quickStep is the longest pause between two presses of a quick run.
const quickStep = 350 * time.Millisecond

func (sp *spectrumPanel) updateSpectrum(in *Input, c cardLayout) {
	p := sp.p
	card := p.g.Card()
	st := p.g.State()
	if card.HasTarget {
		_, _, bar, confirm, steps := p.scaleRect(c)
		sp.sinceStep += in.Dt
		fine, coarse := scaleSteps(card)
		for _, t := range in.Taps {
			if bar.InsetXY(0, -bar.H/2).Contains(t) {
				frac := min(1, max(0, (t.X-bar.X)/bar.W))
				v := card.Min + int(math.Round(frac*float64(card.Max-card.Min)/float64(fine)))*fine
				sp.value = clampScale(card, v)
			}
		}
		in.Tapped(bar.InsetXY(0, -bar.H/2))
		for i, d := range []int{-coarse, -fine, fine, coarse} {
			if in.Tapped(steps[i]) {
				sp.value = clampScale(card, sp.value+d)
			}
		}
		switch {
		case in.Has(ActionUp):
			sp.stepBy(card, 1)
		case in.Has(ActionDown):
			sp.stepBy(card, -1)
		case in.Has(ActionNext) || in.Tapped(confirm):
			team := p.keyTeam()
			if team == game.NoTeam {
				p.flash = p.d.View.Tr.T("buzz_first")
				return
			}
			p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: sp.value})
		}
		return
	}
	sp.followPhones()
	_, boxes, toggle := p.spectrumRects(c)
	if in.Tapped(toggle) || in.Has(ActionNextClue) {
		sp.switchMode()
	}
	for i, r := range boxes {
		if p.heads {
			minus, plus := p.countButtons(r)
			switch {
			case in.Tapped(minus):
				sp.count(i, -1)
			case in.Tapped(plus) || in.Tapped(r) || in.Has(ActionAnswer1+Action(i)):
				sp.count(i, 1)
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
func (sp *spectrumPanel) countingHeads() bool {
	p := sp.p
	st := p.g.State()
	return p.heads && p.g.Opinion() && (st.Phase == game.PhaseAnswering || st.Phase == game.PhaseSecond)
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
func (sp *spectrumPanel) roundCounts() []int {
	p := sp.p
	st := p.g.State()
	if h := st.Heads[headRound(st)]; h != nil {
		return slices.Clone(h)
	}
	return make([]int, game.Steps)
}

// count adds delta people (one, or minus one) to a step of the scale. Each
// count is a move of its own, saved at once: a crash loses none, and undo
// takes back the last one.
func (sp *spectrumPanel) count(step, delta int) {
	p := sp.p
	counts := sp.roundCounts()
	sp.countStep = step
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
func (sp *spectrumPanel) countKeys(in *Input) {
	p := sp.p
	switch {
	case in.Has(ActionPointPlus):
		sp.count(sp.countStep, 1)
	case in.Has(ActionPointMinus):
		sp.count(sp.countStep, -1)
	case !p.editing() && in.Has(ActionUndo):
		if ev, ok := p.g.LastUndoable(); !ok || ev.Card != p.g.State().Card {
			p.flash = p.d.View.Tr.T("refused_undo_count")
			return
		}
		p.apply(game.Move{Kind: game.MoveUndo})
	}
}

// followPhones counts heads when people vote on their phones in the room:
// their tally arrives as head counts (MoveHeadCount), which replace
// counting hands, and the screen shows it live. Teams already placed keep
// their positions: the facilitator switches with C.
func (sp *spectrumPanel) followPhones() {
	p := sp.p
	if p.heads || !p.phoneVotes() || !p.g.Opinion() {
		return
	}
	st := p.g.State()
	placed := st.First
	if st.Phase == game.PhaseSecond {
		placed = st.Answers
	}
	if !slices.ContainsFunc(placed, func(a *game.Answer) bool { return a != nil }) {
		p.heads = true
	}
}

// phoneVotes reports people voting on their phones in the open room.
func (p *playScene) phoneVotes() bool { return p.d.room != nil && p.d.room.People() > 0 }

// switchMode switches between placing teams and counting heads, and says
// so. It is refused once the round holds positions or counts of the other
// way: they would silently vanish from the screen.
func (sp *spectrumPanel) switchMode() {
	p := sp.p
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
func (p *playScene) countButtons(box draw.Rect) (minus, plus draw.Rect) {
	v := p.d.View
	inner := box.Inset(v.Px(10))
	row, _ := inner.Bottom(min(v.Px(72), inner.H*0.3))
	cols := row.Cols(2, v.Px(10))
	return cols[0], cols[1]
}

// stepLabels returns the labels of the six positions of a scale.
func (p *playScene) stepLabels() []string {
	tr := p.d.View.Tr
	return []string{tr.T("step_1"), tr.T("step_2"), tr.T("step_3"), tr.T("step_4"), tr.T("step_5"), tr.T("step_dunno")}
}

func (p *playScene) drawPoles(dst *ebiten.Image, r draw.Rect) {
	v := p.d.View
	card := p.g.Card()
	left, right := r.Cols(2, v.Px(20))[0], r.Cols(2, v.Px(20))[1]
	v.Fonts.Text(dst, "← "+card.Left, v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Muted), left)
	v.Fonts.Text(dst, card.Right+" →", v.Style(draw.SizeSmall, true, draw.End, v.Theme.Muted), right)
}

func (sp *spectrumPanel) drawSpectrum(dst *ebiten.Image, c cardLayout) {
	p := sp.p
	v := p.d.View
	card := p.g.Card()
	st := p.g.State()
	if card.HasTarget {
		poles, value, bar, confirm, steps := p.scaleRect(c)
		p.drawPoles(dst, poles)
		p.drawScale(dst, bar)
		x := scaleX(card, bar, sp.value)
		marker := draw.Rect{X: x - v.Px(10), Y: bar.Y, W: v.Px(20), H: bar.H}
		draw.FillRoundRect(dst, marker, v.Px(10), v.Theme.Accent)
		label := draw.Rect{X: x - v.Px(260), Y: value.Y, W: v.Px(520), H: value.H}
		label.X = min(max(label.X, bar.X-v.Px(40)), bar.X+bar.W+v.Px(40)-label.W)
		v.Fonts.Text(dst, p.scaleValue(sp.value), v.Style(draw.SizeTitle, true, draw.Center, v.Theme.Accent), label)
		v.DrawButton(dst, draw.Button{Label: v.Tr.T("spectrum_confirm"), Key: "↵", Rect: confirm, Primary: true}, confirm.Contains(v.Pointer))
		fine, coarse := scaleSteps(card)
		for i, d := range []int{-coarse, -fine, fine, coarse} {
			sign := "+"
			if d < 0 {
				sign, d = "−", -d
			}
			draw.FillRoundRect(dst, steps[i], v.Px(18), v.Theme.Panel)
			v.Fonts.Text(dst, sign+strconv.Itoa(d), v.Style(draw.SizeBody, true, draw.Center, v.Theme.Text), steps[i])
		}
		hint, _ := c.kind.Right(c.kind.W * 0.6)
		v.Fonts.Text(dst, v.Tr.T("spectrum_hint"), v.Style(draw.SizeTiny, false, draw.End, v.Theme.Muted), hint)
		return
	}
	poles, boxes, toggle := p.spectrumRects(c)
	p.drawPoles(dst, poles)
	labels := p.stepLabels()
	counts := sp.roundCounts()
	for i, r := range boxes {
		bg := v.Theme.Panel
		if r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		draw.FillRoundRect(dst, r, v.Px(18), bg)
		head, rest := r.Inset(v.Px(12)).Top(min(v.Px(70), r.H*0.3))
		v.Fonts.Text(dst, strconv.Itoa(i+1)+"  "+labels[i], draw.Style{Size: v.Px(draw.SizeTiny), Min: v.Px(18), Bold: true, Align: draw.Center, VAlign: draw.Start, Colour: v.Theme.Muted}, head)
		if !p.heads {
			p.drawMarkers(dst, rest, i)
			continue
		}
		if i == sp.countStep {
			draw.StrokeRoundRect(dst, r.Inset(-v.Px(4)), v.Px(22), v.Px(5), v.Theme.Accent) // the step + and − change
		}
		minus, plus := p.countButtons(r)
		number, _ := rest.Top(minus.Y - rest.Y)
		if before := st.Heads[0]; st.Phase == game.PhaseSecond && before != nil {
			var was draw.Rect
			was, number = number.Bottom(v.Px(40))
			v.Fonts.Text(dst, v.Tr.T("count_before", "N", before[i]), v.Style(draw.SizeTiny, false, draw.Center, v.Theme.Muted), was)
		}
		v.Fonts.Text(dst, strconv.Itoa(counts[i]), v.Style(draw.SizeHuge, true, draw.Center, v.Theme.Accent), number)
		for _, b := range []struct {
			r    draw.Rect
			sign string
		}{{minus, "−"}, {plus, "+"}} {
			draw.FillRoundRect(dst, b.r, v.Px(14), v.Theme.Background)
			v.Fonts.Text(dst, b.sign, v.Style(draw.SizeLarge, true, draw.Center, v.Theme.Accent), b.r)
		}
	}
	label := v.Tr.T("count_heads")
	if p.heads {
		label = v.Tr.T("place_teams")
	}
	v.DrawButton(dst, draw.Button{Label: label, Key: "C", Rect: toggle}, toggle.Contains(v.Pointer))
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
		if p.phoneVotes() {
			round = v.Tr.T("phone_votes_hint", "Round", when)
		}
	}
	hint, _ := c.kind.Right(c.kind.W * 0.6)
	v.Fonts.Text(dst, round, v.Style(draw.SizeTiny, true, draw.End, v.Theme.Accent), hint)
}

// drawMarkers draws the symbols of the teams standing on step i: before
// the discussion as outlines, after it filled.
func (p *playScene) drawMarkers(dst *ebiten.Image, r draw.Rect, step int) {
	v := p.d.View
	st := p.g.State()
	var cells []draw.Rect
	n := len(p.s.Teams)
	cells = r.Grid(n, 2, v.Px(8))
	for t, team := range p.s.Teams {
		cell := cells[t].Centered(v.Px(56), v.Px(56))
		if a := st.First[t]; a != nil && a.Choice == step {
			draw.StrokeRoundRect(dst, cell, v.Px(28), v.Px(4), TeamColour(team))
		}
		if a := st.Answers[t]; a != nil && a.Choice == step {
			drawSymbol(dst, team.Symbol, cell, TeamColour(team))
		} else if a := st.First[t]; a != nil && a.Choice == step && st.Phase == game.PhaseAnswering {
			drawSymbol(dst, team.Symbol, cell, TeamColour(team))
		}
	}
}

// drawScale draws the bar of a scale with a target, its ticks, and the
// values of its ends and middle under it, in the card's unit.
func (p *playScene) drawScale(dst *ebiten.Image, bar draw.Rect) {
	v := p.d.View
	card := p.g.Card()
	mid := bar.Y + bar.H/2
	draw.FillRoundRect(dst, draw.Rect{X: bar.X, Y: mid - v.Px(14), W: bar.W, H: v.Px(28)}, v.Px(14), v.Theme.Panel)
	for i := 0; i <= 10; i++ {
		x := bar.X + bar.W*float64(i)/10
		h := v.Px(36)
		if i%5 == 0 {
			h = v.Px(56)
		}
		draw.FillRect(dst, draw.Rect{X: x - v.Px(2), Y: mid - h/2, W: v.Px(4), H: h}, v.Theme.Muted)
	}
	labels := draw.Rect{X: bar.X, Y: mid + v.Px(30), W: bar.W, H: v.Px(44)}
	for i, val := range []int{card.Min, card.Min + (card.Max-card.Min)/2, card.Max} {
		align := []draw.Align{draw.Start, draw.Center, draw.End}[i]
		r := labels
		switch i {
		case 1:
			r = labels.Centered(v.Px(400), labels.H)
		case 0, 2:
			r.W = labels.W / 3
			if i == 2 {
				r.X = labels.X + labels.W - r.W
			}
		}
		v.Fonts.Text(dst, p.scaleValue(val), v.Style(draw.SizeTiny, true, align, v.Theme.Muted), r)
	}
}

// drawEstimate draws, at the reveal of a scale with a target, the scale
// with the target and every team's mark (its colour and symbol) where it
// placed itself: who was close shows at a glance.
func (p *playScene) drawEstimate(dst *ebiten.Image, r draw.Rect, result *game.Result) {
	v := p.d.View
	card := p.g.Card()
	if card == nil || !card.HasTarget || r.H <= 0 {
		return
	}
	marks, rest := r.Top(r.H * 0.45)
	bar, _ := rest.Top(min(rest.H, v.Px(60)))
	bar = bar.InsetXY(v.Px(40), 0)
	p.drawScale(dst, bar)
	x := scaleX(card, bar, card.Target)
	draw.FillRoundRect(dst, draw.Rect{X: x - v.Px(8), Y: bar.Y - v.Px(10), W: v.Px(16), H: bar.H + v.Px(20)}, v.Px(8), v.Theme.Right)
	if result == nil {
		return
	}
	size := min(v.Px(48), marks.H)
	var placed []draw.Rect
	for t, team := range p.s.Teams {
		a := result.Answers[t]
		if a == nil {
			continue
		}
		cell := draw.Rect{X: scaleX(card, bar, a.Choice) - size/2, Y: marks.Y + marks.H - size, W: size, H: size}
		for slices.ContainsFunc(placed, func(o draw.Rect) bool { return o.Overlaps(cell) }) && cell.Y-size >= marks.Y-size {
			cell.Y -= size * 0.8 // teams close together stack up
		}
		placed = append(placed, cell)
		drawSymbol(dst, team.Symbol, cell, TeamColour(team))
	}
}

// lastResult returns the result of the card in play once it is revealed,
// nil before.
func (p *playScene) lastResult() *game.Result {
	st := p.g.State()
	if n := len(st.Results); n > 0 && st.Results[n-1].Card == st.Card {
		return &st.Results[n-1]
	}
	return nil
}
