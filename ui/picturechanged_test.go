package ui

import (
	"bytes"
	"image"
	"image/png"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// TestChangedPictureWithinLimits shows a card whose picture was replaced,
// after its deck was checked, by one wider than the check accepts (20,000
// pixels, beyond the GPU's largest texture): no picture, where the game
// panicked ("atlas: the image being put on an atlas is too big").
func TestChangedPictureWithinLimits(t *testing.T) {
	var wide bytes.Buffer
	require.NoError(t, png.Encode(&wide, image.NewGray(image.Rect(0, 0, 20000, 2))))
	d := &cards.Deck{Path: "photos.toml", Assets: fstest.MapFS{"wide.png": {Data: wide.Bytes()}, "ok.png": {Data: tinyPNG(t)}}}
	images := newCardImages()
	assert.Nil(t, images.get(d, &cards.Card{Image: "wide.png"}))
	assert.NotNil(t, images.get(d, &cards.Card{Image: "ok.png"}))
}
