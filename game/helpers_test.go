package game

import (
	"testing"

	"github.com/stretchr/testify/require"

	"declic/cards"
)

// deck parses a deck from its cards, written as TOML, after a fixed header.
func deck(t testing.TB, cardsTOML string) *cards.Deck {
	t.Helper()
	src := "format = 1\n[deck]\nid = \"test\"\ntitle = \"Test\"\nlanguage = \"fr\"\n" + cardsTOML
	d, problems := cards.Parse("test.toml", []byte(src), nil)
	for _, p := range problems {
		if p.Severity == cards.Error {
			t.Fatalf("test deck: %s", p.Text("en"))
		}
	}
	require.NotNil(t, d)
	return d
}

// step is one move of a scenario and what follows: the error it gets (nil
// when it is accepted) and every team's total after it.
type step struct {
	move   Move
	err    error
	totals []int
}

// play runs a scenario, checking each step.
func play(t *testing.T, g *Game, steps []step) {
	t.Helper()
	for i, s := range steps {
		_, err := g.Apply(s.move)
		if s.err != nil {
			require.ErrorIs(t, err, s.err, "step %d: %+v", i+1, s.move)
		} else {
			require.NoError(t, err, "step %d: %+v", i+1, s.move)
		}
		if s.totals != nil {
			require.Equal(t, s.totals, g.State().Totals, "step %d: %+v", i+1, s.move)
		}
	}
}

func answer(team, choice int) Move     { return Move{Kind: MoveAnswer, Team: team, Choice: choice} }
func answers(team int, cs ...int) Move { return Move{Kind: MoveAnswer, Team: team, Choices: cs} }
func judge(team int, right bool) Move  { return Move{Kind: MoveJudge, Team: team, Right: right} }
func buzz(team int) Move               { return Move{Kind: MoveBuzz, Team: team} }
func guess(team, character int) Move   { return Move{Kind: MoveGuess, Team: team, Choice: character} }
func ask(q int) Move                   { return Move{Kind: MoveAsk, Choice: q} }
func points(team, n int, why string) Move {
	return Move{Kind: MovePoints, Team: team, Points: n, Reason: why}
}

var (
	next   = Move{Kind: MoveNext}
	reveal = Move{Kind: MoveReveal}
	skip   = Move{Kind: MoveSkip}
	clue   = Move{Kind: MoveClue}
	second = Move{Kind: MoveSecondRound}
	undo   = Move{Kind: MoveUndo}
	end    = Move{Kind: MoveEnd}
)

const verdicts = `
[[card]]
type = "verdict"
id = "sms"
claim = "Le premier SMS date de 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."

[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
technique = "contenu manipulé"
explanation = "Un montage."
points = 2

[[card]]
type = "verdict"
id = "banque"
claim = "Votre banque vous demande votre code par SMS."
answer = "faux"
technique = ["contenu imposteur", "urgence"]
explanation = "Jamais."
`
