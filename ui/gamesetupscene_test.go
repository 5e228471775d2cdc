package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/game"
)

// keysOf returns the actions of keys pressed one after the other on a US
// keyboard, through the keymap, as a person pressing them gives them.
func keysOf(t *testing.T, keys ...ebiten.Key) []Action {
	t.Helper()
	var out []Action
	for _, k := range keys {
		out = append(out, ActionsFor([]Key{{Position: k}}, Modifiers{})...)
	}
	return out
}

// rowIDs returns the ids of the setup's rows, in the order of their keys.
func rowIDs(g *gameSetupScene) []string {
	var out []string
	for _, r := range g.rows() {
		out = append(out, r.id)
	}
	return out
}

// arnaquesSetup returns the setup of the « Arnaque ou pas ? » deck for two
// teams, driven by a scene driver.
func arnaquesSetup(t *testing.T) (*sceneDriver, *gameSetupScene, *game.Session) {
	t.Helper()
	d := allDecksDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck := d.Library.Find("arnaques", "fr")
	require.NotNil(t, deck)
	dr := newSceneDriver(t, d, newGameSetupScene(d, s, deck, backScene{}))
	return dr, dr.scene.(*gameSetupScene), s
}

// TestEverySetupRowHasItsDigit checks that each row of a setup with more
// rows than answers (the scam deck in turns mode: eight) has its digit, that
// the digit works, and that every label starts where the others do.
func TestEverySetupRowHasItsDigit(t *testing.T) {
	dr, g, _ := arnaquesSetup(t)
	rows := g.rows()
	require.Greater(t, len(rows), MaxAnswers, "more rows than answer keys")
	keys := []ebiten.Key{ebiten.KeyDigit1, ebiten.KeyDigit2, ebiten.KeyDigit3, ebiten.KeyDigit4, ebiten.KeyDigit5,
		ebiten.KeyDigit6, ebiten.KeyDigit7, ebiten.KeyDigit8, ebiten.KeyDigit9}
	for i, row := range rows {
		dr, g, _ := arnaquesSetup(t) // each key on a fresh screen: a row may change the others
		dr.press(keysOf(t, keys[i])...)
		after := g.rows()
		j := slices.IndexFunc(after, func(r setupRow) bool { return r.id == row.id })
		require.GreaterOrEqualf(t, j, 0, "row %s went", row.id)
		assert.NotEqualf(t, row.Selected, after[j].Selected, "key %d moves row %s to its next option", i+1, row.id)
	}

	v := dr.d.View
	rects := g.layout(g.rows()).rows
	var xs []float64
	for i, r := range rects {
		key := choiceKey(i)
		assert.NotEmptyf(t, key, "row %d has a digit", i+1)
		_, text := v.labelParts(r.Label, v.Px(40), true)
		xs = append(xs, text.X)
	}
	for _, x := range xs {
		assert.InDelta(t, xs[0], x, 0.5, "every label in line")
	}
}

// TestADigitStaysWithItsRow: changing the turn mode makes « Passer la
// main » come or go, and moves no other row's digit: a facilitator who
// learnt « 7 asks how sure » keeps it.
func TestADigitStaysWithItsRow(t *testing.T) {
	_, g, _ := arnaquesSetup(t)
	for _, mode := range []cards.Mode{cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer} {
		g.mode = mode
		ids := rowIDs(g)
		if mode == cards.ModeTurns {
			require.Equal(t, "pass", ids[len(ids)-1], "passing, which comes and goes, is last")
			ids = ids[:len(ids)-1]
		}
		assert.Equal(t, []string{"measure", "count", "order", "mode", "timer", "points", "confidence", "hints"}, ids, "in %s", mode)
	}
}

// TestEnterAndPageDownStartFromAnyOption checks the keys a keyboard and a
// presenter clicker send: once an option has the focus, Enter and Page
// Down still start the game, as the button says; Space picks the focused
// option; on the Back button, Enter goes back.
func TestEnterAndPageDownStartFromAnyOption(t *testing.T) {
	for _, key := range []ebiten.Key{ebiten.KeyEnter, ebiten.KeyPageDown, ebiten.KeyNumpadEnter} {
		dr, g, s := arnaquesSetup(t)
		dr.press(keysOf(t, ebiten.KeyTab)...) // the first option of the first row
		require.Less(t, g.focus.focus, optionCount(g.rows()))
		next := dr.press(keysOf(t, key)...)
		assert.IsTypef(t, &playScene{}, next, "%v starts the game", key)
		assert.Lenf(t, s.Games, 1, "%v", key)
	}

	dr, g, s := arnaquesSetup(t)
	g.focus.focus = choiceTargetIndex(choicesOf(g.rows()), slices.Index(rowIDs(g), "count"), 1) // 5 cards
	dr.press(keysOf(t, ebiten.KeySpace)...)
	assert.Equal(t, 5, g.count, "Space picks the focused option")
	assert.Same(t, Scene(g), dr.scene)

	g.focus.focus = g.backTarget(g.rows())
	assert.Equal(t, backScene{}, dr.press(keysOf(t, ebiten.KeyEnter)...), "Enter on Back goes back")
	assert.Empty(t, s.Games)
}

