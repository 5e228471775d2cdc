package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// longDeckDeps returns deps with every bundled deck and the deck of the
// longest texts in testdata/long, with its big picture.
func longDeckDeps(t testing.TB) *Deps {
	t.Helper()
	d := allDecksDeps(t)
	d.Library.AddPath("testdata/long")
	require.Zero(t, d.Library.Problems.Errors(), "%v", d.Library.Problems)
	require.NotNil(t, d.Library.Find("textes-longs", "fr"))
	return d
}

// TestRevealShowsEverythingAtEverySize reveals every card of every bundled
// deck, and of a deck of very long texts, at every screen size and text
// size: every line of the explanation, technique, prompts and source is on
// a page of the reveal, whole, at a readable size, inside the column and
// clear of the "next" button and the teams; the right answer is never cut.
func TestRevealShowsEverythingAtEverySize(t *testing.T) {
	sizes := [][2]int{{1366, 768}, {1920, 1080}, {3840, 2160}}
	for _, size := range sizes {
		for _, scale := range TextScales {
			d := longDeckDeps(t)
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			for _, deck := range d.Library.Decks {
				if deck.IsBoard() {
					continue
				}
				t.Run(fmt.Sprintf("%dx%d@%.1f/%s", size[0], size[1], scale, deck.Path), func(t *testing.T) {
					session, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, game.MaxTeams)...), d.Now())
					require.NoError(t, err)
					_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns})
					require.NoError(t, err)
					p := newPlayScene(d, session).(*playScene)
					for !p.g.Over() {
						_, err := p.g.Apply(game.Move{Kind: game.MoveReveal})
						require.NoError(t, err)
						p.sync()
						checkReveal(t, p)
						_, err = p.g.Apply(game.Move{Kind: game.MoveNext})
						require.NoError(t, err)
						p.sync()
					}
				})
			}
		}
	}
}

func checkReveal(t *testing.T, p *playScene) {
	t.Helper()
	v := p.d.View
	card := p.g.Card()
	l := p.layout()
	first := p.revealLayout(l, 0)
	blocks := first.blocks
	next := make([]int, len(blocks)) // the next line of each block to find on a page
	total := make([]int, len(blocks))
	for n := 0; n < first.pages; n++ {
		r := p.revealLayout(l, n)
		require.Equal(t, first.pages, r.pages)
		for _, box := range []draw.Rect{r.text, r.more, r.answer, r.kind} {
			if box == (draw.Rect{}) {
				continue // not on this page
			}
			assert.True(t, box.Within(l.body), "card %s page %d: %v leaves the card", card.ID, n, box)
			assert.False(t, box.Overlaps(l.next), "card %s page %d: %v runs under the next button", card.ID, n, box)
		}
		if n == 0 && (card.Kind == cards.KindSpectrum && !card.HasTarget) && first.pages > 1 {
			assert.False(t, r.more.Overlaps(r.text), "card %s: the line to the explanation runs over the shift of positions", card.ID)
		}
		for _, team := range r.teams {
			assert.False(t, r.text.Overlaps(team), "card %s page %d: the explanation runs under the teams", card.ID, n)
			assert.True(t, team.Within(l.body), "card %s: a team leaves the card", card.ID)
		}
		if r.flowPage < 0 {
			continue
		}
		for _, piece := range r.flow.Pages[r.flowPage] {
			bl := blocks[piece.Block]
			assert.Equal(t, next[piece.Block], piece.From, "card %s: lines of %q are missing", card.ID, bl.Text)
			next[piece.Block], total[piece.Block] = piece.To, len(piece.Text.Lines)
			assert.LessOrEqual(t, piece.Y+float64(piece.To-piece.From)*piece.Text.LineH, r.text.H+0.5, "card %s page %d: %q runs off the column", card.ID, n, bl.Text)
			assert.GreaterOrEqual(t, piece.Style.Size, v.Px(min(bl.Size, draw.SizeReadable))-0.01, "card %s: %q is drawn too small", card.ID, bl.Text)
			for _, line := range piece.Text.Lines[piece.From:piece.To] {
				assert.False(t, strings.HasSuffix(line, "…") && !strings.Contains(bl.Text, "…"), "card %s: %q is cut", card.ID, line)
			}
			for _, w := range piece.Text.Widths[piece.From:piece.To] {
				assert.LessOrEqual(t, w, r.text.W+0.5, "card %s: a line of %q is wider than the column", card.ID, bl.Text)
			}
		}
	}
	for i, bl := range blocks {
		assert.True(t, total[i] > 0 && next[i] == total[i], "card %s: %q is not shown whole", card.ID, bl.Text)
	}
	if right := first.right; right != "" {
		label := first.answer
		if first.picture.W > 0 {
			_, label = first.answer.Left(v.Px(140))
		}
		label = label.InsetXY(v.Px(24), v.Px(8))
		assert.True(t, v.Fonts.Fits(right, first.answerStyle, label.W, label.H), "card %s: the right answer %q is cut", card.ID, right)
	}
}

