package lan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
)

// TestNoSecretReachesAPhoneInAWholeGame plays every bundled deck to its end
// over the room, in the deck's own mode and in buzzer mode, with two
// teams' phones answering every card (and two persons voting on
// opinions), and reads every message each phone received: none holds a
// card's explanation, source, reflex, answer or secret character's name
// before that card's reveal (a board's list of the whole cast aside, which
// the board shows), and the explanation arrives at the reveal. In the
// deck's own mode the game asks how sure teams are, and the phones rate
// their verdicts.
func TestNoSecretReachesAPhoneInAWholeGame(t *testing.T) {
	lib := &cards.Library{}
	lib.AddFS(decks.FS, "bundled/")
	require.NotEmpty(t, lib.Decks)
	for _, deck := range lib.Decks {
		for _, mode := range []cards.Mode{"", cards.ModeBuzzer} {
			if mode == cards.ModeBuzzer && deck.IsBoard() {
				continue
			}
			t.Run(fmt.Sprintf("%s-%s-%s", deck.ID, deck.Language, mode), func(t *testing.T) {
				t.Parallel()
				playWhole(t, deck, mode)
			})
		}
	}
}

func playWhole(t *testing.T, deck *cards.Deck, mode cards.Mode) {
	rg := newRig(t, deck, game.Settings{InOrder: true, Mode: mode, Seed: 7, Confidence: mode == ""}, "Renards", "Hiboux")
	var phones []*client
	var first []PhoneView
	for team := range 2 {
		p, _, v := rg.joinTeam(team)
		phones, first = append(phones, p), append(first, v)
	}
	q0, _ := rg.joinPerson()
	q1, _ := rg.joinPerson()
	everyone := append(append([]*client(nil), phones...), q0, q1)
	ids := []int{0, 0}
	var draw []*cards.Card
	rg.do(func() {
		g := rg.h.Session().Current()
		for i := range g.Len() {
			draw = append(draw, g.CardAt(i))
		}
	})
	for card := range draw {
		rg.clock.add(time.Second) // a card a second: within every phone's rate
		var v PhoneView
		for team, p := range phones {
			if card == 0 {
				v = first[team] // the view it joined with (a newer one waits in its queue)
			} else {
				v = p.view(func(pv PhoneView) bool { return pv.Card == card && !pv.Over })
			}
			ids[team] = answerCard(t, p, v, team, ids[team]+1)
		}
		if v.Kind == cards.KindSpectrum && !v.Target {
			for i, q := range []*client{q0, q1} {
				q.send(map[string]any{"t": "vote", "rev": v.Rev, "step": i + 2})
				q.view(func(pv PhoneView) bool { return pv.Vote != nil && *pv.Vote == i+2 })
			}
		}
		var err error
		skipped := false
		rg.do(func() {
			g := rg.h.Session().Current()
			if g.State().Phase != game.PhaseRevealed {
				_, err = rg.h.Apply("local", rg.h.Rev(), game.Move{Kind: game.MoveReveal})
				if errors.Is(err, game.ErrNotAllowed) || errors.Is(err, game.ErrWrongPhase) {
					_, err = rg.h.Apply("local", rg.h.Rev(), game.Move{Kind: game.MoveSkip})
					skipped = true
				}
			}
		})
		require.NoError(t, err, "card %s", draw[card].ID)
		if skipped {
			continue
		}
		for _, p := range everyone { // each sees the reveal before the next card
			if p.last.Card != card || p.last.Revealed == nil {
				p.view(func(pv PhoneView) bool { return pv.Card == card && pv.Revealed != nil })
			}
		}
		rg.apply(game.Move{Kind: game.MoveNext})
	}
	for _, p := range phones {
		p.view(func(pv PhoneView) bool { return pv.Over })
	}
	cast, _ := json.Marshal(castOf(deck))
	explained := 0
	for who, p := range everyone {
		for _, b := range p.received() {
			var head struct {
				T     string `json:"t"`
				Card  int    `json:"card"`
				Phase string `json:"phase"`
				Over  bool   `json:"over"`
			}
			require.NoError(t, json.Unmarshal(b, &head))
			if head.T != "view" {
				for _, c := range draw {
					for what, s := range secretsOf(c) {
						assert.NotContains(t, string(b), s, "phone %d: the %s of card %s in a %q message", who, what, c.ID, head.T)
					}
				}
				continue
			}
			if head.Over {
				continue
			}
			require.Less(t, head.Card, len(draw))
			c := draw[head.Card]
			if head.Phase == "revealed" {
				if c.Explanation != "" && bytes.Contains(b, []byte(jsonText(t, c.Explanation))) {
					explained++
				}
				continue
			}
			text := string(b)
			if deck.IsBoard() {
				require.Contains(t, text, `"characters":`+string(cast), "a board lists the whole cast")
				text = string(bytes.Replace(b, cast, nil, 1))
			}
			for what, s := range secretsOf(c) {
				assert.NotContains(t, text, s, "phone %d: card %s: the %s before the reveal", who, c.ID, what)
			}
		}
	}
	if draw[0].Explanation != "" {
		assert.Positive(t, explained, "the explanation reaches the phones at the reveal")
	}
}

