package game

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

func newGame(t *testing.T, cardsTOML string, teams int, s Settings) *Game {
	t.Helper()
	s.InOrder = true
	g, err := NewGame(deck(t, cardsTOML), teams, s)
	require.NoError(t, err)
	return g
}

func TestVerdictTurns(t *testing.T) {
	g := newGame(t, verdicts, 2, Settings{Mode: cards.ModeTurns})
	play(t, g, []step{
		{answer(1, 0), ErrNotYourTurn, []int{0, 0}}, // card 1 starts with team 0
		{answer(0, 0), nil, []int{1, 0}},            // vrai: right, revealed at once
		{answer(0, 1), ErrWrongPhase, nil},
		{next, nil, nil},
		{answer(0, 1), ErrNotYourTurn, nil}, // card 2 starts with team 1
		{answer(1, 2), nil, []int{1, 0}},    // trompeur: wrong, no pass by default
		{next, nil, nil},
		{answer(0, 1), nil, []int{2, 0}},
		{next, nil, nil},
		{answer(0, 1), ErrGameOver, []int{2, 0}},
	})
	assert.True(t, g.Over())
}

func TestVerdictTurnsPassOnWrong(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeTurns, Pass: true})
	play(t, g, []step{
		{next, ErrWrongPhase, nil},
		{answer(0, 1), nil, []int{0, 0, 0}}, // faux: wrong, passes to team 1
		{answer(0, 0), ErrNotYourTurn, nil},
		{answer(1, 2), nil, []int{0, 0, 0}}, // wrong again, passes to team 2
		{answer(2, 0), nil, []int{0, 0, 1}}, // right
		{next, nil, nil},
		{answer(1, 0), nil, nil}, // card 2, team 1 first: wrong
		{answer(2, 0), nil, nil},
		{answer(0, 0), nil, []int{0, 0, 1}}, // all wrong: revealed, nobody scores
		{answer(1, 1), ErrWrongPhase, nil},
	})
	assert.Equal(t, PhaseRevealed, g.State().Phase)
}

func TestVerdictAllModeHidesAnswersUntilAllAreIn(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(2, 0), nil, []int{0, 0, 0}},
		{answer(2, 1), ErrAlreadyAnswered, nil},
		{answer(0, 1), nil, []int{0, 0, 0}},
		{next, ErrWrongPhase, nil},
		{answer(1, 0), nil, []int{0, 1, 1}}, // all in: revealed, the points count now
		{next, nil, nil},
		{answer(0, 1), nil, []int{0, 1, 1}},
		{reveal, nil, []int{2, 1, 1}}, // the facilitator reveals before everyone answered
		{next, nil, nil},
		{skip, nil, []int{2, 1, 1}},
	})
	assert.True(t, g.Over())
	r := g.State().Results
	require.Len(t, r, 3)
	assert.True(t, r[2].Skipped)
}

func TestBuzzer(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeBuzzer})
	play(t, g, []step{
		{answer(0, 0), ErrNotYourTurn, nil}, // nobody buzzed
		{buzz(1), nil, nil},
		{buzz(2), ErrNotYourTurn, nil}, // team 1 has the hand
		{answer(1, 1), nil, []int{0, 0, 0}},
		{buzz(1), ErrLockedOut, nil}, // wrong: locked out for this card
		{answer(1, 0), ErrLockedOut, nil},
		{buzz(0), nil, nil},
		{answer(0, 0), nil, []int{1, 0, 0}},
		{next, nil, nil},
		{buzz(0), nil, nil},
		{answer(0, 0), nil, nil},
		{buzz(1), nil, nil},
		{answer(1, 2), nil, nil},
		{buzz(2), nil, nil},
		{answer(2, 0), nil, []int{1, 0, 0}}, // everyone wrong: revealed
		{next, nil, nil},
		{buzz(2), nil, nil},
		{answer(2, 1), nil, []int{1, 0, 1}},
	})
}

func TestVerdictWithHintsTwoVotes(t *testing.T) {
	d := `
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
hints = ["Recherche d'image inversée."]
explanation = "Un montage."
`
	g := newGame(t, d, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 0), nil, nil}, // first votes: not scored
		{answer(1, 1), nil, nil},
		{answer(0, 1), nil, []int{0, 0}}, // hints shown; second vote
		{answer(1, 1), nil, []int{1, 1}}, // the second vote scores
	})
	s := g.State()
	assert.Equal(t, PhaseRevealed, s.Phase)
	r := s.Results[0]
	assert.False(t, r.First[0].Right, "the first vote is recorded")
	assert.True(t, r.Answers[0].Right)

	g = newGame(t, d, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{second, nil, nil}, // the facilitator shows the hints before every vote is in
		{second, ErrWrongPhase, nil},
		{answer(0, 1), nil, nil},
		{reveal, nil, []int{1, 0}},
	})
}

