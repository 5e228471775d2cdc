package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// TestBoardNotesWaitForTheReveal asks, for every character of the bundled
// boards as the secret one, every question its notes explain, at a laptop's
// and a projector's size and every text size: while the round goes on the
// answer alone shows (a note names the character: "…mais le QR code n'est
// pas un appareil"); at the reveal every one of those notes is listed, whole,
// on the reveal's pages.
func TestBoardNotesWaitForTheReveal(t *testing.T) {
	// One set of deps and of pictures for every size (see
	// TestAnswerButtonsShowTheirLabelsWhole).
	d := allDecksDeps(t)
	images := newCardImages()
	for _, size := range [][2]int{{1920, 1080}, {1366, 768}} {
		for _, scale := range TextScales {
			for _, deckID := range [][2]string{{"qui-est-ce-numerique", "fr"}, {"guess-who-digital", "en"}} {
				d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
				t.Run(fmt.Sprintf("%dx%d@%.1f/%s", size[0], size[1], scale, deckID[0]), func(t *testing.T) {
					session, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, 2)...), d.Now())
					require.NoError(t, err)
					deck := d.Library.Find(deckID[0], deckID[1])
					require.NotNil(t, deck)
					// Every character the secret one in turn.
					_, err = session.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeTurns, Cards: len(deck.Cards)})
					require.NoError(t, err)
					p := newPlayScene(d, session).(*playScene)
					p.images = images
					notes := 0
					for !p.g.Over() {
						secret := p.g.Card()
						for q, question := range p.g.TheDeck().Questions {
							note := secret.Notes[question.ID]
							if note == "" {
								continue
							}
							notes++
							panelOf[*boardPanel](t, p).ask(q)
							assert.Equal(t, question.Text+" "+map[bool]string{true: d.View.Tr.T("answer_yes"), false: d.View.Tr.T("answer_no")}[p.g.Answer(q)], p.flash, "%s, %s: the answer alone", secret.ID, question.ID)
						}
						st := p.g.State()
						require.True(t, p.apply(game.Move{Kind: game.MoveGuess, Team: st.Turn, Choice: st.Card}), secret.ID)
						require.Equal(t, game.PhaseRevealed, p.g.State().Phase)
						var shown strings.Builder
						for _, b := range p.revealBlocks() {
							shown.WriteString(b.Text + "\n")
						}
						for _, note := range secret.Notes {
							assert.Contains(t, shown.String(), note, "%s: the reveal lists the notes of the questions asked", secret.ID)
						}
						checkReveal(t, p)
						require.True(t, p.apply(game.Move{Kind: game.MoveNext}))
					}
					assert.Greater(t, notes, 40, "the board explains its debatable answers")
				})
			}
		}
	}
}

// TestBoardNoteScreenshots draws a board question whose answer a note
// explains, and the reveal of the character with its notes, at a laptop's
// and a projector's size and text sizes 1 and 1.4, into the folder
// DECLIC_SCREENSHOTS names: to look at. Skipped without it.
func TestBoardNoteScreenshots(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	out := filepath.Join(dir, "board-notes")
	require.NoError(t, os.MkdirAll(out, 0o755))
	for _, size := range [][2]int{{1920, 1080}, {1366, 768}} {
		for _, scale := range []float64{1, 1.4} {
			d := allDecksDeps(t)
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			p, dr, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
			// The fourth character is the home console; the first a smartphone.
			for p.g.Card().ID != "console" {
				require.True(t, p.apply(game.Move{Kind: game.MoveSkip}))
			}
			name := func(what string) string {
				return filepath.Join(out, fmt.Sprintf("%s-%dx%d@%.1f.png", what, size[0], size[1], scale))
			}
			for i, id := range []string{"ecran", "musique"} {
				for q, question := range p.g.TheDeck().Questions {
					if question.ID == id {
						panelOf[*boardPanel](t, p).ask(q)
					}
				}
				p.since = 10e9
				playStep(t, dr, p)
				writePNG(t, name(fmt.Sprintf("%d-%s", i+1, id)), opaque(dr.screen, d))
			}
			st := p.g.State()
			require.True(t, p.apply(game.Move{Kind: game.MoveGuess, Team: st.Turn, Choice: st.Card}))
			for page := range p.revealPages(p.layout()) {
				p.page, p.since = page, 10e9
				playStep(t, dr, p)
				writePNG(t, name(fmt.Sprintf("3-reveal-p%d", page+1)), opaque(dr.screen, d))
			}
		}
	}
}

// TestBoardAcceptShownInRiddlesOnly reveals a character of the bundled
// board: the other answers its riddle accepts are shown when the board is
// played as riddles, not when a portrait was guessed.
func TestBoardAcceptShownInRiddlesOnly(t *testing.T) {
	d := allDecksDeps(t)
	for _, riddles := range []bool{false, true} {
		p, _, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns, Riddles: riddles})
		for len(p.g.Card().Accept) == 0 {
			require.True(t, p.apply(game.Move{Kind: game.MoveSkip}))
		}
		p.shown = revealDelay
		require.True(t, p.apply(game.Move{Kind: game.MoveReveal}))
		var shown strings.Builder
		for _, b := range p.revealBlocks() {
			shown.WriteString(b.Text + "\n")
		}
		accept := d.View.Tr.T("reveal_accept", "Answers", strings.Join(p.g.Card().Accept, ", "))
		if riddles {
			assert.Contains(t, shown.String(), accept)
			assert.NotContains(t, shown.String(), d.View.Tr.T("reveal_board_notes"), "a riddle asks no board question")
		} else {
			assert.NotContains(t, shown.String(), accept)
		}
	}
}

// TestBoardRevealListsTheNotesOfTheQuestionsAsked: the reveal recalls the
// notes of the answers the teams heard this round, not a page of every
// debate the character could raise.
func TestBoardRevealListsTheNotesOfTheQuestionsAsked(t *testing.T) {
	d := allDecksDeps(t)
	p, _, _ := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	for p.g.Card().ID != "console" {
		require.True(t, p.apply(game.Move{Kind: game.MoveSkip}))
	}
	secret, questions := p.g.Card(), p.g.TheDeck().Questions
	asked := -1
	for q, question := range questions {
		if secret.Notes[question.ID] != "" {
			asked = q
			break
		}
	}
	require.NotEqual(t, -1, asked)
	panelOf[*boardPanel](t, p).ask(asked)
	st := p.g.State()
	require.True(t, p.apply(game.Move{Kind: game.MoveGuess, Team: st.Turn, Choice: st.Card}))
	var shown strings.Builder
	for _, b := range p.revealBlocks() {
		shown.WriteString(b.Text + "\n")
	}
	assert.Contains(t, shown.String(), secret.Notes[questions[asked].ID])
	for q, question := range questions {
		if note := secret.Notes[question.ID]; note != "" && q != asked {
			assert.NotContains(t, shown.String(), note, "%s was not asked", question.ID)
		}
	}
}