// answerCard has a team's phone answer the card of view v as a player
// would, its moves numbered from id, and waits for the room's answer to
// each; it returns the last id used.
func answerCard(t *testing.T, p *client, v PhoneView, team, id int) int {
	t.Helper()
	if v.Phase == "revealed" {
		return id // revealed by the other team's answer
	}
	id--
	send := func(kind string, choice int, choices ...int) {
		id++
		m := move(v.Rev, id, kind, choice, choices...)
		if v.AskSure && kind == "answer" {
			m["sure"] = 1 + team%game.SureLevels
		}
		p.send(m)
		got, refused := p.await(id, func(pv PhoneView) bool {
			return pv.Card != v.Card || pv.Revealed != nil || pv.Phase != v.Phase ||
				team < len(pv.Answered) && pv.Answered[team] && !v.Answered[team] ||
				len(pv.Asked) > len(v.Asked) || pv.Turn != v.Turn
		})
		if !refused {
			v = got
		}
	}
	if v.Buzz {
		send("buzz", 0)
	}
	switch v.Kind {
	case cards.KindVerdict:
		send("answer", team%len(v.Verdicts))
	case cards.KindChoice:
		if v.Several {
			send("answer", 0, 0, 1)
		} else {
			send("answer", team%len(v.Choices))
		}
	case cards.KindSpectrum:
		if v.Target {
			send("answer", v.Min+team)
		} else {
			send("answer", team+1)
		}
	case cards.KindOrder:
		positions := make([]int, len(v.Items))
		for i := range positions {
			positions[i] = i
		}
		send("answer", 0, positions...)
	case cards.KindCharacter:
		send("ask", team)
		send("guess", team)
	case cards.KindClues, cards.KindOpen:
		p.send(map[string]any{"t": "say", "rev": v.Rev, "text": "Je ne sais pas"})
	}
	return id
}

// TestBeforeTestTellsPhonesNothing plays a before test of the workshop's
// effect over the room: every card goes once both phones have judged it,
// and no message any phone received, during the test or after it, holds
// the answer, explanation or source of any of its cards — not even its
// last card's, once the test is over.
func TestBeforeTestTellsPhonesNothing(t *testing.T) {
	lib := &cards.Library{}
	lib.AddFS(decks.FS, "bundled/")
	deck := lib.Find("infox", "fr")
	require.NotNil(t, deck)
	rg := newRig(t, deck, game.Settings{Measure: game.MeasureBefore, Cards: 4, Seed: 7}, "Renards", "Hiboux")
	var phones []*client
	var views []PhoneView
	for team := range 2 {
		p, _, v := rg.joinTeam(team)
		phones, views = append(phones, p), append(views, v)
	}
	var draw []*cards.Card
	rg.do(func() {
		g := rg.h.Session().Current()
		require.True(t, g.Blind())
		for i := range g.Len() {
			draw = append(draw, g.CardAt(i))
		}
	})
	ids := []int{0, 0}
	for card := range draw {
		rg.clock.add(time.Second)
		for team, p := range phones {
			v := views[team]
			if card > 0 {
				if v = p.last; v.Card != card {
					v = p.view(func(pv PhoneView) bool { return pv.Card == card || pv.Over })
				}
			}
			require.Equal(t, card, v.Card)
			ids[team] = answerCard(t, p, v, team, ids[team]+1)
		}
	}
	for _, p := range phones {
		if !p.last.Over {
			p.view(func(pv PhoneView) bool { return pv.Over })
		}
	}
	for who, p := range phones {
		for _, b := range p.received() {
			assert.NotContains(t, string(b), `"phase":"revealed"`, "phone %d: a card of the before test revealed", who)
			for _, c := range draw {
				for what, s := range secretsOf(c) {
					assert.NotContains(t, string(b), s, "phone %d: the %s of card %s", who, what, c.ID)
				}
			}
		}
	}
}
