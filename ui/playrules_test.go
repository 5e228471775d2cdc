package ui

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/sound"
	"declic/ui/draw"
)

// playFor plays a frame dt long with the actions, and draws it.
func playFor(t *testing.T, dr *sceneDriver, p *playScene, dt time.Duration, actions ...Action) {
	t.Helper()
	dr.scene = p.Update(&Input{Actions: actions, Dt: dt})
	if dr.screen != nil {
		dr.screen.Clear()
		p.Draw(dr.screen)
	}
}

// On a card with hints, a team's right first vote counts when it does not
// vote again, and the second round shows it.
func TestPlayFirstVoteShownAndKept(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	playStep(t, dr, p, ActionAnswer1) // vrai: right
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	first := panelOf[*verdictPanel](t, p).firstVote()
	require.NotNil(t, first, "the second round shows the first vote")
	assert.Equal(t, 0, first.Choice)
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext) // the facilitator reveals: no second vote
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	assert.Equal(t, []int{1, 0}, s.Totals(), "the first vote counts")
	assert.Equal(t, "Vrai", p.answerText(p.g.State().Results[0].Answers[0]))
}

// In all mode on one laptop each team has the card's full time from when it
// is handed the laptop; the hand-over screen stops the time; the end of a
// team's time shows and sounds.
func TestPlayEachTeamHasItsTimeInAllMode(t *testing.T) {
	d := sceneDeps(t)
	var cues []sound.Cue
	d.Sound = sound.Recorder(func(c sound.Cue) { cues = append(cues, c) })
	p, dr, _ := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 45})
	left := func(team int) time.Duration {
		t.Helper()
		l, running := p.g.TimeLeftFor(team)
		require.True(t, running, "team %d", team)
		return l
	}
	require.True(t, p.needsHandover())
	playFor(t, dr, p, 10*time.Second) // the laptop goes round the room
	assert.Equal(t, 45*time.Second, left(0), "no time runs on the hand-over screen")
	_, paused, _ := p.timeLeft()
	assert.True(t, paused)
	assert.False(t, p.Animating(), "a paused timer is a static screen")

	playFor(t, dr, p, 0, ActionNext) // team 1 takes the laptop
	playFor(t, dr, p, 20*time.Second)
	assert.Equal(t, 25*time.Second, left(0))
	playFor(t, dr, p, 0, ActionAnswer1)
	require.True(t, p.needsHandover())
	playFor(t, dr, p, 30*time.Second)
	assert.Equal(t, 45*time.Second, left(1), "the next team's time waits for it")
	playFor(t, dr, p, 0, ActionNext)
	playFor(t, dr, p, 44*time.Second)
	playFor(t, dr, p, 0, ActionAnswer2)
	playFor(t, dr, p, 0, ActionNext)
	assert.Equal(t, 45*time.Second, left(2), "team 3 gets its 45 s too")

	cues = nil
	playFor(t, dr, p, 4*time.Second+time.Second/2) // 40.5 s left: no tick yet
	playFor(t, dr, p, 36*time.Second)              // 4.5 s left: the tick
	assert.Equal(t, []sound.Cue{sound.Tick}, cues)
	playFor(t, dr, p, 5*time.Second)
	assert.Equal(t, []sound.Cue{sound.Tick, sound.Wrong}, cues, "the end of the time is heard")
	assert.Equal(t, d.View.Tr.T("time_up_team", "Team", p.s.Teams[2].Name), p.flash, "and seen")
	assert.Equal(t, game.PhaseSecond, p.g.State().Phase, "every team has voted or run out of time: the hints")
	assert.True(t, p.needsHandover())
	assert.Equal(t, 0, p.g.NextToAnswer())
	playFor(t, dr, p, 0, ActionNext)
	assert.Empty(t, p.flash, "the message goes with the hand-over")
	assert.Equal(t, 45*time.Second, left(0), "the second vote has its full time")
}

