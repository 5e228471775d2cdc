package ui

import (
	"math"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
)

// editLine applies one frame of typing to a line of text: Backspace (erase)
// takes the last character off, then the characters typed go on its end,
// up to max characters. Control characters are left out, and so is a space
// at the start.
func editLine(text, chars []rune, erase bool, max int) []rune {
	if erase && len(text) > 0 {
		text = text[:len(text)-1]
	}
	for _, r := range chars {
		if unicode.IsPrint(r) && len(text) < max && !(r == ' ' && len(text) == 0) {
			text = append(text, r)
		}
	}
	return text
}

// field is how a text field is drawn: its text, or its placeholder when
// empty and without the focus; selected marks a text offered that typing
// replaces; bad, a text that stops the form from going on.
type field struct {
	Text        string
	Placeholder string
	Focused     bool
	Selected    bool
	Bad         bool
}

// drawField draws a text field in r: a panel, the accent ring while it has
// the focus with a caret after the text, a red outline when it is why a
// form cannot go on.
func (v *View) drawField(dst *ebiten.Image, r draw.Rect, f field) {
	th := v.Theme
	bg := th.Panel
	if !f.Focused && r.Contains(v.Pointer) {
		bg = th.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(18), bg)
	switch {
	case f.Focused:
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(5)), v.Px(23), v.Px(5), th.Accent)
	case f.Bad:
		draw.StrokeRoundRect(dst, r.Inset(v.Px(2)), v.Px(16), v.Px(4), th.Wrong)
	}
	inner := r.InsetXY(v.Px(24), v.Px(10))
	size := math.Min(v.Px(draw.SizeBody), inner.H*0.8)
	st := draw.Style{Size: size, Min: math.Min(v.Px(draw.SizeTiny), size), Align: draw.Start, VAlign: draw.Center, Colour: th.Text}
	if f.Text == "" {
		st.Colour = th.Muted
		if !f.Focused {
			v.Fonts.Text(dst, f.Placeholder, st, inner)
			return
		}
	}
	// Room for the caret after the text.
	textR := inner
	if f.Focused {
		textR.W -= v.Px(14)
	}
	w, h := v.Fonts.Measure(f.Text, st, textR.W, textR.H)
	rtl := draw.IsRTL(f.Text)
	x := textR.X
	if rtl {
		x = textR.X + textR.W - w
	}
	if f.Focused && f.Selected && f.Text != "" {
		// A translucent accent: colours are premultiplied by their alpha.
		sel := th.Accent
		sel.R, sel.G, sel.B, sel.A = uint8(uint(sel.R)*0x50/0xff), uint8(uint(sel.G)*0x50/0xff), uint8(uint(sel.B)*0x50/0xff), 0x50
		draw.FillRoundRect(dst, draw.Rect{X: x - v.Px(6), Y: textR.Y + (textR.H-h)/2, W: w + v.Px(12), H: h}, v.Px(8), sel)
	}
	v.Fonts.Text(dst, f.Text, st, textR)
	if f.Focused {
		ch := math.Min(size*1.15, inner.H)
		cx := x + w + v.Px(4)
		if rtl {
			cx = x - v.Px(10)
		}
		draw.FillRect(dst, draw.Rect{X: cx, Y: inner.Y + (inner.H-ch)/2, W: math.Max(2, v.Px(4)), H: ch}, th.Accent)
	}
}
