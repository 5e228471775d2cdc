package decks

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/cards"
)

// englishOf names the English version of every French deck: a facilitator
// runs the same week in either language.
var englishOf = map[string]string{
	"decouverte":            "discovery",
	"infox":                 "fake-or-fact",
	"nuance":                "nuance",
	"qui-est-ce-numerique":  "guess-who-digital",
	"qui-suis-je-numerique": "who-am-i-digital",
	"arnaques":              "scam-or-not",
	"ia-deepfakes":          "ai-deepfakes",
	"complots":              "conspiracies",
	"algorithmes-reseaux":   "algorithms-feeds",
	"cybersecurite":         "everyday-cybersecurity",
}

// reflexDecks are the decks whose verdict cards each give a reflex taken
// from a small fixed set, written word for word in the deck's head comment:
// the reveal repeats five reflexes forty times rather than forty facts.
var reflexDecks = []string{
	"fr/infox", "en/fake-or-fact",
	"fr/arnaques", "en/scam-or-not",
	"fr/ia-deepfakes", "en/ai-deepfakes",
	"fr/complots", "en/conspiracies",
	"fr/cybersecurite", "en/everyday-cybersecurity",
	"fr/algorithmes-reseaux", "en/algorithms-feeds",
}

// TestEnglishDecksMirrorTheFrenchOnes: every French deck has its English
// version, with as many cards of each kind, the same share of each verdict
// (by its place in [verdicts]: vrai/true, arnaque/scam…) and as many posts.
func TestEnglishDecksMirrorTheFrenchOnes(t *testing.T) {
	decks := load(t)
	for key, d := range decks {
		if d.Language == "fr" {
			assert.Contains(t, englishOf, d.ID, "%s has no English version in englishOf", key)
		}
	}
	for fr, en := range englishOf {
		f, e := decks["fr/"+fr], decks["en/"+en]
		if !assert.NotNil(t, f, "fr/%s", fr) || !assert.NotNil(t, e, "en/%s, the English %s", en, fr) {
			continue
		}
		assert.Equal(t, profile(f), profile(e), "en/%s mirrors fr/%s: cards by kind, verdict and posts", en, fr)
		assert.Len(t, e.Questions, len(f.Questions), "en/%s: as many board questions", en)
	}
}

// profile counts a deck's cards by kind, its verdict cards by the place of
// their answer in [verdicts], and the cards tagged as posts.
func profile(d *cards.Deck) map[string]int {
	m := make(map[string]int)
	for _, c := range d.Cards {
		m[string(c.Kind)]++
		if c.Kind == cards.KindVerdict {
			for i, v := range d.Verdicts {
				if v.Key == c.Verdict {
					m["verdict "+string(rune('1'+i))]++
				}
			}
		}
		if isPost(c) {
			m["publication"]++
		}
	}
	return m
}

func isPost(c cards.Card) bool {
	for _, tag := range c.Tags {
		if tag == "publication" {
			return true
		}
	}
	return false
}

// TestPostsAreNotAlwaysFalse: when every photo, post or headline is false,
// players learn "a post is fake", the very bias a workshop fights (content
// review, "Mix"). In every verdict deck the cards framed as a post, photo,
// video, headline or screenshot are tagged "publication", and 30 % of them
// at least are true.
func TestPostsAreNotAlwaysFalse(t *testing.T) {
	for key, d := range load(t) {
		truth := trueKey(d)
		posts, trueOnes := 0, 0
		for _, c := range d.Cards {
			if c.Kind != cards.KindVerdict {
				continue
			}
			if framedAsPost(c.Text) && !d.OwnVerdicts() {
				assert.True(t, isPost(c), "%s/%s is framed as a post or picture: tag it \"publication\"", key, c.ID)
			}
			if isPost(c) {
				posts++
				if c.Verdict == truth {
					trueOnes++
				}
			}
		}
		if posts > 0 {
			assert.GreaterOrEqual(t, float64(trueOnes)/float64(posts), 0.3, "%s: %d of %d posts are true", key, trueOnes, posts)
		}
	}
	decks := load(t)
	for _, key := range []string{"fr/infox", "en/fake-or-fact", "fr/ia-deepfakes", "en/ai-deepfakes"} {
		if d := decks[key]; assert.NotNil(t, d, key) {
			assert.GreaterOrEqual(t, profile(d)["publication"], 8, "%s: posts, photos and headlines to judge", key)
		}
	}
}

// framedAsPost reports whether a claim shows something met online: a
// photo, a video, a headline, a screenshot or a quoted post.
func framedAsPost(text string) bool {
	lower := strings.ToLower(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text))
	return announcesPicture(text) || strings.HasPrefix(lower, "publication :") || strings.HasPrefix(lower, "post:")
}

// trueKey returns the verdict that says an item is true or legitimate, as
// the game's summary reads it.
func trueKey(d *cards.Deck) string {
	for _, v := range d.Verdicts {
		switch v.Key {
		case "vrai", "true", "legitime", "legitimate", "genuine":
			return v.Key
		}
	}
	return d.Verdicts[0].Key
}

