package sheets

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/decks"
)

func bundled(t testing.TB) []*cards.Deck {
	t.Helper()
	all, problems := cards.LoadFS(decks.FS, ".", "bundled/")
	require.Zero(t, problems.Errors())
	return all
}

func TestEveryBundledDeckPrints(t *testing.T) {
	for _, deck := range bundled(t) {
		tr, err := assets.NewTranslator(deck.Language)
		require.NoError(t, err)
		data, err := PDF(deck, tr, Options{})
		require.NoError(t, err, deck.ID)
		assert.True(t, bytes.HasPrefix(data, []byte("%PDF-")), deck.ID)
		cardPages := (len(deck.Cards) + cols*rows - 1) / (cols * rows)
		min := 1 + cardPages + 1 // cover, cards, answers
		if deck.IsBoard() {
			min++ // the questions
		}
		assert.GreaterOrEqual(t, Pages(data), min, deck.ID)
		pictures := map[string]bool{}
		for _, c := range deck.Cards {
			if c.Image != "" {
				pictures[c.Image] = true
			}
		}
		// A picture with transparency is two images: its colours and its
		// mask.
		images := bytes.Count(data, []byte("/Subtype /Image")) - bytes.Count(data, []byte("/SMask "))
		assert.Equal(t, len(pictures), images, "%s: every picture, once", deck.ID)
	}
}

func TestRightToLeftRefused(t *testing.T) {
	deck, problems := cards.LoadFile("../cards/testdata/valid/arabic.toml")
	require.Zero(t, problems.Errors())
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	_, err = PDF(deck, tr, Options{})
	assert.ErrorIs(t, err, ErrRightToLeft)
}

func TestOrderItemsPrintedOutOfOrder(t *testing.T) {
	c := &cards.Card{ID: "frise", Items: []string{"Minitel", "Web", "Wikipédia", "iPhone"}}
	first := shuffled(c)
	assert.NotEqual(t, c.Items, first, "the right order would give the answer away")
	assert.ElementsMatch(t, c.Items, first)
	assert.Equal(t, first, shuffled(c), "the same at every print")
}

// TestAnswersSayWhatTheRevealSays: the facilitator's pages carry what the
// cover promises and the game shows at the reveal, each part labelled.
func TestAnswersSayWhatTheRevealSays(t *testing.T) {
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	s := &sheet{deck: &cards.Deck{}, tr: tr}
	c := &cards.Card{Kind: cards.KindVerdict, Explanation: "Une petite somme pour voler la carte.",
		Flags: []string{"Un lien inconnu", "Payer avant ce soir"}, Reflex: "Ne pas cliquer.", Report: "Le 33700.",
		Technique: "hameçonnage", Hints: []string{"Regardez le suivi du colis."}, Discuss: []string{"Qui a déjà reçu ce SMS ?"},
		Source: "https://www.33700.fr/"}
	var got []string
	for _, l := range s.answerLines(c) {
		got = append(got, l.text)
	}
	assert.Equal(t, []string{
		"Une petite somme pour voler la carte.",
		"Signaux d'alerte\u00a0:", "• Un lien inconnu", "• Payer avant ce soir",
		"Le bon réflexe\u00a0: Ne pas cliquer.",
		"Où signaler\u00a0: Le 33700.",
		"Technique : hameçonnage",
		"Pistes pour vérifier, à lire avant un second vote\u00a0:", "• Regardez le suivi du colis.",
		"Pour en discuter :", "• Qui a déjà reçu ce SMS ?",
		"Source : https://www.33700.fr/",
	}, got)

	riddle := &cards.Card{Kind: cards.KindClues, Answer: "Le nuage", Accept: []string{"Le cloud", "Le stockage en ligne"}}
	require.Len(t, s.answerLines(riddle), 1)
	assert.Equal(t, "Compter juste aussi\u00a0: Le cloud ; Le stockage en ligne", s.answerLines(riddle)[0].text)

	// A board character's notes, in the board's order of questions.
	s.deck.Questions = []cards.Question{{ID: "ecran", Text: "A-t-il un écran\u00a0?"}, {ID: "poche", Text: "Le met-on dans sa poche\u00a0?"}}
	console := &cards.Card{Kind: cards.KindCharacter, Text: "La console de salon", Notes: map[string]string{
		"poche": "Non\u00a0: elle reste sous la télé.", "ecran": "Non\u00a0: c'est la télé qui a l'écran."}}
	got = nil
	for _, l := range s.answerLines(console) {
		got = append(got, l.text)
	}
	assert.Equal(t, []string{"Les réponses qui font débat\u00a0:",
		"• A-t-il un écran\u00a0? Non\u00a0: c'est la télé qui a l'écran.",
		"• Le met-on dans sa poche\u00a0? Non\u00a0: elle reste sous la télé."}, got)
}
