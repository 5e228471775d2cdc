package game

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// turnStep is a move (none when its Kind is empty), the team that holds the
// shared laptop after it, and the turn questions' answers then, as turnLine
// writes them.
type turnStep struct {
	move   Move
	handed int
	want   string
}

// turnLine writes the answers of the turn questions in one line a reader
// checks by eye:
//
//	for 012  done x.t  next 1  clock wait
//
// for: Answerer of each team in turn ("-" for NoTeam); done: per team,
// answered this round (x), out of time (t) or neither (.); next:
// NextToAnswer; clock: the team whose timer Clock runs for handed, "card"
// for the card's timer, "wait" on the pass-the-laptop screen.
func turnLine(t *testing.T, g *Game, handed int) string {
	t.Helper()
	team := func(i int) string {
		if i == NoTeam {
			return "-"
		}
		return strconv.Itoa(i)
	}
	var answerer, done strings.Builder
	for from := range g.Teams() {
		answerer.WriteString(team(g.Answerer(from)))
		switch {
		case g.Answered(from):
			done.WriteByte('x')
		case g.OutOfTime(from):
			done.WriteByte('t')
		default:
			done.WriteByte('.')
		}
	}
	clock := "card"
	who, ok := g.Clock(handed)
	require.Equal(t, !ok, g.NeedsHandover(handed), "the clock stops exactly while the laptop is handed over")
	switch {
	case !ok:
		clock = "wait"
	case who != NoTeam:
		clock = team(who)
	}
	return "for " + answerer.String() + "  done " + done.String() + "  next " + team(g.NextToAnswer()) + "  clock " + clock
}

// playTurns runs a scenario of turnSteps.
func playTurns(t *testing.T, g *Game, steps []turnStep) {
	t.Helper()
	for i, s := range steps {
		if s.move.Kind != "" {
			_, err := g.Apply(s.move)
			require.NoError(t, err, "step %d: %+v", i+1, s.move)
		}
		assert.Equal(t, s.want, turnLine(t, g, s.handed), "step %d: %+v, handed %d", i+1, s.move, s.handed)
	}
}

var none Move

func timeout(team int) Move { return Move{Kind: MoveTimeout, Team: team} }

func TestTurnQuestions(t *testing.T) {
	t.Run("turns: the keys answer for the team in turn, whoever holds them", func(t *testing.T) {
		g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeTurns, Pass: true})
		playTurns(t, g, []turnStep{
			{none, NoTeam, "for 000  done ...  next 0  clock card"},
			{answer(0, 1), NoTeam, "for 111  done x..  next 1  clock card"}, // wrong: passes on
			{answer(1, 0), NoTeam, "for 111  done xx.  next 1  clock card"}, // right: revealed
			{next, NoTeam, "for 111  done ...  next 1  clock card"},         // card 2 starts with team 1
		})
	})
	t.Run("buzzer: nobody before a buzz, then the team that buzzed", func(t *testing.T) {
		g := newGame(t, verdicts, 3, Settings{Mode: cards.ModeBuzzer})
		playTurns(t, g, []turnStep{
			{none, NoTeam, "for ---  done ...  next -  clock card"},
			{buzz(2), NoTeam, "for 222  done ...  next 2  clock card"},
			{answer(2, 1), NoTeam, "for ---  done ..x  next -  clock card"}, // wrong: locked out
			{buzz(0), NoTeam, "for 000  done ..x  next 0  clock card"},
		})
	})
	t.Run("all on one laptop: each team in turn, its own clock, the hand-over between", func(t *testing.T) {
		g := newGame(t, hinted, 3, Settings{Mode: cards.ModeAll, Timer: true})
		playTurns(t, g, []turnStep{
			{none, NoTeam, "for 012  done ...  next 0  clock wait"},
			{none, 0, "for 012  done ...  next 0  clock 0"},
			{answer(0, 0), 0, "for 012  done x..  next 1  clock wait"}, // a first vote
			{none, 1, "for 012  done x..  next 1  clock 1"},
			{timeout(1), 1, "for 012  done xt.  next 2  clock wait"},
			{none, 2, "for 012  done xt.  next 2  clock 2"},
			{answer(2, 1), NoTeam, "for 012  done ...  next 0  clock wait"}, // the round is over: the hints; the laptop goes round again
			{none, 0, "for 012  done ...  next 0  clock 0"},
			{answer(0, 1), 0, "for 012  done x..  next 1  clock wait"},
		})
	})
	t.Run("all with one team: nothing to hide", func(t *testing.T) {
		g := newGame(t, verdicts, 1, Settings{Mode: cards.ModeAll})
		playTurns(t, g, []turnStep{
			{none, NoTeam, "for 0  done .  next 0  clock card"},
			{answer(0, 0), NoTeam, "for 0  done x  next -  clock card"},
		})
	})
	t.Run("all on a card answered aloud: the room's clock, no hand-over", func(t *testing.T) {
		g := newGame(t, everyKind, 2, Settings{Mode: cards.ModeAll})
		for g.Kind() != cards.KindClues {
			_, err := g.Apply(skip)
			require.NoError(t, err)
		}
		playTurns(t, g, []turnStep{
			{none, NoTeam, "for 01  done ..  next 0  clock card"},
			{judge(0, false), NoTeam, "for 01  done x.  next 1  clock card"},
		})
	})
	t.Run("all on an opinion: the facilitator places everyone, the round counts", func(t *testing.T) {
		g := newGame(t, everyKind, 2, Settings{Mode: cards.ModeAll})
		for !isOpinion(g.Card()) {
			_, err := g.Apply(skip)
			require.NoError(t, err)
		}
		playTurns(t, g, []turnStep{
			{answer(1, 2), NoTeam, "for 01  done .x  next 0  clock card"}, // a position before the discussion
			{second, NoTeam, "for 01  done ..  next 0  clock card"},
		})
	})
}

