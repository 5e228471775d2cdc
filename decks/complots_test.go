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

// conspiracyDeck is one language's version of "Complots : comment on nous
// embobine", with the words its checks need.
type conspiracyDeck struct {
	key, file          string
	yes                string // the "true" verdict
	firstDraft, levers []string
	// theirs are words of the claims the infox decks already debunk
	// (vaccine, Moon landing, chemtrails): this deck is about the reasoning.
	theirs []string
}

var conspiracyDecks = []conspiracyDeck{
	{
		key: "fr/complots", file: "fr/complots.toml", yes: "vrai",
		firstDraft: firstDraft,
		levers:     []string{"usurpation", "émotion", "polarisation", "complot", "discrédit", "trolling"},
		theirs:     []string{"vaccin", "lune", "traînées", "chemtrail"},
	},
	{
		key: "en/conspiracies", file: "en/conspiracies.toml", yes: "true",
		firstDraft: []string{"satire or parody", "false connection", "misleading content", "false context", "imposter content", "manipulated content", "fabricated content"},
		levers:     []string{"impersonation", "emotion", "polarisation", "conspiracy", "discrediting", "trolling"},
		theirs:     []string{"vaccin", "moon", "chemtrail", "contrail"},
	},
}

// headReflexes reads the fixed set of reflexes from a deck's head comment:
// its "# - " lines before the first key.
func headReflexes(t *testing.T, file string) []string {
	t.Helper()
	data, err := fs.ReadFile(FS, file)
	require.NoError(t, err)
	var set []string
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if text, ok := strings.CutPrefix(line, "# - "); ok {
			set = append(set, strings.TrimSpace(text))
		}
	}
	return set
}

func TestTheConspiracyDecks(t *testing.T) {
	decks := load(t)
	counts := make(map[string]map[string]int)
	for _, cd := range conspiracyDecks {
		d := decks[cd.key]
		if d == nil {
			t.Errorf("%s is missing", cd.key)
			continue
		}
		reflexes := headReflexes(t, cd.file)
		assert.Len(t, reflexes, 5, "%s: five reflexes in the head comment", cd.key)
		n := make(map[string]int)
		pub, pubTrue := 0, 0
		for _, c := range d.Cards {
			n[string(c.Kind)]++
			text := strings.ToLower(c.Text)
			for _, w := range cd.theirs {
				assert.NotContains(t, text, w, "%s/%s: the infox deck already has this claim", cd.key, c.ID)
			}
			if c.Reflex != "" {
				assert.Contains(t, reflexes, c.Reflex, "%s/%s: a reflex of the head comment, word for word", cd.key, c.ID)
			}
			if c.Kind != cards.KindVerdict {
				continue
			}
			if c.Verdict == cd.yes {
				n["true"]++
			} else {
				n["not true "+c.Verdict]++
			}
			if slices.Contains(c.Tags, "publication") {
				pub++
				if c.Verdict == cd.yes {
					pubTrue++
				}
			}
			assert.NotEmpty(t, c.Hints, "%s/%s: hints for the second vote", cd.key, c.ID)
			assert.Len(t, c.Discuss, 2, "%s/%s: two prompts", cd.key, c.ID)
			assert.NotEmpty(t, c.Explanation, "%s/%s", cd.key, c.ID)
			assert.NotEmpty(t, c.Reflex, "%s/%s: every verdict card has a reflex", cd.key, c.ID)
			assert.LessOrEqual(t, len([]rune(c.Text)), 220, "%s/%s: a claim that fits a card", cd.key, c.ID)
			assert.LessOrEqual(t, len([]rune(c.Explanation)), 300, "%s/%s: an explanation that fits a card", cd.key, c.ID)
			if c.Verdict == cd.yes {
				assert.Empty(t, c.Techniques, "%s/%s: a true claim uses no technique", cd.key, c.ID)
			} else if assert.Len(t, c.Techniques, 2, "%s/%s: a First Draft type and a Bad News lever", cd.key, c.ID) {
				assert.Contains(t, cd.firstDraft, c.Techniques[0], "%s/%s", cd.key, c.ID)
				assert.Contains(t, cd.levers, c.Techniques[1], "%s/%s", cd.key, c.ID)
			}
		}
		assert.GreaterOrEqual(t, len(d.Cards), 30, cd.key)
		assert.GreaterOrEqual(t, n["verdict"], 16, "%s: verdict cards", cd.key)
		assert.GreaterOrEqual(t, n["choice"], 6, "%s: “which trick?” cards", cd.key)
		assert.GreaterOrEqual(t, n["open"], 3, "%s: open cards to talk with someone who believes", cd.key)
		assert.GreaterOrEqual(t, share(d, cd.yes), 0.4, "%s: at least 40 %% true: critical thinking is not cynicism", cd.key)
		if assert.Positive(t, pub, cd.key) {
			assert.GreaterOrEqual(t, float64(pubTrue)/float64(pub), 0.3, "%s: the post format does not give the answer away", cd.key)
		}
		n["publication"], n["publication true"] = pub, pubTrue
		counts[cd.key] = n
	}
	// The English deck is an adaptation: same number of cards of each kind,
	// the same verdict shares, the same posts.
	fr, en := counts["fr/complots"], counts["en/conspiracies"]
	if fr != nil && en != nil {
		for _, k := range []string{"verdict", "choice", "open", "true", "publication", "publication true"} {
			assert.Equal(t, fr[k], en[k], "English and French decks: %s cards", k)
		}
		assert.Equal(t, fr["not true faux"], en["not true false"], "false cards")
		assert.Equal(t, fr["not true trompeur"], en["not true misleading"], "misleading cards")
	}
}

// TestTheConspiracyPicturesAreFewAndLight: the conspiracy decks show a few
// of their posts, drawn by us, light enough for the one-file browser build.
func TestTheConspiracyPicturesAreFewAndLight(t *testing.T) {
	for _, dir := range []string{"fr/img/complots", "en/img/conspiracies"} {
		entries, err := fs.ReadDir(FS, dir)
		require.NoError(t, err, dir)
		n := 0
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".png") {
				continue
			}
			n++
			name := path.Join(dir, e.Name())
			data, err := fs.ReadFile(FS, name)
			require.NoError(t, err)
			assert.LessOrEqual(t, len(data), 35_000, "%s: %d bytes", name, len(data))
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if assert.NoError(t, err, name) {
				assert.GreaterOrEqual(t, min(cfg.Width, cfg.Height), 600, "%s: readable on a projector", name)
			}
			_, err = os.Stat(path.Join(dir, "_src", strings.TrimSuffix(e.Name(), ".png")+".svg"))
			assert.NoError(t, err, "%s: its SVG source", name)
		}
		assert.LessOrEqual(t, n, 4, "%s: at most 4 pictures", dir)
	}
}
