package lan

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
)

// everyKind is a deck of one card of each kind but the board, played in
// all mode.
const everyKind = `format = 1
[deck]
id = "tout"
title = "Tout"
language = "fr"
[[card]]
type = "choice"
question = "Lesquels sont des navigateurs ?"
choices = ["Firefox", "Wi-Fi", "Chrome"]
answer = [1, 3]
explanation = "Firefox et Chrome."
points = 3
[[card]]
type = "clues"
answer = "Le Minitel"
clues = ["Je suis né en France.", "On m'a éteint en 2012."]
[[card]]
type = "spectrum"
statement = "En quelle année le Web a-t-il été inventé ?"
left = "1950"
right = "2050"
min = 1950
max = 2050
unit = "ans"
target = 1989
zones = [2, 5, 10]
[[card]]
type = "spectrum"
statement = "Les réseaux sociaux rendent heureux."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"
[[card]]
type = "order"
prompt = "Du plus ancien au plus récent"
items = ["Minitel", "Wi-Fi", "Smartphone"]
[[card]]
type = "open"
question = "Qu'est-ce qu'une source fiable ?"
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
hints = ["Recherche d'image inversée."]
explanation = "Un montage."
`

// TestEveryCardKindAnsweredFromPhones plays a card of every kind with two
// teams' phones, two persons' phones and the console.
func TestEveryCardKindAnsweredFromPhones(t *testing.T) {
	rg := newRig(t, parseDeck(t, everyKind), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	p0, _, v := rg.joinTeam(0)
	p1, _, _ := rg.joinTeam(1)
	q0, _ := rg.joinPerson()
	q1, _ := rg.joinPerson()
	con := rg.dial("k=" + rg.room.key)
	con.next("console", nil)
	assert.Equal(t, 2, rg.room.People())

	// A choice with several right answers.
	require.Equal(t, cards.KindChoice, v.Kind)
	assert.True(t, v.Several)
	assert.Equal(t, []string{"Firefox", "Wi-Fi", "Chrome"}, v.Choices)
	p0.send(move(v.Rev, 1, "answer", 0, 2, 0))
	p1.send(move(v.Rev, 1, "answer", 0, 1))
	v = p0.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	assert.Equal(t, []int{3, 0}, v.Totals)
	assert.Equal(t, []int{0, 2}, v.Revealed.Correct)
	rg.apply(game.Move{Kind: game.MoveNext})

	// Clues: the teams say their guess, the facilitator judges from the
	// console (an action the loop plays as its key).
	v = p0.view(func(pv PhoneView) bool { return pv.Kind == cards.KindClues })
	assert.Equal(t, []string{"Je suis né en France."}, v.Clues)
	p0.send(map[string]any{"t": "say", "rev": v.Rev, "text": "  Le Minitel "})
	p1.send(map[string]any{"t": "say", "rev": v.Rev, "text": "La télé"})
	cm := con.next("console", func(b []byte) bool { cm, _ := consoleOf(t, b); return len(cm.Says) == 2 })
	says, _ := consoleOf(t, cm.body)
	assert.Contains(t, says.Says, said{Seat: "s1", Team: 0, Rev: v.Rev, Text: "Le Minitel"}, "trimmed")
	assert.Contains(t, says.Says, said{Seat: "s2", Team: 1, Rev: v.Rev, Text: "La télé"})
	con.send(map[string]any{"t": "act", "act": "judge-right"})
	require.Eventually(t, func() bool { return slices.Equal(rg.room.Actions(), []string{"judge-right"}) }, waitFor, tick)
	// Each text is judged for the team that said it, whoever is in turn.
	con.send(map[string]any{"t": "judge", "team": 1, "right": false})
	con.send(map[string]any{"t": "judge", "team": 0, "right": true})
	v = p1.view(func(pv PhoneView) bool { return pv.Revealed != nil && pv.Kind == cards.KindClues })
	st, _ := rg.state()
	require.NotNil(t, st.Answers[0])
	require.NotNil(t, st.Answers[1])
	assert.True(t, st.Answers[0].Right)
	assert.False(t, st.Answers[1].Right)
	assert.Equal(t, "Le Minitel", v.Revealed.Answer)
	rg.apply(game.Move{Kind: game.MoveNext})
	cm = con.next("console", func(b []byte) bool { _, cg := consoleOf(t, b); return cg.Kind == cards.KindSpectrum })
	says, _ = consoleOf(t, cm.body)
	assert.Empty(t, says.Says, "the guesses said for the card left")

	// A spectrum with a target: a value of the card's scale.
	v = p0.view(func(pv PhoneView) bool { return pv.Kind == cards.KindSpectrum })
	assert.True(t, v.Target)
	assert.Equal(t, [2]int{1950, 2050}, [2]int{v.Min, v.Max})
	p0.send(move(v.Rev, 2, "answer", 1989))
	p1.send(move(v.Rev, 2, "answer", 1975))
	v = p0.view(func(pv PhoneView) bool { return pv.Revealed != nil && pv.Kind == cards.KindSpectrum })
	require.NotNil(t, v.Revealed.Value)
	assert.Equal(t, 1989, *v.Revealed.Value)
	assert.Greater(t, v.Totals[0], 4)
	rg.apply(game.Move{Kind: game.MoveNext})

	// An opinion: each person places itself before and after the
	// discussion; only the counts reach the session.
	w := q0.view(func(pv PhoneView) bool { return pv.Kind == cards.KindSpectrum && !pv.Target })
	q0.send(map[string]any{"t": "vote", "rev": w.Rev, "step": 1})
	q1.send(map[string]any{"t": "vote", "rev": w.Rev, "step": 3})
	q0.send(map[string]any{"t": "vote", "rev": w.Rev, "step": 4}) // replaces its first
	wantHeads := func(round int, heads []int) {
		t.Helper()
		require.Eventually(t, func() bool { st, _ := rg.state(); return slices.Equal(st.Heads[round], heads) }, waitFor, tick)
	}
	wantHeads(0, []int{0, 0, 0, 1, 1, 0})
	w = q0.view(func(pv PhoneView) bool { return pv.Vote != nil && *pv.Vote == 4 })
	rg.apply(game.Move{Kind: game.MoveSecondRound})
	w = q1.view(func(pv PhoneView) bool { return pv.Phase == "second" })
	assert.Nil(t, w.Vote, "a new round, a new vote")
	q0.send(map[string]any{"t": "vote", "rev": w.Rev, "step": 2})
	q1.send(map[string]any{"t": "vote", "rev": w.Rev, "step": game.NotUnderstood})
	// A team's phone is a person too on a debate: its vote counts with
	// the others', anonymously, and only it sees it.
	p0.send(map[string]any{"t": "vote", "rev": w.Rev, "step": 0})
	wantHeads(1, []int{1, 0, 1, 0, 0, 1})
	mine := p0.view(func(pv PhoneView) bool { return pv.Vote != nil })
	assert.Equal(t, 0, *mine.Vote)
	assert.Nil(t, mine.Mine, "no team position: the phone voted for its person")
	st, _ = rg.state()
	assert.Equal(t, []int{0, 0, 0, 1, 1, 0}, st.Heads[0], "the first round's count stays")
	rg.apply(game.Move{Kind: game.MoveReveal})
	rg.apply(game.Move{Kind: game.MoveNext})

	// An order, by positions as shown.
	v = p0.view(func(pv PhoneView) bool { return pv.Kind == cards.KindOrder })
	right := []string{"Minitel", "Wi-Fi", "Smartphone"}
	var positions []int
	for _, item := range right {
		positions = append(positions, slices.Index(v.Items, item))
	}
	require.NotEqual(t, right, v.Items, "never shown in the right order")
	p0.send(move(v.Rev, 3, "answer", 0, positions...))
	p1.send(move(v.Rev, 3, "answer", 0, 0, 1, 2))
	v = p0.view(func(pv PhoneView) bool { return pv.Revealed != nil && pv.Kind == cards.KindOrder })
	assert.Equal(t, right, v.Revealed.Order)
	require.NotNil(t, v.Mine)
	assert.True(t, v.Mine.Right)
	assert.Equal(t, positions, v.Mine.Choices, "the phone reads its answer as it sent it")
	totals := v.Totals
	rg.apply(game.Move{Kind: game.MoveNext})

	// An open question: a text said, points from the console.
	v = p1.view(func(pv PhoneView) bool { return pv.Kind == cards.KindOpen })
	p1.send(map[string]any{"t": "say", "rev": v.Rev, "text": "Une source qui cite les siennes"})
	con.send(map[string]any{"t": "points", "team": 1, "points": 2})
	v = p1.view(func(pv PhoneView) bool { return pv.Totals[1] == totals[1]+2 })
	rg.apply(game.Move{Kind: game.MoveReveal})
	rg.apply(game.Move{Kind: game.MoveNext})

	// A verdict with hints: the second vote after them.
	v = p0.view(func(pv PhoneView) bool { return pv.Kind == cards.KindVerdict })
	assert.Empty(t, v.Hints, "the hints come with the second vote")
	p0.send(move(v.Rev, 4, "answer", 0))
	p1.send(move(v.Rev, 4, "answer", 1))
	v = p0.view(func(pv PhoneView) bool { return pv.Phase == "second" })
	assert.Equal(t, []string{"Recherche d'image inversée."}, v.Hints)
	p0.send(move(v.Rev, 5, "answer", 1))
	p1.send(move(v.Rev, 5, "answer", 1))
	v = p0.view(func(pv PhoneView) bool { return pv.Revealed != nil && pv.Kind == cards.KindVerdict })
	assert.Equal(t, "Un montage.", v.Revealed.Explanation)
	st, _ = rg.state()
	assert.Equal(t, 0, st.First[0].Choice, "the first vote")
	assert.Equal(t, 1, st.Answers[0].Choice, "the second vote")
	assert.True(t, st.Answers[0].Right)
}

// TestBoardAskAndGuessFromPhones plays a bundled board in turns mode: the
// team in turn asks, the other's ask is refused, then a guess.
func TestBoardAskAndGuessFromPhones(t *testing.T) {
	lib := &cards.Library{}
	lib.AddFS(decks.FS, "bundled/")
	var board *cards.Deck
	for _, d := range lib.Decks {
		if d.IsBoard() {
			board = d
			break
		}
	}
	require.NotNil(t, board)
	rg := newRig(t, board, game.Settings{Mode: cards.ModeTurns, Seed: 3}, "Renards", "Hiboux")
	p0, _, v := rg.joinTeam(0)
	p1, _, _ := rg.joinTeam(1)
	require.Equal(t, cards.KindCharacter, v.Kind)
	require.Equal(t, 0, v.Turn)
	assert.Len(t, v.Questions, len(board.Questions))
	assert.Equal(t, castOf(board), v.Characters)

	p1.send(move(v.Rev, 1, "ask", 0))
	assert.Equal(t, whyTurn, p1.next("refused", nil).Why)
	p0.send(move(v.Rev, 1, "ask", 0))
	v = p0.view(func(pv PhoneView) bool { return len(pv.Asked) == 1 })
	assert.Equal(t, 0, v.Asked[0].Question)
	p0.send(move(v.Rev, 2, "ask", 0))
	assert.Equal(t, whyAlready, p0.next("refused", nil).Why)

	var secret int
	rg.do(func() {
		c := rg.h.Session().Current().Card()
		secret = slices.IndexFunc(board.Cards, func(x cards.Card) bool { return x.ID == c.ID })
	})
	p0.send(move(v.Rev, 3, "guess", secret))
	v = p1.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	assert.Equal(t, board.Cards[secret].Text, v.Revealed.Answer)
	assert.Positive(t, v.Totals[0])
}

// TestBuzzerFirstTapWins: in buzzer mode the first team to buzz has the
// hand; the other phone is refused and its view says who has it; a wrong
// answer locks that team out, and the other may buzz.
func TestBuzzerFirstTapWins(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeBuzzer}, "Renards", "Hiboux")
	p0, _, v := rg.joinTeam(0)
	p1, _, _ := rg.joinTeam(1)
	assert.True(t, v.Buzz)
	p0.send(move(v.Rev, 1, "buzz", 0))
	v1 := p1.view(func(pv PhoneView) bool { return pv.Turn == 0 })
	p1.send(move(v1.Rev, 1, "buzz", 0))
	assert.Equal(t, whyTurn, p1.next("refused", nil).Why)
	p1.send(move(v1.Rev, 2, "answer", 0))
	assert.Equal(t, whyTurn, p1.next("refused", nil).Why)

	p0.send(move(v.Rev, 2, "answer", 1)) // wrong: locked out
	v1 = p1.view(func(pv PhoneView) bool { return len(pv.Out) == 2 && pv.Out[0] && pv.Turn == game.NoTeam })
	p0.send(move(v.Rev, 3, "buzz", 0))
	assert.Equal(t, whyTurn, p0.next("refused", nil).Why, "a team locked out buzzes no more")
	p1.send(move(v1.Rev, 3, "buzz", 0))
	p1.view(func(pv PhoneView) bool { return pv.Turn == 1 })
	p1.send(move(v1.Rev, 4, "answer", 0))
	v1 = p1.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	assert.Equal(t, []int{0, 1}, v1.Totals)
}
