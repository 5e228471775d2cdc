package ui

import (
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
)

// orderRects returns the rows of the items and the confirm button.
func (p *playScene) orderRects(c cardLayout) (items []Rect, confirm Rect) {
	v := p.d.View
	n := len(p.picked)
	area := c.extra
	_, area = area.Top(v.Px(0))
	list := area.Centered(min(area.W, v.Px(1200)), area.H)
	h := min(v.Px(96), (list.H-float64(n-1)*v.Px(12))/float64(n))
	list, _ = list.Top(float64(n)*h + float64(n-1)*v.Px(12))
	confirm = c.answers.Centered(v.Px(620), min(c.answers.H, v.Px(110)))
	return list.Rows(n, v.Px(12)), confirm
}

// updateOrder moves items: ↑ ↓ move the focus (or the item picked up),
// Space (or → and a clicker's Page Down) picks an item up and puts it down,
// and on the confirm button gives the order; Enter gives the order wherever
// the focus is, as the button's key says (a facilitator pressed Enter on a
// button that showed ↵ and picked up an item). With a mouse or a finger: tap
// an item, then its new place.
func (p *playScene) updateOrder(in *Input, c cardLayout) {
	items, confirm := p.orderRects(c)
	n := len(items)
	team := p.keyTeam()
	give := func() {
		if team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
			return
		}
		p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choices: slices.Clone(p.picked)})
	}
	if in.Tapped(confirm) {
		give()
		return
	}
	for i, r := range items {
		if !in.Tapped(r) {
			continue
		}
		if p.hold >= 0 {
			p.moveItem(p.hold, i)
			p.hold = -1
		} else {
			p.hold = i // picked up: dropped where it is let go, or at the next tap
		}
		p.focusItem = i
		break
	}
	// A drag: the item picked up is let go over another place.
	for _, at := range in.Releases {
		for i, r := range items {
			if r.Contains(at) && p.hold >= 0 && i != p.hold {
				p.moveItem(p.hold, i)
				p.hold, p.focusItem = -1, i
			}
		}
	}
	switch {
	case in.Has(ActionUp):
		if p.hold >= 0 && p.hold > 0 {
			p.moveItem(p.hold, p.hold-1)
			p.hold--
			p.focusItem = p.hold
		} else if p.hold < 0 {
			p.focusItem = max(0, p.focusItem-1)
		}
	case in.Has(ActionDown):
		if p.hold >= 0 && p.hold < n-1 {
			p.moveItem(p.hold, p.hold+1)
			p.hold++
			p.focusItem = p.hold
		} else if p.hold < 0 {
			p.focusItem = min(n, p.focusItem+1)
		}
	case in.Has(ActionBack):
		p.hold = -1
	case in.Has(ActionConfirm):
		p.hold = -1
		give()
	case in.Has(ActionNext):
		switch {
		case p.focusItem >= n:
			give()
		case p.hold >= 0:
			p.hold = -1
		default:
			p.hold = p.focusItem
		}
	}
}

// moveItem moves the item at from to the place to.
func (p *playScene) moveItem(from, to int) {
	item := p.picked[from]
	p.picked = slices.Delete(p.picked, from, from+1)
	p.picked = slices.Insert(p.picked, to, item)
}

func (p *playScene) drawOrder(dst *ebiten.Image, c cardLayout) {
	v := p.d.View
	card := p.g.Card()
	items, confirm := p.orderRects(c)
	for i, r := range items {
		bg := v.Theme.Panel
		if p.hold == i {
			bg = v.Theme.Accent
		} else if r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		fillRoundRect(dst, r, v.Px(18), bg)
		if p.focusItem == i {
			strokeRoundRect(dst, r.Inset(-v.Px(4)), v.Px(22), v.Px(4), v.Theme.Accent)
		}
		fg := v.Theme.Text
		if p.hold == i {
			fg = v.Theme.OnAccent
		}
		num, text := r.InsetXY(v.Px(24), 0).Left(v.Px(70))
		v.Fonts.Text(dst, strconv.Itoa(i+1), v.style(SizeBody, true, Start, v.Theme.Accent), num)
		if p.hold == i {
			v.Fonts.Text(dst, strconv.Itoa(i+1), v.style(SizeBody, true, Start, v.Theme.OnAccent), num)
		}
		v.Fonts.Text(dst, card.Items[p.picked[i]], Style{Size: v.Px(SizeBody), Min: v.Px(SizeTiny), Align: Start, VAlign: Center, Colour: fg}, text)
		grip, _ := r.InsetXY(v.Px(24), 0).Right(v.Px(40))
		v.Fonts.Text(dst, "↕", v.style(SizeBody, true, Center, fg), grip)
	}
	v.drawButton(dst, Button{Label: v.Tr.T("order_confirm"), Key: "↵", Rect: confirm, Primary: true, Focused: p.focusItem >= len(items)}, confirm.Contains(v.Pointer))
	hint, _ := c.kind.Right(c.kind.W * 0.7)
	v.Fonts.Text(dst, v.Tr.T("order_keys"), Style{Size: v.Px(SizeSmall), Min: v.Px(SizeTiny), Align: End, VAlign: Center, Colour: v.Theme.Muted}, hint)
}
