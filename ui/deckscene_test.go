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

func newTestSession(t *testing.T, d *Deps, names ...string) *game.Session {
	s, err := game.NewSession(game.NewTeams(names...), d.Now())
	require.NoError(t, err)
	return s
}

func TestDeckSceneStartsAGameWithTheSettingsChosen(t *testing.T) {
	d := sceneDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	dr := newSceneDriver(t, d, newDeckScene(d, s, backScene{}))
	sc := dr.scene.(*deckScene)
	require.Equal(t, "fr", sc.filter, "the player's language first")
	require.Len(t, sc.decks(), 1)

	setup := dr.press(ActionAnswer1)
	require.IsType(t, &gameSetupScene{}, setup)
	g := setup.(*gameSetupScene)
	assert.Equal(t, "decouverte", g.deck.ID)
	assert.Equal(t, cards.ModeTurns, g.mode, "the deck's mode")
	assert.Equal(t, timerPerCard, g.timer, "the deck has a timer")
	labels := func() []string {
		var out []string
		for _, r := range g.rows() {
			out = append(out, r.Label)
		}
		return out
	}
	assert.Equal(t, []string{"Cartes", "Ordre", "Qui répond\u00a0?", "Minuteur", "Points", "Demander si l'équipe est sûre", "Donner des pistes, puis revoter", "Passer la main"}, labels())

	dr.press(ActionAnswer1)                // 5 cards
	dr.press(ActionAnswer2)                // in order
	dr.press(ActionDigit8)                 // pass on
	dr.press(ActionAnswer5)                // not scored
	dr.press(ActionAnswer3, ActionAnswer3) // turns → all → buzzer
	assert.Equal(t, []string{"Cartes", "Ordre", "Qui répond\u00a0?", "Minuteur", "Points", "Demander si l'équipe est sûre", "Donner des pistes, puis revoter"}, labels(), "passing is for turns only")
	l := g.layout(g.rows())
	dr.tap(l.rows[3].Options[len(l.rows[3].Options)-1]) // 90 s
	dr.tap(g.layout(g.rows()).rows[5].Options[1])       // ask how sure
	require.Equal(t, choiceTargetIndex(choicesOf(g.rows()), 5, 1), g.focus.focus, "the focus on the option tapped")

	dr.press(ActionNext) // Page Down: Start, wherever the focus is
	require.Len(t, s.Games, 1)
	assert.Equal(t, game.Settings{Cards: 5, InOrder: true, Seed: d.Now().UnixNano(), Mode: cards.ModeBuzzer, Timer: true, Seconds: 90, Unscored: true, Confidence: true}, s.Games[0].Settings)
	assert.Equal(t, 5, s.Games[0].Len())
	saved, err := d.Store.List()
	require.NoError(t, err)
	require.Empty(t, saved, "nothing played yet: an empty workshop is not kept")
	_, err = d.play(s, game.Move{Kind: game.MoveSkip})
	require.NoError(t, err)
	saved, err = d.Store.List()
	require.NoError(t, err)
	require.Len(t, saved, 1)
	assert.Equal(t, 1, saved[0].Games)
}

func TestGameSetupDefaultsStartAtOnce(t *testing.T) {
	d := sceneDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux", "Loutres")
	dr := newSceneDriver(t, d, newDeckScene(d, s, backScene{}))
	dr.press(ActionNext, ActionNext) // the first deck, then Start
	require.Len(t, s.Games, 1)
	st := s.Games[0].Settings
	assert.Equal(t, game.Settings{Seed: d.Now().UnixNano(), Mode: cards.ModeTurns, Timer: true}, st)
	assert.Equal(t, 8, s.Games[0].Len())
}

func TestGameSetupForAFamily(t *testing.T) {
	d := sceneDeps(t)
	s := newTestSession(t, d, "La famille")
	g := newGameSetupScene(d, s, d.Library.Decks[0], backScene{})
	var ids []string
	for _, r := range g.rows() {
		ids = append(ids, r.id)
	}
	assert.Equal(t, []string{"count", "order", "timer", "points", "confidence", "hints"}, ids, "no turn mode for one team")
	assert.Equal(t, 0, g.timer, "no timer suggested to a family")
	assert.Equal(t, game.Settings{Seed: d.Now().UnixNano(), Mode: cards.ModeTurns}, g.settings())
}

func TestGameSetupOfABoard(t *testing.T) {
	d := sceneDeps(t, boardDeck)
	s := newTestSession(t, d, "Renards", "Hiboux")
	board := d.Library.Find("qui-est-ce", "fr")
	require.NotNil(t, board)
	dr := newSceneDriver(t, d, newGameSetupScene(d, s, board, backScene{}))
	g := dr.scene.(*gameSetupScene)
	var ids []string
	for _, r := range g.rows() {
		ids = append(ids, r.id)
	}
	assert.Equal(t, []string{"count", "mode", "timer", "points", "riddles", "pass"}, ids)
	assert.Equal(t, []string{"2", "4", "6"}, g.rows()[0].Options, "rounds, a multiple of the teams")
	assert.Equal(t, 4, g.count, "two rounds a team")
	dr.press(ActionAnswer5) // riddles
	assert.True(t, g.riddles)
	assert.Equal(t, []string{"Toutes (2)"}, g.rows()[0].Options, "two characters have clues")
	dr.press(ActionAnswer5, ActionAnswer1) // back to the board, 6 rounds
	assert.Equal(t, 6, g.count)
	dr.press(ActionNext)
	require.Len(t, s.Games, 1)
	assert.Equal(t, 6, s.Games[0].Len())
	assert.False(t, s.Games[0].Settings.Riddles)
}

