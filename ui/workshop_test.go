package ui

import (
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// workshop plays the scenes as the App does: each frame, the input goes to
// the scene on show, the scene it returns is on show from the next frame,
// and that scene is drawn over the theme's background, so that every state
// the workshop goes through is drawn once at least.
type workshop struct {
	t      *testing.T
	d      *Deps
	scene  Scene
	screen *ebiten.Image
}

func newWorkshop(t *testing.T, d *Deps, first Scene) *workshop {
	screen := ebiten.NewImage(int(d.View.Metrics.W), int(d.View.Metrics.H))
	t.Cleanup(screen.Deallocate)
	w := &workshop{t: t, d: d, scene: first, screen: screen}
	w.draw()
	return w
}

// frame plays one frame, a sixtieth of a second long, with the input given.
func (w *workshop) frame(in *Input) Scene {
	w.t.Helper()
	in.Dt = time.Second / 60
	w.scene = w.scene.Update(in)
	require.NotNil(w.t, w.scene, "nothing quits during a workshop")
	w.draw()
	return w.scene
}

func (w *workshop) draw() {
	w.screen.Fill(w.d.View.Theme.Background)
	w.scene.Draw(w.screen)
}

// press plays one frame for each action.
func (w *workshop) press(actions ...Action) Scene {
	w.t.Helper()
	for _, a := range actions {
		w.frame(&Input{Actions: []Action{a}})
	}
	return w.scene
}

// read lets a second go by, as the room reads the card: a reveal waits for
// the card to have been on screen a moment.
func (w *workshop) read() Scene {
	w.t.Helper()
	for range 60 {
		w.frame(&Input{})
	}
	return w.scene
}

// typeText types s in one frame, as Ebitengine hands typed characters over.
func (w *workshop) typeText(s string) Scene {
	w.t.Helper()
	return w.frame(&Input{Chars: []rune(s)})
}

// typeDigit types a digit key: a character and, as the keymap reads the
// key, the answer action of that number.
func (w *workshop) typeDigit(n int) Scene {
	w.t.Helper()
	return w.frame(&Input{Chars: []rune{rune('0' + n)}, Actions: []Action{ActionAnswer1 + Action(n-1)}})
}

// showing returns the scene on show, which must be of type T.
func showing[T Scene](w *workshop) T {
	w.t.Helper()
	s, ok := w.scene.(T)
	require.Truef(w.t, ok, "the scene on show is a %T", w.scene)
	return s
}

// shownTotals returns the totals a scores or end scene shows, by team.
func shownTotals(rows []standing) []int {
	out := make([]int, len(rows))
	for _, r := range rows {
		out[r.team] = r.total
	}
	return out
}

// TestAWholeWorkshop runs a workshop through the real scenes, from the title
// screen to the end, with keys and taps alone: two teams named, the
// discovery deck played card after card (every kind of card but the board),
// a point given by hand and one taken back with Ctrl+Z, the scores, a
// « Qui est-ce ? » board played to its end, the scores again, the end of the
// workshop. The session saved on disk is the one the screens showed.
func TestAWholeWorkshop(t *testing.T) {
	d := sceneDeps(t, boardDeck)
	w := newWorkshop(t, d, NewTitleScene(d))

	// The title screen: a new workshop.
	w.press(ActionNext)
	teams := showing[*teamsScene](w)
	require.Equal(t, 2, teams.n, "two teams offered")
	w.frame(&Input{Taps: []draw.Point{centre(layoutTeams(d.View.Metrics, 2).names[0])}})
	require.True(t, teams.Typing())
	w.typeText("Les Ados")
	w.press(ActionNext) // the next name
	w.typeText("Seniors")
	w.press(ActionNext) // on to Continue
	require.False(t, teams.Typing())
	w.press(ActionNext)

	// The decks, then the settings: in the deck's order, the rest as the
	// deck suggests (turns, each card's timer).
	decks := showing[*deckScene](w)
	session := decks.s
	require.NotNil(t, session)
	w.press(chooseDeck(t, decks, "decouverte"))
	setup := showing[*gameSetupScene](w)
	w.press(ActionAnswer2)
	require.True(t, setup.inOrder)
	w.press(ActionNext)

	p := showing[*playScene](w)
	g := session.Current()
	require.Equal(t, "decouverte", g.Deck.ID)
	require.Equal(t, game.Settings{InOrder: true, Seed: d.Now().UnixNano(), Mode: cards.ModeTurns, Timer: true}, g.Settings)
	kinds := map[cards.Kind]bool{}
	card := func(kind cards.Kind, turn int) {
		t.Helper()
		require.Equal(t, kind, g.Kind(), "card %d", g.State().Card+1)
		require.Equal(t, game.PhaseAnswering, g.State().Phase)
		if turn != game.NoTeam {
			require.Equal(t, turn, g.State().Turn, "card %d", g.State().Card+1)
		}
		kinds[kind] = true
	}
	revealed := func(totals ...int) {
		t.Helper()
		require.Equal(t, game.PhaseRevealed, g.State().Phase, "card %d", g.State().Card+1)
		assert.Equal(t, totals, session.Totals(), "card %d", g.State().Card+1)
		w.press(ActionNext)
	}

	// 1. A verdict with hints: a first vote, the hints, a second vote.
	card(cards.KindVerdict, 0)
	w.press(ActionAnswer2)
	require.Equal(t, game.PhaseSecond, g.State().Phase)
	w.press(ActionAnswer1)
	revealed(1, 0)

	// 2. A verdict, the other team's turn.
	card(cards.KindVerdict, 1)
	w.press(ActionAnswer2, ActionAnswer2)
	revealed(1, 1)

	// 3. A choice: « Sécurisé ».
	card(cards.KindChoice, 0)
	w.press(ActionAnswer3)
	revealed(2, 1)

	// 4. Several right answers, picked then confirmed.
	card(cards.KindChoice, 1)
	w.press(ActionAnswer2, ActionAnswer4, ActionNext)
	revealed(2, 2)

	// 5. Clues: a wrong answer, then the other team finds it at the first
	// clue.
	card(cards.KindClues, 0)
	w.press(ActionAnswer2, ActionAnswer1)
	revealed(2, 6)

	// 6. A debate: each team takes a place, and again after the
	// discussion; no points.
	card(cards.KindSpectrum, game.NoTeam)
	w.press(ActionAnswer1, ActionAnswer5)
	w.read()
	w.press(ActionNext)
	require.Equal(t, game.PhaseSecond, g.State().Phase)
	w.press(ActionAnswer2) // the prompts of the discussion: no placing
	require.Nil(t, g.State().Answers[0])
	w.press(ActionNext) // on to placing again
	w.press(ActionAnswer2, ActionAnswer4)
	w.read()
	w.press(ActionNext)
	revealed(2, 6)

	// 7. An order: each item picked up and moved up to its place with the
	// keys, then the order given.
	card(cards.KindOrder, 0)
	items := len(g.Card().Items)
	order := panelOf[*orderPanel](t, p)
	for target := range items {
		at := slices.Index(order.picked, target)
		for order.focusItem < at {
			w.press(ActionDown)
		}
		for order.focusItem > at {
			w.press(ActionUp)
		}
		w.press(ActionNext) // pick it up
		for ; at > target; at-- {
			w.press(ActionUp)
		}
		w.press(ActionNext) // put it down
	}
	require.Equal(t, []int{0, 1, 2, 3, 4}, order.picked)
	for order.focusItem < items {
		w.press(ActionDown)
	}
	w.press(ActionNext)
	revealed(3, 6)

	// 8. An open question: the focus is on Seniors, in turn; a point by
	// hand for Les Ados (Tab), one for Seniors taken back with Ctrl+Z.
	card(cards.KindOpen, 1)
	require.Equal(t, 1, p.focus)
	w.press(ActionFocusNext, ActionPointPlus)
	w.press(ActionFocusNext, ActionPointPlus)
	require.Equal(t, []int{4, 7}, session.Totals())
	ctrlZ := ActionsFor([]Key{{Position: ebiten.KeyZ, Label: "z"}}, Modifiers{Control: true})
	require.Equal(t, []Action{ActionUndo}, ctrlZ)
	w.frame(&Input{Actions: ctrlZ})
	require.Equal(t, []int{4, 6}, session.Totals(), "the last point is taken back")
	w.read()
	w.press(ActionNext)
	revealed(4, 6)

	assert.Len(t, kinds, 6, "every kind of card but the board")
	assert.True(t, g.Over())
	scores := showing[*scoresScene](w)
	require.True(t, scores.onTruth, "a game with verdict cards: how the group judged them, first")
	w.press(ActionNext)
	require.False(t, scores.onTruth, "then the scores")
	afterFirst := shownTotals(scores.rows)
	assert.Equal(t, []int{4, 6}, afterFirst)
	for range 60 { // a second: the bars grow, then rest
		w.frame(&Input{})
	}
	assert.False(t, scores.Animating())

	// Another game: the board.
	w.press(ActionAnswer1)
	decks = showing[*deckScene](w)
	assert.Same(t, session, decks.s, "the same workshop")
	w.press(chooseDeck(t, decks, "qui-est-ce"))
	setup = showing[*gameSetupScene](w)
	require.True(t, setup.board())
	w.press(ActionNext)
	showing[*playScene](w)
	g = session.Current()
	require.Equal(t, "qui-est-ce", g.Deck.ID)
	require.Equal(t, 4, g.Len(), "two rounds a team")

	board := g.TheDeck()
	// secret returns the number of the secret character's tile, from 1.
	secret := func() int {
		return slices.IndexFunc(board.Cards, func(c cards.Card) bool { return c.ID == g.Card().ID }) + 1
	}
	guess := func(tile int) {
		t.Helper()
		if tile >= 10 {
			w.typeDigit(tile / 10)
		}
		w.typeDigit(tile % 10)
		w.press(ActionNext)
	}
	// Round 1, Les Ados: two questions, then the right tile (4 points).
	card(cards.KindCharacter, 0)
	w.press(ActionNext, ActionDown, ActionNext)
	assert.Len(t, g.State().Asked, 2)
	guess(secret())
	revealed(8, 6)
	// Round 2, Seniors: one question, then a wrong tile.
	card(cards.KindCharacter, 1)
	w.press(ActionNext)
	guess(secret()%len(board.Cards) + 1)
	revealed(8, 6)
	// Round 3, Les Ados: the right tile at once (6 points).
	card(cards.KindCharacter, 0)
	guess(secret())
	revealed(14, 6)
	// Round 4, Seniors: the second question, then the right tile (5 points).
	card(cards.KindCharacter, 1)
	w.press(ActionDown, ActionNext)
	assert.Equal(t, []int{1}, g.State().Asked)
	guess(secret())
	revealed(14, 11)

	scores = showing[*scoresScene](w)
	assert.False(t, scores.onTruth, "a board game has no verdicts: the scores at once")
	shown := shownTotals(scores.rows)
	assert.Equal(t, []int{14, 11}, shown)

	// The end of the workshop: the podium, then the summary.
	w.press(ActionAnswer2)
	end := showing[*endScene](w)
	assert.Equal(t, shown, shownTotals(end.rows))
	w.press(ActionNext)
	require.Equal(t, pageTruth, end.page, "the first game had verdict cards: the discernment first")
	w.press(ActionNext)
	require.Equal(t, pageSummary, end.page)
	w.press(ActionAnswer4) // home, after the CSV export, the report and a new game
	assert.Empty(t, showing[*titleScene](w).resume, "a finished workshop is not offered again")

	// The session on disk is the workshop the screens showed.
	saved, err := d.Store.Load(session.ID, d.FindDeck)
	require.NoError(t, err)
	require.Len(t, saved.Games, 2)
	assert.Equal(t, "decouverte", saved.Games[0].Deck.ID)
	assert.Equal(t, "qui-est-ce", saved.Games[1].Deck.ID)
	assert.Equal(t, []game.Team{
		{Name: "Les Ados", Colour: 0, Symbol: game.Circle},
		{Name: "Seniors", Colour: 1, Symbol: game.Triangle},
	}, saved.Teams)
	assert.Equal(t, shown, saved.Totals())
	assert.Len(t, saved.Games[0].State().Results, 8, "every card answered")
	var byHand []game.Event
	for _, ev := range saved.Games[0].Events {
		if ev.Kind == game.MovePoints {
			byHand = append(byHand, ev)
		}
	}
	require.Len(t, byHand, 1, "the point taken back is not in the log")
	assert.Equal(t, 0, byHand[0].Team)
	assert.Equal(t, 1, byHand[0].Points)
	assert.True(t, saved.Finished)
}

// centre returns the middle of r, where a tap on r falls.
func centre(r draw.Rect) draw.Point { return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }

// chooseDeck returns the number key of a deck on the first page of the list.
func chooseDeck(t *testing.T, sc *deckScene, id string) Action {
	t.Helper()
	i := slices.IndexFunc(sc.decks(), func(d *cards.Deck) bool { return d.ID == id })
	require.GreaterOrEqual(t, i, 0, "deck %s is listed", id)
	require.Zero(t, sc.top)
	require.Less(t, i, MaxAnswers)
	return ActionAnswer1 + Action(i)
}
