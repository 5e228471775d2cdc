package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
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

// revealLayout places a page of the reveal. The first page shows the
// card's kind, its text, its right answer and each team's answer, with the
// explanation under them when it fits there whole. When it does not, the
// first page says so, and the explanation takes the screen's width on the
// pages after it, under the right answer on one line, going on over as
// many pages as it needs at a readable size: never cut.
type revealLayout struct {
	kind, claim, answer, picture draw.Rect
	scale                        draw.Rect // an estimate's scale, on the first page
	claimStyle                   draw.Style
	answerStyle                  draw.Style
	teams                        []draw.Rect // empty on the explanation's own pages
	text                         draw.Rect   // where the flow's page goes
	more                         draw.Rect   // the line that says the explanation goes on
	// right is the right answer as the box shows it, and blocks the flow
	// under it: a right answer too long for the box (an order of eight
	// items) is summed up there and given in full at the top of the flow.
	right  string
	blocks []draw.FlowBlock
	flow   draw.FlowLayout
	// pages counts the reveal's pages, and flowPage is the flow's page
	// shown on this one (-1 for none).
	pages, flowPage int
}

// revealTry is one way of sharing the first page's room, tried in order
// until the explanation fits there: the team column wide or narrow, the
// card's text whole or on one line.
type revealTry struct {
	teams   float64 // the team column's share of the body's width
	maxTeam float64 // and its largest width, in units
	oneLine bool
	// claim is the claim's share of the column's height when it is not
	// on one line; the first page of an explanation on pages of its own
	// leaves the claim the room the explanation would have taken.
	claim float64
}

var revealTries = []revealTry{{0.34, 620, false, 0.22}, {0.34, 620, true, 0.22}, {0.24, 420, true, 0.22}}

// explanationWidth is the widest the explanation's own pages are, in
// units: longer lines are hard to follow on a projector.
const explanationWidth = 1600

// revealLayout lays the reveal out for page (0 is the first).
func (p *playScene) revealLayout(l playLayout, page int) revealLayout {
	v := p.d.View
	blocks := p.revealBlocks()
	opinion := p.g.Opinion()
	for _, try := range revealTries {
		if opinion && len(blocks) > 0 {
			break // the shift of positions takes the first page
		}
		r := p.revealTry(l, try, blocks)
		r.flow = v.LayoutFlow(r.blocks, r.text.W, r.text.H, r.text.H)
		if len(r.flow.Pages) <= 1 {
			r.pages, r.flowPage = 1, 0
			return r
		}
	}
	// The explanation on pages of its own: the first page gives the claim
	// room to be read whole.
	first := revealTries[0]
	first.claim = 0.4
	r := p.revealTry(l, first, blocks)
	r.more, _ = r.text.Top(v.Px(draw.SizeSmall) * 1.6)
	body := l.body
	kind, rest := body.Top(v.Px(56))
	answer, rest := rest.Top(v.Px(64))
	_, rest = rest.Top(v.Px(16))
	text, _ := rest.Top(l.next.Y - rest.Y - v.Px(16))
	text.W = min(text.W, v.Px(explanationWidth))
	r.flow = v.LayoutFlow(r.blocks, text.W, text.H, text.H)
	r.pages, r.flowPage = 1+len(r.flow.Pages), -1
	if opinion {
		// The shift of positions is drawn in the first page's column: the
		// line that says where the explanation is takes its top.
		r.more, r.text = r.text.Top(v.Px(draw.SizeSmall) * 1.6)
		_, r.text = r.text.Top(v.Px(8))
	}
	if page > 0 {
		r.kind, r.answer, r.text = kind, answer, text
		r.claim, r.picture, r.scale, r.teams = draw.Rect{}, draw.Rect{}, draw.Rect{}, nil
		r.more = draw.Rect{X: body.X, Y: l.next.Y, W: l.next.X - body.X - v.Px(24), H: l.next.H}
		r.answerStyle = draw.Style{Size: v.Px(draw.SizeBody), Min: v.Px(draw.SizeSmall), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Right}
		r.flowPage = min(page, r.pages-1) - 1
	}
	return r
}

