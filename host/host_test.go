package host

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// threeClaims is a deck of three verdict cards; vrai, faux, trompeur are
// answers 0, 1, 2.
const threeClaims = `format = 1
[deck]
id = "essai"
title = "Essai"
language = "fr"
[[card]]
type = "verdict"
claim = "Le premier SMS a été envoyé en 1992."
answer = "vrai"
[[card]]
type = "verdict"
claim = "Un requin nage dans une rue inondée de Houston."
answer = "faux"
[[card]]
type = "verdict"
claim = "Le pape porte une doudoune blanche."
answer = "trompeur"
`

func parse(t testing.TB, src string) *cards.Deck {
	t.Helper()
	d, problems := cards.Parse("essai.toml", []byte(src), nil)
	for _, p := range problems {
		require.NotEqual(t, cards.Error, p.Severity, p.Text("en"))
	}
	return d
}

// saves records every save: the number of moves the session held, and
// fails when told to.
type saves struct {
	moves []int
	fail  error
}

func (s *saves) Save(session *game.Session) error {
	n := 0
	for _, g := range session.Games {
		n += len(g.Events)
	}
	s.moves = append(s.moves, n)
	return s.fail
}

// clock is a clock that moves a second a reading.
func clock() func() time.Time {
	t := time.Date(2026, 12, 2, 14, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Second); return t }
}

// started returns a host playing a game of deck with two teams.
func started(t *testing.T, deck string, settings game.Settings) (*Host, *saves) {
	t.Helper()
	sv := &saves{}
	h := New(sv, clock())
	_, err := h.NewSession("", game.NewTeams("Les Hiboux", "Les Loutres"))
	require.NoError(t, err)
	_, err = h.NewGame(parse(t, deck), settings)
	require.NoError(t, err)
	return h, sv
}

const phone Source = "phone:loutres"

func answer(team, choice int) game.Move {
	return game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice}
}

var (
	next   = game.Move{Kind: game.MoveNext}
	reveal = game.Move{Kind: game.MoveReveal}
	undo   = game.Move{Kind: game.MoveUndo}
)

// A workshop played from the keyboard and a phone at once, in all mode: each
// row is who sends the move, whether it was made before the last change of
// card or phase (stale), the error wanted, the totals after it and what the
// event says.
func TestApplyFromTwoSources(t *testing.T) {
	h, sv := started(t, threeClaims, game.Settings{Mode: cards.ModeAll, InOrder: true})
	type row struct {
		from   Source
		stale  bool
		move   game.Move
		err    error
		totals []int
		event  Event // the flags wanted: Revealed, Gained, Missed, Over
	}
	rows := []row{
		{Local, false, answer(0, 0), nil, []int{0, 0}, Event{}},
		{phone, false, answer(1, 1), nil, []int{1, 0}, Event{Revealed: true, Gained: true}}, // the last answer reveals
		{phone, true, answer(1, 0), ErrStale, []int{1, 0}, Event{}},                         // sent before the reveal
		{phone, false, answer(1, 0), game.ErrWrongPhase, []int{1, 0}, Event{}},
		{Local, false, next, nil, []int{1, 0}, Event{}},
		{phone, false, answer(1, 1), nil, []int{1, 0}, Event{}}, // all mode: a wrong answer stays secret
		{phone, false, answer(1, 0), game.ErrAlreadyAnswered, []int{1, 0}, Event{}},
		{Local, false, undo, nil, []int{1, 0}, Event{}},
		{phone, true, answer(1, 1), ErrStale, []int{1, 0}, Event{}}, // made before the undo
		{phone, false, answer(1, 1), nil, []int{1, 0}, Event{}},
		{Local, false, answer(0, 0), nil, []int{1, 1}, Event{Revealed: true, Gained: true}},
		{Local, false, next, nil, []int{1, 1}, Event{}},
		{Local, false, reveal, nil, []int{1, 1}, Event{Revealed: true}},
		{Local, false, next, nil, []int{1, 1}, Event{Over: true}},
		{Local, false, next, game.ErrGameOver, []int{1, 1}, Event{}},
	}
	var published []Event
	h.Listen(func(e Event) { published = append(published, e) })
	before := h.Rev()
	for i, r := range rows {
		seen := h.Rev()
		if r.stale {
			seen = before
		}
		before = h.Rev()
		saved, told := len(sv.moves), len(published)
		ev, err := h.Apply(r.from, seen, r.move)
		if r.err != nil {
			require.ErrorIs(t, err, r.err, "row %d", i+1)
			assert.Equal(t, saved, len(sv.moves), "row %d: a refused move is not saved", i+1)
			assert.Equal(t, told, len(published), "row %d: a refused move is not published", i+1)
		} else {
			require.NoError(t, err, "row %d", i+1)
			require.Len(t, published, told+1, "row %d", i+1)
			assert.Equal(t, ev, published[told], "row %d: Apply returns the event published", i+1)
			assert.Equal(t, r.from, ev.From, "row %d", i+1)
			assert.Equal(t, r.move.Kind, ev.Kind, "row %d", i+1)
			flags := Event{Revealed: ev.Revealed, Gained: ev.Gained, Missed: ev.Missed, Over: ev.Over}
			assert.Equal(t, r.event, flags, "row %d", i+1)
			assert.Equal(t, h.Rev(), ev.Rev, "row %d", i+1)
		}
		assert.Equal(t, r.totals, h.Session().Current().State().Totals, "row %d", i+1)
	}
}

