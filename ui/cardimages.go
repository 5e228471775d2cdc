package ui

import (
	"bytes"
	"image"
	_ "image/gif"  // decks may hold GIF pictures
	_ "image/jpeg" // and JPEG
	_ "image/png"  // and PNG

	"github.com/hajimehoshi/ebiten/v2"
	_ "golang.org/x/image/webp" // and WebP

	"declic/cards"
	"declic/internal/safefile"
)

// cardImages loads the pictures of a deck's cards on first use and keeps
// them: the check (cards) already refused those too large or unreadable.
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
	// The file may have changed since the check: a picture wider than the
	// GPU's largest texture made the game panic.
	if data, err := safefile.ReadFS(d.Assets, card.Image, cards.MaxAssetSize); err == nil && cards.PictureFits(data) {
		if decoded, _, err := image.Decode(bytes.NewReader(data)); err == nil {
			img = ebiten.NewImageFromImage(decoded)
		}
	}
	c.loaded[key] = img
	return img
}

// drawImageIn draws img scaled to fit r, centred, keeping its proportions.
func drawImageIn(dst, img *ebiten.Image, r Rect) {
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
func fitImage(img *ebiten.Image, r Rect) Rect {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	if w == 0 || h == 0 {
		return Rect{}
	}
	s := min(r.W/w, r.H/h)
	return Rect{r.X + (r.W-w*s)/2, r.Y + (r.H-h*s)/2, w * s, h * s}
}
