package ui

import (
	"bytes"
	"image"
	imagedraw "image/draw"
	_ "image/gif"  // decks may hold GIF pictures
	_ "image/jpeg" // and JPEG
	_ "image/png"  // and PNG
	"math"
	"runtime/debug"

	"github.com/hajimehoshi/ebiten/v2"
	_ "golang.org/x/image/webp" // and WebP

	"declic/cards"
	"declic/internal/safefile"
	"declic/ui/draw"
)

// cardImages loads the pictures of a deck's cards on first use, reduced to
// what a screen shows (keptSize), and keeps them: the check (cards) already
// refused those too large or unreadable.
type cardImages struct {
	loaded map[string]*ebiten.Image // by deck path + picture path; nil when unreadable
}

func newCardImages() *cardImages { return &cardImages{loaded: make(map[string]*ebiten.Image)} }

// get returns the picture of a card, or nil when it has none or it cannot
// be read.
func (c *cardImages) get(d *cards.Deck, card *cards.Card) *ebiten.Image {
	if card == nil || card.Image == "" || d == nil || d.Assets == nil {
		return nil
	}
	key := d.Path + "\x00" + card.Image
	if img, ok := c.loaded[key]; ok {
		return img
	}
	var img *ebiten.Image
	if kept := loadPicture(d, card.Image); kept != nil {
		b := kept.Bounds()
		own := max(b.Dx(), b.Dy()) > atlasPage
		img = ebiten.NewImageFromImageWithOptions(kept, &ebiten.NewImageFromImageOptions{Unmanaged: own})
	}
	c.loaded[key] = img
	return img
}

// atlasPage is the side of the smallest page of Ebitengine's texture atlas
// for pictures (internal/atlas): a picture up to this size shares a page
// with others, a larger one gets a texture of its own size. On the atlas, a
// picture gets a page of the power of two above its size plus a pixel (a
// 2160 × 2160 picture a page of 4096 × 4096, 64 MB instead of 19; a 4096 ×
// 4096 one a page of 8192 × 8192, 256 MB, and a panic on a graphics card
// whose textures stop at 4096).
const atlasPage = 1024

// loadPicture decodes a card's picture and reduces it to keptSize, or
// returns nil when it cannot be read. A picture the check would refuse
// (changed since: too large, too many scans) is not decoded.
func loadPicture(d *cards.Deck, name string) image.Image {
	data, err := safefile.ReadFS(d.Assets, name, cards.MaxAssetSize)
	if err != nil {
		return nil
	}
	// The file may have changed since the check: a picture wider than the
	// GPU's largest texture made the game panic, one of thousands of scans
	// froze it.
	if !cards.PictureFits(data) {
		return nil
	}
	decoded, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	kept := reducePicture(decoded)
	if b := decoded.Bounds(); kept != decoded && b.Dx()*b.Dy() >= 1<<22 {
		// The file and up to 128 MiB of decoded pixels are garbage now:
		// collected before the next picture is read, a board of large
		// pictures holds one of them whole at a time; and given back to the
		// system, as the graphics driver's memory cannot reuse it.
		debug.FreeOSMemory()
	}
	return kept
}

// The largest picture the game keeps, in pixels: the largest any scene
// draws one at on a 3840 × 2160 screen, landscape or portrait. The zoom
// view (Z) is the largest, the whole screen but a line for how to go back
// (3776 × 1952 at 3840 × 2160); the card's picture and the board's
// portraits are smaller. A larger picture is reduced once, on load: the
// game's memory then no longer grows with its pictures' size, and the
// graphics card draws it smaller still (the board) with its mipmaps.
// Screens beyond 3840 × 2160 (up to maxScreenSide) scale the picture up a
// little in the zoom view, as they scale up the whole screen.
const (
	maxPictureLong  = 3840 // the longer side
	maxPictureShort = 2160 // the shorter side
)

// keptSize returns the size the game keeps of a w × h picture: the picture
// itself when it fits within maxPictureLong × maxPictureShort (either way
// round), else reduced to fit, in its proportions, no side below 1.
func keptSize(w, h int) (int, int) {
	long, short := max(w, h), min(w, h)
	if long <= maxPictureLong && short <= maxPictureShort {
		return w, h
	}
	s := min(float64(maxPictureLong)/float64(long), float64(maxPictureShort)/float64(short))
	return max(1, int(math.Round(float64(w)*s))), max(1, int(math.Round(float64(h)*s)))
}

