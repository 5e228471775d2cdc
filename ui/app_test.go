package ui

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// TestAppHandsEveryActionOfAFrame plays keys that came within one frame, as
// on a loaded laptop where a frame lasts a tenth of a second: each acts, in
// order, as if it had come alone.
func TestAppHandsEveryActionOfAFrame(t *testing.T) {
	d := sceneDeps(t)
	p, _, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	now := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	a := NewApp(d.View, p)

	require.NoError(t, a.update(&Input{Actions: []Action{ActionFocusNext, ActionPointPlus, ActionPointPlus, ActionFocusNext, ActionPointMinus}}, now))
	assert.Equal(t, []int{0, 2, -1}, s.Totals(), "Tab, +, +, Tab, − in one frame")

	// A first vote and the key that goes on, in one frame: the vote is
	// taken, then the hints of a second vote show.
	require.Equal(t, game.PhaseAnswering, p.g.State().Phase)
	require.NoError(t, a.update(&Input{Actions: []Action{ActionAnswer2, ActionNext}}, now.Add(time.Second)))
	st := p.g.State()
	require.NotNil(t, st.First[0], "the vote of team 1")
	assert.Equal(t, 1, st.First[0].Choice)
	assert.Equal(t, game.PhaseSecond, st.Phase)
}

// TestANoticeOutlivesTheReleaseOfItsClick clicks Add decks with a mouse:
// the press taps the button, whose notice says how to add decks; the
// release, a frame later, ends the same click and must not wipe the
// notice, which a mouse user then never saw. A new click does.
func TestANoticeOutlivesTheReleaseOfItsClick(t *testing.T) {
	d := sceneDeps(t)
	d.Shelf = store.FolderShelf{Dir: t.TempDir()}
	sc := newDeckScene(d, nil, backScene{}).(*deckScene)
	app := NewApp(d.View, sc)
	app.deps = d
	now := time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)
	frame := func(in *Input) {
		t.Helper()
		now = now.Add(16 * time.Millisecond)
		require.NoError(t, app.update(in, now))
	}
	l := layoutDecks(d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	mid := func(r draw.Rect) draw.Point { return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }
	at := mid(l.add)
	frame(&Input{Pointer: at, Taps: []draw.Point{at}})
	require.Contains(t, d.View.Notice, "Glissez sur cette fenêtre")
	frame(&Input{Pointer: at, Releases: []draw.Point{at}})
	assert.Contains(t, d.View.Notice, "Glissez sur cette fenêtre", "the release of the same click")
	frame(&Input{Pointer: mid(l.title), Taps: []draw.Point{mid(l.title)}})
	assert.Empty(t, d.View.Notice, "a new click: the notice was read")
}
