package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// newPlay starts a game of a bundled deck and its play scene, with a driver
// that draws each frame, so that drawing every state is tested too.
func newPlay(t *testing.T, d *Deps, deckID string, teams int, s game.Settings) (*playScene, *sceneDriver, *game.Session) {
	t.Helper()
	names := DefaultTeamNames(d.View.Tr, teams)
	session, err := game.NewSession(game.NewTeams(names...), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find(deckID, "fr")
	require.NotNil(t, deck)
	_, err = session.NewGame(deck, s)
	require.NoError(t, err)
	p := newPlayScene(d, session).(*playScene)
	dr := &sceneDriver{t: t, d: d, scene: p}
	return p, dr, session
}

// playStep plays one frame with the actions and draws the play scene.
func playStep(t *testing.T, dr *sceneDriver, p *playScene, actions ...Action) Scene {
	t.Helper()
	next := p.Update(&Input{Actions: actions})
	dr.scene = next
	if dr.screen == nil {
		dr.screen = ebiten.NewImage(int(p.d.View.Metrics.W), int(p.d.View.Metrics.H))
		t.Cleanup(dr.screen.Deallocate)
	}
	dr.screen.Clear()
	p.Draw(dr.screen)
	return next
}

// playRead plays a frame a second long: the room reads the card, which a
// reveal waits for.
func playRead(t *testing.T, dr *sceneDriver, p *playScene) {
	t.Helper()
	dr.scene = p.Update(&Input{Dt: revealDelay})
}

// TestPlayTheDiscoveryDeck plays the bundled discovery deck to its end with
// keys alone, as a facilitator with a clicker and a keyboard would: every
// card kind but the board, a second vote, several right answers, a clue
// judged, positions before and after a debate, an order, points by hand,
// an undo. The session saved after each move holds it all.
func TestPlayTheDiscoveryDeck(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	totals := func() []int { return s.Totals() }

	// 1. Verdict with hints, team 1 (Renards): first vote, then the second.
	playStep(t, dr, p, ActionAnswer2)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase, "the hints come after the first vote")
	playStep(t, dr, p, ActionAnswer1)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	assert.Equal(t, []int{1, 0}, totals())
	playStep(t, dr, p, ActionNext)

	// 2. Verdict, Hiboux's turn; a key of the other team is not theirs.
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer2)
	assert.Equal(t, []int{1, 1}, totals(), "the second vote (faux) is right")
	playStep(t, dr, p, ActionNext)

	// 3. A choice with one answer (3: « Sécurisé »).
	playStep(t, dr, p, ActionAnswer3)
	assert.Equal(t, []int{2, 1}, totals())
	playStep(t, dr, p, ActionNext)

	// 4. Several right answers: pick 2 and 4, then confirm.
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer4)
	assert.Equal(t, []int{1, 3}, panelOf[*choicePanel](t, p).picked)
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, []int{2, 2}, totals())
	playStep(t, dr, p, ActionNext)

	// 5. Clues: a wrong guess passes to the other team, which finds it at
	// the first clue (4 points).
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer1)
	assert.Equal(t, []int{2, 6}, totals(), "the steal at the first clue earns 4")
	playStep(t, dr, p, ActionNext)

	// 6. A debate: each team takes a place, from the team in turn (Hiboux:
	// the focus follows the turn) on, again after the discussion; never
	// points.
	require.Equal(t, 1, p.focus)
	playStep(t, dr, p, ActionAnswer5)
	playStep(t, dr, p, ActionAnswer1)
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	pastDiscussion(t, dr, p)
	playStep(t, dr, p, ActionAnswer4)
	playStep(t, dr, p, ActionAnswer2)
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	r := p.g.State().Results[5]
	assert.Equal(t, 0, r.First[0].Choice)
	assert.Equal(t, 1, r.Answers[0].Choice, "the shift of the first team")
	assert.Equal(t, []int{2, 6}, totals())
	playStep(t, dr, p, ActionNext)

	// 7. Order: put the items right with the keys, then confirm.
	card := p.g.Card()
	require.Equal(t, cards.KindOrder, card.Kind)
	order := panelOf[*orderPanel](t, p)
	for target := range card.Items {
		at := slices.Index(order.picked, target)
		order.focusItem = at
		playStep(t, dr, p, ActionNext) // pick it up
		for ; at > target; at-- {
			playStep(t, dr, p, ActionUp)
		}
		playStep(t, dr, p, ActionNext) // put it down
	}
	assert.Equal(t, []int{0, 1, 2, 3, 4}, order.picked)
	for order.focusItem < len(card.Items) {
		playStep(t, dr, p, ActionDown)
	}
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, []int{3, 6}, totals(), "Renards, in turn, put it right")
	playStep(t, dr, p, ActionNext)

	// 8. Open question: a point by hand for the team in focus, the team in
	// turn (Hiboux), one taken back with undo, then the reveal.
	require.Equal(t, 1, p.focus)
	playStep(t, dr, p, ActionPointPlus, ActionPointPlus)
	assert.Equal(t, []int{3, 7}, totals(), "one action of a kind a frame")
	playStep(t, dr, p, ActionPointPlus)
	playStep(t, dr, p, ActionUndo)
	assert.Equal(t, []int{3, 7}, totals())
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	next := playStep(t, dr, p, ActionNext)
	assert.True(t, p.g.Over())
	assert.IsType(t, &scoresScene{}, next)

	saved, err := d.Store.Load(s.ID, d.FindDeck)
	require.NoError(t, err)
	assert.Equal(t, []int{3, 7}, saved.Totals(), "the session on disk is the one played")
	assert.Equal(t, len(s.Current().Events), len(saved.Current().Events))
}

