package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// zoomKey reports whether the Z key (ActionBuzz5, the key labelled Z)
// zooms on the picture rather than buzzing: always, but in buzzer mode with
// five teams or more, where it is team 5's buzzer.
func (p *playScene) zoomKey() bool {
	return p.g.Settings.Mode != cards.ModeBuzzer || len(p.s.Teams) < 5
}

// updateZoom opens the picture full screen on Z or a tap on it, and closes
// it on any key or tap: the facilitator can point at a detail for as long as
// it takes. It reports whether it took the input.
func (p *playScene) updateZoom(in *Input, picture draw.Rect) bool {
	if p.zoom {
		if len(in.Actions) > 0 || len(in.Taps) > 0 {
			p.zoom = false
			in.Actions, in.Taps = nil, nil // the key that closes does nothing else
		}
		return true
	}
	if p.picture() == nil {
		return false
	}
	if (p.zoomKey() && in.Has(ActionBuzz5)) || (picture.W > 0 && in.Tapped(picture)) {
		p.zoom = true
		return true
	}
	return false
}

// drawZoom draws the card's picture as large as the screen allows, on a
// black screen, with how to go back.
func (p *playScene) drawZoom(dst *ebiten.Image) {
	v := p.d.View
	dst.Fill(color.Black)
	img, hint := p.zoomLayout()
	drawImageIn(dst, p.picture(), img)
	v.Fonts.Text(dst, v.Tr.T("zoom_back"), v.Style(draw.SizeSmall, false, draw.Center, v.Theme.Muted), hint)
}

// zoomLayout places the zoomed picture: the whole screen but a line at the
// bottom that says how to go back.
func (p *playScene) zoomLayout() (picture, hint draw.Rect) {
	v := p.d.View
	hint, picture = v.Metrics.Screen().Bottom(v.Px(72))
	return picture.Inset(v.Px(16)), hint
}

// drawZoomHint says, on the picture, that Z or a tap shows it full screen.
func (p *playScene) drawZoomHint(dst *ebiten.Image, r draw.Rect) {
	v := p.d.View
	if !p.zoomKey() {
		return
	}
	badge := zoomBadge(v.Metrics, fitImage(p.picture(), r), r)
	draw.FillRoundRect(dst, badge, v.Px(20), v.Theme.Panel)
	v.Fonts.Text(dst, "Z", v.Style(draw.SizeBody, true, draw.Center, v.Theme.Accent), badge)
}

// zoomBadge places the Z badge of a picture pic shown in its box r: beside
// the picture's bottom right corner where the box leaves room, else under
// it, and only in its corner when the picture fills the box — a
// screenshot's text under the badge could not be read.
func zoomBadge(m draw.Metrics, pic, r draw.Rect) draw.Rect {
	size, gap := m.Px(72), m.Px(12)
	switch {
	case pic.X+pic.W+gap+size <= r.X+r.W:
		return draw.Rect{X: pic.X + pic.W + gap, Y: pic.Y + pic.H - size, W: size, H: size}
	case pic.Y+pic.H+gap+size <= r.Y+r.H:
		return draw.Rect{X: pic.X + pic.W - size, Y: pic.Y + pic.H + gap, W: size, H: size}
	}
	return draw.Rect{X: pic.X + pic.W - size - gap, Y: pic.Y + pic.H - size - gap, W: size, H: size}
}

// pictureRect returns where the card's picture is on the screen shown: on
// the card, or in the right answer's box at the reveal; empty when none is
// shown (the pass-the-laptop screen).
func (p *playScene) pictureRect() draw.Rect {
	l := p.layout()
	switch {
	case p.picture() == nil:
		return draw.Rect{}
	case p.g.State().Phase == game.PhaseRevealed:
		return p.revealLayout(l, p.page).picture
	case p.needsHandover():
		return draw.Rect{}
	}
	return fitImage(p.picture(), p.cardLayout(l).picture)
}
