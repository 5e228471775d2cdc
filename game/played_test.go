package game

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// Result.Played says which teams the card was given to: in turns mode the
// team in turn and each team the card passed to, so that a reveal does not
// list the others as not having answered; every team in the other modes.
func TestResultSaysWhoPlayedTheCard(t *testing.T) {
	const riddle = `
[[card]]
type = "clues"
answer = "Le Minitel"
clues = ["Je suis né en France.", "On m'a éteint en 2012."]
`
	timeout := Move{Kind: MoveTimeout, Team: NoTeam}
	tests := []struct {
		name     string
		deck     string
		settings Settings
		moves    []Move
		played   []bool // of the card revealed last
	}{
		{"turns: the team in turn only", verdicts, Settings{Mode: cards.ModeTurns},
			[]Move{answer(0, 1)}, []bool{true, false, false}},
		{"turns: the second card starts with the next team", verdicts, Settings{Mode: cards.ModeTurns},
			[]Move{answer(0, 0), next, answer(1, 0)}, []bool{false, true, false}},
		{"turns with passing: the team the wrong answer passed to", verdicts, Settings{Mode: cards.ModeTurns, Pass: true},
			[]Move{answer(0, 1), answer(1, 0)}, []bool{true, true, false}},
		{"turns with passing: everyone wrong", verdicts, Settings{Mode: cards.ModeTurns, Pass: true},
			[]Move{answer(0, 1), answer(1, 1), answer(2, 1)}, []bool{true, true, true}},
		{"turns with passing: a time out passes too", verdicts, Settings{Mode: cards.ModeTurns, Pass: true, Timer: true, Seconds: 10},
			[]Move{timeout, answer(1, 0)}, []bool{true, true, false}},
		{"turns: the second vote is the same team's", hinted, Settings{Mode: cards.ModeTurns},
			[]Move{answer(0, 0), answer(0, 1)}, []bool{true, false, false}},
		{"turns: a riddle found by the team it was stolen by", riddle, Settings{Mode: cards.ModeTurns},
			[]Move{judge(0, false), judge(1, true)}, []bool{true, true, false}},
		{"turns: revealed by hand", verdicts, Settings{Mode: cards.ModeTurns},
			[]Move{reveal}, []bool{true, false, false}},
		{"all: every team", verdicts, Settings{Mode: cards.ModeAll},
			[]Move{answer(0, 0), reveal}, []bool{true, true, true}},
		{"buzzer: every team could buzz", verdicts, Settings{Mode: cards.ModeBuzzer},
			[]Move{buzz(2), answer(2, 0)}, []bool{true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t, tt.deck, 3, tt.settings)
			for i, m := range tt.moves {
				if m.Kind == MoveTimeout {
					_, out := g.Advance(time.Hour)
					require.True(t, out, "move %d", i+1)
					continue
				}
				_, err := g.Apply(m)
				require.NoError(t, err, "move %d: %+v", i+1, m)
			}
			r := g.State().Results
			require.NotEmpty(t, r)
			assert.Equal(t, tt.played, r[len(r)-1].Played)
		})
	}
}
