package report

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
	"declic/game"
)

// bundled returns the bundled decks.
func bundled(t testing.TB) []*cards.Deck {
	t.Helper()
	all, problems := cards.LoadFS(decks.FS, ".", "bundled/")
	require.Zero(t, problems.Errors())
	return all
}

// bundledDeck returns the bundled deck of that id and language.
func bundledDeck(t testing.TB, id, lang string) *cards.Deck {
	t.Helper()
	for _, d := range bundled(t) {
		if d.ID == id && d.Language == lang {
			return d
		}
	}
	t.Fatalf("no bundled deck %s (%s)", id, lang)
	return nil
}

// teamNames are the teams of the scripted workshops, in French and English.
var teamNames = map[string][]string{
	"fr": {"Les Renards", "Les Hiboux", "Les Loutres", "Les Castors", "Les Lynx", "Les Mésanges"},
	"en": {"The Foxes", "The Owls", "The Otters", "The Beavers", "The Lynxes", "The Robins"},
}

// workshop starts a workshop of n teams named in lang, on a fixed date.
func workshop(t testing.TB, lang string, n int) *game.Session {
	t.Helper()
	teams := make([]game.Team, n)
	for i := range teams {
		teams[i] = game.Team{Name: teamNames[lang][i], Colour: game.Colour(i), Symbol: game.Symbol(i)}
	}
	start := time.Date(2026, 3, 14, 14, 0, 0, 0, time.UTC)
	s, err := game.NewSession(teams, start)
	require.NoError(t, err)
	s.Name = map[string]string{"fr": "Centre social des Tilleuls, groupe du samedi", "en": "Linden Tree social centre, Saturday group"}[lang]
	return s
}

// playGame plays a game of deck in the session to its end with answers
// drawn from seed: every team answers every card in all mode, right about
// two times in three, debates are counted in the room, and the clock
// moves a minute a card. It fails the test when the game does not end.
func playGame(t testing.TB, s *game.Session, deck *cards.Deck, set game.Settings, seed uint64) {
	t.Helper()
	if set.Mode == "" {
		set.Mode = cards.ModeAll
	}
	set.Seed = int64(seed)
	g, err := s.NewGame(deck, set)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(seed, 0x62696c616e))
	now := s.Updated
	apply := func(m game.Move) bool {
		if g.Allowed(m) != nil {
			return false
		}
		now = now.Add(10 * time.Second)
		_, err := s.Apply(m, now)
		require.NoError(t, err, "%+v", m)
		return true
	}
	for moves := 0; !g.Over(); moves++ {
		require.Less(t, moves, 20000, "%s: the scripted game does not end", deck.ID)
		st := g.State()
		if st.Phase == game.PhaseRevealed {
			apply(game.Move{Kind: game.MoveNext})
			continue
		}
		c := g.Card()
		played := false
		for team := range g.Teams() {
			for _, m := range answersFor(r, g, c, team) {
				played = apply(m) || played
			}
		}
		if c.Kind == cards.KindSpectrum && !c.HasTarget && r.IntN(3) > 0 {
			heads := make([]int, game.Steps)
			for i := range heads {
				heads[i] = r.IntN(6)
			}
			played = apply(game.Move{Kind: game.MoveHeadCount, Choices: heads}) || played
		}
		if played && g.State().Phase != game.PhaseRevealed && r.IntN(4) > 0 {
			continue // a second round, a clue more, another question
		}
		for _, k := range []game.MoveKind{game.MoveSecondRound, game.MoveClue, game.MoveReveal, game.MoveNext, game.MoveSkip, game.MoveEnd} {
			if apply(game.Move{Kind: k}) {
				break
			}
		}
	}
	s.Updated = now
}

// answersFor returns the moves a team may make on a card, drawn from r:
// right two times in three, positions on a debate's scale anywhere.
func answersFor(r *rand.Rand, g *game.Game, c *cards.Card, team int) []game.Move {
	right := r.IntN(3) < 2
	answer := func(choice int) []game.Move {
		return []game.Move{{Kind: game.MoveAnswer, Team: team, Choice: choice}}
	}
	switch {
	case g.Kind() == cards.KindClues:
		return []game.Move{{Kind: game.MoveJudge, Team: team, Right: right}}
	case c.Kind == cards.KindCharacter:
		deck := g.TheDeck()
		guess := r.IntN(len(deck.Cards))
		if right {
			guess = slices.IndexFunc(deck.Cards, func(d cards.Card) bool { return d.ID == c.ID })
		}
		return []game.Move{{Kind: game.MoveAsk, Choice: r.IntN(len(deck.Questions))}, {Kind: game.MoveGuess, Team: team, Choice: guess}}
	case c.Kind == cards.KindVerdict:
		vs := g.TheDeck().Verdicts
		choice := r.IntN(len(vs))
		if right {
			choice = slices.IndexFunc(vs, func(v cards.Verdict) bool { return v.Key == c.Verdict })
		}
		m := answer(choice)
		if g.Settings.Confidence {
			// Surer when right, as a group whose confidence follows its
			// answers: sûr half the time when right, a sixth when wrong.
			m[0].Sure = []int{1, 1, 1, 2, 2, 3}[r.IntN(6)]
			if !right {
				m[0].Sure = []int{1, 2, 2, 3, 3, 3}[r.IntN(6)]
			}
		}
		return m
	case c.Kind == cards.KindChoice:
		choices := []int{r.IntN(len(c.Choices))}
		if right {
			choices = c.Correct
		}
		return []game.Move{{Kind: game.MoveAnswer, Team: team, Choice: choices[0], Choices: choices}}
	case c.Kind == cards.KindOrder:
		order := make([]int, len(c.Items))
		for i := range order {
			order[i] = i
		}
		if !right {
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		return []game.Move{{Kind: game.MoveAnswer, Team: team, Choices: order}}
	case c.Kind == cards.KindSpectrum && c.HasTarget:
		v := c.Min + r.IntN(c.Max-c.Min+1)
		if right {
			v = max(c.Min, min(c.Max, c.Target+r.IntN(5)-2))
		}
		return answer(v)
	case c.Kind == cards.KindSpectrum:
		return answer(r.IntN(game.Steps))
	}
	return nil // an open question: the facilitator gives points by hand, or not
}

// TestScriptedGamesEnd checks the scripted player: every bundled deck
// played to its end, each card over.
func TestScriptedGamesEnd(t *testing.T) {
	for _, deck := range bundled(t) {
		t.Run(fmt.Sprintf("%s-%s", deck.ID, deck.Language), func(t *testing.T) {
			s := workshop(t, deck.Language, 3)
			playGame(t, s, deck, game.Settings{}, 7)
			g := s.Current()
			require.True(t, g.Over())
			require.Len(t, g.State().Results, g.Len())
		})
	}
}
