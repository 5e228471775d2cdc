package decks

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/cards"
)

// algosMix is the mix of card kinds of « Algorithmes et réseaux » and of its
// English adaptation: verdicts, choices, timelines, opinions (spectrum cards
// with no target, never scored) and estimates (spectrum cards with a target).
var algosMix = map[string]int{"verdict": 14, "choice": 6, "order": 3, "opinion": 5, "estimate": 4}

func algosKind(c cards.Card) string {
	if c.Kind == cards.KindSpectrum {
		if c.HasTarget {
			return "estimate"
		}
		return "opinion"
	}
	return string(c.Kind)
}

// TestTheAlgorithmsDecks checks « Algorithmes et réseaux » and « Algorithms
// and feeds »: their size and mix of kinds, the same verdict shares in both
// languages, the parts of each verdict card's reveal, and estimates tied to a
// published figure.
func TestTheAlgorithmsDecks(t *testing.T) {
	decks := load(t)
	firstDraftEN := []string{"satire or parody", "false connection", "misleading content", "false context", "imposter content", "manipulated content", "fabricated content"}
	levers := map[string][]string{
		"fr": {"usurpation", "émotion", "polarisation", "complot", "discrédit", "trolling"},
		"en": {"impersonation", "emotion", "polarisation", "conspiracy", "discrediting", "trolling"},
	}
	types := map[string][]string{"fr": firstDraft, "en": firstDraftEN}
	trueKey := map[string]string{"fr": "vrai", "en": "true"}
	shares := make(map[string][]float64)
	for _, key := range []string{"fr/algorithmes-reseaux", "en/algorithms-feeds"} {
		d := decks[key]
		if !assert.NotNil(t, d, key) {
			continue
		}
		lang, _, _ := strings.Cut(key, "/")
		assert.GreaterOrEqual(t, len(d.Cards), 30, "%s: at least 30 cards", key)
		mix := make(map[string]int)
		publications, truePublications := 0, 0
		for _, c := range d.Cards {
			id := key + "/" + c.ID
			mix[algosKind(c)]++
			assert.NotEmpty(t, c.Easy, "%s: an easy-to-read wording", id)
			assert.NotEmpty(t, c.Reflex, "%s: a reflex", id)
			assert.LessOrEqual(t, len([]rune(c.Text)), 220, "%s: the text fits a projected card", id)
			assert.LessOrEqual(t, len([]rune(c.Explanation)), 300, "%s: the explanation fits a projected card", id)
			switch algosKind(c) {
			case "verdict":
				assert.Len(t, c.Hints, 2, "%s: two verification hints", id)
				assert.Len(t, c.Discuss, 2, "%s: two prompts", id)
				assert.NotEmpty(t, c.Explanation, id)
				if c.Verdict == trueKey[lang] {
					assert.Empty(t, c.Techniques, "%s: a true card has no technique", id)
				} else if assert.Len(t, c.Techniques, 2, "%s: a First Draft type and a Bad News lever", id) {
					assert.Contains(t, types[lang], c.Techniques[0], "%s: a First Draft type first", id)
					assert.Contains(t, levers[lang], c.Techniques[1], "%s: a Bad News lever second", id)
				}
				if slices.Contains(c.Tags, "publication") {
					publications++
					if c.Verdict == trueKey[lang] {
						truePublications++
					}
				}
			case "choice":
				assert.NotEmpty(t, c.Explanation, id)
			case "opinion":
				assert.GreaterOrEqual(t, len(c.Discuss), 2, "%s: prompts for the debate", id)
				assert.Empty(t, c.Source, "%s: an opinion states no fact", id)
			case "estimate":
				assert.GreaterOrEqual(t, len(c.Discuss), 2, "%s: prompts after the reveal", id)
				assert.NotEmpty(t, c.Unit, "%s: a unit", id)
				assert.True(t, strings.HasPrefix(c.Source, "https://"), "%s: a published figure has its source", id)
				assert.Regexp(t, `(19|20)\d\d`, c.Text+" "+c.Explanation, "%s: the figure's year is said", id)
				assert.Contains(t, c.Explanation, strconv.Itoa(c.Target), "%s: the explanation gives the figure", id)
			}
		}
		assert.Equal(t, algosMix, mix, "%s: the mix of card kinds", key)
		if assert.Positive(t, publications, key) {
			assert.GreaterOrEqual(t, float64(truePublications)/float64(publications), 0.3, "%s: at least 30 %% of the posts and headlines are true", key)
		}
		for _, v := range d.Verdicts {
			shares[lang] = append(shares[lang], share(d, v.Key))
		}
	}
	assert.Equal(t, shares["fr"], shares["en"], "the English adaptation keeps the French verdict shares")
}