func TestPlayBuzzerAndAllModes(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
	playStep(t, dr, p, ActionAnswer1)
	assert.NotEmpty(t, p.flash, "an answer before a buzz says why nothing happens")
	playStep(t, dr, p, ActionBuzz2)
	assert.Equal(t, 1, p.g.State().Turn, "L is team 2's buzzer")
	playStep(t, dr, p, ActionBuzz1)
	assert.Equal(t, 1, p.g.State().Turn, "the hand stays with the first to buzz")
	playStep(t, dr, p, ActionAnswer1)
	playStep(t, dr, p, ActionAnswer1)
	assert.Equal(t, []int{0, 1, 0}, s.Totals())

	p, dr, s = newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	assert.True(t, p.needsHandover(), "the laptop is handed to the first team")
	playStep(t, dr, p, ActionAnswer1)
	assert.Nil(t, p.g.State().First[0], "nobody answers on the hand-over screen")
	playStep(t, dr, p, ActionNext)
	playStep(t, dr, p, ActionAnswer2)
	assert.True(t, p.needsHandover(), "then the next team takes it")
	playStep(t, dr, p, ActionNext)
	playStep(t, dr, p, ActionAnswer1)
	assert.Equal(t, game.PhaseSecond, p.g.State().Phase)
}

// TestPlayLayoutFitsEveryScreen lays out every card of every bundled deck
// at a laptop's, a projector's and a 4K screen's size: nothing leaves the
// screen, the answers do not overlap, and the card's text fits without
// being cut.
func TestPlayLayoutFitsEveryScreen(t *testing.T) {
	for _, sized := range [][3]float64{{1366, 768, 1}, {1920, 1080, 1}, {3840, 2160, 1}, {1366, 768, 1.2}, {1366, 768, 1.4}, {1920, 1080, 1.4}} {
		size := [2]int{int(sized[0]), int(sized[1])}
		d := longDeckDeps(t)
		d.View.Metrics = draw.NewMetrics(size[0], size[1], sized[2])
		scr := d.View.Metrics.Screen()
		for _, deck := range d.Library.Decks {
			t.Run(fmt.Sprintf("%dx%d@%.1f/%s", size[0], size[1], sized[2], deck.Path), func(t *testing.T) {
				session, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, game.MaxTeams)...), d.Now())
				require.NoError(t, err)
				_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns})
				require.NoError(t, err)
				p := newPlayScene(d, session).(*playScene)
				for !p.g.Over() {
					l := p.layout()
					all := append([]draw.Rect{l.title, l.turn, l.timer, l.pause, l.body, l.next}, l.teams...)
					for _, r := range all {
						assert.True(t, r.Within(scr), "%v leaves the screen", r)
					}
					for i, a := range l.teams {
						for _, b := range l.teams[i+1:] {
							assert.False(t, a.Overlaps(b), "teams overlap")
						}
						assert.False(t, a.Overlaps(l.body), "the teams overlap the card")
					}
					c := p.cardLayout(l)
					rects := p.answerRects(c)
					for i, a := range rects {
						assert.True(t, a.Within(l.body), "answer %d leaves the card", i+1)
						for _, b := range rects[i+1:] {
							assert.False(t, a.Overlaps(b), "answers overlap")
						}
					}
					card := p.g.Card()
					st := p.cardTextStyle()
					text := c.text.Inset(d.View.Px(24))
					b := d.View.Fonts.Layout(card.MainText(false), st, text.W, text.H)
					last := b.Lines[len(b.Lines)-1]
					assert.False(t, strings.HasSuffix(last, "…") && !strings.HasSuffix(card.Text, "…"), "card %s is cut: %q", card.ID, card.Text)
					_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
					require.NoError(t, err)
					p.sync()
				}
			})
		}
	}
}

