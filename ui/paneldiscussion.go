package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// A debate with prompts is discussed between its two placings: when the
// teams have taken their places once, the screen gives the statement and
// the prompts, large, for as long as the discussion lasts; Space goes on to
// placing again, and ← comes back to the prompts.

// discussing reports the discussion screen of a debate on show.
func (sp *spectrumPanel) discussing() bool {
	p := sp.p
	c := p.g.Card()
	return p.g.Opinion() && len(c.Discuss) > 0 && p.g.State().Phase == game.PhaseSecond && !sp.discussed
}

// discussionLayout places the discussion: the statement, then the prompts
// flowing under it (over pages of their own when they are many).
func (sp *spectrumPanel) discussionLayout(l playLayout) (kind, statement, prompts draw.Rect, flow draw.FlowLayout) {
	p := sp.p
	v := p.d.View
	body, _ := l.body.Top(l.next.Y - l.body.Y - v.Px(16))
	kind, body = body.Top(v.Px(56))
	statement, body = body.Top(body.H * 0.22)
	_, prompts = body.Top(v.Px(16))
	blocks := []draw.FlowBlock{{Text: v.Tr.T("discuss"), Size: draw.SizeSmall, Bold: true, Colour: v.Theme.Accent, Keep: true}}
	for _, d := range p.g.Card().Discuss {
		blocks = append(blocks, draw.FlowBlock{Text: "• " + d, Size: draw.SizeBody, Colour: v.Theme.Text, Gap: 10})
	}
	prompts = prompts.Inset(v.Px(24))
	prompts.W = min(prompts.W, v.Px(explanationWidth))
	return kind, statement, prompts, v.LayoutFlow(blocks, prompts.W, prompts.H, prompts.H)
}

// updateDiscussion goes through the prompts' pages, then on to placing
// again; it reports whether it took the input.
func (sp *spectrumPanel) updateDiscussion(in *Input, l playLayout) bool {
	p := sp.p
	if !sp.discussing() {
		if sp.discussed && in.Has(ActionBack) && p.g.Opinion() && len(p.g.Card().Discuss) > 0 && p.g.State().Phase == game.PhaseSecond {
			sp.discussed, sp.page = false, 0
			return true
		}
		return false
	}
	_, _, _, flow := sp.discussionLayout(l)
	switch {
	case in.Has(ActionBack):
		sp.page = max(0, sp.page-1)
	case in.Has(ActionNext) || in.Tapped(l.next):
		if sp.page+1 < len(flow.Pages) {
			sp.page++
		} else {
			sp.discussed, sp.page = true, 0
		}
	}
	return true
}

func (sp *spectrumPanel) drawDiscussion(dst *ebiten.Image, l playLayout) {
	p := sp.p
	v := p.d.View
	kind, statement, prompts, flow := sp.discussionLayout(l)
	v.Fonts.Text(dst, v.Tr.T("discussion_title"), v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), kind)
	v.Fonts.Text(dst, p.g.Card().MainText(v.Settings.Easy), draw.Style{Size: v.Px(draw.SizeTitle), Min: v.Px(draw.SizeSmall), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}, statement)
	draw.FillRoundRect(dst, prompts.Inset(-v.Px(24)), v.Px(24), v.Theme.Panel)
	page := min(sp.page, len(flow.Pages)-1)
	v.DrawFlowPage(dst, flow, page, prompts)
	label := v.Tr.T("discussion_next")
	if page+1 < len(flow.Pages) {
		label = v.Tr.T("reveal_next_page")
	}
	v.DrawButton(dst, draw.Button{Label: label, Key: v.Tr.T("key_space"), Rect: l.next, Primary: true}, l.next.Contains(v.Pointer))
}