// The revision changes with the card or the phase, not with every answer:
// in all mode the second team's answer, made when the first answered, is
// not stale.
func TestRevisionFollowsTheCardNotTheAnswers(t *testing.T) {
	h, _ := started(t, threeClaims, game.Settings{Mode: cards.ModeAll, InOrder: true})
	seen := h.Rev()
	_, err := h.Apply(Local, seen, answer(0, 1))
	require.NoError(t, err)
	assert.Equal(t, seen, h.Rev(), "an answer of the same card")
	_, err = h.Apply(phone, seen, game.Move{Kind: game.MovePoints, Team: 1, Points: 1, Reason: "bien argumenté"})
	require.NoError(t, err)
	assert.Equal(t, seen, h.Rev(), "points of the same card")
	_, err = h.Apply(phone, seen, answer(1, 0))
	require.NoError(t, err)
	assert.Greater(t, h.Rev(), seen, "the reveal")
}

// Every accepted move is saved before anyone hears of it: the listener
// finds the move in the last save, and a failed save still publishes the
// move, with the error.
func TestSavedBeforePublished(t *testing.T) {
	h, sv := started(t, threeClaims, game.Settings{Mode: cards.ModeTurns, InOrder: true})
	moves := 0
	h.Listen(func(e Event) {
		moves++
		require.NotEmpty(t, sv.moves)
		assert.Equal(t, moves, sv.moves[len(sv.moves)-1], "the save before the event holds it")
	})
	for _, m := range []game.Move{answer(0, 0), next, answer(1, 0), next} {
		_, err := h.Apply(Local, h.Rev(), m)
		require.NoError(t, err)
	}
	sv.fail = errors.New("disque plein")
	ev, err := h.Apply(Local, h.Rev(), answer(0, 2))
	require.NoError(t, err, "the move stands")
	assert.ErrorIs(t, ev.SaveErr, sv.fail)
	assert.Equal(t, 5, moves)
}

// The event tells the sound and the screen what happened.
func TestEventSaysWhatHappened(t *testing.T) {
	buzzer, _ := started(t, threeClaims, game.Settings{Mode: cards.ModeBuzzer, InOrder: true})
	ev, err := buzzer.Apply(phone, buzzer.Rev(), game.Move{Kind: game.MoveBuzz, Team: 1})
	require.NoError(t, err)
	assert.True(t, ev.Buzzed)
	assert.Equal(t, 1, ev.Team)
	ev, err = buzzer.Apply(phone, buzzer.Rev(), answer(1, 1))
	require.NoError(t, err)
	assert.True(t, ev.Missed, "a wrong answer aloud is heard")

	turns, _ := started(t, threeClaims, game.Settings{Mode: cards.ModeTurns, InOrder: true, Timer: true, Seconds: 10})
	_, out := turns.Advance(game.NoTeam, 9*time.Second)
	assert.False(t, out)
	ev, out = turns.Advance(game.NoTeam, 2*time.Second)
	require.True(t, out)
	assert.True(t, ev.TimeUp)
	assert.Equal(t, game.MoveTimeout, ev.Kind)

	_, err = turns.NewGame(parse(t, threeClaims), game.Settings{InOrder: true})
	require.NoError(t, err)
	ev = turns.Finish()
	assert.True(t, ev.Finished)
	assert.True(t, turns.Session().Finished)
}

