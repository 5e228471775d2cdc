package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// TeamColour returns a team's colour.
func TeamColour(t game.Team) color.RGBA {
	c := game.Palette[int(t.Colour)%len(game.Palette)]
	return color.RGBA{c.R, c.G, c.B, 0xff}
}

// teamShapes are the kit's shapes of the team symbols; a symbol outside
// them is drawn as a cross, as it always was.
var teamShapes = map[game.Symbol]draw.Shape{
	game.Circle:   draw.Circle,
	game.Triangle: draw.Triangle,
	game.Square:   draw.Square,
	game.Diamond:  draw.Diamond,
	game.Star:     draw.Star,
	game.Cross:    draw.Cross,
}

// drawSymbol draws a team's symbol, filled with its colour, in the square r:
// the shape tells teams apart where colours do not.
func drawSymbol(dst *ebiten.Image, s game.Symbol, r draw.Rect, c color.Color) {
	shape, ok := teamShapes[s]
	if !ok {
		shape = draw.Cross
	}
	draw.DrawShape(dst, shape, r, c)
}
