package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
)

// rightAnswer returns the right answer in words, or "" for cards without
// one (opinions, open questions).
func (p *playScene) rightAnswer() string {
	c := p.g.Card()
	d := p.g.TheDeck()
	switch p.g.Kind() {
	case cards.KindVerdict:
		return d.VerdictLabel(c.Verdict)
	case cards.KindChoice:
		var right []string
		for _, i := range c.Correct {
			right = append(right, c.Choices[i])
		}
		return strings.Join(right, " + ")
	case cards.KindClues:
		return c.Answer
	case cards.KindCharacter:
		return c.Text
	case cards.KindOrder:
		return strings.Join(c.Items, "  →  ")
	case cards.KindSpectrum:
		if c.HasTarget {
			return p.scaleValue(c.Target)
		}
	}
	return ""
}

// answerText says a team's answer in words.
func (p *playScene) answerText(a *game.Answer) string {
	if a == nil {
		return p.d.View.Tr.T("no_answer")
	}
	c := p.g.Card()
	d := p.g.TheDeck()
	switch p.g.Kind() {
	case cards.KindVerdict:
		if a.Choice >= 0 && a.Choice < len(d.Verdicts) {
			return d.Verdicts[a.Choice].Label
		}
	case cards.KindChoice:
		choices := a.Choices
		if len(choices) == 0 {
			choices = []int{a.Choice}
		}
		var out []string
		for _, i := range choices {
			if i >= 0 && i < len(c.Choices) {
				out = append(out, c.Choices[i])
			}
		}
		return strings.Join(out, " + ")
	case cards.KindClues:
		if a.Right {
			return p.d.View.Tr.T("found_at_clue", "N", a.Clue+1)
		}
		return p.d.View.Tr.T("judge_wrong")
	case cards.KindCharacter:
		if a.Choice >= 0 && a.Choice < len(d.Cards) {
			return d.Cards[a.Choice].Text
		}
	case cards.KindOrder:
		if a.Right {
			return p.d.View.Tr.T("order_right")
		}
		return p.d.View.Tr.T("order_wrong")
	case cards.KindSpectrum:
		if c.HasTarget {
			return p.scaleValue(a.Choice)
		}
		return p.stepLabels()[min(max(a.Choice, 0), game.Steps-1)]
	}
	return ""
}

func (p *playScene) drawReveal(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	c := p.g.Card()
	st := p.g.State()
	grow := math.Min(1, p.since.Seconds()/0.5)
	body := l.body
	teamsCol, main := body.Right(min(body.W*0.34, v.Px(620)))
	_, teamsCol = teamsCol.Left(v.Px(28))
	teamsCol, _ = teamsCol.Top(teamsCol.H - v.Px(120))

	// The card and its right answer.
	head, rest := main.Top(v.Px(56))
	v.Fonts.Text(dst, p.kindLabel(), v.style(SizeSmall, true, Start, v.Theme.Accent), head)
	question, rest := rest.Top(rest.H * 0.22)
	v.Fonts.Text(dst, c.MainText(v.Settings.Easy), Style{Size: v.Px(SizeBody), Min: v.Px(SizeTiny), Align: Start, VAlign: Center, Colour: v.Theme.Muted}, question)
	if right := p.rightAnswer(); right != "" {
		box, r := rest.Top(v.Px(130))
		rest = r
		fillRoundRect(dst, box, v.Px(24), v.Theme.Right)
		pic, label := box.Left(0)
		if img := p.images.get(p.g.TheDeck(), c); img != nil {
			pic, label = box.Left(v.Px(140))
			drawImageIn(dst, img, pic.Inset(v.Px(12)))
		}
		v.Fonts.Text(dst, right, Style{Size: v.Px(SizeTitle), Min: v.Px(SizeSmall), Bold: true, Align: Center, VAlign: Center, Colour: v.Theme.OnAccent}, label.InsetXY(v.Px(24), v.Px(8)))
		_, rest = rest.Top(v.Px(20))
	}
	if c.Kind == cards.KindSpectrum && c.HasTarget {
		var scale Rect
		scale, rest = rest.Top(v.Px(150))
		p.drawEstimate(dst, scale, p.lastResult())
	}
	if isOpinionCard(c) {
		p.drawShift(dst, rest)
	} else {
		p.drawExplanation(dst, rest)
	}

	// Each team: what it answered, right or not, and the points it gains.
	var result *game.Result
	if n := len(st.Results); n > 0 && st.Results[n-1].Card == st.Card {
		result = &st.Results[n-1]
	}
	rows := teamsCol.Rows(len(p.s.Teams), v.Px(12))
	for t, r := range rows {
		if r.H > v.Px(150) {
			r = r.Centered(r.W, v.Px(150))
		}
		team := p.s.Teams[t]
		var a *game.Answer
		gain := 0
		if result != nil {
			a = result.Answers[t]
			gain = result.Gained[t]
		}
		fillRoundRect(dst, r, v.Px(18), v.Theme.Panel)
		inner := r.InsetXY(v.Px(18), v.Px(10))
		sym, rest := inner.Left(v.Px(46))
		drawSymbol(dst, team.Symbol, sym.Centered(v.Px(42), v.Px(42)), TeamColour(team))
		_, rest = rest.Left(v.Px(12))
		pts, rest := rest.Right(v.Px(110))
		name, ans := rest.Top(rest.H * 0.48)
		v.Fonts.Text(dst, team.Name, v.style(SizeSmall, true, Start, nil), name)
		if !isOpinionCard(c) && p.g.Kind() != cards.KindOpen {
			col := v.Theme.Muted
			if a != nil {
				col = v.Theme.Wrong
				if a.Right {
					col = v.Theme.Right
				}
				m, rest := ans.Left(ans.H)
				drawMark(dst, m.Centered(v.Px(30), v.Px(30)), a.Right, col)
				_, ans = rest.Left(v.Px(8))
			}
			v.Fonts.Text(dst, p.answerText(a), v.style(SizeTiny, true, Start, col), ans)
		}
		if gain != 0 {
			s := "+" + strconv.Itoa(gain)
			size := SizeLarge * (0.6 + 0.4*grow)
			v.Fonts.Text(dst, s, v.style(size, true, End, v.Theme.Accent), pts)
		}
	}
	label := v.Tr.T("next_card")
	if st.Card+1 >= p.g.Len() {
		label = v.Tr.T("see_scores")
	}
	v.drawButton(dst, Button{Label: label, Key: v.Tr.T("key_space"), Rect: l.next, Primary: true}, l.next.Contains(v.Pointer))
}

