package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// TestAnswerButtonsShowTheirLabelsWhole plays every verdict and choice card
// of every bundled deck at a laptop's and a projector's size and at every
// text size: each answer's label is drawn whole — no word broken in two
// ("Trompe / ur" beside a picture), nothing cut off with "…" (a right
// answer cut is an answer given away or lost).
func TestAnswerButtonsShowTheirLabelsWhole(t *testing.T) {
	// One set of deps and of pictures for every size: without a frame loop
	// Ebitengine keeps the pixels of every picture made, and six copies of
	// every deck's pictures took gigabytes.
	d := allDecksDeps(t)
	images := newCardImages()
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}} {
		for _, scale := range TextScales {
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			v := d.View
			for _, deck := range d.Library.Decks {
				if deck.IsBoard() {
					continue
				}
				session, err := game.NewSession(game.NewTeams(DefaultTeamNames(v.Tr, 2)...), d.Now())
				require.NoError(t, err)
				_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns, Cards: len(deck.Cards)})
				require.NoError(t, err)
				p := newPlayScene(d, session).(*playScene)
				p.images = images
				for !p.g.Over() {
					if k := p.g.Kind(); k == cards.KindVerdict || k == cards.KindChoice {
						where := fmt.Sprintf("%dx%d@%.1f %s/%s", size[0], size[1], scale, deck.ID, p.g.Card().ID)
						labels := p.answerButtons()
						for i, r := range p.answerRects(p.cardLayout(p.layout())) {
							b := draw.Button{Label: labels[i], Key: strconv.Itoa(i + 1), Rect: r}
							l := v.ButtonParts(b)
							block := v.Fonts.Layout(b.Label, l.LabelStyle, l.Label.W, l.Label.H)
							if !assert.False(t, block.Clipped, "%s: answer %d %q is cut: %q", where, i+1, b.Label, block.Lines) {
								continue
							}
							words := strings.Fields(b.Label)
							for _, line := range block.Lines {
								for _, w := range strings.Fields(line) {
									assert.Contains(t, words, w, "%s: answer %d %q has a word broken: %q", where, i+1, b.Label, block.Lines)
								}
							}
						}
					}
					_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
					require.NoError(t, err)
					p.sync()
				}
			}
		}
	}
}