// Space pressed twice quickly on a new card does not reveal it; undo goes
// back from a reveal to the question of its card.
func TestPlaySpaceTwiceDoesNotReveal(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer1)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	playFor(t, dr, p, time.Second/60, ActionNext) // the next card
	playFor(t, dr, p, time.Second/10, ActionNext) // one press too many
	require.Equal(t, 1, p.g.State().Card)
	assert.Equal(t, game.PhaseAnswering, p.g.State().Phase, "the card just shown keeps its hints and answer")
	assert.Equal(t, d.View.Tr.T("reveal_too_soon"), p.flash)
	playFor(t, dr, p, revealDelay)
	playFor(t, dr, p, 0, ActionNext)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase, "once the card was on screen, Space goes on")
	playFor(t, dr, p, 0, ActionUndo)
	assert.Equal(t, 1, p.g.State().Card, "undo goes back to the question of this card")
	assert.Equal(t, game.PhaseAnswering, p.g.State().Phase)
	assert.Equal(t, []int{1, 0}, s.Totals(), "the card before keeps its points")

	// The same on an open question, revealed with no answer at all.
	for p.g.Kind() != cards.KindOpen {
		playFor(t, dr, p, revealDelay)
		require.NoError(t, func() error { _, err := s.Apply(game.Move{Kind: game.MoveSkip}, d.Now()); return err }())
		p.sync()
	}
	open := p.g.State().Card
	playFor(t, dr, p, 0, ActionNext)
	require.Equal(t, game.PhaseAnswering, p.g.State().Phase)
	playFor(t, dr, p, revealDelay)
	playFor(t, dr, p, 0, ActionNext)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	playFor(t, dr, p, 0, ActionUndo)
	assert.Equal(t, open, p.g.State().Card)
	assert.Equal(t, game.PhaseAnswering, p.g.State().Phase, "an unreveal")
}

// Head counts can be corrected: − and + per step, undo takes back the last
// count (never the card before), and C refuses to switch mode silently
// once people are counted.
func TestPlayHeadCountsCorrected(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer1)
	require.Equal(t, []int{1, 0}, s.Totals())
	for !p.g.Opinion() || p.g.State().Phase == game.PhaseRevealed {
		m := game.Move{Kind: game.MoveSkip}
		if p.g.State().Phase == game.PhaseRevealed {
			m.Kind = game.MoveNext
		}
		_, err := s.Apply(m, d.Now())
		require.NoError(t, err)
		p.sync()
	}
	heads := func() []int { return p.g.State().Heads[headRound(p.g.State())] }

	playStep(t, dr, p, ActionNextClue)
	require.True(t, p.heads)
	assert.Equal(t, d.View.Tr.T("mode_heads"), p.flash, "the switch is said")
	for range 20 {
		playStep(t, dr, p, ActionAnswer3)
	}
	playStep(t, dr, p, ActionAnswer4)
	assert.Equal(t, []int{0, 0, 20, 1, 0, 0}, heads())
	playStep(t, dr, p, ActionPointPlus)
	assert.Equal(t, []int{0, 0, 20, 2, 0, 0}, heads(), "+ adds to the step last counted")
	playStep(t, dr, p, ActionPointMinus)
	playStep(t, dr, p, ActionPointMinus)
	assert.Equal(t, []int{0, 0, 20, 0, 0, 0}, heads())
	playStep(t, dr, p, ActionPointMinus)
	assert.Equal(t, d.View.Tr.T("count_nobody"), p.flash, "never below zero")
	assert.Equal(t, []int{1, 0}, s.Totals(), "− takes no point from a team while counting")

	playStep(t, dr, p, ActionUndo)
	assert.Equal(t, []int{0, 0, 20, 1, 0, 0}, heads(), "undo takes back the last count")
	saved, err := d.Store.Load(s.ID, d.FindDeck)
	require.NoError(t, err)
	assert.Equal(t, []int{0, 0, 20, 1, 0, 0}, saved.Current().State().Heads[0], "every count is saved")

	playStep(t, dr, p, ActionNextClue)
	assert.True(t, p.heads, "no silent switch once people are counted")
	assert.Equal(t, d.View.Tr.T("mode_switch_counted"), p.flash)

	// Tap − and + of a step.
	c := p.cardLayout(p.layout())
	_, boxes, _ := p.spectrumRects(c)
	minus, plus := p.countButtons(boxes[0])
	p.Update(&Input{Taps: []draw.Point{centre(plus)}})
	p.Update(&Input{Taps: []draw.Point{centre(plus)}})
	p.Update(&Input{Taps: []draw.Point{centre(minus)}})
	assert.Equal(t, []int{1, 0, 20, 1, 0, 0}, heads())

	for heads() != nil {
		playStep(t, dr, p, ActionUndo)
	}
	playStep(t, dr, p, ActionUndo)
	assert.Equal(t, d.View.Tr.T("refused_undo_count"), p.flash)
	assert.Equal(t, []int{1, 0}, s.Totals(), "the card before keeps its answer")
	assert.True(t, p.g.Opinion())

	// After the discussion, the count starts again, the first one shown beside it.
	playStep(t, dr, p, ActionAnswer2)
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	pastDiscussion(t, dr, p)
	assert.Nil(t, heads())
	playStep(t, dr, p, ActionAnswer5)
	playRead(t, dr, p)
	playStep(t, dr, p, ActionNext)
	r := p.g.State().Results[len(p.g.State().Results)-1]
	assert.Equal(t, [2][]int{{0, 1, 0, 0, 0, 0}, {0, 0, 0, 0, 1, 0}}, r.Heads)
	assert.True(t, p.heads, "the next card is counted too")
}