// TestRevealScreenshots draws the reveal of the deck of long texts and of
// the first cards of the bundled infox and arnaques decks, every page, at a
// laptop's and a projector's size and at text sizes 1 and 1.4, into the
// folder DECLIC_SCREENSHOTS names: to look at. Skipped without it.
func TestRevealScreenshots(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	out := filepath.Join(dir, "reveals")
	require.NoError(t, os.MkdirAll(out, 0o755))
	for _, size := range [][2]int{{1920, 1080}, {1366, 768}} {
		for _, scale := range []float64{1, 1.4} {
			d := longDeckDeps(t)
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			for _, deck := range []struct {
				id string
				n  int
			}{{"textes-longs", 7}, {"infox", 4}, {"arnaques", 3}} {
				p, dr, _ := newPlay(t, d, deck.id, 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
				for i := 0; i < deck.n && !p.g.Over(); i++ {
					p.since = 10e9
					playStep(t, dr, p)
					writePNG(t, filepath.Join(out, fmt.Sprintf("%s-%d-card-%dx%d@%.1f.png", deck.id, i+1, size[0], size[1], scale)), opaque(dr.screen, d))
					_, _ = p.g.Apply(game.Move{Kind: game.MoveAnswer, Team: p.g.State().Turn, Choice: 1})
					if p.g.State().Phase != game.PhaseRevealed {
						_, err := p.g.Apply(game.Move{Kind: game.MoveReveal})
						require.NoError(t, err)
					}
					p.sync()
					pages := p.revealPages(p.layout())
					for page := 0; page < pages; page++ {
						p.page, p.since = page, 10e9
						playStep(t, dr, p)
						name := fmt.Sprintf("%s-%d-p%d-%dx%d@%.1f.png", deck.id, i+1, page+1, size[0], size[1], scale)
						writePNG(t, filepath.Join(out, name), opaque(dr.screen, d))
					}
					_, err := p.g.Apply(game.Move{Kind: game.MoveNext})
					require.NoError(t, err)
					p.sync()
				}
			}
		}
	}
}

// opaque returns the screen drawn over the theme's background, as the app
// shows it.
func opaque(screen *ebiten.Image, d *Deps) *ebiten.Image {
	bg := ebiten.NewImage(screen.Bounds().Dx(), screen.Bounds().Dy())
	bg.Fill(d.View.Theme.Background)
	bg.DrawImage(screen, nil)
	return bg
}

func writePNG(t *testing.T, path string, img *ebiten.Image) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, png.Encode(f, img))
}

