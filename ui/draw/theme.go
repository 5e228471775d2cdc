package draw

import "image/color"

// Theme holds the colours of the screens. The normal theme is dark, for
// projectors in half-lit rooms; the high-contrast one is black, white and
// yellow.
type Theme struct {
	Background color.RGBA
	Panel      color.RGBA // cards and panels
	PanelHover color.RGBA
	Text       color.RGBA
	Muted      color.RGBA // secondary text
	Accent     color.RGBA // focus, selection, the primary button
	OnAccent   color.RGBA // text on the accent colour
	Right      color.RGBA
	Wrong      color.RGBA
	Warning    color.RGBA // the last seconds of the timer
	Shade      color.RGBA // what covers the screen behind an overlay
}

// NormalTheme and HighContrastTheme are the two themes a person can pick in
// the settings. They are variables only because Go has no constant structs:
// nothing may change them.
var (
	NormalTheme = Theme{
		Background: rgb(0x12, 0x1c, 0x33),
		Panel:      rgb(0x1f, 0x2c, 0x4c),
		PanelHover: rgb(0x2b, 0x3c, 0x66),
		Text:       rgb(0xf5, 0xf7, 0xfb),
		Muted:      rgb(0xb4, 0xbe, 0xd4),
		Accent:     rgb(0xff, 0xc8, 0x3d),
		OnAccent:   rgb(0x12, 0x1c, 0x33),
		Right:      rgb(0x3d, 0xc4, 0x7e),
		Wrong:      rgb(0xf0, 0x5d, 0x5e),
		Warning:    rgb(0xf0, 0x5d, 0x5e),
		Shade:      color.RGBA{0x08, 0x0d, 0x1a, 0xe0},
	}
	HighContrastTheme = Theme{
		Background: rgb(0, 0, 0),
		Panel:      rgb(0x1a, 0x1a, 0x1a),
		PanelHover: rgb(0x33, 0x33, 0x33),
		Text:       rgb(0xff, 0xff, 0xff),
		Muted:      rgb(0xe6, 0xe6, 0xe6),
		Accent:     rgb(0xff, 0xeb, 0x00),
		OnAccent:   rgb(0, 0, 0),
		Right:      rgb(0x4d, 0xff, 0x88),
		Wrong:      rgb(0xff, 0x6b, 0x6b),
		Warning:    rgb(0xff, 0x6b, 0x6b),
		Shade:      color.RGBA{0, 0, 0, 0xf0},
	}
)

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 0xff} }