func TestChoiceSeveralRightAnswers(t *testing.T) {
	d := `
[[card]]
type = "choice"
question = "Lesquels sont des navigateurs ?"
choices = ["Firefox", "Wi-Fi", "Chrome"]
answer = [1, 3]
explanation = "Firefox et Chrome."
points = 3
`
	g := newGame(t, d, 4, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answers(0, 2, 0), nil, nil},    // both right, in any order
		{answers(1, 0), nil, nil},       // one missing
		{answers(2, 0, 1, 2), nil, nil}, // one wrong too
		{answers(3, 0, 0), ErrInvalid, nil},
		{answers(3, 0, 3), ErrInvalid, nil},
		{answer(3, 1), nil, []int{3, 0, 0, 0}},
	})
}

func TestCluesStealAndFallingPoints(t *testing.T) {
	d := `
[[card]]
type = "clues"
answer = "Le Minitel"
clues = ["Je suis né en France.", "On m'a éteint en 2012.", "J'avais un écran.", "Je rime avec bretelle."]
`
	g := newGame(t, d, 2, Settings{Mode: cards.ModeTurns})
	play(t, g, []step{
		{answer(0, 0), ErrNotAllowed, nil},
		{judge(1, true), ErrNotYourTurn, nil},
		{judge(0, false), nil, nil}, // wrong: the card passes to team 1 (steal)
		{judge(1, false), nil, nil}, // both tried: the next clue comes
		{judge(1, false), ErrNotYourTurn, nil},
		{clue, nil, nil}, // third clue, by hand
		{judge(0, true), nil, []int{2, 0}},
	})
	assert.Equal(t, 2, g.State().Results[0].Answers[0].Clue)

	g = newGame(t, d, 2, Settings{Mode: cards.ModeTurns})
	play(t, g, []step{
		{clue, nil, nil}, {clue, nil, nil}, {clue, nil, nil},
		{clue, ErrNoMoreClues, nil},
		{judge(0, false), nil, nil},
		{judge(1, false), nil, []int{0, 0}}, // no clue left: revealed
	})
	assert.Equal(t, PhaseRevealed, g.State().Phase)
}

func TestSpectrumOpinionIsNeverScored(t *testing.T) {
	d := `
[[card]]
type = "spectrum"
statement = "Les réseaux sociaux rendent heureux."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"
`
	g := newGame(t, d, 2, Settings{Mode: cards.ModeTurns})
	play(t, g, []step{
		{answer(1, 0), nil, nil}, // anyone places themselves, in any mode
		{answer(0, NotUnderstood), nil, nil},
		{answer(0, 4), nil, nil}, // and may move
		{answer(0, 6), ErrInvalid, nil},
		{Move{Kind: MoveHeadCount, Choices: []int{3, 5, 2, 1, 0, 1}}, nil, nil},
		{Move{Kind: MoveHeadCount, Choices: []int{3}}, ErrInvalid, nil},
		{judge(0, true), ErrNotAllowed, nil},
		{buzz(0), ErrNotAllowed, nil},
		{second, nil, nil}, // after the discussion
		{answer(1, 2), nil, nil},
		{Move{Kind: MoveHeadCount, Choices: []int{1, 4, 4, 2, 1, 0}}, nil, nil},
		{reveal, nil, []int{0, 0}},
		{points(0, 1, "argument nuancé"), nil, []int{1, 0}},
	})
	r := g.State().Results[0]
	assert.Equal(t, 0, r.First[1].Choice)
	assert.Equal(t, 2, r.Answers[1].Choice, "the shift: 0 before, 2 after")
	assert.Equal(t, []int{3, 5, 2, 1, 0, 1}, r.Heads[0])
	assert.Equal(t, []int{1, 4, 4, 2, 1, 0}, r.Heads[1])
}

