package draw

import "math"

// Point is a place on the screen, in pixels.
type Point struct{ X, Y float64 }

// Rect is a rectangle on the screen, in pixels: layout functions compute
// rectangles from the window's size, without a GPU, so that they can be
// tested at any size.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether p is inside r.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X < r.X+r.W && p.Y >= r.Y && p.Y < r.Y+r.H
}

// Inset returns r shrunk by d on every side.
func (r Rect) Inset(d float64) Rect {
	d = math.Min(d, math.Min(r.W, r.H)/2)
	return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d}
}

// InsetXY returns r shrunk by dx on the left and right, dy at the top and bottom.
func (r Rect) InsetXY(dx, dy float64) Rect {
	dx, dy = math.Min(dx, r.W/2), math.Min(dy, r.H/2)
	return Rect{r.X + dx, r.Y + dy, r.W - 2*dx, r.H - 2*dy}
}

// Top returns the top h pixels of r, and the rest below.
func (r Rect) Top(h float64) (top, rest Rect) {
	h = math.Min(math.Max(h, 0), r.H)
	return Rect{r.X, r.Y, r.W, h}, Rect{r.X, r.Y + h, r.W, r.H - h}
}

// Bottom returns the bottom h pixels of r, and the rest above.
func (r Rect) Bottom(h float64) (bottom, rest Rect) {
	h = math.Min(math.Max(h, 0), r.H)
	return Rect{r.X, r.Y + r.H - h, r.W, h}, Rect{r.X, r.Y, r.W, r.H - h}
}

// Left returns the left w pixels of r, and the rest on the right.
func (r Rect) Left(w float64) (left, rest Rect) {
	w = math.Min(math.Max(w, 0), r.W)
	return Rect{r.X, r.Y, w, r.H}, Rect{r.X + w, r.Y, r.W - w, r.H}
}

// Right returns the right w pixels of r, and the rest on the left.
func (r Rect) Right(w float64) (right, rest Rect) {
	w = math.Min(math.Max(w, 0), r.W)
	return Rect{r.X + r.W - w, r.Y, w, r.H}, Rect{r.X, r.Y, r.W - w, r.H}
}

// Centered returns a w × h rectangle centred in r, no larger than r.
func (r Rect) Centered(w, h float64) Rect {
	w, h = math.Min(w, r.W), math.Min(h, r.H)
	return Rect{r.X + (r.W-w)/2, r.Y + (r.H-h)/2, w, h}
}

// Rows splits r into n rows of equal height with gap between them.
func (r Rect) Rows(n int, gap float64) []Rect {
	if n <= 0 {
		return nil
	}
	h := (r.H - gap*float64(n-1)) / float64(n)
	out := make([]Rect, n)
	for i := range out {
		out[i] = Rect{r.X, r.Y + float64(i)*(h+gap), r.W, math.Max(h, 0)}
	}
	return out
}

// Cols splits r into n columns of equal width with gap between them.
func (r Rect) Cols(n int, gap float64) []Rect {
	if n <= 0 {
		return nil
	}
	w := (r.W - gap*float64(n-1)) / float64(n)
	out := make([]Rect, n)
	for i := range out {
		out[i] = Rect{r.X + float64(i)*(w+gap), r.Y, math.Max(w, 0), r.H}
	}
	return out
}

// Grid splits r into cells of n items laid in rows of cols columns.
func (r Rect) Grid(n, cols int, gap float64) []Rect {
	if n <= 0 || cols <= 0 {
		return nil
	}
	rows := (n + cols - 1) / cols
	var out []Rect
	for _, row := range r.Rows(rows, gap) {
		out = append(out, row.Cols(cols, gap)...)
	}
	return out[:n]
}

// Overlaps reports whether r and o share any pixel.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// Within reports whether r lies entirely inside o (with a hair of slack for
// rounding).
func (r Rect) Within(o Rect) bool {
	const e = 0.01
	return r.X >= o.X-e && r.Y >= o.Y-e && r.X+r.W <= o.X+o.W+e && r.Y+r.H <= o.Y+o.H+e
}

// Metrics is the size of the screen and the unit every length is measured
// in: 1 unit is 1 pixel on a 1920 × 1080 screen at the normal text size, so
// that a layout scales from a 1366 × 768 laptop to a 4K projector.
type Metrics struct {
	W, H float64
	U    float64
}

// NewMetrics returns the metrics of a w × h screen with the text scaled by
// textScale (1 normal; larger for the "large text" setting).
func NewMetrics(w, h int, textScale float64) Metrics {
	u := math.Min(float64(w)/1920, float64(h)/1080)
	if textScale > 0 {
		u *= textScale
	}
	return Metrics{W: float64(w), H: float64(h), U: u}
}

// Screen returns the whole screen as a rectangle.
func (m Metrics) Screen() Rect { return Rect{0, 0, m.W, m.H} }

// Px converts units to pixels.
func (m Metrics) Px(units float64) float64 { return units * m.U }
