package decks

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"declic/cards"
)

// infoxPair is one language's "Info ou intox ?": its deck, the key of its
// "true" verdict, its verdict keys in the French order, its technique
// labels, and the riddle deck played in the same sessions.
type infoxPair struct {
	key, riddles string
	verdicts     []string // true, false, misleading
	types        []string // First Draft's seven
	levers       []string // Bad News's six
	prefixes     []string // how a claim says it is a post, a photo…
}

var infoxPairs = []infoxPair{
	{"fr/infox", "fr/qui-suis-je-numerique", []string{"vrai", "faux", "trompeur"}, firstDraft, badNews,
		[]string{"publication :", "photo :", "vidéo :", "titre :", "capture d'écran :"}},
	{"en/fake-or-fact", "en/who-am-i-digital", []string{"true", "false", "misleading"},
		[]string{"satire or parody", "false connection", "misleading content", "false context", "imposter content", "manipulated content", "fabricated content"},
		[]string{"impersonation", "emotion", "polarisation", "conspiracy", "discrediting", "trolling"},
		[]string{"post:", "photo:", "video:", "headline:", "screenshot:"}},
}

func isPublication(c cards.Card) bool { return slices.Contains(c.Tags, "publication") }

// TestTheFormatDoesNotGiveTheAnswerAway: among the cards shown as a post, a
// photo, a video or a headline, about half are true, so that "it's a post"
// never means "it's fake" (content review, "Mix"); every card that says it
// is one carries the tag; a false or misleading card names its First Draft
// type and its Bad News lever, a true one neither.
func TestTheFormatDoesNotGiveTheAnswerAway(t *testing.T) {
	decks := load(t)
	for _, p := range infoxPairs {
		d := decks[p.key]
		if !assert.NotNil(t, d, p.key) {
			continue
		}
		pubs, truePubs := 0, 0
		for _, c := range d.Cards {
			lower := strings.ToLower(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.Text))
			for _, prefix := range p.prefixes {
				if strings.HasPrefix(lower, prefix) {
					assert.True(t, isPublication(c), "%s/%s says %q: tag it \"publication\"", p.key, c.ID, prefix)
				}
			}
			if isPublication(c) {
				pubs++
				if c.Verdict == p.verdicts[0] {
					truePubs++
				}
			}
			if c.Verdict == p.verdicts[0] {
				assert.Empty(t, c.Techniques, "%s/%s: a true card has no manipulation technique", p.key, c.ID)
			} else if assert.Len(t, c.Techniques, 2, "%s/%s: a First Draft type and a Bad News lever", p.key, c.ID) {
				assert.Contains(t, p.types, c.Techniques[0], "%s/%s", p.key, c.ID)
				assert.Contains(t, p.levers, c.Techniques[1], "%s/%s", p.key, c.ID)
			}
		}
		assert.GreaterOrEqual(t, pubs, 16, "%s: posts, photos and headlines are a good part of the deck", p.key)
		share := float64(truePubs) / float64(pubs)
		assert.True(t, share >= 0.4 && share <= 0.6, "%s: %d of %d posts are true: about half should be", p.key, truePubs, pubs)
	}
}

// TestFakeOrFactMirrorsInfox: the English deck is an adaptation with the
// same shape: as many cards of each verdict, as many posts, as many true
// posts, and every technique's type and lever used as often.
func TestFakeOrFactMirrorsInfox(t *testing.T) {
	decks := load(t)
	shape := func(p infoxPair) map[string]int {
		m := make(map[string]int)
		d := decks[p.key]
		if d == nil {
			return m
		}
		for _, c := range d.Cards {
			v := slices.Index(p.verdicts, c.Verdict)
			m["verdict "+string(rune('0'+v))]++
			if isPublication(c) {
				m["post "+string(rune('0'+v))]++
			}
			if len(c.Techniques) == 2 {
				m["type "+string(rune('0'+slices.Index(p.types, c.Techniques[0])))]++
				m["lever "+string(rune('0'+slices.Index(p.levers, c.Techniques[1])))]++
			}
		}
		return m
	}
	assert.Equal(t, shape(infoxPairs[0]), shape(infoxPairs[1]))
}

// TestInfoxDoesNotSpoilTheRiddles: the first clue of a riddle is the
// hardest; when an infox card tells the same fact, a session playing both
// decks gives the riddle away (content review: hashtag, spam). No run of
// five words of a first clue is found in an infox card.
func TestInfoxDoesNotSpoilTheRiddles(t *testing.T) {
	decks := load(t)
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for _, p := range infoxPairs {
		d, riddles := decks[p.key], decks[p.riddles]
		if !assert.NotNil(t, d, p.key) || !assert.NotNil(t, riddles, p.riddles) {
			continue
		}
		var infox []string
		for _, c := range d.Cards {
			infox = append(infox, " "+strings.Join(words(c.Text+" "+c.Explanation), " ")+" ")
		}
		for _, r := range riddles.Cards {
			if len(r.Clues) == 0 {
				continue
			}
			w := words(r.Clues[0])
			for i := 0; i+5 <= len(w); i++ {
				run := " " + strings.Join(w[i:i+5], " ") + " "
				for j, text := range infox {
					if strings.Contains(text, run) {
						t.Errorf("%s/%s tells %q, the first clue of %s/%s", p.key, d.Cards[j].ID, strings.TrimSpace(run), p.riddles, r.ID)
					}
				}
			}
		}
	}
}