// TestPlayByMouseAlone gives a point with the focused team's + button and
// reorders an order card by dragging, as a mouse or a finger does.
func TestPlayByMouseAlone(t *testing.T) {
	d := sceneDeps(t)
	p, _, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	l := p.layout()
	centre := func(r draw.Rect) draw.Point { return draw.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }
	p.Update(&Input{Taps: []draw.Point{centre(l.teams[1])}})
	require.Equal(t, 1, p.focus, "a tap on a team's chip gives it the focus")
	_, plus := p.pointButtons(p.layout())
	p.Update(&Input{Taps: []draw.Point{centre(plus)}})
	assert.Equal(t, []int{0, 1}, s.Totals(), "the + of the team in focus")

	for p.g.Kind() != cards.KindOrder {
		_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
		p.sync()
	}
	order := panelOf[*orderPanel](t, p)
	items, _ := order.orderRects(p.cardLayout(p.layout()))
	first := order.picked[0]
	p.Update(&Input{Taps: []draw.Point{centre(items[0])}})
	p.Update(&Input{Releases: []draw.Point{centre(items[2])}})
	assert.Equal(t, first, order.picked[2], "the item dragged from the first place to the third")
	assert.Equal(t, -1, order.hold, "and let go")
}

func TestKindLabelOfADeckWithItsOwnVerdicts(t *testing.T) {
	d := sceneDeps(t, `format = 1

[deck]
id = "arnaque-ou-pas"
title = "Arnaque ou pas ?"
language = "fr"

[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"
douteux = "Douteux"

[[card]]
type = "verdict"
claim = "SMS : « Votre colis est bloqué, payez 1,99 € ici. »"
answer = "arnaque"
explanation = "Un transporteur ne demande pas d'argent par SMS."
`)
	p, _, _ := newPlay(t, d, "arnaque-ou-pas", 2, game.Settings{InOrder: true})
	assert.Equal(t, "À vous de juger", p.kindLabel(), "not « Vrai ou faux ? » for arnaque, légitime, douteux")
	p, _, _ = newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true})
	assert.Equal(t, "Vrai ou faux ?", p.kindLabel())
}

// TestFocusFollowsTheTurn checks that + gives the point to the team playing:
// the focus moves with the turn, and Tab still moves it after.
func TestFocusFollowsTheTurn(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	require.Equal(t, 0, p.g.State().Turn)
	assert.Equal(t, 0, p.focus)

	playStep(t, dr, p, ActionFocusNext)
	playStep(t, dr, p, ActionFocusNext)
	assert.Equal(t, 2, p.focus, "Tab moves the focus")
	playStep(t, dr, p, ActionPointPlus)
	assert.Equal(t, []int{0, 0, 1}, s.Totals())

	// Card 1 revealed without answers, then card 2: the second team's turn,
	// and + is for them.
	for i := 0; p.g.State().Card == 0 && i < 10; i++ {
		playRead(t, dr, p)
		playStep(t, dr, p, ActionNext)
	}
	require.Equal(t, 1, p.g.State().Turn)
	assert.Equal(t, 1, p.focus, "the focus follows the turn")
	playStep(t, dr, p, ActionPointPlus)
	assert.Equal(t, []int{0, 1, 1}, s.Totals())
}