// An estimate speaks in its scale: the slider starts in its middle, steps
// by 1 then faster on a quick run of presses, and the reveal says the
// target and the answers as the card writes them ("1989", "91 %").
func TestPlayEstimateInItsScale(t *testing.T) {
	d := sceneDeps(t, yearDeck)
	p, dr, s := newPlay(t, d, "web", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	assert.Equal(t, 2000, panelOf[*spectrumPanel](t, p).value, "the middle of 1950–2050")
	for range 3 {
		playFor(t, dr, p, time.Second, ActionDown) // one by one: a year a press
	}
	assert.Equal(t, 1997, panelOf[*spectrumPanel](t, p).value)
	for range 5 {
		playFor(t, dr, p, time.Second/10, ActionDown) // a quick run: 10 years a press from its fourth press
	}
	assert.Equal(t, 1997-1-1-10-10-10, panelOf[*spectrumPanel](t, p).value)
	c := p.cardLayout(p.layout())
	_, _, bar, _, steps := p.scaleRect(c)
	p.Update(&Input{Taps: []draw.Point{{X: scaleX(p.g.Card(), bar, 1990), Y: bar.Y + bar.H/2}}})
	assert.Equal(t, 1990, panelOf[*spectrumPanel](t, p).value, "a tap on the bar puts the marker there")
	p.Update(&Input{Taps: []draw.Point{centre(steps[1])}})
	assert.Equal(t, 1989, panelOf[*spectrumPanel](t, p).value, "−1")
	p.Update(&Input{Taps: []draw.Point{centre(steps[3])}, Dt: time.Second})
	assert.Equal(t, 1999, panelOf[*spectrumPanel](t, p).value, "+10")
	p.Update(&Input{Taps: []draw.Point{centre(steps[0])}, Dt: time.Second})
	assert.Equal(t, 1989, panelOf[*spectrumPanel](t, p).value, "−10")
	playFor(t, dr, p, 0, ActionNext)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	assert.Equal(t, []int{3, 0}, s.Totals(), "scored by the distance in years")
	assert.Equal(t, "1989", p.rightAnswer())
	assert.Equal(t, "1989", p.answerText(p.g.State().Results[0].Answers[0]))

	card := &cards.Card{Min: 0, Max: 100, Unit: "%"}
	assert.Equal(t, "91\u00a0%", card.ScaleValue(91, "fr"), "French puts a non-breaking space before %")
	assert.Equal(t, "91%", card.ScaleValue(91, "en"))
	card.Unit = "ans"
	assert.Equal(t, "12\u00a0ans", card.ScaleValue(12, "fr"))
	for _, tt := range []struct{ min, max, fine int }{{0, 100, 1}, {1950, 2050, 1}, {1800, 2000, 1}, {0, 1000, 5}, {0, 100000, 500}} {
		fine, coarse := scaleSteps(&cards.Card{Min: tt.min, Max: tt.max})
		assert.Equal(t, tt.fine, fine, "%d–%d", tt.min, tt.max)
		assert.Equal(t, 10*tt.fine, coarse)
	}
}

// In all mode, the slider of an estimate starts afresh for each team: the
// mark of the team before is never shown to the next.
func TestPlayEstimateHidesTheTeamBefore(t *testing.T) {
	d := sceneDeps(t, yearDeck)
	p, dr, _ := newPlay(t, d, "web", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	playFor(t, dr, p, 0, ActionNext) // the laptop to team 1
	playFor(t, dr, p, time.Second, ActionUp)
	playFor(t, dr, p, 0, ActionNext)
	require.True(t, p.needsHandover())
	playFor(t, dr, p, 0, ActionNext) // the laptop to team 2
	assert.Equal(t, 2000, panelOf[*spectrumPanel](t, p).value)
}

// The slider of an estimate and the boxes of a head count, with their
// buttons, stay on the card and apart, from a laptop to a 4K screen.
func TestScaleLayoutFits(t *testing.T) {
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}, {3840, 2160}} {
		d := sceneDeps(t, yearDeck)
		d.View.Metrics = draw.NewMetrics(size[0], size[1], 1)
		for _, deck := range []string{"web", "decouverte"} {
			p, _, _ := newPlay(t, d, deck, 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
			for p.g.Kind() != cards.KindSpectrum {
				_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
				require.NoError(t, err)
				p.sync()
			}
			l := p.layout()
			c := p.cardLayout(l)
			var parts []draw.Rect
			if p.g.Card().HasTarget {
				_, value, bar, confirm, steps := p.scaleRect(c)
				parts = append([]draw.Rect{value, bar, confirm}, steps[:]...)
			} else {
				p.heads = true
				_, boxes, toggle := p.spectrumRects(c)
				parts = append(parts, toggle)
				for _, b := range boxes {
					minus, plus := p.countButtons(b)
					assert.True(t, minus.Within(b) && plus.Within(b), "%v: − and + inside their box", size)
					assert.False(t, minus.Overlaps(plus))
					assert.GreaterOrEqual(t, minus.W, d.View.Px(60), "a finger's target")
					parts = append(parts, b)
				}
			}
			for i, a := range parts {
				assert.True(t, a.Within(l.body), "%v %s: part %d leaves the card", size, deck, i)
				for j, b := range parts[i+1:] {
					assert.False(t, a.Overlaps(b), "%v %s: parts %d and %d overlap", size, deck, i, i+1+j)
				}
			}
		}
	}
}

// In all mode, one Space during the second vote (a clicker's press, a
// team keeping its first vote) does not reveal the card for every team:
// like a test's early reveal, it says how many teams have not voted again
// and waits for a second press. Once every team has voted again, the card
// is revealed by the last vote, as before.
func TestSecondVoteRevealWaitsForASecondPress(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeAll})
	require.NotEmpty(t, p.g.Card().Hints, "the first card of the discovery deck has hints")
	for range 3 { // the first vote, the laptop going round
		playFor(t, dr, p, 0, ActionNext)
		playFor(t, dr, p, revealDelay, ActionAnswer2)
	}
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	playFor(t, dr, p, 0, ActionNext) // the first team takes the laptop
	playFor(t, dr, p, revealDelay)
	playFor(t, dr, p, 0, ActionNext)
	assert.Equal(t, game.PhaseSecond, p.g.State().Phase, "one press does not end the second vote")
	assert.Equal(t, d.View.Tr.N("second_vote_confirm_reveal", 3), p.flash)
	playFor(t, dr, p, 0, ActionNext)
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase, "the second press reveals")
	r := p.g.State().Results[0]
	for team, a := range r.Answers {
		require.NotNil(t, a, "team %d keeps its first vote", team)
		assert.Equal(t, 1, a.Choice)
	}

	// The warning goes with its time, and then a press asks again; a team
	// that votes again lowers the count.
	playFor(t, dr, p, 0, ActionNext)
	for range 3 {
		playFor(t, dr, p, 0, ActionNext)
		playFor(t, dr, p, revealDelay, ActionAnswer1)
	}
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	playFor(t, dr, p, 0, ActionNext)
	playFor(t, dr, p, revealDelay, ActionAnswer2) // team 1 votes again
	playFor(t, dr, p, 0, ActionNext)              // team 2 takes the laptop
	playFor(t, dr, p, revealDelay, ActionNext)
	assert.Equal(t, d.View.Tr.N("second_vote_confirm_reveal", 2), p.flash)
	playFor(t, dr, p, noticeFor+time.Millisecond)
	assert.Empty(t, p.flash)
	playFor(t, dr, p, 0, ActionNext)
	assert.Equal(t, game.PhaseSecond, p.g.State().Phase, "the question is asked afresh once its word has gone")
	playFor(t, dr, p, 0, ActionAnswer2)
	playFor(t, dr, p, 0, ActionNext)
	playFor(t, dr, p, revealDelay, ActionAnswer2)
	assert.Equal(t, game.PhaseRevealed, p.g.State().Phase, "every team has voted again: the card is revealed")
}

