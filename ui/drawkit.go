package ui

// This file is temporary: it maps the names ui used before the drawing kit
// moved to ui/draw onto the kit's, so that the screens being reworked on
// other branches still build once merged. scripts/draw-unalias.sh replaces
// every use of these names by the kit's and deletes this file.

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
)

type (
	Point      = draw.Point
	Rect       = draw.Rect
	Metrics    = draw.Metrics
	Theme      = draw.Theme
	Fonts      = draw.Fonts
	Style      = draw.Style
	Align      = draw.Align
	Button     = draw.Button
	flowBlock  = draw.FlowBlock
	flowLayout = draw.FlowLayout
)

const (
	Start        = draw.Start
	Center       = draw.Center
	End          = draw.End
	SizeHuge     = draw.SizeHuge
	SizeTitle    = draw.SizeTitle
	SizeLarge    = draw.SizeLarge
	SizeBody     = draw.SizeBody
	SizeSmall    = draw.SizeSmall
	SizeTiny     = draw.SizeTiny
	SizeMargin   = draw.SizeMargin
	SizeReadable = draw.SizeReadable
)

var (
	NormalTheme       = draw.NormalTheme
	HighContrastTheme = draw.HighContrastTheme
	NewMetrics        = draw.NewMetrics
	NewFonts          = draw.NewFonts
	fillRoundRect     = draw.FillRoundRect
	strokeRoundRect   = draw.StrokeRoundRect
	fillRect          = draw.FillRect
	fillPath          = draw.FillPath
	drawRing          = draw.DrawRing
	drawMark          = draw.DrawMark
	isRTL             = draw.IsRTL
)

func (v *View) style(units float64, bold bool, align Align, c color.Color) Style {
	return v.Style(units, bold, align, c)
}

func (v *View) layoutFlow(blocks []flowBlock, w, first, next float64) flowLayout {
	return v.LayoutFlow(blocks, w, first, next)
}

func (v *View) fitFlow(blocks []flowBlock, w, h float64) flowLayout {
	return v.FitFlow(blocks, w, h)
}

func (v *View) drawFlowPage(dst *ebiten.Image, l flowLayout, n int, r Rect) {
	v.DrawFlowPage(dst, l, n, r)
}

func (v *View) drawButton(dst *ebiten.Image, b Button, hover bool) { v.DrawButton(dst, b, hover) }

func (v *View) buttonParts(b Button) draw.ButtonLayout { return v.ButtonParts(b) }

func (v *View) drawIconButton(dst *ebiten.Image, r Rect, enabled, focused bool) color.RGBA {
	return v.DrawIconButton(dst, r, enabled, focused, r.Contains(v.Pointer))
}
