package ui

import (
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// orderPanel plays an order card: the items, shuffled, are put in order
// and the order given.
type orderPanel struct {
	p      *playScene
	picked []int // the arrangement shown: item indexes, first to last
	hold   int   // the index in picked of the item picked up, -1 when none
	// focusItem is the item the keys act on; one past the last item is the
	// confirm button.
	focusItem int
}

// newOrderPanel shows the items of the card in play in their shuffled
// order, which a reload shows the same.
func newOrderPanel(p *playScene) *orderPanel {
	return &orderPanel{p: p, picked: p.g.Shuffled(p.g.State().Card), hold: -1}
}

func (op *orderPanel) editing() bool { return false }
func (op *orderPanel) fresh() {
	op.picked, op.hold, op.focusItem = op.p.g.Shuffled(op.p.g.State().Card), -1, 0
}
func (op *orderPanel) nextRound() {}

// orderRects returns the rows of the items and the confirm button.
func (op *orderPanel) orderRects(c cardLayout) (items []draw.Rect, confirm draw.Rect) {
	v := op.p.d.View
	n := len(op.picked)
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
func (op *orderPanel) update(in *Input, l playLayout) {
	p := op.p
	c := p.cardLayout(l)
	items, confirm := op.orderRects(c)
	n := len(items)
	team := p.keyTeam()
	give := func() {
		if team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
			return
		}
		p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choices: slices.Clone(op.picked)})
	}
	if in.Tapped(confirm) {
		give()
		return
	}
	for i, r := range items {
		if !in.Tapped(r) {
			continue
		}
		if op.hold >= 0 {
			op.moveItem(op.hold, i)
			op.hold = -1
		} else {
			op.hold = i // picked up: dropped where it is let go, or at the next tap
		}
		op.focusItem = i
		break
	}
	// A drag: the item picked up is let go over another place.
	for _, at := range in.Releases {
		for i, r := range items {
			if r.Contains(at) && op.hold >= 0 && i != op.hold {
				op.moveItem(op.hold, i)
				op.hold, op.focusItem = -1, i
			}
		}
	}
	switch {
	case in.Has(ActionUp):
		if op.hold >= 0 && op.hold > 0 {
			op.moveItem(op.hold, op.hold-1)
			op.hold--
			op.focusItem = op.hold
		} else if op.hold < 0 {
			op.focusItem = max(0, op.focusItem-1)
		}
	case in.Has(ActionDown):
		if op.hold >= 0 && op.hold < n-1 {
			op.moveItem(op.hold, op.hold+1)
			op.hold++
			op.focusItem = op.hold
		} else if op.hold < 0 {
			op.focusItem = min(n, op.focusItem+1)
		}
	case in.Has(ActionBack):
		op.hold = -1
	case in.Has(ActionConfirm):
		op.hold = -1
		give()
	case in.Has(ActionNext):
		switch {
		case op.focusItem >= n:
			give()
		case op.hold >= 0:
			op.hold = -1
		default:
			op.hold = op.focusItem
		}
	}
}

// moveItem moves the item at from to the place to.
func (op *orderPanel) moveItem(from, to int) {
	item := op.picked[from]
	op.picked = slices.Delete(op.picked, from, from+1)
	op.picked = slices.Insert(op.picked, to, item)
}

func (op *orderPanel) draw(dst *ebiten.Image, l playLayout) {
	p := op.p
	v := p.d.View
	c := p.cardLayout(l)
	p.drawFace(dst, c, p.kindLabel())
	card := p.g.Card()
	items, confirm := op.orderRects(c)
	for i, r := range items {
		bg := v.Theme.Panel
		if op.hold == i {
			bg = v.Theme.Accent
		} else if r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		draw.FillRoundRect(dst, r, v.Px(18), bg)
		if op.focusItem == i {
			draw.StrokeRoundRect(dst, r.Inset(-v.Px(4)), v.Px(22), v.Px(4), v.Theme.Accent)
		}
		fg := v.Theme.Text
		if op.hold == i {
			fg = v.Theme.OnAccent
		}
		num, text := r.InsetXY(v.Px(24), 0).Left(v.Px(70))
		v.Fonts.Text(dst, strconv.Itoa(i+1), v.Style(draw.SizeBody, true, draw.Start, v.Theme.Accent), num)
		if op.hold == i {
			v.Fonts.Text(dst, strconv.Itoa(i+1), v.Style(draw.SizeBody, true, draw.Start, v.Theme.OnAccent), num)
		}
		v.Fonts.Text(dst, card.Items[op.picked[i]], draw.Style{Size: v.Px(draw.SizeBody), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Center, Colour: fg}, text)
		grip, _ := r.InsetXY(v.Px(24), 0).Right(v.Px(40))
		v.Fonts.Text(dst, "↕", v.Style(draw.SizeBody, true, draw.Center, fg), grip)
	}
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("order_confirm"), Key: "↵", Rect: confirm, Primary: true, Focused: op.focusItem >= len(items)}, confirm.Contains(v.Pointer))
	hint, _ := c.kind.Right(c.kind.W * 0.7)
	v.Fonts.Text(dst, v.Tr.T("order_keys"), draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Align: draw.End, VAlign: draw.Center, Colour: v.Theme.Muted}, hint)
}
