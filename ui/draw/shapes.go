package draw

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// FillPath fills a vector path with a colour, anti-aliased. Anti-aliasing
// costs an offscreen pass of its own: what is drawn every frame is better
// drawn once into an image and kept (see FillRoundRect).
func FillPath(dst *ebiten.Image, p *vector.Path, c color.Color) {
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

// Shapes are assembled from anti-aliased pieces drawn once and kept: a
// disc per radius for rounded corners, a ring per radius and width for
// outlines, a picture per symbol and size. Anti-aliasing a shape costs
// Ebitengine an offscreen pass of its own, which made a frame of the play
// screen take 250 ms where the GPU is emulated in software (Xvfb, a school
// laptop without its graphics driver); straight edges need none.
var (
	discs   = make(map[int]*ebiten.Image)
	rings   = make(map[[2]int]*ebiten.Image)
	symbols = make(map[[2]int]*ebiten.Image)
)

// piece draws the part src of a white piece at (x, y) in colour c.
func piece(dst, src *ebiten.Image, x, y float64, c color.Color) {
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	dst.DrawImage(src, op)
}

// corners draws the four quarters of a white 2r × 2r image at the corners
// of the rectangle from (x0, y0) to (x1, y1).
func corners(dst, img *ebiten.Image, r int, x0, y0, x1, y1 float64, c color.Color) {
	q := func(x, y int) *ebiten.Image { return img.SubImage(image.Rect(x, y, x+r, y+r)).(*ebiten.Image) }
	fr := float64(r)
	piece(dst, q(0, 0), x0, y0, c)
	piece(dst, q(r, 0), x1-fr, y0, c)
	piece(dst, q(0, r), x0, y1-fr, c)
	piece(dst, q(r, r), x1-fr, y1-fr, c)
}

// snap rounds a rectangle to whole pixels, so that its pieces meet without
// seams.
func snap(r Rect) (x0, y0, x1, y1 float64) {
	return math.Round(r.X), math.Round(r.Y), math.Round(r.X + r.W), math.Round(r.Y + r.H)
}

// FillRoundRect fills r with rounded corners of the radius, in pixels, no
// more than half r's shorter side. r is rounded to whole pixels; a radius
// under 2 pixels fills a plain rectangle. The corners are drawn from discs
// kept per radius, so a frame full of panels costs no anti-aliasing pass.
func FillRoundRect(dst *ebiten.Image, r Rect, radius float64, c color.Color) {
	x0, y0, x1, y1 := snap(r)
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 {
		return
	}
	rad := int(math.Round(math.Min(radius, math.Min(w, h)/2)))
	if rad < 2 {
		FillRect(dst, Rect{x0, y0, w, h}, c)
		return
	}
	disc, ok := discs[rad]
	if !ok {
		disc = ebiten.NewImage(2*rad, 2*rad)
		var p vector.Path
		p.Arc(float32(rad), float32(rad), float32(rad), 0, 2*math.Pi, vector.Clockwise)
		FillPath(disc, &p, color.White)
		discs[rad] = disc
	}
	corners(dst, disc, rad, x0, y0, x1, y1, c)
	fr := float64(rad)
	FillRect(dst, Rect{x0 + fr, y0, w - 2*fr, h}, c)
	FillRect(dst, Rect{x0, y0 + fr, fr, h - 2*fr}, c)
	FillRect(dst, Rect{x1 - fr, y0 + fr, fr, h - 2*fr}, c)
}

// StrokeRoundRect draws the outline of r with rounded corners, width
// pixels wide and centred on r's edge (a focus ring is drawn around a
// button with r inset by minus half its width). Nothing is drawn when r is
// no wider or higher than twice the line. Its corners, like
// FillRoundRect's, are kept per radius and width.
func StrokeRoundRect(dst *ebiten.Image, r Rect, radius, width float64, c color.Color) {
	x0, y0, x1, y1 := snap(r.Inset(-width / 2))
	w, h := x1-x0, y1-y0
	lw := math.Max(1, math.Round(width))
	if w <= 2*lw || h <= 2*lw {
		return
	}
	rad := int(math.Round(math.Min(radius+width/2, math.Min(w, h)/2)))
	if rad < int(lw)+1 {
		rad = int(lw) + 1
	}
	key := [2]int{rad, int(lw)}
	ring, ok := rings[key]
	if !ok {
		ring = ebiten.NewImage(2*rad, 2*rad)
		var p vector.Path
		p.Arc(float32(rad), float32(rad), float32(float64(rad)-lw/2), 0, 2*math.Pi, vector.Clockwise)
		strokePath(ring, &p, float32(lw), color.White)
		rings[key] = ring
	}
	corners(dst, ring, rad, x0, y0, x1, y1, c)
	fr := float64(rad)
	FillRect(dst, Rect{x0 + fr, y0, w - 2*fr, lw}, c)
	FillRect(dst, Rect{x0 + fr, y1 - lw, w - 2*fr, lw}, c)
	FillRect(dst, Rect{x0, y0 + fr, lw, h - 2*fr}, c)
	FillRect(dst, Rect{x1 - lw, y0 + fr, lw, h - 2*fr}, c)
}

// FillRect fills r, without anti-aliasing: its edges are as sharp as its
// coordinates.
func FillRect(dst *ebiten.Image, r Rect, c color.Color) {
	vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), c, false)
}

