package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"testing/fstest"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
	"declic/ui/draw"
)

// TestKeptSize lists the sizes the game keeps of pictures: within 3840 ×
// 2160 either way round, in their proportions; smaller ones as they are.
func TestKeptSize(t *testing.T) {
	for _, c := range []struct{ w, h, keptW, keptH int }{
		{4096, 4096, 2160, 2160},
		{4096, 3716, 2381, 2160}, // the worst deck's second picture
		{4096, 2304, 3840, 2160}, // 16:9, the zoom view's shape at 3840 × 2160
		{2304, 4096, 2160, 3840}, // the same, portrait
		{4096, 1024, 3840, 960},
		{4096, 1, 3840, 1},
		{3840, 2160, 3840, 2160},
		{2160, 3840, 2160, 3840},
		{2048, 2048, 2048, 2048},
		{256, 256, 256, 256},
		{2048, 1, 2048, 1},
	} {
		w, h := keptSize(c.w, c.h)
		assert.Equal(t, [2]int{c.keptW, c.keptH}, [2]int{w, h}, "%d × %d", c.w, c.h)
	}
}

// TestCardPicturesAreKeptAtMostScreenSize loads pictures through the game's
// cache: a 4096 × 4096 one is kept, and uploaded, at 2160 × 2160; a small
// one at its size; one grown past cards.MaxImageSide since the check is not
// decoded.
func TestCardPicturesAreKeptAtMostScreenSize(t *testing.T) {
	assets := fstest.MapFS{
		"big.png":   {Data: encodePNG(t, stripes(4096, 4096))},
		"small.png": {Data: encodePNG(t, stripes(300, 200))},
		"grown.png": {Data: encodePNG(t, stripes(cards.MaxImageSide+1, 1))},
	}
	d := &cards.Deck{Path: "photos.toml", Assets: assets}
	images := newCardImages()
	for name, want := range map[string]image.Point{"big.png": {2160, 2160}, "small.png": {300, 200}} {
		img := images.get(d, &cards.Card{Image: name})
		require.NotNil(t, img, name)
		assert.Equal(t, want, img.Bounds().Size(), name)
	}
	assert.Nil(t, images.get(d, &cards.Card{Image: "grown.png"}))
}

// TestReducedPicturesKeepFineLinesWithoutMoire reduces a 4096 × 4096
// picture of black and white lines a pixel wide to 2160 × 2160: each kept
// pixel is a mean of the 3 or 4 lines around it, so that all are about the
// same grey (the first and last, at the edges, a little apart). A filter
// that blends the two nearest pixels by their distance (x/image/draw's
// ApproxBiLinear) gives bands from black to white.
func TestReducedPicturesKeepFineLinesWithoutMoire(t *testing.T) {
	kept := reducePicture(stripes(4096, 4096))
	require.Equal(t, image.Pt(2160, 2160), kept.Bounds().Size())
	lo, hi := uint8(255), uint8(0)
	for _, y := range []int{0, 1, 1079, 2159} {
		for x := range 2160 {
			r, _, _, _ := kept.At(x, y).RGBA()
			lo, hi = min(lo, uint8(r>>8)), max(hi, uint8(r>>8))
		}
	}
	assert.GreaterOrEqual(t, lo, uint8(100), "darkest kept pixel")
	assert.LessOrEqual(t, hi, uint8(155), "lightest kept pixel")
}

// TestReducedPicturesKeepTheirColours reduces a picture of a half
// transparent colour, 16 bits a channel as a PNG may be: the kept picture
// is the same colour everywhere.
func TestReducedPicturesKeepTheirColours(t *testing.T) {
	src := image.NewNRGBA64(image.Rect(0, 0, 4096, 3))
	for i := 0; i < len(src.Pix); i += 8 {
		copy(src.Pix[i:], []uint8{0xff, 0xff, 0x80, 0x00, 0x00, 0x00, 0x80, 0x00}) // R 1, G 0.5, B 0, A 0.5
	}
	kept := reducePicture(src)
	require.Equal(t, image.Pt(3840, 3), kept.Bounds().Size())
	for _, p := range []image.Point{{0, 0}, {1919, 1}, {3839, 2}} {
		assert.Equal(t, color.RGBA{128, 64, 0, 128}, kept.At(p.X, p.Y), "at %v", p)
	}
}