// TestSetupFocusAgreesWithTheSelection walks the measure row with the
// keys: a digit moves the focus to the option it selected, the arrows
// reach every option without selecting any, Space selects, ↓ lands on a
// row's selected option; the measure row keeps its digit whatever rows
// the test leaves.
func TestSetupFocusAgreesWithTheSelection(t *testing.T) {
	d := allDecksDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck := d.Library.Find("arnaques", "fr")
	require.NotNil(t, deck)
	_, err := d.live(s).NewGame(deck, game.Settings{Measure: game.MeasureBefore, Seed: 3})
	require.NoError(t, err)
	dr := newSceneDriver(t, d, newGameSetupScene(d, s, deck, backScene{}))
	g := dr.scene.(*gameSetupScene)
	focused := func() (string, int) {
		rows := g.rows()
		r, o := flatChoice(choicesOf(rows), g.focus.focus)
		require.GreaterOrEqual(t, r, 0, "an option has the focus")
		return rows[r].id, o
	}
	selected := func(id string) int {
		rows := g.rows()
		return rows[slices.IndexFunc(rows, func(r setupRow) bool { return r.id == id })].Selected
	}
	digit := ebiten.KeyDigit1 + ebiten.Key(slices.Index(rowIDs(g), "measure"))

	dr.press(keysOf(t, digit)...)
	require.Equal(t, game.MeasureBefore, g.measure)
	id, o := focused()
	assert.Equal(t, "measure", id)
	assert.Equal(t, 1, o, "the focus on Test d'avant, the option the digit selected")
	assert.Equal(t, digit, ebiten.KeyDigit1+ebiten.Key(slices.Index(rowIDs(g), "measure")), "the measure row keeps its digit")

	dr.press(keysOf(t, ebiten.KeyArrowRight)...)
	id, o = focused()
	assert.Equal(t, "measure", id)
	assert.Equal(t, 2, o, "→ reaches Test d'après")
	assert.Equal(t, game.MeasureBefore, g.measure, "→ moves the focus, selects nothing")
	dr.press(keysOf(t, ebiten.KeyArrowRight)...)
	_, o = focused()
	assert.Equal(t, 2, o, "the row's end")
	dr.press(keysOf(t, ebiten.KeySpace)...)
	assert.Equal(t, game.MeasureAfter, g.measure, "Space selects Test d'après")
	assert.Same(t, Scene(g), dr.scene)
	dr.press(keysOf(t, ebiten.KeyArrowLeft, ebiten.KeyArrowLeft, ebiten.KeyArrowLeft)...)
	_, o = focused()
	assert.Equal(t, 0, o, "← reaches Non and stops there")
	assert.Same(t, Scene(g), dr.scene, "← on the first option does not leave")

	dr.press(keysOf(t, digit)...)
	assert.Equal(t, game.MeasureNone, g.measure, "the digit cycles: after Test d'après, Non")
	_, o = focused()
	assert.Equal(t, 0, o)
	dr.press(keysOf(t, digit, digit)...)
	id, o = focused()
	assert.Equal(t, "measure", id)
	assert.Equal(t, 2, o, "the focus follows the digit to Test d'après")
	assert.Equal(t, selected("measure"), o)

	dr.press(keysOf(t, ebiten.KeyArrowDown)...)
	id, o = focused()
	require.NotEqual(t, "measure", id)
	assert.Equal(t, selected(id), o, "↓ lands on the row's selected option")

	next := dr.press(keysOf(t, ebiten.KeyEnter)...)
	require.IsType(t, &playScene{}, next)
	assert.Equal(t, game.MeasureAfter, s.Current().Settings.Measure, "Enter plays the test selected")
}

// verdictDeck writes a verdict deck of truths true items and intox false
// ones.
func verdictDeck(id string, truths, intox int) string {
	s := fmt.Sprintf("format = 1\n\n[deck]\nid = %q\ntitle = \"Vrai ou faux\"\nlanguage = \"fr\"\n", id)
	for i := 0; i < truths+intox; i++ {
		answer := "vrai"
		if i >= truths {
			answer = "faux"
		}
		s += fmt.Sprintf("\n[[card]]\ntype = \"verdict\"\nclaim = \"Affirmation %d\"\nanswer = %q\nexplanation = \"Parce que.\"\n", i+1, answer)
	}
	return s
}

