package draw

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Button is a big target for a finger or a mouse, with the key that does
// the same shown on it ("1", "Espace"). It is drawn by Kit.DrawButton; what
// a tap on it does is the screen's business.
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
	// Size, when set, is the label's size in pixels: the buttons of a row
	// share the size of the one that needs the smallest (LabelSize), as
	// sizes that change from button to button look like a mistake.
	Size float64
}

// ButtonLayout is where a button's parts go: the team colour's band (empty
// without a Colour), the key's badge (empty without a Key) and the label,
// with the styles of the key and the label (their colours unset).
type ButtonLayout struct {
	Band, Key, Label     Rect
	KeyStyle, LabelStyle Style
}

// ButtonParts lays a button out. A narrow button (three verdicts beside a
// picture) keeps its label's words whole: its key moves to the top corner
// and the label takes the width below it, rather than "Trompeur" broken in
// two.
func (k *Kit) ButtonParts(b Button) ButtonLayout {
	var l ButtonLayout
	inner := b.Rect.InsetXY(k.Px(24), k.Px(8))
	if b.Colour != nil {
		band, rest := inner.Left(k.Px(14))
		l.Band = band.InsetXY(0, k.Px(6))
		_, inner = rest.Left(k.Px(16))
	}
	align := Start
	if b.Key != "" {
		size := k.Px(SizeSmall)
		keyW := size * (0.9 + 0.55*float64(len([]rune(b.Key))-1))
		box, rest := inner.Left(keyW + k.Px(14))
		_, after := rest.Left(k.Px(18))
		if k.Fonts.WidestWord(b.Label, k.Px(SizeSmall), b.Primary) > after.W && b.Rect.H >= size*2.6 {
			size *= 0.8
			keyW = size * (0.9 + 0.55*float64(len([]rune(b.Key))-1))
			l.Key = Rect{b.Rect.X + k.Px(10), b.Rect.Y + k.Px(8), keyW + k.Px(10), size * 1.3}
			top := l.Key.Y + l.Key.H
			after = Rect{inner.X, top, inner.W, b.Rect.Y + b.Rect.H - k.Px(6) - top}
			align = Center
		} else {
			l.Key = box.Centered(box.W, size*1.4)
		}
		l.KeyStyle = Style{Size: size * 0.8, Min: size * 0.5, Bold: true, Align: Center, VAlign: Center}
		inner = after
	}
	l.Label = inner
	l.LabelStyle = Style{Size: k.Px(SizeBody), Min: k.Px(SizeTiny), Bold: b.Primary, Align: align, VAlign: Center}
	if b.Size > 0 {
		l.LabelStyle.Size, l.LabelStyle.Min = b.Size, math.Min(b.Size, l.LabelStyle.Min)
	}
	return l
}

// LabelSize returns the size the button's label is drawn at: its style's
// size, or less when the label needs less to fit.
func (k *Kit) LabelSize(b Button) float64 {
	l := k.ButtonParts(b)
	return k.Fonts.Layout(b.Label, l.LabelStyle, l.Label.W, l.Label.H).Size
}

// DrawButtonRow draws buttons side by side at one label size, that of the
// label that needs the smallest; hover is the pointer.
func (k *Kit) DrawButtonRow(dst *ebiten.Image, buttons []Button, pointer Point) {
	size := math.Inf(1)
	for _, b := range buttons {
		size = math.Min(size, k.LabelSize(b))
	}
	for _, b := range buttons {
		b.Size = size
		k.DrawButton(dst, b, b.Rect.Contains(pointer))
	}
}

// DrawButton draws a button in the kit's theme: its panel (the accent
// colour when primary or selected, muted when disabled, lighter when hover
// says the pointer is over it), its focus ring, its team colour, its key
// and its label, laid out by ButtonParts.
func (k *Kit) DrawButton(dst *ebiten.Image, b Button, hover bool) {
	t := k.Theme
	bg, fg := t.Panel, t.Text
	switch {
	case b.Disabled:
		bg, fg = t.Panel, t.Muted
	case b.Primary || b.Selected:
		bg, fg = t.Accent, t.OnAccent
	case hover:
		bg = t.PanelHover
	}
	radius := k.Px(18)
	FillRoundRect(dst, b.Rect, radius, bg)
	if b.Focused && !b.Disabled {
		StrokeRoundRect(dst, b.Rect.Inset(-k.Px(5)), radius+k.Px(5), k.Px(5), t.Accent)
	}
	l := k.ButtonParts(b)
	if b.Colour != nil {
		FillRoundRect(dst, l.Band, k.Px(7), *b.Colour)
	}
	if b.Key != "" {
		keyBg := t.Background
		keyBg.A = 0x90
		FillRoundRect(dst, l.Key, k.Px(10), keyBg)
		keyFg := t.Text
		if (b.Primary || b.Selected) && !b.Disabled {
			keyFg = t.Accent
		}
		st := l.KeyStyle
		st.Colour = keyFg
		k.Fonts.Text(dst, b.Key, st, l.Key)
	}
	st := l.LabelStyle
	st.Colour = fg
	k.Fonts.Text(dst, b.Label, st, l.Label)
}

// DrawIconButton draws a square button whose face is a drawn icon (the
// fonts have no arrows or signs at every size): its panel, lighter when
// hover says the pointer is over it, its focus ring, and returns the colour
// the icon is to be drawn in (faded when the button is not enabled).
func (k *Kit) DrawIconButton(dst *ebiten.Image, r Rect, enabled, focused, hover bool) color.RGBA {
	bg, fg := k.Theme.Panel, k.Theme.Text
	switch {
	case !enabled:
		fg = k.Theme.Muted
		fg.A = 0x60
	case hover:
		bg = k.Theme.PanelHover
	}
	FillRoundRect(dst, r, k.Px(18), bg)
	if focused && enabled {
		StrokeRoundRect(dst, r.Inset(-k.Px(5)), k.Px(23), k.Px(5), k.Theme.Accent)
	}
	return fg
}