// Moves from another goroutine wait for the loop: Send hands them over and
// wakes it, Pump plays them in their order, each result comes back to its
// sender; the keyboard plays in between.
func TestSendFromAnotherGoroutine(t *testing.T) {
	h, _ := started(t, threeClaims, game.Settings{Mode: cards.ModeAll, InOrder: true})
	woken := make(chan struct{}, 16)
	h.SetWake(func() { woken <- struct{}{} })
	seen := h.Rev()
	var results []Result
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		a := h.Send(phone, seen, game.Move{Kind: game.MovePoints, Team: 1, Points: 1, Reason: "bravo"})
		b := h.Send(phone, seen, answer(1, 1))
		results = append(results, <-a, <-b)
	}()
	<-woken
	<-woken
	_, err := h.Apply(Local, h.Rev(), answer(0, 0)) // the keyboard, between two frames
	require.NoError(t, err)
	assert.Equal(t, 2, h.Pump())
	wg.Wait()
	require.Len(t, results, 2)
	assert.NoError(t, results[0].Err)
	assert.NoError(t, results[1].Err)
	assert.True(t, results[1].Event.Revealed)
	assert.Equal(t, []int{1, 1}, h.Session().Current().State().Totals, "team 1: a point by hand, a wrong answer")
	assert.Equal(t, 0, h.Pump())
}

func TestNoSession(t *testing.T) {
	h := New(&saves{}, clock())
	_, err := h.Apply(Local, h.Rev(), next)
	assert.ErrorIs(t, err, ErrNoSession)
	_, err = h.NewGame(parse(t, threeClaims), game.Settings{})
	assert.ErrorIs(t, err, ErrNoSession)
}

// With a seed set, every new game is drawn with it, whatever seed its
// settings carry: two hosts given the same seed draw the same order.
func TestSetSeedFixesTheDraw(t *testing.T) {
	draw := func(seed, settingsSeed int64) *game.Game {
		h := New(&saves{}, clock())
		h.SetSeed(seed)
		_, err := h.NewSession("", game.NewTeams("Les Hiboux", "Les Loutres"))
		require.NoError(t, err)
		g, err := h.NewGame(parse(t, threeClaims), game.Settings{Seed: settingsSeed})
		require.NoError(t, err)
		return g
	}
	a, b := draw(42, 1), draw(42, 2)
	assert.Equal(t, int64(42), a.Settings.Seed)
	assert.Equal(t, a.Draw, b.Draw, "the same seed, the same draw")
	assert.Equal(t, int64(7), draw(0, 7).Settings.Seed, "no seed set: the settings' seed")
	orders := map[string]bool{}
	for seed := int64(1); seed <= 20; seed++ {
		orders[fmt.Sprint(draw(seed, 1).Draw)] = true
	}
	assert.Greater(t, len(orders), 1, "the seed set, not the settings', chooses the order")
}

// TestOnePumpOneSave: the moves handed over between two frames are applied
// in order, saved once (a group commit: a room of phones answering the same
// card is one fsync, not one a phone), and only then told, each with the
// save's outcome.
func TestOnePumpOneSave(t *testing.T) {
	h, sv := started(t, threeClaims, game.Settings{Mode: cards.ModeAll, InOrder: true})
	before := len(sv.moves)
	var told []Event
	var savedAt []int // the saves made when each event was told
	h.Listen(func(e Event) {
		told = append(told, e)
		savedAt = append(savedAt, len(sv.moves))
	})
	seen := h.Rev()
	a := h.Send(phone, seen, answer(0, 1))
	b := h.Send(phone, seen, game.Move{Kind: game.MovePoints, Team: 1, Points: 1, Reason: "bravo"})
	c := h.Send(phone, seen, answer(0, 2)) // refused: team 0 answered already
	require.Equal(t, 2, h.Pump())
	assert.Equal(t, []int{2}, sv.moves[before:], "one save holding both moves")
	require.Len(t, told, 2)
	assert.Equal(t, game.MoveAnswer, told[0].Kind)
	assert.Equal(t, game.MovePoints, told[1].Kind)
	ra, rb, rc := <-a, <-b, <-c
	assert.NoError(t, ra.Err)
	assert.NoError(t, rb.Err)
	assert.ErrorIs(t, rc.Err, game.ErrAlreadyAnswered)

	sv.fail = errors.New("disk full")
	d := h.Send(phone, seen, answer(1, 0))
	require.Equal(t, 1, h.Pump())
	assert.ErrorIs(t, (<-d).Event.SaveErr, sv.fail, "the reply says the save failed")
	assert.ErrorIs(t, told[2].SaveErr, sv.fail, "and so does the event told")
	assert.Equal(t, 0, h.Pump(), "nothing handed over: no save")
	assert.Len(t, sv.moves, before+2)
	assert.Equal(t, []int{before + 1, before + 1, before + 2}, savedAt, "each told after its batch's save")
}
