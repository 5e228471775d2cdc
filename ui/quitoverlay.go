package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
)

// quitOverlay asks before quitting: nothing quits without asking. Over a
// black screen (the window closed while it is black) it is answered with
// the mouse too, and "no" goes back to the black screen (newOverlay).
type quitOverlay struct {
	overlay
	menu menu
}

func newQuitOverlay(v *View, under Scene) *quitOverlay {
	q := &quitOverlay{menu: menu{focus: 1}}
	q.overlay = newOverlay(v, under, q)
	return q
}

func (q *quitOverlay) buttons() []draw.Rect {
	v := q.v
	p, _ := q.box()
	_, bottom := p.Inset(v.Px(40)).Top(v.Px(220))
	return bottom.Rows(2, v.Px(24))
}

func (q *quitOverlay) closesOn() closeRule { return closeOnEsc }

// handle quits on "yes" (nil), goes back on "no".
func (q *quitOverlay) handle(in *Input) Scene {
	switch q.menu.update(in, q.buttons(), nil) {
	case 0:
		return nil
	case 1:
		return q.close()
	}
	return q
}

func (q *quitOverlay) box() (draw.Rect, boxLook) { return q.v.panel(1100, 520), boxAccent }

func (q *quitOverlay) drawContent(dst *ebiten.Image) {
	v := q.v
	p, _ := q.box()
	top, _ := p.Inset(v.Px(40)).Top(v.Px(200))
	v.Fonts.Text(dst, v.Tr.T("quit_question"), v.Style(draw.SizeLarge, true, draw.Center, nil), top)
	labels := []string{v.Tr.T("quit_yes"), v.Tr.T("quit_no")}
	for i, r := range q.buttons() {
		v.DrawButton(dst, draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Focused: q.menu.focus == i, Primary: i == 1}, false)
	}
}