// TestRevealLongExplanationTakesPages plays a card whose explanation does
// not fit beside the teams at the largest text size on a laptop: Space
// shows the explanation's pages one by one before the next card, and ←
// goes back a page.
func TestRevealLongExplanationTakesPages(t *testing.T) {
	d := longDeckDeps(t)
	d.View.Metrics = draw.NewMetrics(1366, 768, 1.4)
	p, dr, _ := newPlay(t, d, "textes-longs", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	p.shown = revealDelay
	require.True(t, p.apply(game.Move{Kind: game.MoveReveal}))
	require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	pages := p.revealPages(p.layout())
	require.Greater(t, pages, 2, "the longest explanation takes pages of its own")
	for page := 1; page < pages; page++ {
		playStep(t, dr, p, ActionNext)
		assert.Equal(t, page, p.page)
		assert.Equal(t, 0, p.g.State().Card, "still the first card")
	}
	playStep(t, dr, p, ActionBack)
	assert.Equal(t, pages-2, p.page)
	playStep(t, dr, p, ActionNext)
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, 1, p.g.State().Card, "the last page's Space goes on to the next card")
	assert.Equal(t, 0, p.page)
}

func TestSourceLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"INSEE, enquête TIC 2021", "INSEE, enquête TIC 2021"},
		{"https://fr.wikipedia.org/wiki/Wikip%C3%A9dia", "https://fr.wikipedia.org/wiki/Wikipédia"},
		{"https://www.slate.fr/story/150519/houston-requin-fake", "https://www.slate.fr/story/150519/houston-requin-fake"},
		{"https://www.lemonde.fr/les-decodeurs/article/2019/03/12/non-ce-requin-ne-nage-pas-dans-une-rue-de-houston_5434567_4355770.html", "lemonde.fr › non ce requin ne nage pas dans une rue de houston"},
		{"https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/faux-conseiller-bancaire-arnaque", "cybermalveillance.gouv.fr › faux conseiller bancaire arnaque"},
		{"https://www.anses.fr/fr/content/radiofr%C3%A9quences-et-sant%C3%A9-les-effets-sur-les-v%C3%A9g%C3%A9taux-et-l%E2%80%99environnement", "anses.fr › radiofréquences et santé les effets sur les végétaux et…"},
		{"https://example.org/archives/2021/04/17/000123456789/000987654321/00011122233/", "example.org › archives"},
		{"https://example.org/00001111222233334444/55556666777788889999/0000111122223333", "example.org"},
	} {
		assert.Equal(t, c.want, sourceLabel(c.in), c.in)
	}
}

// TestDebatePromptsShowDuringTheDiscussion: when a debate's teams have
// taken their places once, its prompts are on screen, whole, at every size
// and text size, for every debate of the bundled decks and of the deck of
// long texts; Space goes on to placing again, ← comes back to them.
func TestDebatePromptsShowDuringTheDiscussion(t *testing.T) {
	atEverySize(t, func(d *Deps, at string) {
		everyCard(t, d, func(p *playScene, _ *cards.Deck) {
			card := p.g.Card()
			if !(card.Kind == cards.KindSpectrum && !card.HasTarget) || len(card.Discuss) == 0 {
				return
			}
			_, err := p.g.Apply(game.Move{Kind: game.MoveSecondRound})
			require.NoError(t, err)
			p.sync()
			require.True(t, p.discussing(), "%s: the discussion shows", card.ID)
			l := p.layout()
			_, statement, prompts, flow := panelOf[*spectrumPanel](t, p).discussionLayout(l)
			assert.False(t, prompts.Overlaps(statement), "%s: the prompts cover the statement", card.ID)
			assert.False(t, prompts.Overlaps(l.next), "%s: the prompts run under the button", card.ID)
			lines := map[int]int{}
			for _, page := range flow.Pages {
				for _, piece := range page {
					assert.LessOrEqual(t, piece.Y+float64(piece.To-piece.From)*piece.Text.LineH, prompts.H+0.5)
					assert.Equal(t, lines[piece.Block], piece.From)
					lines[piece.Block] = piece.To
					if piece.To == len(piece.Text.Lines) {
						delete(lines, piece.Block)
						lines[-1-piece.Block] = 1
					}
				}
			}
			assert.Len(t, lines, len(card.Discuss)+1, "%s %s: a prompt is not shown whole", card.ID, at)
			if p.d.View.Settings.TextScale == 1 {
				assert.Len(t, flow.Pages, 1, "%s %s: the prompts take more than the screen", card.ID, at)
			}
		})
	})
}

