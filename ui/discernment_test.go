package ui

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// infoxWorkshop plays a game of the bundled infox deck in all mode, 20
// cards, for four teams that answer each their way, seeded: Lynx sees
// through most items, Hiboux believes most of what it reads, Loutres
// doubts everything, Renards answers at random.
func infoxWorkshop(t *testing.T, d *Deps) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams("Lynx", "Hiboux", "Loutres", "Renards"), d.Now())
	require.NoError(t, err)
	deck := d.Library.Find("infox", "fr")
	require.NotNil(t, deck)
	g, err := s.NewGame(deck, game.Settings{Mode: cards.ModeAll, Cards: 20, Seed: 7})
	require.NoError(t, err)
	verdict := func(key string) int {
		i := slices.IndexFunc(deck.Verdicts, func(v cards.Verdict) bool { return v.Key == key })
		require.GreaterOrEqual(t, i, 0, key)
		return i
	}
	// The chance each team says "vrai", of a true item and of an intox.
	trust := [][2]float64{{0.9, 0.1}, {0.95, 0.6}, {0.4, 0.05}, {0.5, 0.5}}
	rng := rand.New(rand.NewPCG(7, 16))
	for !g.Over() {
		c := g.Card()
		for team, p := range trust {
			chance, doubt := p[0], "faux"
			if c.Verdict != "vrai" {
				chance, doubt = p[1], c.Verdict
			}
			choice := verdict(doubt)
			if rng.Float64() < chance {
				choice = verdict("vrai")
			}
			_, err := s.Apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice}, d.Now())
			require.NoError(t, err)
		}
		if g.State().Phase != game.PhaseRevealed {
			_, err := s.Apply(game.Move{Kind: game.MoveReveal}, d.Now())
			require.NoError(t, err)
		}
		_, err := s.Apply(game.Move{Kind: game.MoveNext}, d.Now())
		require.NoError(t, err)
	}
	require.NoError(t, d.Store.Save(s))
	return s
}

// TestTruthPages: after a game of verdict cards the group first sees how
// it judged them, then the scores; at the end of the workshop the
// discernment page comes between the podium and the summary, and reads
// the whole workshop's verdicts, team by team.
func TestTruthPages(t *testing.T) {
	d := allDecksDeps(t)
	s := infoxWorkshop(t, d)
	sum := s.Summary()
	require.Equal(t, 80, sum.Detection.Answers(), "20 cards, 4 teams")
	var readings []game.Reading
	for _, ts := range sum.Teams {
		readings = append(readings, ts.Detection.Reading())
	}
	assert.Equal(t, []game.Reading{game.ReadingDiscerning, game.ReadingTrusting, game.ReadingDoubtful, game.ReadingBlurred}, readings,
		"each team reads as it played: %+v", sum.Teams)

	sc := newScoresScene(d, s).(*scoresScene)
	require.True(t, sc.onTruth)
	assert.Equal(t, sum.Detection, sc.truth.group)
	assert.Len(t, sc.truth.per, 4)
	assert.Same(t, sc, step(sc, ActionNext))
	assert.False(t, sc.onTruth, "Next: the scores")
	step(sc, ActionBack)
	assert.True(t, sc.onTruth, "← back to the discernment")

	end := newEndScene(d, s).(*endScene)
	require.True(t, end.hasTruth)
	step(end, ActionNext)
	assert.Equal(t, pageTruth, end.page)
	assert.Equal(t, sum.Detection, end.truth.group)
}

// TestNoTruthPageWithoutVerdicts: a workshop without verdict cards goes
// from the podium to the summary, and back.
func TestNoTruthPageWithoutVerdicts(t *testing.T) {
	d := endgameDeps(t)
	s, err := game.NewSession(game.NewTeams("A", "B"), d.Now())
	require.NoError(t, err)
	end := newEndScene(d, s).(*endScene)
	require.False(t, end.hasTruth)
	step(end, ActionNext)
	assert.Equal(t, pageSummary, end.page)
	step(end, ActionBack)
	assert.Equal(t, pagePodium, end.page)
}
