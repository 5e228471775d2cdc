package decks

import (
	"bytes"
	"image"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// iaDecks are the AI and deepfakes decks: the French one, its English
// adaptation, the file each is read from, its picture folder, its "true"
// verdict and the Bad News levers in its language.
var iaDecks = []struct {
	key, file, pictures, truth   string
	audience, firstDraft, levers []string
}{
	{"fr/ia-deepfakes", "fr/ia-deepfakes.toml", "fr/img/ia-deepfakes", "vrai", []string{"ados", "adultes"}, firstDraft,
		[]string{"usurpation", "émotion", "polarisation", "complot", "discrédit", "trolling"}},
	{"en/ai-deepfakes", "en/ai-deepfakes.toml", "en/img/ai-deepfakes", "true", []string{"teens", "adults"},
		[]string{"satire or parody", "false connection", "misleading content", "false context", "imposter content", "manipulated content", "fabricated content"},
		[]string{"impersonation", "emotion", "polarisation", "conspiracy", "discrediting", "trolling"}},
}

// publication tells the cards framed as a post, a photo, a video or a
// headline.
func publication(c cards.Card) bool { return slices.Contains(c.Tags, "publication") }

func TestTheAIDecks(t *testing.T) {
	decks := load(t)
	counts := make(map[string]map[string]int)
	for _, ia := range iaDecks {
		d := decks[ia.key]
		if !assert.NotNil(t, d, ia.key) {
			continue
		}
		assert.Equal(t, ia.audience, d.Audience, ia.key)
		reflexes := headReflexes(t, ia.file)
		assert.Len(t, reflexes, 5, "%s: five reflexes in the head comment", ia.key)

		n := make(map[string]int) // cards by kind, and verdict cards by answer
		pubs, pubTrue, verdicts, truths := 0, 0, 0, 0
		for _, c := range d.Cards {
			id := ia.key + "/" + c.ID
			n[string(c.Kind)]++
			assert.Contains(t, reflexes, c.Reflex, "%s: a reflex from the head comment's five, word for word", id)
			assert.Len(t, c.Discuss, 2, "%s: two prompts for the discussion", id)
			assert.NotEmpty(t, c.Explanation, id)
			assert.True(t, strings.HasPrefix(c.Source, "https://"), "%s: a source", id)
			assert.LessOrEqual(t, len([]rune(c.Text)), 220, "%s: a claim that fits a projector card", id)
			assert.LessOrEqual(t, len([]rune(c.Explanation)), 300, "%s: a short explanation", id)
			if c.Kind != cards.KindVerdict {
				continue
			}
			verdicts++
			n[c.Verdict]++
			assert.GreaterOrEqual(t, len(c.Hints), 2, "%s: hints for the second vote", id)
			if c.Verdict == ia.truth {
				truths++
				assert.Empty(t, c.Techniques, "%s: a true card has no manipulation technique", id)
			} else if assert.Len(t, c.Techniques, 2, "%s: a First Draft type and a Bad News lever", id) {
				assert.Contains(t, ia.firstDraft, c.Techniques[0], "%s: one of First Draft's seven types", id)
				assert.Contains(t, ia.levers, c.Techniques[1], "%s: one of Bad News' six levers", id)
			}
			if publication(c) {
				pubs++
				if c.Verdict == ia.truth {
					pubTrue++
				}
			}
		}
		assert.GreaterOrEqual(t, len(d.Cards), 30, "%s: at least 30 cards", ia.key)
		assert.GreaterOrEqual(t, float64(verdicts), 0.8*float64(len(d.Cards)), "%s: mostly verdict cards", ia.key)
		assert.Positive(t, n[string(cards.KindChoice)], "%s: a few choice cards", ia.key)
		assert.GreaterOrEqual(t, float64(truths), 0.4*float64(verdicts), "%s: at least 40 %% of true items", ia.key)
		if assert.GreaterOrEqual(t, pubs, 8, "%s: posts, photos and headlines to judge", ia.key) {
			assert.GreaterOrEqual(t, float64(pubTrue), 0.3*float64(pubs), "%s: the format must not give the answer away", ia.key)
		}
		counts[ia.key] = n
	}
	// The English deck is an adaptation with its own facts and sources, but
	// the same number of cards of each kind, and the same verdict shares.
	assert.Equal(t, counts["fr/ia-deepfakes"], translateVerdicts(counts["en/ai-deepfakes"]), "the English deck mirrors the French one")
}

// translateVerdicts renames the English verdict keys of a count to the
// French ones.
func translateVerdicts(n map[string]int) map[string]int {
	if n == nil {
		return nil
	}
	fr := map[string]string{"true": "vrai", "false": "faux", "misleading": "trompeur"}
	out := make(map[string]int)
	for k, v := range n {
		if f, ok := fr[k]; ok {
			k = f
		}
		out[k] = v
	}
	return out
}

// noPictureAI lists the publication cards of the AI decks that keep no
// picture, with the reason.
var noPictureAI = map[string]string{
	"fr/ia-deepfakes/zelensky-reddition": "a head of state's likeness",
	"en/ai-deepfakes/zelensky-surrender": "a head of state's likeness",
}

// TestTheAIDecksPictures: the posts and headlines show what they describe,
// at most ten drawn pictures a language, each light (the one-file browser
// build must stay under 8 MB), big enough for a projector, with its SVG
// source in _src/.
func TestTheAIDecksPictures(t *testing.T) {
	decks := load(t)
	for _, ia := range iaDecks {
		d := decks[ia.key]
		if !assert.NotNil(t, d, ia.key) {
			continue
		}
		for _, c := range d.Cards {
			id := ia.key + "/" + c.ID
			if reason, ok := noPictureAI[id]; ok {
				assert.Empty(t, c.Image, "%s has a picture now: take it off noPictureAI (%s)", id, reason)
			} else if publication(c) {
				assert.NotEmpty(t, c.Image, "%s is a publication without its picture", id)
			}
		}
		entries, err := fs.ReadDir(FS, ia.pictures)
		require.NoError(t, err, ia.pictures)
		n := 0
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".png") {
				continue
			}
			n++
			name := path.Join(ia.pictures, e.Name())
			data, err := fs.ReadFile(FS, name)
			require.NoError(t, err)
			assert.LessOrEqual(t, len(data), 35_000, "%s: %d bytes", name, len(data))
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if assert.NoError(t, err, name) {
				assert.GreaterOrEqual(t, min(cfg.Width, cfg.Height), 600, "%s: %d×%d", name, cfg.Width, cfg.Height)
			}
			_, err = os.Stat(path.Join(ia.pictures, "_src", strings.TrimSuffix(e.Name(), ".png")+".svg"))
			assert.NoError(t, err, "%s: its SVG source", name)
		}
		assert.LessOrEqual(t, n, 10, "%s: at most ten pictures", ia.pictures)
	}
}