// TestEveryVerdictCardGivesAReflexFromASmallSet: in the decks of reflexDecks,
// every verdict card has a reflex, the deck has six different ones at most,
// and each is written word for word in the deck's head comment, where a
// facilitator preparing the workshop reads them.
func TestEveryVerdictCardGivesAReflexFromASmallSet(t *testing.T) {
	decks := load(t)
	files := deckFiles(t)
	for _, key := range reflexDecks {
		d := decks[key]
		if !assert.NotNil(t, d, key) {
			continue
		}
		head := headComment(files[key])
		texts := make(map[string]int)
		for _, c := range d.Cards {
			if c.Kind != cards.KindVerdict {
				continue
			}
			if assert.NotEmpty(t, c.Reflex, "%s/%s: every verdict card has a reflex", key, c.ID) {
				texts[c.Reflex]++
				assert.Contains(t, head, c.Reflex, "%s/%s: its reflex is one of those of the head comment, word for word", key, c.ID)
			}
		}
		assert.LessOrEqual(t, len(texts), 6, "%s: six reflexes at most: %v", key, texts)
	}
}

// deckFiles returns the text of every bundled deck file by "lang/id".
func deckFiles(t *testing.T) map[string]string {
	t.Helper()
	out := make(map[string]string)
	for _, d := range load(t) {
		data, err := fs.ReadFile(FS, strings.TrimPrefix(d.Path, "decks/"))
		if assert.NoError(t, err, d.Path) {
			out[d.Language+"/"+d.ID] = string(data)
		}
	}
	return out
}

// headComment returns the comment lines at the top of a deck file, their
// "#" and the spaces around removed, joined by spaces: a reflex may wrap.
func headComment(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "#") {
			if line == "" {
				continue
			}
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "#"))
		line = strings.TrimSpace(strings.TrimPrefix(line, "-"))
		lines = append(lines, line)
	}
	return strings.Join(lines, " ")
}

// TestTheNewDecksOfTheWeek: the four decks that complete a "semaine du
// numérique" hold 30 cards at least, in both languages; the AI and the
// conspiracy decks keep 40 % of true items, the algorithms deck mixes kinds.
func TestTheNewDecksOfTheWeek(t *testing.T) {
	decks := load(t)
	for _, key := range []string{"fr/ia-deepfakes", "en/ai-deepfakes", "fr/complots", "en/conspiracies", "fr/algorithmes-reseaux", "en/algorithms-feeds", "fr/cybersecurite", "en/everyday-cybersecurity"} {
		d := decks[key]
		if !assert.NotNil(t, d, key) {
			continue
		}
		assert.GreaterOrEqual(t, len(d.Cards), 30, key)
		kinds := make(map[cards.Kind]bool)
		for _, c := range d.Cards {
			kinds[c.Kind] = true
		}
		switch {
		case strings.Contains(key, "deepfakes"), strings.HasSuffix(key, "complots"), strings.HasSuffix(key, "conspiracies"):
			assert.GreaterOrEqual(t, share(d, trueKey(d)), 0.4, "%s: 40 %% of true items at least", key)
		case strings.Contains(key, "algorithm"):
			assert.GreaterOrEqual(t, len(kinds), 4, "%s: mixed kinds, estimates and statements among them", key)
			assert.True(t, kinds[cards.KindSpectrum], "%s: nuance statements and estimates", key)
		case strings.Contains(key, "cyber"):
			assert.GreaterOrEqual(t, share(d, trueKey(d)), 0.3, "%s: 30 %% of legitimate messages at least", key)
		}
	}
}

// TestChoicesDoNotGiveTheAnswerAway: the engine shows a choice card's
// options in the deck's order, so the deck spreads its right answers over
// the positions (no position holds more than half of them) and does not
// make the right answer the longest, most careful option most of the time
// (players learn "pick the long one" as fast as "pick number 1").
func TestChoicesDoNotGiveTheAnswerAway(t *testing.T) {
	for key, d := range load(t) {
		n, longest := 0, 0
		at := make(map[int]int)
		for _, c := range d.Cards {
			if c.Kind != cards.KindChoice || len(c.Correct) != 1 {
				continue
			}
			n++
			right := c.Correct[0]
			at[right]++
			isLongest := true
			for i, choice := range c.Choices {
				if i != right && len([]rune(choice)) >= len([]rune(c.Choices[right])) {
					isLongest = false
				}
			}
			if isLongest {
				longest++
			}
		}
		if n < 3 {
			continue
		}
		for pos, count := range at {
			assert.LessOrEqual(t, count*2, n, "%s: %d of its %d choice cards have answer %d", key, count, n, pos+1)
		}
		assert.LessOrEqual(t, longest*2, n, "%s: in %d of its %d choice cards the right answer is the longest option", key, longest, n)
	}
}
