package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

func TestFamilyTogetherStartsACooperativeGameWithoutTimer(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newFamilyScene(d, backScene{}))
	f := dr.scene.(*familyScene)
	dr.press(ActionAnswer1)
	require.Equal(t, 1, f.players, "1: everyone together")
	decks := f.decks()
	require.Len(t, decks, 1, "the decks in the player's language")
	assert.Equal(t, "decouverte", decks[0].ID)

	next := dr.press(ActionAnswer1)
	p, ok := next.(*playScene)
	require.True(t, ok, "a deck chosen starts the game at once, got %T", next)
	assert.True(t, p.s.Coop(), "one cooperative team")
	assert.Equal(t, []string{"La famille"}, []string{p.s.Teams[0].Name})
	assert.False(t, p.g.Settings.Timer, "no timer by default")
	assert.Equal(t, min(familyCards, len(decks[0].Cards)), p.g.Len())
	saved, err := d.Store.List()
	require.NoError(t, err)
	assert.Empty(t, saved, "nothing played yet: an empty workshop is not kept")
	playStep(t, &sceneDriver{t: t, d: d, scene: p}, p, ActionAnswer1)
	saved, err = d.Store.List()
	require.NoError(t, err)
	assert.Len(t, saved, 1, "the workshop is saved from its first answer, to resume after a closed lid")
}

func TestFamilyPlayersByTapAndBack(t *testing.T) {
	d := sceneDeps(t)
	back := backScene{}
	dr := newSceneDriver(t, d, newFamilyScene(d, back))
	f := dr.scene.(*familyScene)
	l := layoutFamily(d.View.Metrics, 4)
	dr.tap(l.choices[2])
	require.Equal(t, 3, f.players, "the third button: 3 players")

	assert.Same(t, f, dr.press(ActionPause), "Esc goes back to who plays")
	assert.Zero(t, f.players)
	assert.Equal(t, back, dr.press(ActionPause), "and then to the title screen")

	dr.scene = f
	dr.press(ActionDown, ActionNext) // the focus from 1 to 3 (2 × 2 grid), then Enter
	require.Equal(t, 3, f.players)
	next := dr.tap(layoutFamily(d.View.Metrics, f.choiceCount()).choices[0])
	p, ok := next.(*playScene)
	require.True(t, ok, "got %T", next)
	require.Len(t, p.s.Teams, 3)
	assert.Equal(t, "Renards", p.s.Teams[0].Name)
	assert.False(t, p.g.Settings.Timer)
}

func TestFamilyCopyOffersItsDecksFirst(t *testing.T) {
	d := sceneDeps(t)
	family := d.Library.Find("discovery", "en")
	require.NotNil(t, family)
	d.Family = []*cards.Deck{family}
	title := NewTitleScene(d).(*titleScene)
	assert.Equal(t, "title_family", title.items[0], "a family copy opens on the family start")

	dr := newSceneDriver(t, d, title)
	f, ok := dr.press(ActionNext).(*familyScene)
	require.True(t, ok)
	dr.press(ActionAnswer2)
	assert.Equal(t, []*cards.Deck{family}, f.decks(), "the decks of the day, whatever the language")
	assert.True(t, f.hasMore(), "and a way to every other deck")
	more := dr.tap(layoutFamily(d.View.Metrics, f.choiceCount()).more)
	deckList, ok := more.(*deckScene)
	require.True(t, ok, "got %T", more)
	require.NotNil(t, deckList.s)
	assert.Len(t, deckList.s.Teams, 2)
}
