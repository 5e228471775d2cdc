package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// cardLayout splits the body of the play screen: the card's text (and its
// picture) above, what teams answer with below.
type cardLayout struct {
	kind, text, picture draw.Rect
	extra               draw.Rect // hints, clues, the scale: between text and answers
	answers             draw.Rect
	// sure is the line of the question of confidence, while a verdict
	// waits for its rating (see verdictPanel): above the ratings, or the
	// kind's line when a long claim needs the room (sureInline).
	sure       draw.Rect
	sureInline bool
}

// cardPanelMargin is how far the panel behind a card's text reaches around
// it, in units.
const cardPanelMargin = 12

func (p *playScene) cardLayout(l playLayout) cardLayout {
	v := p.d.View
	var c cardLayout
	body := l.body
	// A picture is often the card itself (a screenshot, a photo to judge):
	// it takes the body's whole height on the left, as wide as its
	// proportions ask, up to 45 % of the width; the card's text and its
	// answers share the rest.
	if img := p.picture(); img != nil {
		// As wide as 45 % of the body, less when the card's text needs the
		// room (a long message at a large text size).
		w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
		whole := body
		shares := []float64{0.45, 0.38, 0.32}
		if p.g.State().Phase == game.PhaseSecond && p.g.Kind() == cards.KindVerdict {
			shares = []float64{0.28} // the hints need the room; Z still zooms
		}
		for _, share := range shares {
			c.picture, body = whole.Left(min(whole.W*share, whole.H*w/h))
			_, body = body.Left(v.Px(32))
			text := body
			text.H -= v.Px(56 + 130 + 36 + 48)
			text.W -= v.Px(48)
			if v.Fonts.Fits(p.g.Card().MainText(v.Settings.Easy), p.cardTextStyle(), text.W, text.H) {
				break
			}
		}
	}
	// The text's share of the body grows, as far as the answers under it
	// allow, until a long text fits whole at a large text size.
	grow := func(from, to float64) (top, rest draw.Rect) {
		for f := from; ; f += 0.04 {
			top, rest = body.Top(body.H * min(f, to))
			_, text := top.Top(v.Px(56))
			if f >= to || v.Fonts.Fits(p.g.Card().MainText(v.Settings.Easy), p.cardTextStyle(), text.W-v.Px(48), text.H-v.Px(48)) {
				return top, rest
			}
		}
	}
	top, rest := grow(0.42, 0.6)
	switch k := p.g.Kind(); {
	case k == cards.KindClues:
		// A riddle has no text but its clues: they take the room, each on
		// the whole width, the points to win on the line of its kind.
		top, rest = body.Top(v.Px(56))
	case k == cards.KindOpen:
		top, rest = grow(0.30, 0.62)
	case p.g.Opinion():
		top, rest = grow(0.22, 0.5)
	case k == cards.KindOrder:
		top, rest = grow(0.30, 0.54)
	case k == cards.KindVerdict && p.g.State().Phase == game.PhaseSecond:
		// The claim was read: the hints to check it take the room they
		// need, the claim the rest.
		for f := 0.42; ; f -= 0.04 {
			top, rest = body.Top(body.H * f)
			hints := rest
			hints.H -= v.Px(20 + 130 + 16 + 60) // the verdicts, the first vote's line
			fl := v.LayoutFlow(listBlocks(v, v.Tr.T("hints_title"), p.g.Card().Hints), hints.W, hints.H, hints.H)
			if len(fl.Pages) == 1 || f <= 0.2 {
				break
			}
		}
	case k == cards.KindVerdict:
		// A claim has only its verdicts under it: it takes the room above
		// them, a long one at a large text size included; while the team
		// says how sure it is, the question's line too.
		top, rest = body.Top(body.H - v.Px(130+36))
		if p.rating() {
			banded, below := body.Top(body.H - v.Px(130+36+sureBand))
			_, text := banded.Top(v.Px(56))
			if v.Fonts.Fits(p.g.Card().MainText(v.Settings.Easy), p.cardTextStyle(), text.W-v.Px(48), text.H-v.Px(48)) {
				top, rest = banded, below
			} else {
				c.sureInline = true
			}
		}
	}
	c.kind, c.text = top.Top(v.Px(56))
	// The card's panel reaches cardPanelMargin above its text: the label
	// stands clear of it, its descenders included.
	c.kind, _ = c.kind.Top(c.kind.H - v.Px(cardPanelMargin))
	_, rest = rest.Top(v.Px(20))
	c.extra, c.answers = rest.Top(0)
	switch p.g.Kind() {
	case cards.KindVerdict:
		if p.g.State().Phase == game.PhaseSecond {
			c.extra, c.answers = rest.Top(rest.H - v.Px(130+16))
			_, c.answers = c.answers.Top(v.Px(16))
		} else if p.rating() && !c.sureInline {
			c.sure, c.answers = rest.Top(v.Px(sureBand - 16))
			_, c.answers = c.answers.Top(v.Px(16))
		} else {
			_, c.answers = rest.Top(v.Px(20))
		}
		c.answers, _ = c.answers.Top(v.Px(130))
		switch {
		case !p.rating():
		case p.g.State().Phase == game.PhaseSecond:
			c.sure, _ = c.extra.Bottom(v.Px(60)) // the first vote's line, under the hints
		case c.sureInline:
			c.sure = c.kind
		}
	case cards.KindChoice:
		c.answers = rest
	case cards.KindClues:
		c.extra, c.answers = rest.Top(rest.H - v.Px(98))
		_, c.answers = c.answers.Top(v.Px(16))
	default:
		c.extra, c.answers = rest.Top(rest.H - v.Px(130))
		_, c.answers = c.answers.Top(v.Px(20))
	}
	return c
}