// drawExplanation draws the explanation, the technique, the source and the
// prompts for the discussion.
func (p *playScene) drawExplanation(dst *ebiten.Image, r Rect) {
	v := p.d.View
	c := p.g.Card()
	r, _ = r.Top(r.H - v.Px(110))
	var parts []string
	if c.Explanation != "" {
		parts = append(parts, c.Explanation)
	}
	if c.Technique != "" {
		parts = append(parts, v.Tr.T("technique", "Technique", c.Technique))
	}
	if len(c.Discuss) > 0 {
		parts = append(parts, v.Tr.T("discuss")+"\n• "+strings.Join(c.Discuss, "\n• "))
	}
	text, src := r.Bottom(0)
	if c.Source != "" {
		src, text = r.Bottom(v.Px(50))
		v.Fonts.Text(dst, v.Tr.T("source", "Source", c.Source), v.style(SizeTiny, false, Start, v.Theme.Muted), src)
	}
	v.Fonts.Text(dst, strings.Join(parts, "\n"), Style{Size: v.Px(SizeBody), Min: v.Px(SizeTiny - 4), Align: Start, VAlign: Start, Colour: v.Theme.Text}, text)
}

// drawShift shows how positions moved on a scale without target: before
// the discussion and after it, team by team or in head counts.
func (p *playScene) drawShift(dst *ebiten.Image, r Rect) {
	v := p.d.View
	st := p.g.State()
	var result *game.Result
	if n := len(st.Results); n > 0 {
		result = &st.Results[n-1]
	}
	if result == nil {
		return
	}
	r, _ = r.Top(r.H - v.Px(110))
	labels := p.stepLabels()
	cols := r.Cols(game.Steps, v.Px(10))
	for i, col := range cols {
		head, rest := col.Top(v.Px(64))
		v.Fonts.Text(dst, labels[i], Style{Size: v.Px(SizeTiny), Min: v.Px(14), Bold: true, Align: Center, VAlign: Center, Colour: v.Theme.Muted}, head)
		before, after := rest.Rows(2, v.Px(8))[0], rest.Rows(2, v.Px(8))[1]
		fillRoundRect(dst, before, v.Px(14), v.Theme.Panel)
		fillRoundRect(dst, after, v.Px(14), v.Theme.PanelHover)
		if result.Heads[0] != nil || result.Heads[1] != nil {
			if result.Heads[0] != nil {
				v.Fonts.Text(dst, strconv.Itoa(result.Heads[0][i]), v.style(SizeLarge, true, Center, v.Theme.Muted), before)
			}
			if result.Heads[1] != nil {
				v.Fonts.Text(dst, strconv.Itoa(result.Heads[1][i]), v.style(SizeLarge, true, Center, v.Theme.Accent), after)
			}
			continue
		}
		n := len(p.s.Teams)
		bc, ac := before.Inset(v.Px(6)).Grid(n, 3, v.Px(4)), after.Inset(v.Px(6)).Grid(n, 3, v.Px(4))
		for t, team := range p.s.Teams {
			if a := result.First[t]; a != nil && a.Choice == i {
				drawSymbol(dst, team.Symbol, bc[t].Centered(v.Px(40), v.Px(40)), TeamColour(team))
			}
			if a := result.Answers[t]; a != nil && a.Choice == i {
				drawSymbol(dst, team.Symbol, ac[t].Centered(v.Px(40), v.Px(40)), TeamColour(team))
			}
		}
	}
}
