package lan

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// twoVerdicts is a deck of two verdict cards: vrai 0, faux 1, trompeur 2.
const twoVerdicts = `format = 1
[deck]
id = "essai"
title = "Essai"
language = "fr"
[[card]]
type = "verdict"
id = "sms"
claim = "Le premier SMS date de 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992, chez Vodafone."
[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue de Houston."
answer = "faux"
explanation = "Un photomontage de 2017."
`

func parseDeck(t *testing.T, src string) *cards.Deck {
	t.Helper()
	d, problems := cards.Parse("essai.toml", []byte(src), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	return d
}

// TestTwoTeamsJoinAndAnswerAVerdict: two phones join their teams, see the
// card with its verdict buttons, answer in all mode; the session holds
// their answers, and the reveal reaches both phones.
func TestTwoTeamsJoinAndAnswerAVerdict(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	p0, s0, v0 := rg.joinTeam(0)
	p1, s1, _ := rg.joinTeam(1)
	assert.Equal(t, 0, s0.Team)
	assert.Equal(t, 1, s1.Team)
	assert.NotEqual(t, s0.Token, s1.Token)
	assert.Len(t, s0.Token, 22, "128 bits, base64url")
	assert.Equal(t, "Le premier SMS date de 1992.", v0.Text)
	assert.Equal(t, []string{"Vrai", "Faux", "Trompeur"}, v0.Verdicts)
	assert.Equal(t, []int{1, 1}, rg.room.Phones())

	p0.send(map[string]any{"t": "move", "rev": v0.Rev, "id": 1, "kind": "answer", "choice": 0})
	mine := p0.view(func(pv PhoneView) bool { return pv.Mine != nil })
	assert.Equal(t, 0, mine.Mine.Choice)
	require.NotNil(t, mine.Pending)
	assert.Equal(t, s0.ID, mine.Pending.By)
	other := p1.view(func(pv PhoneView) bool { return pv.Answered[0] })
	assert.Nil(t, other.Mine, "another team's answer stays secret")

	p1.send(map[string]any{"t": "move", "rev": v0.Rev, "id": 1, "kind": "answer", "choice": 1})
	rv := p1.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	assert.Contains(t, rv.Revealed.Explanation, "Vodafone")
	assert.Equal(t, []int{1, 0}, rv.Totals)
	p0.view(func(pv PhoneView) bool { return pv.Revealed != nil })
	st, _ := rg.state()
	assert.Equal(t, game.PhaseRevealed, st.Phase)
	require.NotNil(t, st.Answers[0])
	assert.True(t, st.Answers[0].Right)
}

// TestTheTimerAndItsPauseReachThePhones: a phone's view holds the time
// left when it was made, and a pause (no move) sends a view saying so.
func TestTheTimerAndItsPauseReachThePhones(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 30}, "Renards", "Hiboux")
	p, _, v := rg.joinTeam(0)
	assert.True(t, v.Timer)
	assert.EqualValues(t, 30_000, v.TimeMS)
	assert.False(t, v.Paused)
	rg.do(func() { rg.h.Advance(game.NoTeam, 10*time.Second) })
	rg.do(func() { rg.h.SetPaused(true) })
	v = p.view(func(pv PhoneView) bool { return pv.Paused })
	assert.EqualValues(t, 20_000, v.TimeMS)
	rg.do(func() { rg.h.SetPaused(false) })
	p.view(func(pv PhoneView) bool { return !pv.Paused })
}
