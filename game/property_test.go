package game

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"declic/cards"
)

// everyKind is a deck with a card of every kind but the board's.
const everyKind = `
[defaults]
seconds = 20

[[card]]
type = "verdict"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
hints = ["Recherche d'image inversée."]
technique = "contenu manipulé"
explanation = "Un montage."

[[card]]
type = "choice"
question = "Lesquels sont des navigateurs ?"
choices = ["Firefox", "Wi-Fi", "Chrome"]
answer = [1, 3]
explanation = "Firefox et Chrome."

[[card]]
type = "clues"
answer = "Le Minitel"
clues = ["Je suis né en France.", "On m'a éteint en 2012.", "J'avais un écran."]

[[card]]
type = "spectrum"
statement = "Les écrans rendent bête."
left = "Non"
right = "Oui"

[[card]]
type = "spectrum"
statement = "Part des Français qui ont un smartphone"
left = "0 %"
right = "100 %"
target = 84

[[card]]
type = "order"
prompt = "Du plus ancien au plus récent"
items = ["Minitel", "Wi-Fi", "Smartphone"]

[[card]]
type = "open"
question = "Qu'est-ce qu'une source fiable ?"

[[card]]
type = "verdict"
claim = "Le premier SMS date de 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."
`

// moveKinds weighs the moves of the random tests: answers often, ending
// the game rarely, and one move the engine does not know.
var moveKinds = []MoveKind{MoveAnswer, MoveAnswer, MoveAnswer, MoveAnswer, MoveAnswer, MoveAnswer,
	MoveBuzz, MoveBuzz, MoveJudge, MoveJudge, MoveJudge, MoveClue, MoveAsk, MoveAsk, MoveGuess, MoveGuess, MoveGuess,
	MoveHeadCount, MoveHeadCount, MoveSecondRound, MoveReveal, MoveNext, MoveNext, MoveNext, MoveSkip, MovePoints,
	MoveUndo, MoveUndo, MoveTimeout, MoveEnd, "bogus"}

// randomMove makes any move, sensible or not, from r.
func randomMove(r *rand.Rand, teams int) Move {
	m := Move{Kind: moveKinds[r.IntN(len(moveKinds))], Team: r.IntN(teams+2) - 1, Choice: r.IntN(5) - 1, Right: r.IntN(2) == 0, Points: r.IntN(5) - 2}
	if r.IntN(4) == 0 {
		m.Choice = r.IntN(9) - 1
	}
	switch r.IntN(4) {
	case 0:
		m.Choices = r.Perm(3)
	case 1:
		m.Choices = []int{r.IntN(4), r.IntN(4)}
	case 2:
		m.Choices = []int{r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9)}
	}
	if m.Kind == MoveHeadCount && r.IntN(2) == 0 {
		m.Choices = []int{r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9)}
	}
	if m.Kind == MoveAnswer && r.IntN(3) == 0 {
		m.Choice = r.IntN(101)
	}
	return m
}

