package decks

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// load returns every bundled deck, failing on any problem, warnings
// included: a bundled deck is what facilitators judge Déclic by.
func load(t *testing.T) map[string]*cards.Deck {
	t.Helper()
	decks, problems := cards.LoadFS(FS, ".", "decks/")
	for _, p := range problems {
		t.Errorf("%s", p.Text("en"))
	}
	require.Empty(t, cards.Unique(decks))
	byKey := make(map[string]*cards.Deck)
	for _, d := range decks {
		byKey[d.Language+"/"+d.ID] = d
	}
	return byKey
}

func TestEveryBundledDeckLoadsWithoutAWarning(t *testing.T) {
	decks := load(t)
	require.NotEmpty(t, decks)
	for key, d := range decks {
		assert.Equal(t, "CC BY-SA 4.0", d.License, "%s: bundled decks are CC BY-SA 4.0", key)
		assert.NotEmpty(t, d.Description, key)
		assert.NotEmpty(t, d.Audience, key)
		assert.Positive(t, d.Minutes, key)
		for _, c := range d.Cards {
			if c.Kind == cards.KindVerdict || c.Kind == cards.KindChoice {
				assert.NotEmpty(t, c.Source, "%s/%s: every verdict and choice card has a source", key, c.ID)
			}
			if c.Source != "" {
				assert.True(t, strings.HasPrefix(c.Source, "https://"), "%s/%s: a source is a stable https address: %s", key, c.ID, c.Source)
			}
		}
	}
}

// TestNoTextRepeatsInADeck: a claim, a question, an explanation, a clue or
// a discussion prompt said twice in one deck is a copy-paste slip. The
// scale's poles, the verification hints and the reflexes repeat by design:
// a deck repeats a few reflexes (TestEveryVerdictCardGivesAReflexFromASmallSet).
func TestNoTextRepeatsInADeck(t *testing.T) {
	for key, d := range load(t) {
		seen := make(map[string]string)
		check := func(where, text string) {
			if text == "" {
				return
			}
			if first, ok := seen[text]; ok {
				t.Errorf("%s: %q is both in %s and %s", key, text, first, where)
			}
			seen[text] = where
		}
		for _, c := range d.Cards {
			check(c.ID+" text", c.Text)
			check(c.ID+" easy", c.Easy)
			check(c.ID+" explanation", c.Explanation)
			for _, s := range c.Flags {
				check(c.ID+" flag", s)
			}
			for _, s := range c.Discuss {
				check(c.ID+" discuss", s)
			}
			for _, s := range c.Clues {
				check(c.ID+" clue", s)
			}
		}
	}
}