// stripes is a w × h picture of vertical black and white lines a pixel wide.
func stripes(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		row := img.Pix[y*img.Stride : y*img.Stride+w]
		for x := 1; x < w; x += 2 {
			row[x] = 255
		}
	}
	return img
}

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, img))
	return b.Bytes()
}

// TestScreenshotsOfLargePictures draws the bundled board with its pictures
// replaced by two of 4096 × 4096 and 3000 × 4000, and a card with the
// first, on the card and zoomed (Z), at 1920 × 1080 and 1366 × 768, into
// PNG files in the folder DECLIC_SCREENSHOTS names: to see that pictures
// reduced on load look sharp and without moiré. The pictures hold rings
// finer and finer to the edge (a zone plate, where aliasing shows as false
// rings), a checkerboard and lines a pixel wide. Skipped without the
// variable.
func TestScreenshotsOfLargePictures(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	board, err := decks.FS.ReadFile("fr/qui-est-ce-numerique.toml")
	require.NoError(t, err)
	n := 0
	board = regexp.MustCompile(`(?m)^image = ".*"$`).ReplaceAllFunc(board, func([]byte) []byte {
		n++
		return fmt.Appendf(nil, "image = %q", []string{"img/a.png", "img/b.png"}[n%2])
	})
	photo := `format = 1

[deck]
id = "photo"
title = "Une photo"
language = "fr"

[verdicts]
vrai = "Vrai"
faux = "Faux"

[[card]]
type = "verdict"
claim = "Cette image est nette."
answer = "vrai"
explanation = "Elle a été réduite une fois, au chargement."
image = "img/a.png"
`
	assets := fstest.MapFS{
		"fr/qui-est-ce-numerique.toml": {Data: board},
		"fr/photo.toml":                {Data: []byte(photo)},
		"fr/img/a.png":                 {Data: encodePNG(t, testPattern(4096, 4096))},
		"fr/img/b.png":                 {Data: encodePNG(t, testPattern(3000, 4000))},
	}
	for _, size := range [][2]int{{1920, 1080}, {1366, 768}} {
		d := depsWith(t, assets)
		d.View.Metrics = draw.NewMetrics(size[0], size[1], 1)
		shot := func(name string, s Scene) {
			t.Helper()
			img := ebiten.NewImage(size[0], size[1])
			defer img.Deallocate()
			img.Fill(d.View.Theme.Background)
			s.Draw(img)
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%dx%d.png", name, size[0], size[1])))
			require.NoError(t, err)
			defer f.Close()
			require.NoError(t, png.Encode(f, img))
		}
		b, _, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{Mode: cards.ModeTurns, Seed: 3})
		b.since = 10e9 // animations at their end
		shot("large-board", b)
		c, _, _ := newPlay(t, d, "photo", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
		c.since = 10e9
		shot("large-card", c)
		c.zoom = true
		shot("large-zoom", c)
	}
}

// testPattern is a w × h picture to see filtering by eye: a zone plate
// (rings whose spacing shrinks to 2 pixels at the corners), with a
// checkerboard of 64-pixel squares on its left third and lines a pixel
// wide on its bottom quarter.
func testPattern(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	k := math.Pi / float64(2*max(w, h))
	for y := range h {
		for x := range w {
			dx, dy := float64(x-w/2), float64(y-h/2)
			v := uint8(127.5 + 127.5*math.Cos(k*(dx*dx+dy*dy)))
			c := color.NRGBA{v, v, 255 - v/2, 255}
			switch {
			case y > 3*h/4:
				c = color.NRGBA{uint8(255 * (x % 2)), uint8(255 * (x % 2)), uint8(255 * (x % 2)), 255}
			case x < w/3 && (x/64+y/64)%2 == 0:
				c = color.NRGBA{200, 40, 40, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}