func TestSpectrumTargetZones(t *testing.T) {
	d := `
[[card]]
type = "spectrum"
statement = "Part des Français qui ont un smartphone"
left = "0 %"
right = "100 %"
target = 84
zones = [3, 8, 15]
`
	g := newGame(t, d, 5, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 84), nil, nil}, // exact: 3 points
		{answer(1, 80), nil, nil}, // within 8: 2
		{answer(2, 99), nil, nil}, // within 15: 1
		{answer(3, 60), nil, nil}, // too far
		{answer(4, 101), ErrInvalid, nil},
		{answer(4, 87), nil, []int{3, 2, 1, 0, 3}},
	})
}

func TestOrder(t *testing.T) {
	d := `
[[card]]
type = "order"
prompt = "Du plus ancien au plus récent"
items = ["Minitel", "Wi-Fi", "Smartphone"]
`
	g := newGame(t, d, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answers(0, 0, 1, 2), nil, nil},
		{answers(1, 0, 1), ErrInvalid, nil},
		{answers(1, 0, 0, 1), ErrInvalid, nil},
		{answers(1, 1, 0, 2), nil, []int{1, 0}},
	})
	shown := g.Shuffled(0)
	assert.ElementsMatch(t, []int{0, 1, 2}, shown)
	assert.NotEqual(t, []int{0, 1, 2}, shown, "never shown in the right order")
	assert.Equal(t, shown, g.Shuffled(0), "the same order every time")
}

func TestOpenQuestionManualPointsOnly(t *testing.T) {
	d := `
[[card]]
type = "open"
question = "Qu'est-ce qu'une source fiable ?"
`
	g := newGame(t, d, 2, Settings{Mode: cards.ModeTurns, Timer: true, Seconds: 10})
	play(t, g, []step{
		{answer(0, 0), ErrNotAllowed, nil},
		{judge(0, true), ErrNotAllowed, nil},
		{points(1, 2, "bonne définition"), nil, []int{0, 2}},
		{points(1, 0, ""), ErrInvalid, nil},
		{points(7, 1, ""), ErrInvalid, nil},
		{points(1, -1, "erreur"), nil, []int{0, 1}},
		{reveal, nil, []int{0, 1}},
		{next, nil, nil},
		{end, ErrGameOver, nil},
	})
}

const board = `
[[question]]
id = "ecran"
text = "A-t-il un écran ?"

[[question]]
id = "poche"
text = "Tient-il dans une poche ?"

[[question]]
id = "internet"
text = "A-t-il besoin d'internet ?"

[[card]]
type = "character"
id = "smartphone"
name = "Le smartphone"
yes = ["ecran", "poche", "internet"]
clues = ["Je sonne.", "Je tiens dans la main."]

[[card]]
type = "character"
id = "tele"
name = "La télévision"
yes = ["ecran"]

[[card]]
type = "character"
id = "cle"
name = "La clé USB"
yes = ["poche"]

[[card]]
type = "character"
id = "wifi"
name = "Le Wi-Fi"
yes = ["internet"]

[[card]]
type = "character"
id = "minitel"
name = "Le Minitel"
yes = ["ecran", "internet"]

[[card]]
type = "character"
id = "souris"
name = "La souris"
yes = []
`

func TestBoard(t *testing.T) {
	g, err := NewGame(deck(t, board), 2, Settings{Mode: cards.ModeTurns, Seed: 7})
	require.NoError(t, err)
	require.Equal(t, 4, g.Len(), "two rounds a team")
	secret := g.Card()
	// Ask every question: only the secret character is left.
	play(t, g, []step{{ask(0), nil, nil}, {ask(0), ErrAlreadyAsked, nil}, {ask(1), nil, nil}, {ask(2), nil, nil}, {ask(3), ErrInvalid, nil}})
	var left []string
	for i, ok := range g.State().Candidates {
		if ok {
			left = append(left, g.TheDeck().Cards[i].ID)
		}
	}
	assert.Equal(t, []string{secret.ID}, left)
	assert.Equal(t, 3, BoardPoints(3))
	idx := index(g.TheDeck(), secret.ID)
	play(t, g, []step{
		{guess(1, idx), ErrNotYourTurn, nil},
		{guess(0, idx), nil, []int{3, 0}},
		{next, nil, nil},
	})
	wrong := (index(g.TheDeck(), g.Card().ID) + 1) % 6
	play(t, g, []step{{guess(1, wrong), nil, []int{3, 0}}}) // a wrong guess ends the round
	assert.Equal(t, PhaseRevealed, g.State().Phase)
}

