package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/ui/draw"
)

func TestTeamsSceneSavesTheTeamsTyped(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newTeamsScene(d, backScene{}))
	ts := dr.scene.(*teamsScene)
	dr.press(ActionAnswer3)
	require.Equal(t, 3, ts.n)
	assert.Equal(t, []string{"Renards", "Hiboux", "Loutres"}, []string{ts.name(0), ts.name(1), ts.name(2)}, "names offered")

	l := layoutTeams(d.View.Metrics, 3)
	dr.tap(l.names[0])
	require.True(t, ts.Typing())
	dr.typeText("Les Ados")                      // replaces the name offered
	dr.press(ActionNext)                         // Enter: the next name
	dr.typeText("Seniors 24")                    // while typing, the keymap gives digits no action (TestTeamNamesTakeEveryKey)
	dr.press(ActionUndo, ActionUndo, ActionUndo) // Backspace
	dr.press(ActionFocusNext)                    // Tab: the next name too
	dr.typeText("Mi x")
	dr.press(ActionNext) // the last name: on to Continue
	assert.False(t, ts.Typing())
	assert.Equal(t, 3, ts.n)
	assert.Equal(t, []string{"Les Ados", "Seniors", "Mi x"}, []string{ts.name(0), ts.name(1), ts.name(2)})

	next := dr.press(ActionNext)
	require.IsType(t, &deckScene{}, next)
	saved, err := d.Store.List()
	require.NoError(t, err)
	require.Empty(t, saved, "an empty workshop is not kept")
	assert.Same(t, ts.session, next.(*deckScene).s)

	// Back from the decks and on again: the same workshop, not a second one.
	first := ts.session
	dr.scene = ts
	dr.press(ActionAnswer3, ActionNext)
	assert.Same(t, first, ts.session)

	// Kept from its first move.
	_, err = d.live(ts.session).NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	_, err = d.play(ts.session, game.Move{Kind: game.MoveSkip})
	require.NoError(t, err)
	saved, err = d.Store.List()
	require.NoError(t, err)
	require.Len(t, saved, 1)
	s, err := d.Store.Load(saved[0].ID, d.FindDeck)
	require.NoError(t, err)
	assert.Equal(t, []game.Team{
		{Name: "Les Ados", Colour: 0, Symbol: game.Circle},
		{Name: "Seniors", Colour: 1, Symbol: game.Triangle},
		{Name: "Mi x", Colour: 2, Symbol: game.Square},
	}, s.Teams)
	assert.Equal(t, d.Now(), s.Started.UTC())
}

func TestTeamsSceneNeedsDistinctNames(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newTeamsScene(d, backScene{}))
	ts := dr.scene.(*teamsScene)
	l := layoutTeams(d.View.Metrics, 2)
	dr.tap(l.names[1])
	dr.typeText("renards ")
	prob, bad := ts.problem()
	assert.Equal(t, "Deux équipes s'appellent «\u00a0renards\u00a0»\u00a0: changez un des noms pour continuer.", prob)
	assert.Equal(t, 1, bad)
	dr.press(ActionPause) // leaves the name for Continue, which is disabled
	assert.False(t, ts.Typing())
	assert.Same(t, ts, dr.press(ActionNext), "Continue is disabled")
	assert.Same(t, ts, dr.tap(l.next))

	dr.tap(l.names[1])
	dr.press(ActionUndo) // the typed name is not selected: one letter goes
	assert.Equal(t, "renards", ts.name(1))
	for range 7 {
		dr.press(ActionUndo)
	}
	prob, _ = ts.problem()
	assert.Equal(t, "L'équipe 2 n'a pas de nom\u00a0: écrivez-en un pour continuer.", prob)
	dr.press(ActionPause)
	assert.IsType(t, backScene{}, dr.press(ActionPause), "Esc out of a name, then Esc back")
}

func TestTeamsSceneCountColoursAndSymbols(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newTeamsScene(d, backScene{}))
	ts := dr.scene.(*teamsScene)

	dr.press(ActionPointPlus, ActionPointPlus)
	assert.Equal(t, 4, ts.n)
	dr.tap(layoutTeams(d.View.Metrics, 4).minus)
	assert.Equal(t, 3, ts.n)
	dr.tap(layoutTeams(d.View.Metrics, 3).plus)
	assert.Equal(t, 4, ts.n)

	l := layoutTeams(d.View.Metrics, 4)
	dr.tap(l.colours[0])
	assert.Equal(t, game.Colour(4), ts.teams[0].colour, "the next colour no team has")
	dr.tap(l.symbols[1])
	assert.Equal(t, game.Symbol(4), ts.teams[1].symbol)

	dr.press(ActionAnswer6)
	l = layoutTeams(d.View.Metrics, 6)
	dr.tap(l.colours[0])
	assert.Equal(t, game.Colour(5), ts.teams[0].colour, "every colour taken: swapped with the next")
	assert.Equal(t, game.Colour(4), ts.teams[4].colour)
	colours, symbols := map[game.Colour]bool{}, map[game.Symbol]bool{}
	for i := 0; i < ts.n; i++ {
		colours[ts.teams[i].colour], symbols[ts.teams[i].symbol] = true, true
	}
	assert.Len(t, colours, 6)
	assert.Len(t, symbols, 6)

	// Keyboard only: ↑ from Continue reaches the last team, Space cycles.
	dr.press(ActionAnswer2)
	ts.focusOn(ts.nextTarget())
	dr.press(ActionUp)
	assert.Equal(t, ts.nameTarget(1), ts.focus.focus)
	dr.press(ActionPause, ActionUp, ActionUp)
	assert.Equal(t, ts.nameTarget(0), ts.focus.focus)
	before := ts.teams[0].symbol
	dr.press(ActionPause, ActionUp, ActionUp, ActionUp, ActionFocusNext)
	require.Equal(t, ts.symbolTarget(0), ts.focus.focus)
	dr.press(ActionNext)
	assert.NotEqual(t, before, ts.teams[0].symbol)
}

func TestTeamsSceneFamily(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newTeamsScene(d, backScene{}))
	ts := dr.scene.(*teamsScene)
	dr.press(ActionAnswer1)
	assert.Equal(t, "La famille", ts.name(0))
	next := dr.press(ActionNext)
	require.IsType(t, &deckScene{}, next)
	assert.True(t, next.(*deckScene).s.Coop())
}

func TestTeamsSceneFromADeckGoesToItsSettings(t *testing.T) {
	d := sceneDeps(t)
	deck := d.Library.Decks[0]
	dr := newSceneDriver(t, d, newTeamsSceneFor(d, backScene{}, deck))
	next := dr.press(ActionNext)
	require.IsType(t, &gameSetupScene{}, next)
	assert.Same(t, deck, next.(*gameSetupScene).deck)
	assert.IsType(t, &deckScene{}, next.(*gameSetupScene).back)
}

func TestTeamsLayoutFitsEveryScreen(t *testing.T) {
	eachMetrics(func(m draw.Metrics, name string) {
		for n := 1; n <= game.MaxTeams; n++ {
			l := layoutTeams(m, n)
			checkTargets(t, m, name, l.targets())
			for _, r := range []draw.Rect{l.title, l.question, l.count, l.hint, l.message} {
				assert.True(t, r.Within(m.Screen()), "%s: %v", name, r)
				for i, tr := range l.targets() {
					assert.False(t, r.Overlaps(tr), "%s, %d teams: text %v under target %d %v", name, n, r, i, tr)
				}
			}
		}
	})
}
