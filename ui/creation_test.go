package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// createdDeck is a deck as the creation workshop writes one.
const createdDeck = `format = 1

[deck]
id = "creation-20261202-1605"
title = "Atelier création — 2 décembre 2026, 16 h 05"
language = "fr"
author = "Équipes Renards"

[[card]]
type = "verdict"
claim = "Les chats ont neuf vies."
answer = "faux"
explanation = "Une légende.\n\nCarte écrite par l'équipe Renards."
`

// TestTheWorkshopShowsItsCountsThenPlaysItsDeck: while the creation
// workshop runs the projector shows it over the game, Esc hides it; the
// deck it writes joins the decks at once, and the console's "Jouer ce
// deck" starts a game of it in the live workshop.
func TestTheWorkshopShowsItsCountsThenPlaysItsDeck(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(2))
	require.NoError(t, d.openRoom())
	p, _, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	app := NewApp(d.View, p)
	app.deps = d
	now := time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)
	frame := func(in *Input) {
		t.Helper()
		now = now.Add(100 * time.Millisecond)
		require.NoError(t, app.update(in, now))
	}

	room.workshop, room.written, room.accepted = true, []int{2, 1}, []int{1, 0}
	frame(&Input{})
	o, ok := app.scene.(*workshopOverlay)
	require.True(t, ok, "the workshop shows on the projector")
	assert.Equal(t, []int{2, 1}, d.workshop.written)
	if dir := os.Getenv("DECLIC_SCREENSHOTS"); dir != "" {
		for _, sized := range screenshotSizes {
			d.View.Metrics = draw.NewMetrics(int(sized[0]), int(sized[1]), sized[2])
			d.View.Settings.TextScale = sized[2]
			img := ebiten.NewImage(int(sized[0]), int(sized[1]))
			img.Fill(d.View.Theme.Background)
			o.Draw(img)
			f, err := os.Create(filepath.Join(screenshotFolder(t, dir, sized), "60-creation.png"))
			require.NoError(t, err)
			require.NoError(t, png.Encode(f, img))
			f.Close()
			img.Deallocate()
		}
	}
	frame(&Input{Actions: []Action{ActionPause}})
	assert.Same(t, p, app.scene, "Esc hides it")
	frame(&Input{})
	assert.Same(t, p, app.scene, "hidden, it stays hidden")

	file := filepath.Join(t.TempDir(), "creation-20261202-1605.fr", "creation-20261202-1605.toml")
	require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
	require.NoError(t, os.WriteFile(file, []byte(createdDeck), 0o644))
	room.workshop, room.newDecks = false, []string{file}
	frame(&Input{})
	deck := d.Library.Find("creation-20261202-1605", "fr")
	require.NotNil(t, deck, "the deck written joins the library at once")
	assert.Contains(t, d.View.Notice, "Atelier création")

	room.playDeck = file
	frame(&Input{})
	play, ok := app.scene.(*playScene)
	require.True(t, ok, "the console's deck plays")
	assert.NotSame(t, p, play)
	g := s.Current()
	assert.Equal(t, "creation-20261202-1605", g.Deck.ID)
	assert.Equal(t, cards.ModeAll, g.Settings.Mode)
	assert.Equal(t, "Les chats ont neuf vies.", g.Card().Text)
}
