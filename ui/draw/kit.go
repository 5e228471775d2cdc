package draw

import "image/color"

// Kit is what a screen draws with: the fonts, the theme's colours and the
// screen's metrics. It holds no state of its own beyond the fonts' caches,
// so a screen may embed it by value (ui.View does) and set its fields when
// the window's size or the settings change.
type Kit struct {
	Fonts   *Fonts
	Theme   Theme
	Metrics Metrics
}

// Px converts units to pixels at the kit's metrics.
func (k *Kit) Px(units float64) float64 { return k.Metrics.Px(units) }

// Style returns a text style at a size in units, shrinking to 0.55 of it,
// vertically centred, in colour c, or in the theme's text colour when c is
// nil.
func (k *Kit) Style(units float64, bold bool, align Align, c color.Color) Style {
	st := Style{Size: k.Px(units), Min: k.Px(units) * 0.55, Bold: bold, Align: align, VAlign: Center, Colour: k.Theme.Text}
	if c != nil {
		st.Colour = c
	}
	return st
}
