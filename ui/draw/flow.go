package draw

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

// FlowBlock is one paragraph of a flow: a heading, an explanation, a
// bullet, a source. Sizes are in units.
type FlowBlock struct {
	Text   string
	Size   float64
	Bold   bool
	Colour color.Color
	// Gap is the space above the block, in units, except at a page's top.
	Gap float64
	// Keep keeps the block on the page of the next one: a heading never
	// ends a page.
	Keep bool
}

// FlowPiece is some lines of a block placed on a page.
type FlowPiece struct {
	Block    int     // the block's index in the flow
	Text     *Block  // the block laid out
	From, To int     // the lines of Text on this page
	Y        float64 // from the page's top, in pixels
	Style    Style   // what the lines are drawn in
}

// FlowLayout is a flow of blocks laid out in a column w pixels wide, over
// one page or more: every line of every block is on exactly one page,
// whole, never cut and never under SizeReadable (FitFlow aside). It has
// at least one page, empty for no blocks.
type FlowLayout struct {
	Pages [][]FlowPiece
	// Scale is how much the blocks' sizes were multiplied by to fit (1 when
	// they fit as they are).
	Scale float64
}

// LayoutFlow lays blocks out in a column w pixels wide whose first page is
// first pixels high and every later page next pixels high. The blocks
// shrink together towards SizeReadable to fit on the first page; when they
// do not fit even then, they go on over pages at the smallest size, a line
// never split.
func (k *Kit) LayoutFlow(blocks []FlowBlock, w, first, next float64) FlowLayout {
	if len(blocks) == 0 {
		return FlowLayout{Scale: 1, Pages: [][]FlowPiece{nil}}
	}
	largest := 0.0
	for _, b := range blocks {
		largest = math.Max(largest, b.Size)
	}
	for scale := 1.0; ; scale *= 0.92 {
		floor := largest*scale <= SizeReadable
		l := k.placeFlow(blocks, scale, w, first, next)
		if len(l.Pages) <= 1 || floor {
			return l
		}
	}
}

// FitFlow lays blocks out on one page of w × h: at a readable size when
// they fit so, else smaller, down to half their sizes, rather than cut or
// over pages (hints under a second vote, which have no pages).
func (k *Kit) FitFlow(blocks []FlowBlock, w, h float64) FlowLayout {
	l := k.LayoutFlow(blocks, w, h, h)
	for shrink := 0.9; len(l.Pages) > 1 && shrink > 0.5; shrink *= 0.9 {
		smaller := slices.Clone(blocks)
		for i := range smaller {
			smaller[i].Size = min(smaller[i].Size, SizeReadable) * shrink
		}
		l = k.LayoutFlow(smaller, w, h, h)
	}
	return l
}

// placeFlow places the blocks at the scale, going on to a new page where a
// line does not fit.
func (k *Kit) placeFlow(blocks []FlowBlock, scale, w, first, next float64) FlowLayout {
	l := FlowLayout{Scale: scale, Pages: [][]FlowPiece{nil}}
	y, pageH := 0.0, first
	newPage := func() {
		l.Pages = append(l.Pages, nil)
		y, pageH = 0, next
	}
	// laid holds each block's lines at this scale.
	laid := make([]*Block, len(blocks))
	styles := make([]Style, len(blocks))
	for i, bl := range blocks {
		size := k.Px(math.Max(bl.Size*scale, math.Min(bl.Size, SizeReadable)))
		styles[i] = Style{Size: size, Min: size, Bold: bl.Bold, Align: Start, VAlign: Start, Colour: bl.Colour}
		laid[i] = k.Fonts.Layout(bl.Text, styles[i], w, math.Inf(1))
	}
	for i, bl := range blocks {
		b := laid[i]
		gap := k.Px(bl.Gap * scale)
		if y == 0 {
			gap = 0
		}
		need := gap + b.LineH
		if bl.Keep && i+1 < len(blocks) {
			need += k.Px(blocks[i+1].Gap*scale) + laid[i+1].LineH
		}
		// A short block (a sentence, a line of where to report) is not
		// split across pages: it goes whole to the next page when it does
		// not fit in what is left of this one ("…puis aller sur" then
		// "17cyber.gouv.fr." alone on the next page).
		whole := float64(len(b.Lines)) * b.LineH
		if y > 0 && len(b.Lines) <= 4 && whole <= next+0.5 && y+gap+whole > pageH+0.5 {
			need = max(need, gap+whole)
		}
		if y > 0 && y+need > pageH+0.5 {
			newPage()
			gap = 0
		}
		y += gap
		from := 0
		for from < len(b.Lines) {
			room := int(math.Floor((pageH - y + 0.5) / b.LineH))
			if room <= 0 {
				switch {
				case y == 0 && len(l.Pages) == 1 && next > pageH:
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
			to := min(len(b.Lines), from+room)
			page := len(l.Pages) - 1
			l.Pages[page] = append(l.Pages[page], FlowPiece{Block: i, Text: b, From: from, To: to, Y: y, Style: styles[i]})
			y += float64(to-from) * b.LineH
			from = to
		}
	}
	return l
}

// DrawFlowPage draws page n of the flow at the top left of r; nothing for a
// page the flow does not have.
func (k *Kit) DrawFlowPage(dst *ebiten.Image, l FlowLayout, n int, r Rect) {
	if n < 0 || n >= len(l.Pages) {
		return
	}
	for _, p := range l.Pages[n] {
		k.Fonts.drawLines(dst, p.Text, p.From, p.To, p.Style, Rect{r.X, r.Y + p.Y, r.W, float64(p.To-p.From) * p.Text.LineH})
	}
}