// share returns the share of a deck's verdict cards whose answer is key.
func share(d *cards.Deck, key string) float64 {
	n, with := 0, 0
	for _, c := range d.Cards {
		if c.Kind == cards.KindVerdict {
			n++
			if c.Verdict == key {
				with++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(with) / float64(n)
}

func TestTheDecksOfTheIssue(t *testing.T) {
	decks := load(t)
	kinds := func(d *cards.Deck) map[cards.Kind]int {
		m := make(map[cards.Kind]int)
		for _, c := range d.Cards {
			m[c.Kind]++
		}
		return m
	}
	if d := decks["fr/infox"]; assert.NotNil(t, d, "infox") {
		assert.Equal(t, 40, kinds(d)[cards.KindVerdict])
		assert.GreaterOrEqual(t, share(d, "vrai"), 0.4, "at least 40 % of true items: critical thinking is not doubting everything")
		for _, c := range d.Cards {
			assert.NotEmpty(t, c.Hints, "%s: hints for the second vote", c.ID)
			assert.NotEmpty(t, c.Discuss, "%s: prompts for the discussion", c.ID)
			if c.Verdict != "vrai" && assert.Len(t, c.Techniques, 2, "%s: a First Draft type and a Bad News lever", c.ID) {
				assert.Contains(t, firstDraft, c.Techniques[0], "%s: a technique of First Draft's seven", c.ID)
				assert.Contains(t, badNews, c.Techniques[1], "%s: a lever of Bad News's six", c.ID)
			}
		}
	}
	if d := decks["fr/arnaques"]; assert.NotNil(t, d, "arnaques") {
		assert.Equal(t, 30, kinds(d)[cards.KindVerdict])
		assert.Equal(t, []cards.Verdict{{Key: "arnaque", Label: "Arnaque"}, {Key: "legitime", Label: "Légitime"}, {Key: "douteux", Label: "Douteux"}}, d.Verdicts)
		assert.GreaterOrEqual(t, share(d, "legitime"), 0.3, "at least 30 % legitimate messages")
		for _, c := range d.Cards {
			assert.NotEmpty(t, c.Easy, "%s: an easy-to-read wording", c.ID)
			checkScamReveal(t, d, c)
		}
	}
	if d := decks["fr/nuance"]; assert.NotNil(t, d, "nuance") {
		assert.Equal(t, 30, kinds(d)[cards.KindSpectrum])
		targets := 0
		for _, c := range d.Cards {
			assert.GreaterOrEqual(t, len(c.Discuss), 2, "%s: 2–3 prompts", c.ID)
			if c.HasTarget {
				targets++
				assert.NotEmpty(t, c.Source, "%s: a reference figure is sourced", c.ID)
			}
		}
		assert.Equal(t, 8, targets, "8 statements with a reference figure")
	}
	if d := decks["fr/qui-suis-je-numerique"]; assert.NotNil(t, d, "qui-suis-je-numerique") {
		assert.Equal(t, 30, kinds(d)[cards.KindClues])
		for _, c := range d.Cards {
			assert.Len(t, c.Clues, 4, c.ID)
		}
	}
	for _, key := range []string{"fr/qui-est-ce-numerique", "en/guess-who-digital"} {
		if d := decks[key]; assert.NotNil(t, d, key) {
			assert.Equal(t, 24, kinds(d)[cards.KindCharacter], key)
			assert.GreaterOrEqual(t, len(d.Questions), 12, key)
			assert.LessOrEqual(t, len(d.Questions), 16, key)
			checkBoard(t, key, d)
		}
	}
	for _, key := range []string{"en/fake-or-fact", "en/nuance", "en/who-am-i-digital"} {
		assert.NotNil(t, decks[key], "English version %s", key)
	}
}

// checkScamReveal checks a card of "Arnaque ou pas ?" and of the decks that
// share its reveal (its English version, the cybersecurity decks): the
// reveal is laid out in labelled parts, not one dense paragraph. A scam or a
// doubtful message lists its red flags and where to report it; a legitimate
// one has none to list and says why it can be trusted; every card gives the
// reflex. What the parts say is not said again in the explanation.
func checkScamReveal(t *testing.T, d *cards.Deck, c cards.Card) {
	t.Helper()
	assert.NotEmpty(t, c.Reflex, "%s: the right reflex", c.ID)
	if c.Verdict == trueKey(d) {
		assert.Empty(t, c.Flags, "%s: a legitimate message has no red flags", c.ID)
		assert.NotEmpty(t, c.Explanation, "%s: why it can be trusted", c.ID)
	} else {
		assert.GreaterOrEqual(t, len(c.Flags), 2, "%s: the red flags", c.ID)
		assert.NotEmpty(t, c.Report, "%s: where to report", c.ID)
	}
	parts := []string{"Signes d'alerte", "Bon réflexe", "Signaler"}
	if d.Language == "en" {
		parts = []string{"Red flag", "red flags", "Right reflex", "right reflex", "Where to report", "Report:"}
	}
	for _, part := range parts {
		assert.NotContains(t, c.Explanation, part, "%s: the explanation repeats a part of its own", c.ID)
	}
	assert.LessOrEqual(t, len([]rune(c.Explanation)), 300, "%s: a short explanation, the parts say the rest", c.ID)
}

var firstDraft = []string{"satire ou parodie", "fausse connexion", "contenu trompeur", "faux contexte", "contenu imposteur", "contenu manipulé", "contenu fabriqué"}

var badNews = []string{"usurpation", "émotion", "polarisation", "complot", "discrédit", "trolling"}

// checkBoard checks that every character of a board answers the questions
// its own way and can be found in 5 questions or fewer, however the answers
// fall: a decision tree of depth 5 at most separates them all.
func checkBoard(t *testing.T, key string, d *cards.Deck) {
	var chars []cards.Card
	for _, c := range d.Cards {
		if c.Kind == cards.KindCharacter {
			chars = append(chars, c)
			assert.NotEmpty(t, c.Image, "%s/%s: a picture", key, c.ID)
			assert.Len(t, c.Clues, 3, "%s/%s: 3 clues, to play as a riddle", key, c.ID)
		}
	}
	answers := make([]uint64, len(chars)) // bit q: yes to question q
	seen := make(map[uint64]string)
	for i, c := range chars {
		for q, question := range d.Questions {
			if slices.Contains(c.Yes, question.ID) {
				answers[i] |= 1 << q
			}
		}
		if other, ok := seen[answers[i]]; ok {
			t.Errorf("%s: %s and %s answer every question alike", key, other, c.Text)
		}
		seen[answers[i]] = c.Text
	}
	all := uint64(1)<<len(chars) - 1
	memo := make(map[[2]uint64]bool)
	var separable func(set uint64, depth int) bool
	separable = func(set uint64, depth int) bool {
		n := popcount(set)
		if n <= 1 {
			return true
		}
		if depth == 0 || n > 1<<depth {
			return false
		}
		k := [2]uint64{set, uint64(depth)}
		if v, ok := memo[k]; ok {
			return v
		}
		ok := false
		for q := range d.Questions {
			var yes uint64
			for i := range chars {
				if set&(1<<i) != 0 && answers[i]&(1<<q) != 0 {
					yes |= 1 << i
				}
			}
			no := set &^ yes
			if yes != 0 && no != 0 && separable(yes, depth-1) && separable(no, depth-1) {
				ok = true
				break
			}
		}
		memo[k] = ok
		return ok
	}
	assert.True(t, separable(all, 5), "%s: every character can be found in 5 questions or fewer", key)
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}