// checkGame plays moves on a game and checks the engine's invariants after
// each: the totals are the sum of the events' points; undo gives back the
// state before the last scoring move exactly; a refused move changes
// nothing; saving and loading gives the same game.
func checkGame(t *testing.T, d *cards.Deck, teams int, s Settings, moves []Move) {
	t.Helper()
	g, err := NewGame(d, teams, s)
	require.NoError(t, err)
	type snapshot struct {
		st     State
		events int
	}
	var before []snapshot // the state before each scoring move still in the log
	for i, m := range moves {
		prev, prevEvents := g.State().clone(), len(g.Events)
		var err error
		if m.Kind == MoveTimeout {
			_, ok := g.Advance(time.Hour)
			if !ok {
				err = ErrWrongPhase
			}
		} else {
			_, err = g.Apply(m)
		}
		if err == nil {
			accepted[m.Kind]++
		}
		switch {
		case err != nil:
			require.Equal(t, prev, g.State(), "move %d %+v was refused (%v) but changed the state", i, m, err)
			require.Len(t, g.Events, prevEvents)
		case m.Kind == MoveUndo:
			require.NotEmpty(t, before, "move %d: undo with nothing to undo", i)
			last := before[len(before)-1]
			before = before[:len(before)-1]
			require.Equal(t, last.st, g.State(), "move %d: undo does not give back the state before the last scoring move", i)
			require.Len(t, g.Events, last.events)
			// Snapshots taken after the undone move are gone with it.
			for len(before) > 0 && before[len(before)-1].events >= last.events {
				before = before[:len(before)-1]
			}
		case m.Kind.undoable():
			before = append(before, snapshot{prev, prevEvents})
		}
		totals := make([]int, teams)
		for _, ev := range g.Events {
			for t, d := range ev.Delta {
				totals[t] += d
			}
		}
		require.Equal(t, totals, g.State().Totals, "move %d: totals are not the sum of the events", i)
	}
	saved, err := json.Marshal(g)
	require.NoError(t, err)
	var loaded Game
	require.NoError(t, json.Unmarshal(saved, &loaded))
	require.NoError(t, loaded.Restore(d, teams))
	require.Equal(t, g.State(), loaded.State(), "save then load changes the game")
}

// accepted counts the moves the random tests got accepted, to tell a test
// that exercises the engine from one that only bounces off its checks.
var accepted = make(map[MoveKind]int)

func TestRandomMoveSequences(t *testing.T) {
	decks := []*cards.Deck{deck(t, everyKind), deck(t, board)}
	modes := []cards.Mode{cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer}
	n := 10000
	if testing.Short() {
		n = 1000
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		teams := 1 + r.IntN(MaxTeams)
		s := Settings{Seed: r.Int64(), Mode: modes[r.IntN(3)], Timer: r.IntN(2) == 0, Pass: r.IntN(2) == 0,
			Unscored: r.IntN(5) == 0, InOrder: r.IntN(2) == 0, Riddles: r.IntN(4) == 0}
		moves := make([]Move, 10+r.IntN(60))
		for j := range moves {
			moves[j] = randomMove(r, teams)
		}
		checkGame(t, decks[r.IntN(len(decks))], teams, s, moves)
	}
	for _, k := range []MoveKind{MoveAnswer, MoveBuzz, MoveJudge, MoveClue, MoveAsk, MoveGuess, MoveHeadCount,
		MoveSecondRound, MoveReveal, MoveNext, MoveSkip, MovePoints, MoveEnd, MoveUndo, MoveTimeout} {
		require.Greater(t, accepted[k], n/50, "too few %s moves accepted to test them", k)
	}
	t.Logf("moves accepted: %v", accepted)
}

// FuzzApply plays any sequence of moves, decoded from the fuzzer's bytes,
// and checks the engine's invariants.
func FuzzApply(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, uint8(2), uint8(0))
	f.Add([]byte{12, 0, 12, 0, 17, 17, 3, 3, 3}, uint8(3), uint8(2))
	decks := []*cards.Deck{deck(f, everyKind), deck(f, board)}
	modes := []cards.Mode{cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer}
	f.Fuzz(func(t *testing.T, data []byte, teams, settings uint8) {
		n := 1 + int(teams)%MaxTeams
		s := Settings{Seed: int64(settings), Mode: modes[int(settings)%3], Timer: settings&4 != 0, Pass: settings&8 != 0,
			Unscored: settings&16 != 0, Riddles: settings&32 != 0}
		r := rand.New(rand.NewPCG(uint64(len(data)), uint64(settings)))
		var moves []Move
		for _, b := range data {
			m := randomMove(r, n)
			m.Kind = moveKinds[int(b)%len(moveKinds)]
			m.Team = int(b>>5)%(n+1) - 0
			if m.Team == n {
				m.Team = NoTeam
			}
			moves = append(moves, m)
		}
		checkGame(t, decks[int(settings>>6)%2], n, s, moves)
	})
}