// revealTry lays out the first page of the reveal in one way, the text
// column left for the explanation.
func (p *playScene) revealTry(l playLayout, try revealTry, blocks []draw.FlowBlock) revealLayout {
	v := p.d.View
	c := p.g.Card()
	var r revealLayout
	body := l.body
	teamsCol, main := body.Right(min(body.W*try.teams, v.Px(try.maxTeam)))
	_, teamsCol = teamsCol.Left(v.Px(48)) // the explanation clear of the teams
	teamsCol, _ = teamsCol.Top(teamsCol.H - l.next.H - v.Px(20))
	r.teams = teamsCol.Rows(len(p.s.Teams), v.Px(12))
	for i, row := range r.teams {
		if row.H > v.Px(150) {
			r.teams[i] = row.Centered(row.W, v.Px(150))
		}
	}

	r.kind, main = main.Top(v.Px(56))
	// The "next" button takes the bottom of the column where it reaches
	// under it (a narrow screen, a large text size).
	if l.next.X < main.X+main.W {
		main, _ = main.Top(l.next.Y - main.Y - v.Px(16))
	}
	r.claimStyle = draw.Style{Size: v.Px(draw.SizeBody), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Muted}
	claimH := main.H * try.claim
	if try.oneLine {
		r.claimStyle = draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Muted}
		claimH = v.Fonts.Layout("Ag", r.claimStyle, main.W, math.Inf(1)).LineH
	}
	r.claim, main = main.Top(claimH)
	_, main = main.Top(v.Px(12))
	r.blocks = blocks
	if right := p.rightAnswer(); right != "" {
		r.right = right
		r.answerStyle = draw.Style{Size: v.Px(draw.SizeTitle), Min: v.Px(draw.SizeSmall), Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: v.Theme.OnAccent}
		h := v.Px(130)
		hasPicture := p.images.get(p.g.TheDeck(), c) != nil
		label := func(box draw.Rect) draw.Rect {
			if hasPicture {
				_, box = box.Left(v.Px(140))
			}
			return box.InsetXY(v.Px(24), v.Px(8))
		}
		// A long right answer (an order of eight items) gets the height it
		// needs rather than an ellipsis, or is given in full in the flow.
		// Never more than half of the column, or the box itself would be
		// cut on a small screen at a large text size.
		fits := false
		for _, try := range []float64{130, 200, 270} {
			h = v.Px(try)
			if h > main.H/2 && try > 130 {
				break
			}
			in := label(draw.Rect{X: main.X, Y: main.Y, W: main.W, H: h})
			if fits = v.Fonts.Fits(right, r.answerStyle, in.W, in.H); fits {
				break
			}
		}
		if summary, list := p.rightAnswerList(); !fits && summary != "" {
			h = v.Px(130)
			r.right = summary
			r.blocks = append(list, blocks...)
		}
		r.answer, main = main.Top(h)
		if hasPicture {
			r.picture, _ = r.answer.Left(v.Px(140))
			r.picture = r.picture.Inset(v.Px(12))
		}
		_, main = main.Top(v.Px(20))
	}
	if c.Kind == cards.KindSpectrum && c.HasTarget {
		// An estimate shows its scale, the target and every team's mark.
		r.scale, main = main.Top(v.Px(150))
		_, main = main.Top(v.Px(12))
	}
	r.text = main
	return r
}

// revealPages returns how many pages the reveal has: more than one when
// the explanation does not fit whole beside the teams' answers.
func (p *playScene) revealPages(l playLayout) int {
	return p.revealLayout(l, 0).pages
}

