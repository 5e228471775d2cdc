package lan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// TestPhonesSayHowSure: in a game that asks how sure teams are, a phone's
// view of a verdict card says so; its answer carries the rating, which its
// own view shows and no other team's phone receives before the reveal; a
// change replaces both; a rating beyond 1–3, or in a game that does not
// ask, is refused.
func TestPhonesSayHowSure(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll, Confidence: true}, "Renards", "Hiboux")
	p0, _, v0 := rg.joinTeam(0)
	p1, _, v1 := rg.joinTeam(1)
	assert.True(t, v0.AskSure)
	assert.True(t, v1.AskSure)

	answer := func(id, choice, sure int) map[string]any {
		m := move(v0.Rev, id, "answer", choice)
		m["sure"] = sure
		return m
	}
	p0.send(answer(1, 9, 0)) // no such verdict: refused, and nothing changes
	_, refused := p0.await(1, func(PhoneView) bool { return false })
	require.True(t, refused)
	p0.send(answer(2, 1, 7))
	_, refused = p0.await(2, func(PhoneView) bool { return false })
	assert.True(t, refused, "a rating beyond au hasard")

	p0.send(answer(3, 1, game.SureRather))
	mine := p0.view(func(pv PhoneView) bool { return pv.Mine != nil })
	assert.Equal(t, game.Answer{Choice: 1, Sure: game.SureRather}, *mine.Mine, "its own rating, on its phone")
	p1.view(func(pv PhoneView) bool { return pv.Answered[0] })

	p0.send(answer(4, 0, game.SureGuess)) // the last tap counts, its rating with it
	p0.view(func(pv PhoneView) bool { return pv.Mine != nil && pv.Mine.Sure == game.SureGuess })
	st, _ := rg.state()
	require.NotNil(t, st.Answers[0])
	assert.Equal(t, game.Answer{Choice: 0, Sure: game.SureGuess, Right: st.Answers[0].Right, Points: st.Answers[0].Points}, *st.Answers[0])

	for _, b := range p1.received() {
		assert.NotContains(t, string(b), `"sure":`, "the other team's rating before the reveal: %s", b)
	}

	p1.send(map[string]any{"t": "move", "rev": v0.Rev, "id": 1, "kind": "answer", "choice": 0, "sure": game.SureCertain})
	p1.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	st, _ = rg.state()
	require.Equal(t, game.PhaseRevealed, st.Phase)
	assert.Equal(t, game.SureCertain, st.Answers[1].Sure)

	off := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	q, _, w := off.joinTeam(0)
	assert.False(t, w.AskSure, "a game that does not ask")
	m := move(w.Rev, 1, "answer", 0)
	m["sure"] = game.SureCertain
	q.send(m)
	_, refused = q.await(1, func(PhoneView) bool { return false })
	assert.True(t, refused, "a rating the game does not ask for")
}
