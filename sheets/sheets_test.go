package sheets

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/decks"
)

func bundled(t testing.TB) []*cards.Deck {
	t.Helper()
	all, problems := cards.LoadFS(decks.FS, ".", "bundled/")
	require.Zero(t, problems.Errors())
	return all
}

func TestEveryBundledDeckPrints(t *testing.T) {
	for _, deck := range bundled(t) {
		tr, err := assets.NewTranslator(deck.Language)
		require.NoError(t, err)
		data, err := PDF(deck, tr, Options{})
		require.NoError(t, err, deck.ID)
		assert.True(t, bytes.HasPrefix(data, []byte("%PDF-")), deck.ID)
		cardPages := (len(deck.Cards) + cols*rows - 1) / (cols * rows)
		min := 1 + cardPages + 1 // cover, cards, answers
		if deck.IsBoard() {
			min++ // the questions
		}
		assert.GreaterOrEqual(t, Pages(data), min, deck.ID)
		pictures := map[string]bool{}
		for _, c := range deck.Cards {
			if c.Image != "" {
				pictures[c.Image] = true
			}
		}
		// A picture with transparency is two images: its colours and its
		// mask.
		images := bytes.Count(data, []byte("/Subtype /Image")) - bytes.Count(data, []byte("/SMask "))
		assert.Equal(t, len(pictures), images, "%s: every picture, once", deck.ID)
	}
}

func TestRightToLeftRefused(t *testing.T) {
	deck, problems := cards.LoadFile("../cards/testdata/valid/arabic.toml")
	require.Zero(t, problems.Errors())
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	_, err = PDF(deck, tr, Options{})
	assert.ErrorIs(t, err, ErrRightToLeft)
}

func TestOrderItemsPrintedOutOfOrder(t *testing.T) {
	c := &cards.Card{ID: "frise", Items: []string{"Minitel", "Web", "Wikipédia", "iPhone"}}
	first := shuffled(c)
	assert.NotEqual(t, c.Items, first, "the right order would give the answer away")
	assert.ElementsMatch(t, c.Items, first)
	assert.Equal(t, first, shuffled(c), "the same at every print")
}