// rightAnswerList returns, for a card whose right answer is a list (the
// answers of a choice card, the items of an order card), a summary for the
// answer's box and the list as blocks of the flow; "" for other cards.
func (p *playScene) rightAnswerList() (string, []draw.FlowBlock) {
	v := p.d.View
	c := p.g.Card()
	var items []string
	summary := ""
	switch p.g.Kind() {
	case cards.KindChoice:
		var nums []string
		for _, i := range c.Correct {
			nums = append(nums, strconv.Itoa(i+1))
			items = append(items, strconv.Itoa(i+1)+". "+c.Choices[i])
		}
		summary = v.Tr.N("right_choices", len(nums), "List", strings.Join(nums, ", "))
	case cards.KindOrder:
		for i, item := range c.Items {
			items = append(items, strconv.Itoa(i+1)+". "+item)
		}
		summary = v.Tr.T("right_order")
	default:
		return "", nil
	}
	var out []draw.FlowBlock
	for i, item := range items {
		gap := 6.0
		if i == 0 {
			gap = 0
		}
		out = append(out, draw.FlowBlock{Text: item, Size: draw.SizeBody, Bold: true, Colour: v.Theme.Right, Gap: gap})
	}
	out[len(out)-1].Gap = 6
	return summary, out
}

// revealBlocks returns what the reveal explains, as a flow: the
// explanation, the technique, the prompts for a discussion, the source.
func (p *playScene) revealBlocks() []draw.FlowBlock {
	v := p.d.View
	c := p.g.Card()
	var out []draw.FlowBlock
	heading := func(s string) {
		out = append(out, draw.FlowBlock{Text: s, Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Accent, Gap: 18, Keep: true})
	}
	para := func(s string, gap float64) {
		out = append(out, draw.FlowBlock{Text: s, Size: draw.SizeBody, Colour: v.Theme.Text, Gap: gap})
	}
	if c.Explanation != "" {
		para(c.Explanation, 0)
	}
	// The other answers of a riddle (a board's guess is a portrait, not
	// words), or the other verdicts that count as right.
	if also := p.g.TheDeck().AlsoRight(c); len(also) > 0 && p.g.Kind() != cards.KindCharacter {
		out = append(out, draw.FlowBlock{Text: v.Tr.T("reveal_accept", "Answers", strings.Join(also, ", ")), Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Right, Gap: 12})
	}
	// A board's secret character: the answers its notes explain, for the
	// questions the teams asked, in the order they asked them (the others
	// did not surprise anyone this round).
	if p.g.Kind() == cards.KindCharacter && len(c.Notes) > 0 {
		questions := p.g.TheDeck().Questions
		first := true
		for _, q := range p.g.State().Asked {
			if q < 0 || q >= len(questions) || c.Notes[questions[q].ID] == "" {
				continue
			}
			if first {
				heading(v.Tr.T("reveal_board_notes"))
				first = false
			}
			out = append(out, draw.FlowBlock{Text: questions[q].Text, Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Muted, Gap: 10, Keep: true})
			para(c.Notes[questions[q].ID], 2)
		}
	}
	// A scam's reveal in three labelled parts: what gives it away, what to
	// do, where to report it.
	if len(c.Flags) > 0 {
		heading(v.Tr.T("reveal_flags"))
		for _, f := range c.Flags {
			para("• "+f, 6)
		}
	}
	if c.Reflex != "" {
		heading(v.Tr.T("reveal_reflex"))
		para(c.Reflex, 6)
	}
	if c.Report != "" {
		heading(v.Tr.T("reveal_report"))
		para(c.Report, 6)
	}
	if c.Technique != "" {
		out = append(out, draw.FlowBlock{Text: v.Tr.T("technique", "Technique", c.Technique), Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Accent, Gap: 18})
	}
	// An opinion's prompts were on screen during its discussion.
	if len(c.Discuss) > 0 && !p.g.Opinion() {
		heading(v.Tr.T("discuss"))
		for _, d := range c.Discuss {
			para("• "+d, 6)
		}
	}
	if c.Source != "" {
		out = append(out, draw.FlowBlock{Text: v.Tr.T("source", "Source", sourceLabel(c.Source)), Size: draw.SizeTiny, Colour: v.Theme.Muted, Gap: 18})
	}
	return out
}