// TestDiscussionThenPlacingAgain goes from a debate's first placing to its
// discussion, to placing again, back to the prompts, and on to the reveal.
func TestDiscussionThenPlacingAgain(t *testing.T) {
	d := longDeckDeps(t)
	p, dr, _ := newPlay(t, d, "textes-longs", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	for p.g.Card().Kind != cards.KindSpectrum {
		_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
		p.sync()
	}
	playStep(t, dr, p, ActionAnswer2)
	playStep(t, dr, p, ActionAnswer4)
	p.shown = revealDelay
	playStep(t, dr, p, ActionNext)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	assert.True(t, p.discussing())
	playStep(t, dr, p, ActionAnswer1)
	assert.Equal(t, 0, answers(p.g.State()), "no placing while the prompts are on screen")
	playStep(t, dr, p, ActionNext)
	assert.False(t, p.discussing(), "Space goes on to placing again")
	playStep(t, dr, p, ActionBack)
	assert.True(t, p.discussing(), "← comes back to the prompts")
	playStep(t, dr, p, ActionNext)
	playStep(t, dr, p, ActionAnswer1)
	require.Equal(t, 1, answers(p.g.State()))
	p.shown = revealDelay
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, game.PhaseRevealed, p.g.State().Phase)
}

// TestCluesShareOneSize: every clue of a card is drawn at one size, the
// largest at which all of them fit their rows whole, at every size and
// text size, for every riddle of the bundled decks.
func TestCluesShareOneSize(t *testing.T) {
	atEverySize(t, func(d *Deps, at string) {
		everyCard(t, d, func(p *playScene, deck *cards.Deck) {
			card := p.g.Card()
			if p.g.Kind() != cards.KindClues {
				return
			}
			c := p.cardLayout(p.layout())
			rows, style := p.clueRows(c)
			assert.Equal(t, style.Size, style.Min, "one size")
			assert.True(t, rows[len(rows)-1].Within(c.extra), "%s %s: the clues run out of their room", card.ID, at)
			if !strings.HasPrefix(deck.Path, "testdata/") {
				assert.GreaterOrEqual(t, style.Size, d.View.Px(draw.SizeTiny)*0.7-0.01, "%s %s: the clues are too small", card.ID, at)
			}
			for i, clue := range card.Clues {
				_, text := clueText(d.View, rows[i])
				assert.True(t, d.View.Fonts.Fits(clue, style, text.W, text.H), "%s %s: clue %d is cut at the card's size", card.ID, at, i+1)
			}
		})
	})
}

// TestCardLabelClearOfItsPanel: the label above a card's text ("À vous de
// juger", "Vrai ou faux ?") stands whole above the panel behind the text:
// the panel once hid the descenders of "juger".
func TestCardLabelClearOfItsPanel(t *testing.T) {
	atEverySize(t, func(d *Deps, at string) {
		everyCard(t, d, func(p *playScene, _ *cards.Deck) {
			if p.g.Kind() == cards.KindClues || p.g.Kind() == cards.KindCharacter {
				return
			}
			v := d.View
			c := p.cardLayout(p.layout())
			st := v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent)
			_, h := v.Fonts.Measure(p.kindLabel(), st, c.kind.W, c.kind.H)
			bottom := c.kind.Y + (c.kind.H+h)/2 // drawn centred in its box
			panelTop := c.text.Y - v.Px(cardPanelMargin)
			assert.LessOrEqual(t, bottom, panelTop+0.5, "%s %s: the panel hides the label's foot", p.g.Card().ID, at)
		})
	})
}

// atEverySize runs f at a laptop's and a projector's size, at every text
// size, with the bundled decks and the deck of long texts.
func atEverySize(t *testing.T, f func(d *Deps, at string)) {
	t.Helper()
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}} {
		for _, scale := range TextScales {
			d := longDeckDeps(t)
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			d.View.Settings.TextScale = scale
			f(d, fmt.Sprintf("%dx%d@%.1f", size[0], size[1], scale))
		}
	}
}