// TestBuzzerKeysShow checks that in buzzer mode each team shows its buzzer
// key, the one the keymap maps to its buzzer, drawn on a light key cap above
// the team, at a laptop's and a projector's size.
func TestBuzzerKeysShow(t *testing.T) {
	want := []string{"A", "L", "V", "P", "Z", "M"}
	for i, label := range want {
		assert.Equal(t, label, BuzzerKey(i))
		assert.Equal(t, []Action{ActionBuzz1 + Action(i)}, ActionsFor([]Key{{Position: 0, Label: strings.ToLower(label)}}, Modifiers{}),
			"the key shown is the buzzer of team %d", i+1)
	}
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}} {
		for _, teams := range []int{2, 6} {
			t.Run(fmt.Sprintf("%dx%d, %d teams", size[0], size[1], teams), func(t *testing.T) {
				d := sceneDeps(t)
				d.View.Metrics = draw.NewMetrics(size[0], size[1], 1)
				p, _, _ := newPlay(t, d, "decouverte", teams, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
				l := p.layout()
				require.Len(t, l.above, teams)
				img := drawFrame(t, d, p)
				for i, r := range l.above {
					assert.False(t, r.Overlaps(l.body), "team %d: the key is off the card", i+1)
					// The key cap's face, left of its letter, is light.
					x, y := int(r.X+r.W/2-p.d.View.Px(34)), int(r.Y+r.H/2)
					assertColorNear(t, img, x, y, d.View.Theme.Text, 8)
				}
			})
		}
	}
}

// TestOrderEnterGivesTheOrder checks the keys of an order card as its hint
// tells them: Space picks an item up and puts it down, Enter gives the order
// wherever the focus is, as the ↵ on the confirm button says.
func TestOrderEnterGivesTheOrder(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	for p.g.Kind() != cards.KindOrder {
		_, err := p.g.Apply(game.Move{Kind: game.MoveReveal})
		require.NoError(t, err)
		_, err = p.g.Apply(game.Move{Kind: game.MoveNext})
		require.NoError(t, err)
		p.sync()
	}
	order := panelOf[*orderPanel](t, p)
	require.Equal(t, 0, order.focusItem)
	playStep(t, dr, p, ActionNext) // Space
	assert.Equal(t, 0, order.hold, "Space picks the item up")
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, -1, order.hold, "and puts it down")
	assert.Contains(t, p.d.View.Tr.T("order_keys"), "Entrée")

	playStep(t, dr, p, ActionConfirm) // Enter, the focus on the first item
	st := p.g.State()
	assert.Equal(t, game.PhaseRevealed, st.Phase, "Enter gives the order")
	assert.NotNil(t, st.Answers[st.Card%2], "the answer of the team in turn")
}

// TestBoardTapMarksThenConfirms checks that one tap on a portrait is no
// guess (children touch the board): it marks the portrait, and the guess
// needs a second tap on it, the confirm button, or Enter; typed numbers
// mark too, Backspace unmarks.
func TestBoardTapMarksThenConfirms(t *testing.T) {
	d := sceneDeps(t, boardDeck)
	p, dr, s := newPlay(t, d, "qui-est-ce", 2, game.Settings{Mode: cards.ModeTurns, Seed: 3})
	require.True(t, p.g.TheDeck().IsBoard())
	events := func() int { return len(s.Current().Events) }
	tap := func(r draw.Rect) {
		t.Helper()
		p.Update(&Input{Taps: []draw.Point{{X: r.X + r.W/2, Y: r.Y + r.H/2}}})
		dr.screen = nil
		playStep(t, dr, p)
	}
	b := panelOf[*boardPanel](t, p).boardLayout(p.layout())
	before := events()

	tap(b.tiles[2])
	assert.Equal(t, 2, panelOf[*boardPanel](t, p).marked, "a tap marks")
	assert.Equal(t, before, events(), "and guesses nothing")
	tap(b.tiles[4])
	assert.Equal(t, 4, panelOf[*boardPanel](t, p).marked, "another tap marks another")
	playStep(t, dr, p, ActionUndo)
	assert.Equal(t, -1, panelOf[*boardPanel](t, p).marked, "Backspace unmarks")
	assert.Equal(t, before, events(), "and undoes nothing")

	tap(b.tiles[4])
	tap(b.confirm)
	assert.Equal(t, before+1, events(), "the confirm button guesses")
	assert.Equal(t, -1, panelOf[*boardPanel](t, p).marked)

	for p.g.State().Phase == game.PhaseRevealed {
		playStep(t, dr, p, ActionNext)
	}
	before = events()
	tap(b.tiles[1])
	tap(b.tiles[1])
	assert.Equal(t, before+1, events(), "a second tap on the portrait guesses")

	for p.g.State().Phase == game.PhaseRevealed {
		playStep(t, dr, p, ActionNext)
	}
	before = events()
	p.Update(&Input{Chars: []rune("3")})
	assert.Equal(t, 2, panelOf[*boardPanel](t, p).marked, "a typed number marks")
	playStep(t, dr, p, ActionConfirm)
	assert.Equal(t, before+1, events(), "Enter guesses")
}