func TestBoardAsRiddles(t *testing.T) {
	g, err := NewGame(deck(t, board), 2, Settings{Mode: cards.ModeTurns, Riddles: true})
	require.NoError(t, err)
	require.Equal(t, 1, g.Len(), "only characters with clues are riddles")
	assert.Equal(t, cards.KindClues, g.Kind())
	play(t, g, []step{{ask(0), ErrNotAllowed, nil}, {judge(0, true), nil, []int{2, 0}}})
}

func index(d *cards.Deck, id string) int {
	for i, c := range d.Cards {
		if c.ID == id {
			return i
		}
	}
	return -1
}

func TestTimer(t *testing.T) {
	g := newGame(t, verdicts, 2, Settings{Mode: cards.ModeTurns, Timer: true, Seconds: 10, Pass: true})
	left, running := g.TimeLeft()
	require.True(t, running)
	assert.Equal(t, 10*time.Second, left)
	_, out := g.Advance(9 * time.Second)
	assert.False(t, out)
	ev, out := g.Advance(time.Second)
	require.True(t, out, "the time runs out")
	assert.Equal(t, MoveTimeout, ev.Kind)
	assert.Equal(t, 1, g.State().Turn, "too late counts as wrong: the card passes on")
	_, err := g.Apply(answer(1, 0))
	require.NoError(t, err)
	_, running = g.TimeLeft()
	assert.False(t, running, "no timer once revealed")
	play(t, g, []step{{next, nil, nil}})
	left, _ = g.TimeLeft()
	assert.Equal(t, 10*time.Second, left, "each card has its own time")

	all := newGame(t, verdicts, 2, Settings{Mode: cards.ModeAll, Timer: true})
	left, _ = all.TimeLeft()
	assert.Equal(t, time.Duration(0), left, "the deck's cards have no timer of their own")
	_, out = all.Advance(time.Hour)
	assert.False(t, out)
}

func TestTimerClosesAnsweringInAllMode(t *testing.T) {
	g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeAll, Timer: true, Seconds: 30})
	play(t, g, []step{{answer(0, 0), nil, nil}})
	_, out := g.Advance(31 * time.Second)
	require.True(t, out)
	assert.Equal(t, PhaseRevealed, g.State().Phase)
	assert.Equal(t, []int{1, 0, 0}, g.State().Totals)
}

func TestUndo(t *testing.T) {
	g := newGame(t, verdicts, 2, Settings{Mode: cards.ModeTurns})
	play(t, g, []step{
		{undo, ErrNothingToUndo, nil},
		{answer(0, 0), nil, []int{1, 0}},
		{next, nil, nil},
		{points(0, 1, "bonus"), nil, []int{2, 0}},
		{undo, nil, []int{1, 0}}, // the bonus
		{undo, nil, []int{0, 0}}, // the answer, and the move to the next card with it
		{undo, ErrNothingToUndo, []int{0, 0}},
		{answer(0, 2), nil, []int{0, 0}}, // answered again, differently
	})
	assert.Equal(t, 0, g.State().Card)
	assert.Len(t, g.Events, 1)
}

func TestNoGameWithoutCards(t *testing.T) {
	d := deck(t, verdicts)
	_, err := NewGame(d, 0, Settings{})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewGame(d, 2, Settings{Mode: "relay"})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewGame(nil, 2, Settings{})
	assert.ErrorIs(t, err, ErrInvalid)
	g, err := NewGame(d, 2, Settings{Cards: 2, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, 2, g.Len())
	h, err := NewGame(d, 2, Settings{Cards: 2, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, g.Draw, h.Draw, "the same seed draws the same cards")
}

func TestSummary(t *testing.T) {
	g := newGame(t, verdicts, 2, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 0), nil, nil}, {answer(1, 1), nil, nil}, {next, nil, nil}, // true item: trusted, doubted
		{answer(0, 1), nil, nil}, {answer(1, 0), nil, nil}, {next, nil, nil}, // contenu manipulé: spotted, fooled
		{answer(0, 0), nil, nil}, {answer(1, 0), nil, nil}, {next, nil, nil}, // contenu imposteur: fooled twice
	})
	s := g.Summary()
	assert.Equal(t, []TeamSummary{
		{Points: 3, Right: 2, Wrong: 1, Detection: Detection{Hits: 1, Misses: 1, CorrectTrusts: 1}},
		{Points: 0, Right: 0, Wrong: 3, Detection: Detection{Misses: 2, FalseAlarms: 1}},
	}, s.Teams)
	assert.Equal(t, Detection{Hits: 1, Misses: 3, FalseAlarms: 1, CorrectTrusts: 1}, s.Detection)
	assert.Equal(t, Discernment{FalseSpotted: 1, FalseMissed: 3, TrueTrusted: 1, TrueDoubted: 1}, s.Discernment)
	assert.Equal(t, []TechniqueSummary{{"contenu imposteur", 2, 0, false}, {"urgence", 2, 0, true}, {"contenu manipulé", 1, 1, false}}, s.Techniques, "each technique of a list counts, the first as the kind of content, the next as a lever")
	assert.Equal(t, 3, s.Cards)
}

