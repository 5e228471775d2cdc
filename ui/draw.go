package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"declic/game"
)

// fillPath fills a vector path with a colour, anti-aliased.
func fillPath(dst *ebiten.Image, p *vector.Path, c color.Color) {
	vs, is := p.AppendVerticesAndIndicesForFilling(nil, nil)
	r, g, b, a := c.RGBA()
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	dst.DrawTriangles(vs, is, whitePixel(), &ebiten.DrawTrianglesOptions{AntiAlias: true})
}

// strokePath draws the outline of a vector path.
func strokePath(dst *ebiten.Image, p *vector.Path, width float32, c color.Color) {
	vs, is := p.AppendVerticesAndIndicesForStroke(nil, nil, &vector.StrokeOptions{Width: width, LineJoin: vector.LineJoinRound})
	r, g, b, a := c.RGBA()
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	dst.DrawTriangles(vs, is, whitePixel(), &ebiten.DrawTrianglesOptions{AntiAlias: true})
}

// white is the source image of shapes: the centre pixel of a white 3 × 3
// image, made on first use (never in init: STYLE.md).
var white *ebiten.Image

func whitePixel() *ebiten.Image {
	if white == nil {
		img := ebiten.NewImage(3, 3)
		img.Fill(color.White)
		white = img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
	}
	return white
}

// roundRectPath returns the path of a rectangle with rounded corners.
func roundRectPath(r Rect, radius float64) *vector.Path {
	radius = math.Min(radius, math.Min(r.W, r.H)/2)
	x, y, w, h, rad := float32(r.X), float32(r.Y), float32(r.W), float32(r.H), float32(radius)
	var p vector.Path
	p.MoveTo(x+rad, y)
	p.LineTo(x+w-rad, y)
	p.ArcTo(x+w, y, x+w, y+rad, rad)
	p.LineTo(x+w, y+h-rad)
	p.ArcTo(x+w, y+h, x+w-rad, y+h, rad)
	p.LineTo(x+rad, y+h)
	p.ArcTo(x, y+h, x, y+h-rad, rad)
	p.LineTo(x, y+rad)
	p.ArcTo(x, y, x+rad, y, rad)
	p.Close()
	return &p
}

// fillRoundRect fills a rectangle with rounded corners.
func fillRoundRect(dst *ebiten.Image, r Rect, radius float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	fillPath(dst, roundRectPath(r, radius), c)
}

// strokeRoundRect draws the outline of a rectangle with rounded corners.
func strokeRoundRect(dst *ebiten.Image, r Rect, radius, width float64, c color.Color) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	strokePath(dst, roundRectPath(r, radius), float32(width), c)
}

// fillRect fills a plain rectangle.
func fillRect(dst *ebiten.Image, r Rect, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), c, false)
}

// drawSymbol draws a team's symbol, filled with its colour, in the square r:
// the shape tells teams apart where colours do not.
func drawSymbol(dst *ebiten.Image, s game.Symbol, r Rect, c color.Color) {
	cx, cy := float32(r.X+r.W/2), float32(r.Y+r.H/2)
	rad := float32(math.Min(r.W, r.H) / 2)
	var p vector.Path
	switch s {
	case game.Circle:
		p.Arc(cx, cy, rad*0.9, 0, 2*math.Pi, vector.Clockwise)
	case game.Triangle:
		p.MoveTo(cx, cy-rad)
		p.LineTo(cx+rad*0.95, cy+rad*0.75)
		p.LineTo(cx-rad*0.95, cy+rad*0.75)
	case game.Square:
		k := rad * 0.8
		p.MoveTo(cx-k, cy-k)
		p.LineTo(cx+k, cy-k)
		p.LineTo(cx+k, cy+k)
		p.LineTo(cx-k, cy+k)
	case game.Diamond:
		p.MoveTo(cx, cy-rad)
		p.LineTo(cx+rad*0.8, cy)
		p.LineTo(cx, cy+rad)
		p.LineTo(cx-rad*0.8, cy)
	case game.Star:
		for i := 0; i < 10; i++ {
			a := -math.Pi/2 + float64(i)*math.Pi/5
			k := float64(rad)
			if i%2 == 1 {
				k *= 0.45
			}
			x, y := cx+float32(k*math.Cos(a)), cy+float32(k*math.Sin(a))
			if i == 0 {
				p.MoveTo(x, y)
			} else {
				p.LineTo(x, y)
			}
		}
	default: // a cross
		k, t := rad*0.9, rad*0.32
		pts := [][2]float32{{-t, -k}, {t, -k}, {t, -t}, {k, -t}, {k, t}, {t, t}, {t, k}, {-t, k}, {-t, t}, {-k, t}, {-k, -t}, {-t, -t}}
		for i, pt := range pts {
			if i == 0 {
				p.MoveTo(cx+pt[0], cy+pt[1])
			} else {
				p.LineTo(cx+pt[0], cy+pt[1])
			}
		}
	}
	p.Close()
	fillPath(dst, &p, c)
}

// drawRing draws a timer ring: a full circle track and an arc for the part
// left, from the top, clockwise.
func drawRing(dst *ebiten.Image, r Rect, left float64, width float64, track, fill color.Color) {
	cx, cy := float32(r.X+r.W/2), float32(r.Y+r.H/2)
	rad := float32(math.Min(r.W, r.H)/2 - width/2)
	var t vector.Path
	t.Arc(cx, cy, rad, 0, 2*math.Pi, vector.Clockwise)
	strokePath(dst, &t, float32(width), track)
	if left <= 0 {
		return
	}
	var p vector.Path
	start := float32(-math.Pi / 2)
	p.Arc(cx, cy, rad, start, start+float32(2*math.Pi*math.Min(left, 1)), vector.Clockwise)
	strokePath(dst, &p, float32(width), fill)
}

// drawMark draws a tick (right) or a cross (wrong) in the square r: the
// shape says it as well as the colour.
func drawMark(dst *ebiten.Image, r Rect, right bool, c color.Color) {
	x, y, s := float32(r.X), float32(r.Y), float32(math.Min(r.W, r.H))
	var p vector.Path
	if right {
		p.MoveTo(x+s*0.15, y+s*0.55)
		p.LineTo(x+s*0.4, y+s*0.8)
		p.LineTo(x+s*0.88, y+s*0.22)
	} else {
		p.MoveTo(x+s*0.2, y+s*0.2)
		p.LineTo(x+s*0.8, y+s*0.8)
		p.MoveTo(x+s*0.8, y+s*0.2)
		p.LineTo(x+s*0.2, y+s*0.8)
	}
	strokePath(dst, &p, s*0.16, c)
}
