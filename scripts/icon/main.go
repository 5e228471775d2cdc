// Command icon draws Déclic's icon, assets/icon.png: a bold yellow "D" on
// the game's dark blue, in a square with rounded corners. The game shows it
// as its window's icon, the web page as its favicon, and `make icon` puts
// it in the Windows program (cmd/declic/rsrc_windows_amd64.syso).
//
//	go run ./scripts/icon [-o assets/icon.png]
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"declic/assets"
)

const size = 256

var (
	background = color.RGBA{0x12, 0x1c, 0x33, 0xff}
	accent     = color.RGBA{0xff, 0xc8, 0x3d, 0xff}
)

func main() {
	out := flag.String("o", "assets/icon.png", "the PNG to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "icon:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	roundedSquare(img, 48, background)

	data, err := assets.FontData(assets.Bold)
	if err != nil {
		return err
	}
	f, err := opentype.Parse(data)
	if err != nil {
		return err
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 200, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return err
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(accent), Face: face}
	bounds, _ := d.BoundString("D")
	w := bounds.Max.X - bounds.Min.X
	h := bounds.Max.Y - bounds.Min.Y
	d.Dot = fixed.Point26_6{
		X: fixed.I(size/2) - w/2 - bounds.Min.X,
		Y: fixed.I(size/2) + h/2 - bounds.Max.Y,
	}
	d.DrawString("D")

	file, err := os.Create(out)
	if err != nil {
		return err
	}
	defer file.Close()
	return png.Encode(file, img)
}

// roundedSquare fills the image with c inside a square of corner radius r,
// its edge anti-aliased.
func roundedSquare(img *image.RGBA, r float64, c color.RGBA) {
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			// distance outside the rounded square (negative inside)
			dx := math.Max(math.Max(r-px, px-(size-r)), 0)
			dy := math.Max(math.Max(r-py, py-(size-r)), 0)
			dist := math.Hypot(dx, dy) - r
			cover := math.Min(math.Max(0.5-dist, 0), 1)
			if cover <= 0 {
				continue
			}
			a := uint8(math.Round(cover * 255))
			img.SetRGBA(x, y, color.RGBA{
				uint8(uint16(c.R) * uint16(a) / 255), uint8(uint16(c.G) * uint16(a) / 255),
				uint8(uint16(c.B) * uint16(a) / 255), a})
		}
	}
}