func (p *playScene) drawReveal(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	c := p.g.Card()
	st := p.g.State()
	grow := math.Min(1, p.since.Seconds()/0.5)
	r := p.revealLayout(l, p.page)
	pages := r.pages
	page := min(p.page, pages-1)

	// The card and its right answer.
	v.Fonts.Text(dst, p.kindLabel(), v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), r.kind)
	if page == 0 {
		v.Fonts.Text(dst, c.MainText(v.Settings.Easy), r.claimStyle, r.claim)
	}
	if right := r.right; right != "" {
		if page == 0 {
			draw.FillRoundRect(dst, r.answer, v.Px(24), v.Theme.Right)
			label := r.answer
			if r.picture.W > 0 {
				_, label = r.answer.Left(v.Px(140))
				drawImageIn(dst, p.images.get(p.g.TheDeck(), c), r.picture)
			}
			v.Fonts.Text(dst, right, r.answerStyle, label.InsetXY(v.Px(24), v.Px(8)))
		} else {
			m, label := r.answer.Left(r.answer.H)
			draw.DrawMark(dst, m.Centered(v.Px(40), v.Px(40)), true, v.Theme.Right)
			_, label = label.Left(v.Px(12))
			v.Fonts.Text(dst, right, r.answerStyle, label)
		}
	}
	if r.scale.H > 0 && page == 0 {
		p.drawEstimate(dst, r.scale, p.lastResult())
	}
	switch {
	case p.g.Opinion() && page == 0:
		p.drawShift(dst, r.text)
	case r.flowPage >= 0:
		v.DrawFlowPage(dst, r.flow, r.flowPage, r.text)
	}
	if pages > 1 {
		more := v.Tr.T("reveal_more", "N", page+1, "Total", pages)
		switch {
		case page == 0:
			more = v.Tr.T("reveal_first")
		case page+1 == pages:
			more = v.Tr.T("reveal_last", "N", page+1, "Total", pages)
		}
		v.Fonts.Text(dst, more, v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), r.more)
	}

	// Each team: what it answered, right or not, and the points it gains.
	var result *game.Result
	if n := len(st.Results); n > 0 && st.Results[n-1].Card == st.Card {
		result = &st.Results[n-1]
	}
	for t, row := range r.teams {
		team := p.s.Teams[t]
		a, said := p.revealedAnswer(result, t)
		gain := 0
		if result != nil {
			gain = result.Gained[t]
		}
		draw.FillRoundRect(dst, row, v.Px(18), v.Theme.Panel)
		inner := row.InsetXY(v.Px(18), v.Px(10))
		sym, rest := inner.Left(v.Px(46))
		drawSymbol(dst, team.Symbol, sym.Centered(v.Px(42), v.Px(42)), TeamColour(team))
		_, rest = rest.Left(v.Px(12))
		pts, rest := rest.Right(v.Px(110))
		name, ans := rest.Top(rest.H * 0.48)
		v.Fonts.Text(dst, team.Name, v.Style(draw.SizeSmall, true, draw.Start, nil), name)
		if said {
			col := v.Theme.Muted
			if a != nil {
				col = v.Theme.Wrong
				if a.Right {
					col = v.Theme.Right
				}
				m, rest := ans.Left(ans.H)
				draw.DrawMark(dst, m.Centered(v.Px(30), v.Px(30)), a.Right, col)
				_, ans = rest.Left(v.Px(8))
			}
			v.Fonts.Text(dst, p.answerText(a), v.Style(draw.SizeTiny, true, draw.Start, col), ans)
		}
		if p.g.Opinion() && result != nil && (result.First[t] != nil || a != nil) {
			// Where the team stood before the discussion, and after it.
			v.Fonts.Text(dst, p.answerText(result.First[t])+"  →  "+p.answerText(a), v.Style(draw.SizeTiny, true, draw.Start, v.Theme.Muted), ans)
		}
		if gain != 0 {
			s := "+" + strconv.Itoa(gain)
			size := draw.SizeLarge * (0.6 + 0.4*grow)
			v.Fonts.Text(dst, s, v.Style(size, true, draw.End, v.Theme.Accent), pts)
		}
	}
	label := v.Tr.T("next_card")
	switch {
	case page == 0 && pages > 1:
		label = v.Tr.T("reveal_explanation")
	case page+1 < pages:
		label = v.Tr.T("reveal_next_page")
	case st.Card+1 >= p.g.Len():
		label = v.Tr.T("see_scores")
	}
	v.DrawButton(dst, draw.Button{Label: label, Key: v.Tr.T("key_space"), Rect: l.next, Primary: true}, l.next.Contains(v.Pointer))
}

