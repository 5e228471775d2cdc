package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// openPanel plays an open question: the room talks, the facilitator
// reveals. It has no draft.
type openPanel struct{ p *playScene }

func (o *openPanel) update(in *Input, l playLayout) {
	if in.Has(ActionNext) || in.Tapped(l.next) {
		o.p.apply(game.Move{Kind: game.MoveReveal})
	}
}

func (o *openPanel) draw(dst *ebiten.Image, l playLayout) {
	p := o.p
	v := p.d.View
	c := p.cardLayout(l)
	p.drawFace(dst, c, p.kindLabel())
	v.Fonts.Text(dst, v.Tr.T("open_hint"), v.Style(draw.SizeBody, false, draw.Center, v.Theme.Muted), c.extra)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("reveal"), Key: v.Tr.T("key_space"), Rect: l.next, Primary: true}, l.next.Contains(v.Pointer))
}

func (o *openPanel) editing() bool { return false }
func (o *openPanel) fresh()        {}
func (o *openPanel) nextRound()    {}