// Shape is a symbol drawn filled: each team has one, so that the shape
// tells teams apart where colours do not.
type Shape int

// The shapes. A value outside them draws a cross.
const (
	Circle Shape = iota
	Triangle
	Square
	Diamond
	Star
	Cross
)

// DrawShape draws the shape, filled with c, centred in the largest square
// of whole pixels that fits in r; nothing when that square is under 2
// pixels. The shape is drawn once per size, anti-aliased, and kept.
func DrawShape(dst *ebiten.Image, s Shape, r Rect, c color.Color) {
	size := int(math.Round(math.Min(r.W, r.H)))
	if size < 2 {
		return
	}
	key := [2]int{int(s), size}
	img, ok := symbols[key]
	if !ok {
		img = ebiten.NewImage(size, size)
		drawShapeOnce(img, s, Rect{0, 0, float64(size), float64(size)}, color.White)
		symbols[key] = img
	}
	piece(dst, img, math.Round(r.X+(r.W-float64(size))/2), math.Round(r.Y+(r.H-float64(size))/2), c)
}

// drawShapeOnce draws a shape with anti-aliasing.
func drawShapeOnce(dst *ebiten.Image, s Shape, r Rect, c color.Color) {
	cx, cy := float32(r.X+r.W/2), float32(r.Y+r.H/2)
	rad := float32(math.Min(r.W, r.H) / 2)
	var p vector.Path
	switch s {
	case Circle:
		p.Arc(cx, cy, rad*0.9, 0, 2*math.Pi, vector.Clockwise)
	case Triangle:
		p.MoveTo(cx, cy-rad)
		p.LineTo(cx+rad*0.95, cy+rad*0.75)
		p.LineTo(cx-rad*0.95, cy+rad*0.75)
	case Square:
		k := rad * 0.8
		p.MoveTo(cx-k, cy-k)
		p.LineTo(cx+k, cy-k)
		p.LineTo(cx+k, cy+k)
		p.LineTo(cx-k, cy+k)
	case Diamond:
		p.MoveTo(cx, cy-rad)
		p.LineTo(cx+rad*0.8, cy)
		p.LineTo(cx, cy+rad)
		p.LineTo(cx-rad*0.8, cy)
	case Star:
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
	FillPath(dst, &p, c)
}

// DrawRing draws a timer ring in the square centred in r: a full circle
// track in the colour track and, over it, an arc in the colour fill for the
// part left (0 to 1, clamped), from the top, clockwise; width is the line's
// width in pixels. It is anti-aliased every time it is drawn: it changes
// every frame a timer runs.
func DrawRing(dst *ebiten.Image, r Rect, left float64, width float64, track, fill color.Color) {
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

// DrawMark draws a tick (right) or a cross (wrong) in the square at r's
// top left, as wide as r's shorter side: the shape says it as well as the
// colour.
func DrawMark(dst *ebiten.Image, r Rect, right bool, c color.Color) {
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
