package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

// Button is a big target for a finger or a mouse, with the key that does
// the same shown on it ("1", "Espace").
type Button struct {
	Label    string
	Key      string
	Rect     Rect
	Primary  bool // the main way on, drawn in the accent colour
	Selected bool // chosen (an answer given, a setting on)
	Focused  bool // where Space or Enter acts
	Disabled bool
	// Colour, when set, marks the button with a team's colour on its left.
	Colour *color.RGBA
}

// buttonLayout is where a button's parts go: the team colour's band, the
// key's badge and the label, with their styles.
type buttonLayout struct {
	band, key, label    Rect
	keyStyle, labelText Style
}

// buttonParts lays a button out. A narrow button (three verdicts beside a
// picture) keeps its label's words whole: its key moves to the top corner
// and the label takes the width below it, rather than "Trompeur" broken in
// two.
func (v *View) buttonParts(b Button) buttonLayout {
	var l buttonLayout
	inner := b.Rect.InsetXY(v.Px(24), v.Px(8))
	if b.Colour != nil {
		band, rest := inner.Left(v.Px(14))
		l.band = band.InsetXY(0, v.Px(6))
		_, inner = rest.Left(v.Px(16))
	}
	align := Start
	if b.Key != "" {
		size := v.Px(SizeSmall)
		keyW := size * (0.9 + 0.55*float64(len([]rune(b.Key))-1))
		box, rest := inner.Left(keyW + v.Px(14))
		_, after := rest.Left(v.Px(18))
		if v.Fonts.widestWord(b.Label, v.Px(SizeSmall), b.Primary) > after.W && b.Rect.H >= size*2.6 {
			size *= 0.8
			keyW = size * (0.9 + 0.55*float64(len([]rune(b.Key))-1))
			l.key = Rect{b.Rect.X + v.Px(10), b.Rect.Y + v.Px(8), keyW + v.Px(10), size * 1.3}
			top := l.key.Y + l.key.H
			after = Rect{inner.X, top, inner.W, b.Rect.Y + b.Rect.H - v.Px(6) - top}
			align = Center
		} else {
			l.key = box.Centered(box.W, size*1.4)
		}
		l.keyStyle = Style{Size: size * 0.8, Min: size * 0.5, Bold: true, Align: Center, VAlign: Center}
		inner = after
	}
	l.label = inner
	l.labelText = Style{Size: v.Px(SizeBody), Min: v.Px(SizeTiny), Bold: b.Primary, Align: align, VAlign: Center}
	return l
}

// drawButton draws a button; hover is whether the pointer is over it.
func (v *View) drawButton(dst *ebiten.Image, b Button, hover bool) {
	t := v.Theme
	bg, fg := t.Panel, t.Text
	switch {
	case b.Disabled:
		bg, fg = t.Panel, t.Muted
	case b.Primary || b.Selected:
		bg, fg = t.Accent, t.OnAccent
	case hover:
		bg = t.PanelHover
	}
	radius := v.Px(18)
	fillRoundRect(dst, b.Rect, radius, bg)
	if b.Focused && !b.Disabled {
		strokeRoundRect(dst, b.Rect.Inset(-v.Px(5)), radius+v.Px(5), v.Px(5), t.Accent)
	}
	l := v.buttonParts(b)
	if b.Colour != nil {
		fillRoundRect(dst, l.band, v.Px(7), *b.Colour)
	}
	if b.Key != "" {
		keyBg := t.Background
		keyBg.A = 0x90
		fillRoundRect(dst, l.key, v.Px(10), keyBg)
		keyFg := t.Text
		if (b.Primary || b.Selected) && !b.Disabled {
			keyFg = t.Accent
		}
		st := l.keyStyle
		st.Colour = keyFg
		v.Fonts.Text(dst, b.Key, st, l.key)
	}
	st := l.labelText
	st.Colour = fg
	v.Fonts.Text(dst, b.Label, st, l.label)
}

// menu is a column of buttons picked with a tap, their number key, or the
// focus moved with ↑ ↓ Tab and confirmed with Space or Enter.
type menu struct {
	focus int
}

// update returns the index of the item chosen this frame, or -1. rects are
// the items' rectangles; disabled items cannot be chosen or focused.
func (m *menu) update(in *Input, rects []Rect, disabled func(int) bool) int {
	n := len(rects)
	if n == 0 {
		return -1
	}
	ok := func(i int) bool { return disabled == nil || !disabled(i) }
	move := func(step int) {
		for k := 1; k <= n; k++ {
			i := ((m.focus+step*k)%n + n) % n
			if ok(i) {
				m.focus = i
				return
			}
		}
	}
	if !ok(m.focus) {
		move(1)
	}
	for i, r := range rects {
		if ok(i) && in.Tapped(r) {
			m.focus = i
			return i
		}
	}
	for i := 0; i < n && i < MaxAnswers; i++ {
		if in.Has(ActionAnswer1+Action(i)) && ok(i) {
			m.focus = i
			return i
		}
	}
	if in.Has(ActionDown) || in.Has(ActionFocusNext) {
		move(1)
	}
	if in.Has(ActionUp) {
		move(-1)
	}
	if in.Has(ActionNext) && ok(m.focus) {
		return m.focus
	}
	return -1
}

// drawIconButton draws a square button whose face is a drawn icon (the
// fonts have no arrows or signs at every size): its panel, its focus ring,
// and returns the colour the icon is drawn in.
func (v *View) drawIconButton(dst *ebiten.Image, r Rect, enabled, focused bool) color.RGBA {
	bg, fg := v.Theme.Panel, v.Theme.Text
	switch {
	case !enabled:
		fg = v.Theme.Muted
		fg.A = 0x60
	case r.Contains(v.Pointer):
		bg = v.Theme.PanelHover
	}
	fillRoundRect(dst, r, v.Px(18), bg)
	if focused && enabled {
		strokeRoundRect(dst, r.Inset(-v.Px(5)), v.Px(23), v.Px(5), v.Theme.Accent)
	}
	return fg
}