// everyCard plays every card of every deck (a board's as riddles) with
// three teams, in order, handing each to check, then skipping it.
func everyCard(t *testing.T, d *Deps, check func(p *playScene, deck *cards.Deck)) {
	t.Helper()
	for _, deck := range d.Library.Decks {
		session, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, 3)...), d.Now())
		require.NoError(t, err)
		_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns, Riddles: deck.IsBoard()})
		require.NoError(t, err)
		p := newPlayScene(d, session).(*playScene)
		for ; !p.g.Over(); p.sync() {
			check(p, deck)
			_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
			require.NoError(t, err)
		}
	}
}

// pastDiscussion goes from a debate's discussion screen, if it shows, on to
// placing again.
func pastDiscussion(t *testing.T, dr *sceneDriver, p *playScene) {
	t.Helper()
	for i := 0; p.discussing() && i < 10; i++ {
		playStep(t, dr, p, ActionNext)
	}
	require.False(t, p.discussing())
}

// answers counts the teams that answered this round.
func answers(st game.State) int {
	n := 0
	for _, a := range st.Answers {
		if a != nil {
			n++
		}
	}
	return n
}

// TestHintsShowWhole: the hints of a second vote are on screen whole, with
// the first vote's line, at every size and text size, for every card with
// hints of the bundled decks.
func TestHintsShowWhole(t *testing.T) {
	atEverySize(t, func(d *Deps, at string) {
		everyCard(t, d, func(p *playScene, _ *cards.Deck) {
			card := p.g.Card()
			if card.Kind != cards.KindVerdict || len(card.Hints) == 0 {
				return
			}
			_, err := p.g.Apply(game.Move{Kind: game.MoveSecondRound})
			require.NoError(t, err)
			p.sync()
			c := p.cardLayout(p.layout())
			_, hints := c.extra.Bottom(d.View.Px(60)) // the first vote's line
			f := d.View.FitFlow(listBlocks(d.View, "Pistes pour vérifier", card.Hints), hints.W, hints.H)
			assert.Len(t, f.Pages, 1, "%s %s: the hints do not fit", card.ID, at)
			if d.View.Settings.TextScale == 1 { // larger, the claim read in the first round may shorten for the hints
				assert.True(t, d.View.Fonts.Fits(card.MainText(false), p.cardTextStyle(), c.text.W-d.View.Px(48), c.text.H-d.View.Px(48)), "%s %s: the claim is cut", card.ID, at)
			}
		})
	})
}

// TestBoardQuestionsReadable: a board's questions never shrink under a
// readable row: when they do not all fit (a laptop at the largest text
// size), a window of them shows, and it follows the focus.
func TestBoardQuestionsReadable(t *testing.T) {
	for _, scale := range TextScales {
		d := allDecksDeps(t)
		d.View.Metrics = draw.NewMetrics(1366, 768, scale)
		p, dr, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
		n := len(p.g.TheDeck().Questions)
		for i := 0; i < n; i++ {
			b := panelOf[*boardPanel](t, p).boardLayout(p.layout())
			for _, r := range b.questions {
				assert.GreaterOrEqual(t, r.H, d.View.Px(minQuestion)*0.99, "@%.1f: a question row is too low", scale)
			}
			assert.True(t, panelOf[*boardPanel](t, p).focusItem >= b.first && panelOf[*boardPanel](t, p).focusItem < b.first+len(b.questions), "@%.1f: the question in focus is shown", scale)
			playStep(t, dr, p, ActionDown)
		}
	}
}

// TestBoardNamesWhole: every portrait's name is on its tile whole, at every
// size and text size.
func TestBoardNamesWhole(t *testing.T) {
	atEverySize(t, func(d *Deps, at string) {
		p, _, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
		for i, r := range panelOf[*boardPanel](t, p).boardLayout(p.layout()).tiles {
			name := tileName(d.View, r)
			who := p.g.TheDeck().Cards[i].Text
			assert.True(t, d.View.Fonts.Fits(who, boardNameStyle(d.View), name.W, name.H), "%s: %q is cut", at, who)
		}
	})
}