// picture returns the picture of the card in play, or nil when it has none
// (a board's portraits are drawn by the board).
func (p *playScene) picture() *ebiten.Image {
	if p.g.TheDeck().IsBoard() {
		return nil
	}
	return p.images.get(p.g.TheDeck(), p.g.Card())
}

// cardTextStyle is the style of the card's text in play: large, shrinking
// for a long text down to the smallest that reads from the back of a room.
func (p *playScene) cardTextStyle() draw.Style {
	v := p.d.View
	return draw.Style{Size: v.Px(draw.SizeTitle), Min: v.Px(draw.SizeReadable), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}
}

// kindLabel names the card's kind above its text.
func (p *playScene) kindLabel() string {
	return p.d.View.Tr.T("kind_" + p.g.TheDeck().KindLabel(p.g.Kind(), p.g.Card()))
}

// answerButtons returns the labels of the answer buttons of a verdict,
// choice, clues card.
func (p *playScene) answerButtons() []string {
	tr := p.d.View.Tr
	c := p.g.Card()
	switch p.g.Kind() {
	case cards.KindVerdict:
		var out []string
		for _, v := range p.g.TheDeck().Verdicts {
			out = append(out, v.Label)
		}
		return out
	case cards.KindChoice:
		return c.Choices
	case cards.KindClues:
		return []string{tr.T("judge_right"), tr.T("judge_wrong"), tr.T("next_clue")}
	}
	return nil
}

func (p *playScene) answerRects(c cardLayout) []draw.Rect {
	v := p.d.View
	labels := p.answerButtons()
	n := len(labels)
	switch p.g.Kind() {
	case cards.KindChoice:
		cols := 1
		if n > 3 {
			cols = 2
		}
		rows := (n + cols - 1) / cols
		h := min(v.Px(130), (c.answers.H-float64(rows-1)*v.Px(18))/float64(rows))
		area, _ := c.answers.Top(float64(rows)*h + float64(rows-1)*v.Px(18))
		return area.Grid(n, cols, v.Px(18))
	default:
		area := c.answers.Centered(min(c.answers.W, float64(n)*v.Px(520)), c.answers.H)
		return area.Cols(n, v.Px(24))
	}
}

// chosenAnswer returns the answer button tapped or whose key was pressed,
// -1 for none: the buttons of a verdict, choice or clues card.
func (p *playScene) chosenAnswer(in *Input, c cardLayout) int {
	chosen := -1
	for i, r := range p.answerRects(c) {
		if in.Tapped(r) || in.Has(ActionAnswer1+Action(i)) {
			chosen = i
		}
	}
	return chosen
}