// TestRevealSaysWhichOtherVerdictCounts: a scam that accepts "douteux" says
// so at the reveal, by the verdict's label, so that the team that answered
// "Douteux" sees why its mark is right.
func TestRevealSaysWhichOtherVerdictCounts(t *testing.T) {
	d := sceneDeps(t, `format = 1

[deck]
id = "arnaque-ou-pas"
title = "Arnaque ou pas ?"
language = "fr"

[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"
douteux = "Douteux"

[[card]]
type = "verdict"
claim = "SMS : « Votre compte sera bloqué ce soir, appelez ce numéro. »"
answer = "arnaque"
accept = ["douteux"]
explanation = "Dans les deux cas, on rappelle le numéro au dos de sa carte."
`)
	p, _, _ := newPlay(t, d, "arnaque-ou-pas", 2, game.Settings{InOrder: true})
	var texts []string
	for _, b := range p.revealBlocks() {
		texts = append(texts, b.Text)
	}
	assert.Contains(t, texts, d.View.Tr.T("reveal_accept", "Answers", "Douteux"), "by its label, not its key")
}

// TestHandoverFitsEveryScreen checks that the pass-the-laptop screen says
// what to do whole, with its timer line, at every screen and text size, in
// French and English: at 1366 × 768 with text × 1.4 its last sentence was
// cut.
func TestHandoverFitsEveryScreen(t *testing.T) {
	d := sceneDeps(t)
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll, Seconds: 45})
	require.True(t, p.needsHandover())
	keep := d.View.Metrics
	defer func() { d.View.Metrics = keep }()
	eachMetrics(func(m draw.Metrics, name string) {
		d.View.Metrics = m
		text := p.handoverText() + "\n" + d.View.Tr.T("handover_time", "Seconds", 45) // with a timer
		body := p.layout().body
		h := handoverLayoutOf(d.View, body, text)
		assert.True(t, h.box.Within(body), "%s: the panel leaves the card", name)
		assert.True(t, d.View.Fonts.Fits(text, handoverTextStyle(d.View), h.text.W, h.text.H), "%s: %q is cut", name, text)
		assert.GreaterOrEqual(t, h.symbol.H, d.View.Px(45), "%s: the team's symbol", name)
	})
}

// TestHandoverSaysSecondVote: on a shared laptop, the second vote of a
// verdict card hands the laptop over again on the same card; the screen
// says it is the second vote, whole at every size (the play-test took it
// for the game going back).
func TestHandoverSaysSecondVote(t *testing.T) {
	d := sceneDeps(t)
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	require.NotEmpty(t, p.g.Card().Hints, "the first card of the discovery deck has hints")
	assert.NotContains(t, p.handoverText(), d.View.Tr.T("second_vote"))
	for team := range 2 {
		p.handed = team
		require.True(t, p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: 0}))
	}
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	require.True(t, p.needsHandover())
	text := p.handoverText()
	assert.Contains(t, text, d.View.Tr.T("second_vote"))
	keep := d.View.Metrics
	defer func() { d.View.Metrics = keep }()
	eachMetrics(func(m draw.Metrics, name string) {
		d.View.Metrics = m
		body := p.layout().body
		h := handoverLayoutOf(d.View, body, text)
		assert.True(t, d.View.Fonts.Fits(text, handoverTextStyle(d.View), h.text.W, h.text.H), "%s: %q is cut", name, text)
	})
}