func TestDeckSceneFiltersAndTurnsPages(t *testing.T) {
	var extra []string
	for i := 1; i <= 9; i++ {
		extra = append(extra, choiceDeck(fmt.Sprintf("jeu-%d", i), fmt.Sprintf("Jeu %d", i), "fr", 6))
	}
	extra = append(extra, choiceDeck("akhbar", "خبر حقيقي أم كاذب؟", "ar", 3))
	d := sceneDeps(t, extra...)
	s := newTestSession(t, d, "Renards", "Hiboux")
	dr := newSceneDriver(t, d, newDeckScene(d, s, backScene{}))
	sc := dr.scene.(*deckScene)
	assert.Equal(t, []string{"fr", "en", "ar"}, sc.langs)
	require.Len(t, sc.decks(), 10)

	l := layoutDecks(d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	require.Equal(t, 6, len(l.tiles), "two columns of three")
	require.Equal(t, 4, sc.focus.focus, "the first deck, after four chips")
	dr.press(ActionDown, ActionDown)
	assert.Equal(t, 0, sc.top)
	dr.press(ActionDown) // from the last row: the page turns by a row
	assert.Equal(t, 2, sc.top)
	assert.Same(t, sc.decks()[6], sc.decks()[sc.top+sc.focus.focus-4])
	dr.press(ActionDown)
	assert.Equal(t, 4, sc.top, "the last row")
	setup := dr.press(ActionNext)
	require.IsType(t, &gameSetupScene{}, setup)
	assert.Equal(t, "jeu-8", setup.(*gameSetupScene).deck.ID)

	dr.scene = sc
	dr.press(ActionDown)
	assert.Equal(t, 4+6, sc.focus.focus, "past the last row: Back")
	dr.press(ActionUp, ActionUp, ActionUp, ActionUp, ActionUp)
	assert.Equal(t, 0, sc.top)
	assert.Equal(t, 4, sc.focus.focus, "the first deck")
	dy := 0.0
	sc.wheel = func() (float64, float64) { return 0, dy }
	dy = -1
	dr.frame(&Input{})
	assert.Equal(t, 2, sc.top, "the wheel scrolls by a row")
	dy = 0
	dr.tap(l.down)
	assert.Equal(t, 4, sc.top)
	dr.tap(l.up)
	assert.Equal(t, 0, sc.top)
	assert.IsType(t, &gameSetupScene{}, dr.press(ActionAnswer5))

	dr.scene = sc
	dr.tap(l.chips[3])
	assert.Equal(t, "ar", sc.filter)
	require.Len(t, sc.decks(), 1)
	assert.Equal(t, "akhbar", sc.decks()[0].ID)
	dr.tap(l.chips[0])
	assert.Len(t, sc.decks(), 12)
	assert.IsType(t, backScene{}, dr.press(ActionBack))
}

// TestAnotherGameFindsTheDeckItLeft: after « Une autre partie » the list
// opens on the deck the workshop played last, on its page and in its
// language, and the decks played say so.
func TestAnotherGameFindsTheDeckItLeft(t *testing.T) {
	var extra []string
	for i := 1; i <= 9; i++ {
		extra = append(extra, choiceDeck(fmt.Sprintf("jeu-%d", i), fmt.Sprintf("Jeu %d", i), "fr", 6))
	}
	d := sceneDeps(t, extra...)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck := func(id string) *cards.Deck {
		for _, dk := range d.Library.Decks {
			if dk.ID == id {
				return dk
			}
		}
		t.Fatalf("no deck %s", id)
		return nil
	}
	for _, id := range []string{"jeu-2", "jeu-8"} {
		_, err := s.NewGame(deck(id), game.Settings{InOrder: true})
		require.NoError(t, err)
	}
	dr := newSceneDriver(t, d, newDeckScene(d, s, backScene{}))
	sc := dr.scene.(*deckScene)
	require.Equal(t, "fr", sc.filter)
	decks := sc.decks()
	f := sc.focus.focus - sc.chipCount()
	require.GreaterOrEqual(t, f, 0)
	assert.Equal(t, "jeu-8", decks[sc.top+f].ID, "the focus on the deck played last")
	assert.Positive(t, sc.top, "its page shown")
	assert.Equal(t, "decks_played", sc.played[deckKey("jeu-2", "fr")])
	assert.Empty(t, sc.played[deckKey("jeu-3", "fr")])
	setup := dr.press(ActionNext)
	require.IsType(t, &gameSetupScene{}, setup)
	assert.Equal(t, "jeu-8", setup.(*gameSetupScene).deck.ID, "Space plays it again")

	// An English deck played: the list shows the English decks.
	_, err := s.NewGame(deck("discovery"), game.Settings{InOrder: true})
	require.NoError(t, err)
	sc = newDeckScene(d, s, backScene{}).(*deckScene)
	assert.Equal(t, "en", sc.filter)
	assert.Equal(t, "discovery", sc.decks()[sc.top+sc.focus.focus-sc.chipCount()].ID)

	// Browsing from the title screen: the first deck, nothing marked.
	sc = newDeckScene(d, nil, backScene{}).(*deckScene)
	assert.Equal(t, sc.chipCount(), sc.focus.focus)
	assert.Nil(t, sc.played)
}

func TestDeckSceneBrowsing(t *testing.T) {
	d := sceneDeps(t)
	dr := newSceneDriver(t, d, newDeckScene(d, nil, backScene{}))
	sc := dr.scene.(*deckScene)
	dr.press(ActionAnswer1)
	require.NotNil(t, sc.detail)
	assert.Equal(t, "decouverte", sc.detail.ID)
	dr.press(ActionBack)
	assert.Nil(t, sc.detail, "Esc goes back to the list")
	dr.press(ActionAnswer1)
	next := dr.press(ActionNext)
	require.IsType(t, &teamsScene{}, next)
	assert.Same(t, sc.detail, next.(*teamsScene).deck)
	setup := dr.press(ActionNext)
	require.IsType(t, &gameSetupScene{}, setup)
	assert.Equal(t, "decouverte", setup.(*gameSetupScene).deck.ID)
}

func TestDeckLayoutFitsEveryScreen(t *testing.T) {
	eachMetrics(func(m draw.Metrics, name string) {
		for _, chips := range []int{0, 3, 5} {
			l := layoutDecks(m, chips, true, true)
			targets := append(append(append([]draw.Rect{}, l.chips...), l.tiles...), l.back, l.up, l.down, l.add)
			checkTargets(t, m, name, targets)
			assert.GreaterOrEqual(t, len(l.tiles), 2, name)
			_, _, _, _, open := detailLayout(m, l.body)
			checkTargets(t, m, name, []draw.Rect{open, l.back})
		}
	})
}

func TestDeckSceneWithoutDecks(t *testing.T) {
	d := sceneDeps(t)
	d.Library = &cards.Library{}
	dr := newSceneDriver(t, d, newDeckScene(d, nil, backScene{}))
	sc := dr.scene.(*deckScene)
	assert.Zero(t, sc.chipCount())
	dr.press(ActionAnswer1, ActionDown, ActionNext) // nothing to choose: Back has the focus
	assert.IsType(t, backScene{}, dr.scene)
}

// TestDeckFactsNameTheDecksOwnVerdicts: a scam deck's tile does not say
// "30 vrai ou faux"; its cards are named by the verdicts they are judged
// with. A deck with the default verdicts keeps "vrai ou faux".
func TestDeckFactsNameTheDecksOwnVerdicts(t *testing.T) {
	d := sceneDeps(t)
	parse := func(verdicts string) *cards.Deck {
		src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n" + verdicts +
			"[[card]]\ntype = \"verdict\"\nclaim = \"C\"\nanswer = \"" + map[bool]string{true: "arnaque", false: "faux"}[verdicts != ""] + "\"\nexplanation = \"E\"\n"
		deck, problems := cards.Parse("t.toml", []byte(src), nil)
		require.Empty(t, problems)
		return deck
	}
	_, kinds := deckFacts(d.View, parse("[verdicts]\narnaque = \"Arnaque\"\nlegitime = \"Légitime\"\ndouteux = \"Douteux\"\n"))
	assert.Equal(t, "1 à juger\u00a0: Arnaque / Légitime / Douteux", kinds)
	_, kinds = deckFacts(d.View, parse(""))
	assert.Equal(t, "1 vrai ou faux", kinds)
}

// TestAQuizWithTimesPerQuestionStartsTimed: a deck whose questions each
// have their time (a Kahoot quiz imported) and no default one offers its
// games with the timer on.
func TestAQuizWithTimesPerQuestionStartsTimed(t *testing.T) {
	d := sceneDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck, problems := cards.Parse("quiz.toml", []byte("format = 1\n[deck]\nid = \"quiz\"\ntitle = \"Quiz\"\nlanguage = \"fr\"\n"+
		"[[card]]\ntype = \"choice\"\nquestion = \"Laquelle ?\"\nchoices = [\"Une\", \"Deux\"]\nanswer = 1\nseconds = 20\nexplanation = \"La première.\"\n"), nil)
	require.NotNil(t, deck, "%v", problems)
	g := newGameSetupScene(d, s, deck, backScene{})
	assert.Equal(t, timerPerCard, g.timer)
}