// revealedAnswer returns what the reveal says of team t's answer to the
// card of result (nil before its result): the answer that counted, nil
// for none, and whether a line says it (or that there was none) under the
// team's name. Opinions show the shift of positions instead, and open
// questions have no answer to say. A team the card never came to (turns
// mode, not its turn) gets no line: « pas de réponse » would blame it.
func (p *playScene) revealedAnswer(result *game.Result, t int) (a *game.Answer, said bool) {
	given := true
	if result != nil {
		a = result.Answers[t]
		given = result.Played == nil || result.Played[t] || a != nil
	}
	return a, given && !p.g.Opinion() && p.g.Kind() != cards.KindOpen
}

// drawShift shows how positions moved on a scale without target: before
// the discussion and after it, team by team or in head counts.
func (p *playScene) drawShift(dst *ebiten.Image, r draw.Rect) {
	v := p.d.View
	st := p.g.State()
	var result *game.Result
	if n := len(st.Results); n > 0 {
		result = &st.Results[n-1]
	}
	if result == nil {
		return
	}
	labels := p.stepLabels()
	// The rows say which is which: before the discussion, then after it,
	// in a column as wide as its words need (text size 1.4 cut them).
	nameStyle := draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Accent}
	nameW := v.Px(190)
	for _, id := range []string{"round_before", "round_after"} {
		one := v.Fonts.Layout(v.Tr.T(id), draw.Style{Size: v.Px(draw.SizeTiny), Bold: true}, math.Inf(1), math.Inf(1))
		nameW = max(nameW, one.Widths[0]+v.Px(12))
	}
	names, r := r.Left(min(nameW, r.W*0.32))
	_, names = names.Top(v.Px(64))
	rows := names.Rows(2, v.Px(8))
	for i, id := range []string{"round_before", "round_after"} {
		v.Fonts.Text(dst, v.Tr.T(id), nameStyle, rows[i])
	}
	_, r = r.Left(v.Px(12))
	cols := r.Cols(game.Steps, v.Px(10))
	for i, col := range cols {
		head, rest := col.Top(v.Px(64))
		v.Fonts.Text(dst, labels[i], draw.Style{Size: v.Px(draw.SizeTiny), Min: v.Px(14), Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: v.Theme.Muted}, head)
		before, after := rest.Rows(2, v.Px(8))[0], rest.Rows(2, v.Px(8))[1]
		draw.FillRoundRect(dst, before, v.Px(14), v.Theme.Panel)
		draw.FillRoundRect(dst, after, v.Px(14), v.Theme.PanelHover)
		if result.Heads[0] != nil || result.Heads[1] != nil {
			if result.Heads[0] != nil {
				v.Fonts.Text(dst, strconv.Itoa(result.Heads[0][i]), v.Style(draw.SizeLarge, true, draw.Center, v.Theme.Muted), before)
			}
			if result.Heads[1] != nil {
				v.Fonts.Text(dst, strconv.Itoa(result.Heads[1][i]), v.Style(draw.SizeLarge, true, draw.Center, v.Theme.Accent), after)
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