// outOfCard reports a team that may not answer the card in play any more:
// locked out, out of time, or having tried at this clue.
func (p *playScene) outOfCard(team int) bool {
	st := p.g.State()
	return team >= 0 && st.Out != nil && st.Out[team]
}

// drawFace draws what every card but a board shows: its kind (label), its
// text on its panel (a riddle has none), its picture.
func (p *playScene) drawFace(dst *ebiten.Image, c cardLayout, label string) {
	v := p.d.View
	v.Fonts.Text(dst, label, v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), c.kind)
	if p.g.Kind() != cards.KindClues {
		draw.FillRoundRect(dst, c.text.Inset(-v.Px(cardPanelMargin)), v.Px(24), v.Theme.Panel)
		v.Fonts.Text(dst, p.g.Card().MainText(v.Settings.Easy), p.cardTextStyle(), c.text.Inset(v.Px(24)))
	}
	if img := p.picture(); img != nil {
		drawImageIn(dst, img, c.picture)
		p.drawZoomHint(dst, c.picture)
	}
}

// drawAnswerButtons draws the answer buttons of a verdict, choice or clues
// card, each as its panel shapes it.
func (p *playScene) drawAnswerButtons(dst *ebiten.Image, c cardLayout, shape func(i int, b *draw.Button)) {
	v := p.d.View
	labels := p.answerButtons()
	for i, r := range p.answerRects(c) {
		b := draw.Button{Label: labels[i], Key: strconv.Itoa(i + 1), Rect: r}
		shape(i, &b)
		v.DrawButton(dst, b, r.Contains(v.Pointer))
	}
}

// drawList draws a titled list of short texts, such as hints, at one size
// that fits them all.
func (p *playScene) drawList(dst *ebiten.Image, title string, items []string, r draw.Rect) {
	v := p.d.View
	if len(items) == 0 || r.H <= 0 {
		return
	}
	v.DrawFlowPage(dst, v.FitFlow(listBlocks(v, title, items), r.W, r.H), 0, r)
}

// listBlocks is a titled list as a flow.
func listBlocks(v *View, title string, items []string) []draw.FlowBlock {
	blocks := []draw.FlowBlock{{Text: title, Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Accent, Keep: true}}
	for _, item := range items {
		blocks = append(blocks, draw.FlowBlock{Text: "• " + item, Size: draw.SizeBody, Colour: v.Theme.Text, Gap: 8})
	}
	return blocks
}

// clueRows returns the rows of a clues card's clues and the one style they
// are all drawn in: the largest size at which every clue fits whole, each
// row as high as its clue's lines, so that the hardest clue (often the
// longest) is neither the smallest nor cut.
func (p *playScene) clueRows(c cardLayout) ([]draw.Rect, draw.Style) {
	v := p.d.View
	clues := p.g.Card().Clues
	gap, pad := v.Px(8), v.Px(6)
	style := draw.Style{Size: v.Px(draw.SizeBody), Align: draw.Start, VAlign: draw.Center}
	_, text := clueText(v, c.extra)
	heights := make([]float64, len(clues))
	for size := v.Px(draw.SizeBody); ; size *= 0.92 {
		style.Size, style.Min = size, size
		total := gap * float64(len(clues)-1)
		for i, clue := range clues {
			b := v.Fonts.Layout(clue, style, text.W, math.Inf(1))
			heights[i] = b.Height() + 2*pad
			total += heights[i]
		}
		// Below the readable size only as a last resort, for the longest
		// riddles on a laptop at the largest text size: smaller, not cut.
		if total <= c.extra.H || size <= v.Px(draw.SizeTiny)*0.5 {
			break
		}
	}
	rows := make([]draw.Rect, len(clues))
	y := c.extra.Y
	for i, h := range heights {
		rows[i] = draw.Rect{X: c.extra.X, Y: y, W: c.extra.W, H: h}
		y += h + gap
	}
	return rows, style
}

// clueOffer returns where a riddle says the points a right answer earns
// now: on the line of its kind.
func (p *playScene) clueOffer(c cardLayout) draw.Rect {
	offer, _ := c.kind.Right(p.d.View.Px(400))
	return offer
}

// clueText splits a clue's row into its number and its text.
func clueText(v *View, row draw.Rect) (num, text draw.Rect) {
	return row.InsetXY(v.Px(20), 0).Left(v.Px(60))
}
