package ui

import (
	"image/color"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// SizeReadable is the smallest text a flow of explanations is ever drawn
// at, in units: it still reads from the back of a room. A flow that does
// not fit at it goes on over pages instead of shrinking further or being
// cut.
const SizeReadable = SizeTiny

// flowBlock is one paragraph of a flow: a heading, an explanation, a
// bullet, a source. Sizes are in units.
type flowBlock struct {
	text   string
	size   float64
	bold   bool
	colour color.Color
	// gap is the space above the block, in units, except at a page's top.
	gap float64
	// keep keeps the block on the page of the next one: a heading never
	// ends a page.
	keep bool
}

// flowPiece is some lines of a block placed on a page.
type flowPiece struct {
	block    int
	b        *textBlock
	from, to int     // the lines of b on this page
	y        float64 // from the page's top, in pixels
	style    Style
}

// flowLayout is a flow of blocks laid out in a column w pixels wide, over
// one page or more: every line of every block is on exactly one page,
// whole, never cut and never under SizeReadable.
type flowLayout struct {
	pages [][]flowPiece
	// scale is how much the blocks' sizes were multiplied by to fit (1 when
	// they fit as they are).
	scale float64
}

// layoutFlow lays blocks out in a column w pixels wide whose first page is
// first pixels high and every later page next pixels high. The blocks
// shrink together towards SizeReadable to fit on the first page; when they
// do not fit even then, they go on over pages at the smallest size, a line
// never split.
func (v *View) layoutFlow(blocks []flowBlock, w, first, next float64) flowLayout {
	if len(blocks) == 0 {
		return flowLayout{scale: 1, pages: [][]flowPiece{nil}}
	}
	largest := 0.0
	for _, b := range blocks {
		largest = math.Max(largest, b.size)
	}
	for scale := 1.0; ; scale *= 0.92 {
		floor := largest*scale <= SizeReadable
		l := v.placeFlow(blocks, scale, w, first, next)
		if len(l.pages) <= 1 || floor {
			return l
		}
	}
}

// fitFlow lays blocks out on one page of w × h: at a readable size when
// they fit so, else smaller, down to half their sizes, rather than cut or
// over pages (hints under a second vote, which have no pages).
func (v *View) fitFlow(blocks []flowBlock, w, h float64) flowLayout {
	l := v.layoutFlow(blocks, w, h, h)
	for k := 0.9; len(l.pages) > 1 && k > 0.5; k *= 0.9 {
		smaller := slices.Clone(blocks)
		for i := range smaller {
			smaller[i].size = min(smaller[i].size, SizeReadable) * k
		}
		l = v.layoutFlow(smaller, w, h, h)
	}
	return l
}

// placeFlow places the blocks at the scale, going on to a new page where a
// line does not fit.
func (v *View) placeFlow(blocks []flowBlock, scale, w, first, next float64) flowLayout {
	l := flowLayout{scale: scale, pages: [][]flowPiece{nil}}
	y, pageH := 0.0, first
	newPage := func() {
		l.pages = append(l.pages, nil)
		y, pageH = 0, next
	}
	// laid holds each block's lines at this scale.
	laid := make([]*textBlock, len(blocks))
	styles := make([]Style, len(blocks))
	for i, bl := range blocks {
		size := v.Px(math.Max(bl.size*scale, math.Min(bl.size, SizeReadable)))
		styles[i] = Style{Size: size, Min: size, Bold: bl.bold, Align: Start, VAlign: Start, Colour: bl.colour}
		laid[i] = v.Fonts.layout(bl.text, styles[i], w, math.Inf(1))
	}
	for i, bl := range blocks {
		b := laid[i]
		gap := v.Px(bl.gap * scale)
		if y == 0 {
			gap = 0
		}
		need := gap + b.lineH
		if bl.keep && i+1 < len(blocks) {
			need += v.Px(blocks[i+1].gap*scale) + laid[i+1].lineH
		}
		// A short block (a sentence, a line of where to report) is not
		// split across pages: it goes whole to the next page when it does
		// not fit in what is left of this one ("…puis aller sur" then
		// "17cyber.gouv.fr." alone on the next page).
		whole := float64(len(b.lines)) * b.lineH
		if y > 0 && len(b.lines) <= 4 && whole <= next+0.5 && y+gap+whole > pageH+0.5 {
			need = max(need, gap+whole)
		}
		if y > 0 && y+need > pageH+0.5 {
			newPage()
			gap = 0
		}
		y += gap
		from := 0
		for from < len(b.lines) {
			room := int(math.Floor((pageH - y + 0.5) / b.lineH))
			if room <= 0 {
				switch {
				case y == 0 && len(l.pages) == 1 && next > pageH:
					// The first page has no room for a line: the flow
					// starts on the next one.
					newPage()
					continue
				case y == 0:
					room = 1 // a line taller than a page still goes somewhere
				default:
					newPage()
					continue
				}
			}
			to := min(len(b.lines), from+room)
			page := len(l.pages) - 1
			l.pages[page] = append(l.pages[page], flowPiece{block: i, b: b, from: from, to: to, y: y, style: styles[i]})
			y += float64(to-from) * b.lineH
			from = to
		}
	}
	return l
}

// drawFlowPage draws page n of the flow at the top left of r.
func (v *View) drawFlowPage(dst *ebiten.Image, l flowLayout, n int, r Rect) {
	if n < 0 || n >= len(l.pages) {
		return
	}
	for _, p := range l.pages[n] {
		v.Fonts.drawLines(dst, p.b, p.from, p.to, p.style, Rect{r.X, r.Y + p.y, r.W, float64(p.to-p.from) * p.b.lineH})
	}
}