func TestSecretAnswersAndBuzzesByKind(t *testing.T) {
	for _, tt := range []struct {
		kind    string
		secret  bool // on one laptop in all mode
		buzzes  bool // in buzzer mode
		opinion bool
	}{
		{"verdict", true, true, false},
		{"choice", true, true, false},
		{"clues", false, true, false},
		{"opinion", false, false, true},
		{"estimate", true, true, false},
		{"order", true, true, false},
		{"open", false, false, false},
	} {
		t.Run(tt.kind, func(t *testing.T) {
			all := newGame(t, everyKind, 2, Settings{Mode: cards.ModeAll})
			buzzer := newGame(t, everyKind, 2, Settings{Mode: cards.ModeBuzzer})
			for _, g := range []*Game{all, buzzer} {
				for kindName(g) != tt.kind {
					_, err := g.Apply(skip)
					require.NoError(t, err)
				}
			}
			assert.Equal(t, tt.secret, all.SecretAnswers())
			assert.False(t, buzzer.SecretAnswers(), "only all mode hands the laptop over")
			assert.Equal(t, tt.buzzes, buzzer.Buzzes())
			assert.Equal(t, tt.buzzes, buzzer.Allowed(buzz(0)) == nil, "Buzzes says what the buzz move accepts")
		})
	}
}

// kindName names the card in play's kind, a spectrum by how it is played.
func kindName(g *Game) string {
	switch c := g.Card(); {
	case c.Kind == cards.KindSpectrum && c.HasTarget:
		return "estimate"
	case c.Kind == cards.KindSpectrum:
		return "opinion"
	}
	return string(g.Kind())
}

// seenAnswers writes the answers a view holds, team by team: the choice,
// "?" for none, and "✓" or "✗" once it says whether it is right.
func seenAnswers(v View) string {
	var b strings.Builder
	for t, a := range v.Answers {
		if t > 0 {
			b.WriteByte(' ')
		}
		switch {
		case a == nil:
			b.WriteString("?")
		case v.Phase != PhaseRevealed:
			b.WriteString(strconv.Itoa(a.Choice))
		case a.Right:
			b.WriteString(strconv.Itoa(a.Choice) + "✓")
		default:
			b.WriteString(strconv.Itoa(a.Choice) + "✗")
		}
	}
	return b.String()
}