// TestSetupOffersOnlyComparableTests checks the lengths of a before test,
// from 2 × MinItems, and the hint that says before the test is played that
// the deck cannot give both tests MinItems true items and MinItems intox.
func TestSetupOffersOnlyComparableTests(t *testing.T) {
	d := allDecksDeps(t, verdictDeck("peu-de-vrais", 5, 19), verdictDeck("court", 5, 6))
	s := newTestSession(t, d, "Renards", "Hiboux")
	measure := func(g *gameSetupScene) (setupRow, bool) {
		rows := g.rows()
		i := slices.IndexFunc(rows, func(r setupRow) bool { return r.id == "measure" })
		if i < 0 {
			return setupRow{}, false
		}
		return rows[i], true
	}

	g := newGameSetupScene(d, s, d.Library.Find("arnaques", "fr"), backScene{})
	row, ok := measure(g)
	require.True(t, ok)
	assert.Equal(t, d.View.Tr.T("setup_measure_hint"), row.Hint, "the scam deck can be compared")
	row.pick(1)
	assert.Equal(t, d.View.Tr.T("setup_help"), g.message())
	assert.Equal(t, []string{"6", "8", "10", "12"}, g.rows()[1].Options, "a test of 4 cards could not be compared")
	assert.Equal(t, game.MeasureCards, g.testCount)
	assert.Equal(t, "8", g.rows()[1].Options[g.rows()[1].Selected], "the count shown is the count played")

	g = newGameSetupScene(d, s, d.Library.Find("peu-de-vrais", "fr"), backScene{})
	row, ok = measure(g)
	require.True(t, ok, "24 verdict cards make two tests")
	want := d.View.Tr.T("setup_measure_too_few")
	assert.Equal(t, want, row.Hint, "2 true items a test: said before the test")
	assert.Equal(t, d.View.Tr.T("setup_help"), g.message())
	row.pick(1)
	row, _ = measure(g)
	assert.Equal(t, want, row.Hint, "and still once chosen")
	why := d.View.Tr.T("setup_measure_too_few_help", "Min", game.MinItems)
	assert.Equal(t, why, g.message(), "and why, where there is room for it")
	assert.Contains(t, why, "3")
	en, err := assets.NewTranslator("en")
	require.NoError(t, err)
	assert.NotEqual(t, why, en.T("setup_measure_too_few_help", "Min", game.MinItems), "in English too")

	g = newGameSetupScene(d, s, d.Library.Find("court", "fr"), backScene{})
	_, ok = measure(g)
	assert.False(t, ok, "11 verdict cards cannot make two tests of 6")
}

// TestSetupCountsTheCardsItWillPlay checks that after a before test the
// setup counts the cards the game will play, not those kept aside for the
// after test.
func TestSetupCountsTheCardsItWillPlay(t *testing.T) {
	d := allDecksDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	before, err := d.live(s).NewGame(deck, game.Settings{Measure: game.MeasureBefore, Cards: 8, Seed: 3})
	require.NoError(t, err)
	require.Len(t, before.Reserved, 8)
	playable := len(deck.Cards) - len(before.Reserved)

	g := newGameSetupScene(d, s, deck, backScene{})
	rows := g.rows()
	count := rows[slices.IndexFunc(rows, func(r setupRow) bool { return r.id == "count" })]
	tr := d.View.Tr
	assert.Equal(t, tr.T("setup_all", "Count", playable), count.Options[0])
	size, _ := g.facts()
	assert.Contains(t, size, tr.N("cards_count", playable))
	assert.Contains(t, size, tr.N("setup_kept", len(before.Reserved)), "and says why")
	require.IsType(t, &playScene{}, g.start())
	assert.Equal(t, playable, s.Current().Len(), "as many as the game plays")

	g = newGameSetupScene(d, newTestSession(t, d, "Renards", "Hiboux"), deck, backScene{})
	size, _ = g.facts()
	assert.True(t, strings.HasPrefix(size, tr.N("cards_count", len(deck.Cards))+" · "), "no test waits: the deck's count, %q", size)
	assert.NotContains(t, size, tr.N("setup_kept", 8))
}

// TestSetupTurnsHintsOff checks the row of hints: offered beside the
// confidence row for a deck whose verdict cards have hints, on by default
// (a game plays them as before), off for a game without them; never for a
// deck without hints, nor among a test's rows.
func TestSetupTurnsHintsOff(t *testing.T) {
	d := allDecksDeps(t, verdictDeck("sans-pistes", 8, 8))
	s := newTestSession(t, d, "Renards", "Hiboux")
	g := newGameSetupScene(d, s, d.Library.Find("infox", "fr"), backScene{})
	ids := rowIDs(g)
	i := slices.Index(ids, "hints")
	require.GreaterOrEqual(t, i, 0, "infox has hints: %v", ids)
	assert.Equal(t, "confidence", ids[i-1], "beside the confidence row")
	assert.False(t, g.settings().NoHints, "on by default")
	g.rows()[i].pick(0)
	assert.True(t, g.settings().NoHints)
	g.rows()[0].pick(1) // the before test
	assert.NotContains(t, rowIDs(g), "hints")
	assert.False(t, g.settings().NoHints, "a test keeps its own rules")

	g = newGameSetupScene(d, s, d.Library.Find("sans-pistes", "fr"), backScene{})
	assert.NotContains(t, rowIDs(g), "hints", "no hints, no row")
}