// In turns mode the reveal says the answer of the teams the card was given
// to, and nothing of the others: they did not fail to answer, it was not
// their turn. A team the card passed to played it.
func TestTurnsRevealSaysOnlyWhoPlayed(t *testing.T) {
	d := sceneDeps(t)
	p, dr, _ := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns, Pass: true})
	said := func() []bool {
		t.Helper()
		st := p.g.State()
		require.Equal(t, game.PhaseRevealed, st.Phase)
		result := &st.Results[len(st.Results)-1]
		var out []bool
		for team := range p.s.Teams {
			_, ok := p.revealedAnswer(result, team)
			out = append(out, ok)
		}
		return out
	}
	playFor(t, dr, p, revealDelay, ActionAnswer1) // Renards' first vote
	playFor(t, dr, p, revealDelay, ActionNext)    // revealed: the first vote counts
	assert.Equal(t, []bool{true, false, false}, said(), "only Renards had the card")

	playFor(t, dr, p, 0, ActionNext) // card 2 starts with team 2
	playFor(t, dr, p, revealDelay, ActionAnswer1)
	playFor(t, dr, p, revealDelay, ActionAnswer1) // wrong again: the card passes on
	playFor(t, dr, p, revealDelay, ActionAnswer2) // team 3 finds it
	assert.Equal(t, []bool{false, true, true}, said(), "the team the card passed to played it")
}

// A game played without hints (Settings.NoHints) plays a card with hints in
// one vote: Space reveals it, as a card without, and the vote reveals at
// once in turns mode.
func TestNoHintsGameRevealsInOneVote(t *testing.T) {
	d := sceneDeps(t)
	p, dr, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns, NoHints: true})
	require.NotEmpty(t, p.g.Card().Hints, "the first card of the discovery deck has hints")
	playFor(t, dr, p, revealDelay)
	playFor(t, dr, p, 0, ActionNext)
	assert.Empty(t, p.flash, "nothing refused")
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase, "Space reveals the card")

	playFor(t, dr, p, 0, ActionNext) // card 2, with hints too: Hiboux's turn
	require.NotEmpty(t, p.g.Card().Hints)
	playFor(t, dr, p, revealDelay, ActionAnswer2)
	assert.Equal(t, game.PhaseRevealed, p.g.State().Phase, "no second vote")
	assert.Equal(t, []int{0, 1}, s.Totals())
}