func TestViewShowsEachTeamWhatItMaySee(t *testing.T) {
	for _, tt := range []struct {
		name  string
		mode  cards.Mode
		moves []Move
		// seen per viewer: the room (NoTeam), then team 0, 1, 2.
		room, team0, team1, team2 string
	}{
		{"all, before the reveal: each team its own, the room none", cards.ModeAll, []Move{answer(0, 0), answer(2, 1)},
			"? ? ?", "0 ? ?", "? ? ?", "? ? 1"},
		{"all, revealed: everyone all, and who was right", cards.ModeAll, []Move{answer(0, 0), answer(2, 1), answer(1, 0)},
			"0✓ 0✓ 1✗", "0✓ 0✓ 1✗", "0✓ 0✓ 1✗", "0✓ 0✓ 1✗"},
		{"turns: answered in front of everyone", cards.ModeTurns, []Move{answer(0, 1)},
			"1✗ ? ?", "1✗ ? ?", "1✗ ? ?", "1✗ ? ?"},
		{"buzzer, a wrong answer: seen by all, not said right or wrong before the reveal", cards.ModeBuzzer, []Move{buzz(1), answer(1, 1)},
			"? 1 ?", "? 1 ?", "? 1 ?", "? 1 ?"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t, verdicts, 3, Settings{Mode: tt.mode})
			for _, m := range tt.moves {
				_, err := g.Apply(m)
				require.NoError(t, err, "%+v", m)
			}
			for viewer, want := range map[int]string{NoTeam: tt.room, 0: tt.team0, 1: tt.team1, 2: tt.team2} {
				v := g.View(viewer)
				assert.Equal(t, want, seenAnswers(v), "seen by %d", viewer)
				assert.Equal(t, viewer, v.Team)
			}
		})
	}
}

func TestViewKeepsTheAnswerUntilTheReveal(t *testing.T) {
	g := newGame(t, everyKind, 2, Settings{Mode: cards.ModeTurns})
	for !g.Over() {
		c := g.Card()
		before := g.View(NoTeam)
		q := before.Question
		assert.Nil(t, before.Secret, "%s: no secret before the reveal", c.ID)
		assert.Equal(t, c.Text, q.Text)
		assert.Empty(t, q.Verdict+q.Answer+q.Explanation+q.Technique, "%s: no answer, no explanation", c.ID)
		assert.Empty(t, q.Correct)
		assert.Zero(t, q.Target)
		assert.Empty(t, q.Hints, "%s: the hints come with the second vote", c.ID)
		switch c.Kind {
		case cards.KindClues:
			assert.Equal(t, c.Clues[:1], q.Clues, "the clues given so far")
		case cards.KindOrder:
			assert.ElementsMatch(t, c.Items, q.Items)
			assert.NotEqual(t, c.Items, q.Items, "the items as shown, never in the right order")
		case cards.KindSpectrum:
			assert.Equal(t, c.HasTarget, q.HasTarget)
			assert.Equal(t, [2]int{c.Min, c.Max}, [2]int{q.Min, q.Max})
		}
		_, err := g.Apply(reveal)
		require.NoError(t, err)
		after := g.View(NoTeam)
		assert.Same(t, c, after.Secret, "%s: the whole card at the reveal", c.ID)
		_, err = g.Apply(next)
		require.NoError(t, err)
	}
	v := g.View(NoTeam)
	assert.Equal(t, PhaseOver, v.Phase)
	assert.Equal(t, []int{0, 0}, v.Totals)
}

func TestViewOfABoardHidesTheSecretCharacter(t *testing.T) {
	g, err := NewGame(deck(t, board), 2, Settings{Mode: cards.ModeTurns, Seed: 7})
	require.NoError(t, err)
	play(t, g, []step{{ask(0), nil, nil}, {ask(2), nil, nil}})
	v := g.View(0)
	assert.Equal(t, cards.Card{Kind: cards.KindCharacter}, v.Question, "nothing of the secret character")
	assert.Nil(t, v.Secret)
	assert.Equal(t, []int{0, 2}, v.Asked)
	assert.Equal(t, []bool{g.Answer(0), g.Answer(2)}, v.Replies, "the replies everyone heard")
	assert.Equal(t, g.State().Candidates, v.Candidates)

	riddles, err := NewGame(deck(t, board), 2, Settings{Mode: cards.ModeTurns, Riddles: true})
	require.NoError(t, err)
	q := riddles.View(NoTeam).Question
	assert.Empty(t, q.Text+q.ID, "a riddle's name is its answer")
	assert.Equal(t, riddles.Card().Clues[:1], q.Clues)
}
