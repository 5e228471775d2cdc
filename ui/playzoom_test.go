package ui

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// TestPictureIsBigOnTheCard: a card whose picture is the content (a
// 600 × 900 screenshot) shows it at least 40 % of the screen's height, at
// every size and text size, clear of the card's text and answers.
func TestPictureIsBigOnTheCard(t *testing.T) {
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}, {3840, 2160}} {
		for _, scale := range TextScales {
			t.Run(fmt.Sprintf("%dx%d@%.1f", size[0], size[1], scale), func(t *testing.T) {
				d := longDeckDeps(t)
				d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
				p, _, _ := newPlay(t, d, "textes-longs", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
				require.NotNil(t, p.picture())
				l := p.layout()
				c := p.cardLayout(l)
				pic := fitImage(p.picture(), c.picture)
				assert.GreaterOrEqual(t, pic.H, 0.40*float64(size[1]), "the picture is a thumbnail")
				assert.True(t, pic.Within(l.body))
				for _, r := range append([]draw.Rect{c.text, c.kind}, p.answerRects(c)...) {
					assert.False(t, pic.Overlaps(r), "the picture covers the card's text or answers")
				}
			})
		}
	}
}

// TestZoomOnThePicture: Z shows the picture full screen and it stays until
// a key or a tap, which does nothing else; a tap on the picture zooms too,
// and so does one on the right answer's box at the reveal.
func TestZoomOnThePicture(t *testing.T) {
	d := longDeckDeps(t)
	p, dr, _ := newPlay(t, d, "textes-longs", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	playStep(t, dr, p, ActionBuzz5)
	require.True(t, p.zoom)
	img, hint := p.zoomLayout()
	pic := fitImage(p.picture(), img)
	assert.GreaterOrEqual(t, pic.H, 0.85*d.View.Metrics.H, "the zoomed picture takes the screen's height")
	assert.False(t, pic.Overlaps(hint))
	for i := 0; i < 5; i++ {
		p.Update(&Input{Dt: 1e9}) // time passes: the zoom stays
	}
	assert.True(t, p.zoom)
	playStep(t, dr, p, ActionAnswer1)
	assert.False(t, p.zoom)
	assert.Nil(t, p.g.State().First[0], "the key that closed the zoom did not answer")
	assert.Nil(t, p.g.State().Answers[0], "the key that closed the zoom did not answer")

	r := p.pictureRect()
	p.Update(&Input{Taps: []draw.Point{{X: r.X + r.W/2, Y: r.Y + r.H/2}}})
	assert.True(t, p.zoom, "a tap on the picture zooms")
	p.Update(&Input{Taps: []draw.Point{{X: 1, Y: 1}}})
	assert.False(t, p.zoom)

	p.shown = revealDelay
	require.True(t, p.apply(game.Move{Kind: game.MoveReveal}))
	r = p.pictureRect()
	require.Greater(t, r.W, 0.0, "the reveal shows the picture")
	p.Update(&Input{Taps: []draw.Point{{X: r.X + r.W/2, Y: r.Y + r.H/2}}})
	assert.True(t, p.zoom, "a tap on the picture at the reveal zooms")
}

// TestZIsABuzzerWithFiveTeams: in buzzer mode with five teams, Z is team
// 5's buzzer, not the zoom.
func TestZIsABuzzerWithFiveTeams(t *testing.T) {
	d := longDeckDeps(t)
	p, dr, _ := newPlay(t, d, "textes-longs", 5, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
	playStep(t, dr, p, ActionBuzz5)
	assert.False(t, p.zoom)
	assert.Equal(t, 4, p.g.State().Turn, "team 5 buzzed")
}

// TestTheZoomBadgeLeavesThePictureClear: the Z badge goes beside a tall
// picture, under a wide one, and over the picture's corner only when the
// picture fills its box.
func TestTheZoomBadgeLeavesThePictureClear(t *testing.T) {
	m := draw.NewMetrics(1920, 1080, 1)
	box := draw.Rect{X: 100, Y: 100, W: 800, H: 600}
	for _, tc := range []struct {
		name  string
		pic   draw.Rect
		clear bool
	}{
		{"tall", draw.Rect{X: 300, Y: 100, W: 400, H: 600}, true},
		{"wide", draw.Rect{X: 100, Y: 200, W: 800, H: 400}, true},
		{"filling", box, false},
	} {
		b := zoomBadge(m, tc.pic, box)
		assert.Truef(t, b.Within(box), "%s: in the picture's box", tc.name)
		assert.Equalf(t, tc.clear, !b.Overlaps(tc.pic), "%s: clear of the picture", tc.name)
	}
}
