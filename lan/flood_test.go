package lan

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

const opinion = `format = 1
[deck]
id = "avis"
title = "Avis"
language = "fr"
[[card]]
type = "spectrum"
statement = "Les réseaux sociaux rendent heureux."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"
`

// TestAFloodCutsOffTheFlooderAlone: while one client sends 10,000
// malformed messages and another an oversized one, 30 persons vote on an
// opinion card: every vote counts, both flooders are cut off, and the room
// still takes a new phone.
func TestAFloodCutsOffTheFlooderAlone(t *testing.T) {
	rg := newRig(t, parseDeck(t, opinion), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	const people = 30
	var voters []*client
	var rev int
	for range people {
		q, v := rg.joinPerson()
		voters, rev = append(voters, q), v.Rev
	}
	flooder := rg.dial("c=" + rg.room.Code())
	big := rg.dial("c=" + rg.room.Code())

	var wg sync.WaitGroup
	sent := 0
	wg.Go(func() {
		for i := range 10_000 {
			if flooder.raw([]byte(fmt.Sprintf(`{"t":%d`, i))) != nil {
				return // cut off
			}
			sent++
		}
	})
	wg.Go(func() { big.raw([]byte(`{"t":"say","text":"` + strings.Repeat("x", 64<<10) + `"}`)) })
	want := make([]int, game.Steps)
	for i, q := range voters {
		wg.Go(func() { q.send(map[string]any{"t": "vote", "rev": rev, "step": i % game.Steps}) })
		want[i%game.Steps]++
	}
	wg.Wait()
	<-flooder.gone
	<-big.gone

	require.Eventually(t, func() bool { st, _ := rg.state(); return slices.Equal(st.Heads[0], want) }, waitFor, tick, "every vote counts")
	assert.EqualValues(t, 2, rg.room.cut.Load(), "both flooders cut off")
	assert.Equal(t, people, rg.room.People(), "the others stay")
	for _, q := range voters {
		select {
		case <-q.gone:
			t.Fatal("a voter was cut off")
		default:
		}
	}
	_, _, v := rg.joinTeam(0)
	assert.Equal(t, cards.KindSpectrum, v.Kind, "the room still takes a phone")
	t.Logf("the flooder wrote %d messages before the room cut it off", sent)
}