func TestSession(t *testing.T) {
	now := time.Date(2026, 11, 28, 14, 3, 0, 0, time.UTC)
	_, err := NewSession(NewTeams("Renards", "renards"), now)
	assert.ErrorIs(t, err, ErrInvalid, "two teams with one name")
	_, err = NewSession(nil, now)
	assert.ErrorIs(t, err, ErrInvalid)
	s, err := NewSession(NewTeams("Renards", "Hiboux"), now)
	require.NoError(t, err)
	assert.Equal(t, "2026-11-28-140300", s.ID)
	_, err = s.Apply(next, now)
	assert.ErrorIs(t, err, ErrNoGame)
	d := deck(t, verdicts)
	_, err = s.NewGame(d, Settings{InOrder: true, Mode: cards.ModeTurns})
	require.NoError(t, err)
	_, err = s.Apply(answer(0, 0), now.Add(time.Minute))
	require.NoError(t, err)
	_, err = s.NewGame(d, Settings{InOrder: true, Mode: cards.ModeTurns}) // the first game is ended
	require.NoError(t, err)
	assert.True(t, s.Games[0].Over())
	_, err = s.Apply(answer(0, 0), now.Add(2*time.Minute))
	require.NoError(t, err)
	assert.Equal(t, []int{2, 0}, s.Totals())
	assert.Equal(t, 2, s.Summary().Teams[0].Points)
	assert.Equal(t, Detection{CorrectTrusts: 2}, s.Summary().Detection, "both games' verdicts")
	assert.Equal(t, Detection{CorrectTrusts: 2}, s.Summary().Teams[0].Detection)
	assert.Equal(t, now.Add(2*time.Minute), s.Updated)
	assert.False(t, s.Coop())
}

func TestSpectrumTargetInItsScale(t *testing.T) {
	d := `
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
points = 1
`
	g := newGame(t, d, 5, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 1989), nil, nil}, // exact: 3 points
		{answer(1, 1994), nil, nil}, // 5 years off: 2
		{answer(2, 1979), nil, nil}, // 10 years off: 1
		{answer(3, 39), ErrInvalid, nil},
		{answer(3, 2051), ErrInvalid, nil},
		{answer(3, 1950), nil, nil}, // too far
		{answer(4, 1990), nil, []int{3, 2, 1, 0, 3}},
	})
	assert.Equal(t, 1994, g.State().Results[0].Answers[1].Choice, "positions are stored in the scale")
}

// TestVerdictAcceptCountsAsRight: in "Arnaque ou pas ?", a scam whose reflex
// is the same as a doubtful message's counts "douteux" as right too: points,
// and a scam spotted for discernment; the verdict it does not accept stays
// wrong.
func TestVerdictAcceptCountsAsRight(t *testing.T) {
	g := newGame(t, `
[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"
douteux = "Douteux"

[[card]]
type = "verdict"
claim = "SMS : « Votre compte sera bloqué ce soir, appelez ce numéro. »"
answer = "arnaque"
accept = ["douteux"]
explanation = "Dans les deux cas, on appelle le numéro au dos de sa carte."
points = 2
`, 3, Settings{Mode: cards.ModeAll})
	play(t, g, []step{
		{answer(0, 0), nil, nil},            // arnaque
		{answer(1, 2), nil, nil},            // douteux: accepted
		{answer(2, 1), nil, []int{2, 2, 0}}, // légitime: wrong
	})
	r := g.State().Results[0]
	assert.True(t, r.Answers[0].Right)
	assert.True(t, r.Answers[1].Right)
	assert.False(t, r.Answers[2].Right)
	assert.Equal(t, Discernment{FalseSpotted: 2, FalseMissed: 1}, g.Summary().Discernment)
}