// reducePicture returns img when it is no larger than keptSize, else a copy
// reduced to it with a tent (triangle) filter as wide as two kept pixels:
// each kept pixel is a weighted mean of the pixels around it, the nearer
// the more, so that lines a pixel wide come out an even grey. The ratios
// here are below 2 (4096 to 2160 at most). x/image/draw's ApproxBiLinear
// blends two pixels by their distance: at these ratios, lines a pixel wide
// come out in bands from black to white (the test); its CatmullRom and
// BiLinear kernels filter well but hold a buffer of 32 bytes a source row
// a kept column (280 MB for 4096 × 4096) and took 1 s and 0.7 s. Averaging
// the area each kept pixel covers (a box) left bands of ±7 % there. This
// one holds a few rows and takes half a second for 4096 × 4096, once.
func reducePicture(img image.Image) image.Image {
	b := img.Bounds()
	w, h := keptSize(b.Dx(), b.Dy())
	if w == b.Dx() && h == b.Dy() {
		return img
	}
	xs, ys := tentSpans(b.Dx(), w), tentSpans(b.Dy(), h)
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	row := image.NewRGBA64(image.Rect(0, 0, b.Dx(), 1))
	// across holds the last source rows reduced to the kept width, 4
	// channels a pixel, premultiplied, 16 bits: row y at y % len(across),
	// as many as a kept row is made of, so that each is reduced once.
	var span int
	for _, s := range ys {
		span = max(span, len(s.shares))
	}
	across, acrossY := make([][]float32, span), make([]int, span)
	for i := range across {
		across[i], acrossY[i] = make([]float32, 4*w), -1
	}
	sum := make([]float32, 4*w)
	for ky, yspan := range ys {
		clear(sum)
		for i, share := range yspan.shares {
			y := yspan.first + i
			if acrossY[y%span] != y {
				imagedraw.Draw(row, row.Bounds(), img, image.Pt(b.Min.X, b.Min.Y+y), imagedraw.Src)
				reduceRow(across[y%span], row.Pix, xs)
				acrossY[y%span] = y
			}
			for j, v := range across[y%span] {
				sum[j] += share * v
			}
		}
		pix := out.Pix[ky*out.Stride : ky*out.Stride+4*w]
		for j, v := range sum {
			pix[j] = uint8(min(255, max(0, math.Round(float64(v)/0x101))))
		}
	}
	return out
}

// reduceRow reduces a row of RGBA64 pixels (8 bytes each, big-endian) to
// len(xs) pixels of 4 float channels.
func reduceRow(dst []float32, pix []uint8, xs []filterSpan) {
	for kx, span := range xs {
		var r, g, b, a float32
		for i, share := range span.shares {
			p := pix[8*(span.first+i):]
			r += share * float32(uint16(p[0])<<8|uint16(p[1]))
			g += share * float32(uint16(p[2])<<8|uint16(p[3]))
			b += share * float32(uint16(p[4])<<8|uint16(p[5]))
			a += share * float32(uint16(p[6])<<8|uint16(p[7]))
		}
		dst[4*kx], dst[4*kx+1], dst[4*kx+2], dst[4*kx+3] = r, g, b, a
	}
}

// filterSpan is what one kept pixel is made of along one axis: the source
// pixels from first on, each by its share (the shares sum to 1).
type filterSpan struct {
	first  int
	shares []float32
}

// tentSpans cuts n source pixels into k ≤ n kept ones along one axis: the
// weights of a tent centred on each kept pixel, as wide as two of them.
func tentSpans(n, k int) []filterSpan {
	f := float64(n) / float64(k)
	spans := make([]filterSpan, k)
	for i := range spans {
		c := (float64(i) + 0.5) * f
		first, last := max(0, int(math.Floor(c-f))), min(n, int(math.Ceil(c+f)))
		shares := make([]float32, 0, last-first)
		var sum float64
		for j := first; j < last; j++ {
			w := max(0, 1-math.Abs(float64(j)+0.5-c)/f)
			sum += w
			shares = append(shares, float32(w))
		}
		for j := range shares {
			shares[j] = float32(float64(shares[j]) / sum)
		}
		spans[i] = filterSpan{first, shares}
	}
	return spans
}

// drawImageIn draws img scaled to fit r, centred, keeping its proportions.
func drawImageIn(dst, img *ebiten.Image, r draw.Rect) {
	if img == nil {
		return
	}
	at := fitImage(img, r)
	if at.W <= 0 {
		return
	}
	s := at.W / float64(img.Bounds().Dx())
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(s, s)
	op.GeoM.Translate(at.X, at.Y)
	dst.DrawImage(img, op)
}

// fitImage returns where drawImageIn draws img in r: as large as fits,
// centred, in its proportions; an empty rectangle for an empty picture.
func fitImage(img *ebiten.Image, r draw.Rect) draw.Rect {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	if w == 0 || h == 0 {
		return draw.Rect{}
	}
	s := min(r.W/w, r.H/h)
	return draw.Rect{X: r.X + (r.W-w*s)/2, Y: r.Y + (r.H-h*s)/2, W: w * s, H: h * s}
}
