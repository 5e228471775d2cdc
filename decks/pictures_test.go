package decks

import (
	"bytes"
	"image"
	_ "image/png" // the bundled pictures are PNG
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// announcesPicture reports whether a card's text says the players are
// looking at something: a photo, a video, a headline, a screenshot.
func announcesPicture(text string) bool {
	// French puts a no-break space (U+00A0, or the narrow U+202F) before a colon.
	lower := strings.ToLower(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text))
	for _, p := range []string{"photo :", "photo:", "vidéo :", "video:", "titre :", "headline:"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return strings.Contains(lower, "capture d'écran") || strings.Contains(lower, "screenshot")
}

// noPicture lists the cards that announce a picture and keep none, with the
// reason: a drawing would show a real person's likeness.
var noPicture = map[string]string{
	"fr/infox/pape-doudoune":             "the Pope's likeness",
	"en/fake-or-fact/pope-puffer-jacket": "the Pope's likeness",
}

// TestScreenshotDecksShowWhatTheyDescribe: in the decks where players judge
// a message or a post, the cards show it, and every card that announces a
// picture ("Photo :", "Vidéo :", a screenshot…) has one.
func TestScreenshotDecksShowWhatTheyDescribe(t *testing.T) {
	decks := load(t)
	for _, key := range []string{"fr/infox", "fr/arnaques", "en/fake-or-fact"} {
		d := decks[key]
		require.NotNil(t, d, key)
		with := 0
		for _, c := range d.Cards {
			if c.Image != "" {
				with++
			}
			id := key + "/" + c.ID
			if reason, ok := noPicture[id]; ok {
				assert.Empty(t, c.Image, "%s has a picture now: take it off noPicture (%s)", id, reason)
				continue
			}
			if announcesPicture(c.Text) {
				assert.NotEmpty(t, c.Image, "%s says %q but has no picture", id, c.Text)
			}
		}
		assert.GreaterOrEqual(t, with, 10, "%s: at least 10 cards show the screenshot or photo they are about", key)
	}
}

// drawnBudget is what the drawn pictures of the bundled decks may weigh
// together: every build embeds them, and the one-file browser build,
// declic.html, must stay under 8 MB (e2e checks it): with its wasm packed
// with xz it was 5.75 MB with 0.71 MB of them; a picture adds its weight and
// a seventh (the page's seven-bit text).
const drawnBudget = 1_800_000

// TestDrawnPicturesAreLargeLightAndHaveTheirSource: the pictures drawn for
// the screenshot decks are read on a projector, so they are big enough to
// stay sharp when shown large, small enough to keep the builds light, and
// each has its SVG source in _src/ beside it, which go:embed leaves out.
func TestDrawnPicturesAreLargeLightAndHaveTheirSource(t *testing.T) {
	// Every picture folder with SVG sources is drawn (qui-est-ce's come
	// from OpenMoji, see CREDITS.md).
	dirs, err := drawnFolders()
	require.NoError(t, err)
	for _, dir := range []string{"fr/img/infox", "fr/img/arnaques", "en/img/fake-or-fact"} {
		assert.Contains(t, dirs, dir)
	}
	total := 0
	for _, dir := range dirs {
		entries, err := fs.ReadDir(FS, dir)
		require.NoError(t, err, dir)
		n := 0
		for _, e := range entries {
			name := path.Join(dir, e.Name())
			if e.IsDir() || !strings.HasSuffix(name, ".png") {
				continue
			}
			n++
			data, err := fs.ReadFile(FS, name)
			require.NoError(t, err)
			total += len(data)
			assert.LessOrEqual(t, len(data), 60_000, "%s: %d bytes, compress it (scripts/deck-pictures.sh)", name, len(data))
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if assert.NoError(t, err, name) {
				assert.GreaterOrEqual(t, min(cfg.Width, cfg.Height), 600, "%s: %d×%d is too small to read on a projector", name, cfg.Width, cfg.Height)
				assert.LessOrEqual(t, max(cfg.Width, cfg.Height), 1400, "%s: %d×%d is larger than a screen needs", name, cfg.Width, cfg.Height)
			}
			src := path.Join(dir, "_src", strings.TrimSuffix(e.Name(), ".png")+".svg")
			_, err = os.Stat(src)
			assert.NoError(t, err, "%s: its source %s", name, src)
		}
		assert.Positive(t, n, dir)
	}
	assert.LessOrEqual(t, total, drawnBudget, "the drawn pictures weigh %d bytes in every build", total)
	err = fs.WalkDir(FS, ".", func(p string, _ fs.DirEntry, err error) error {
		assert.False(t, strings.HasSuffix(p, ".svg") || strings.Contains(p, "_src"), "%s is embedded: sources stay out of the programs", p)
		return err
	})
	require.NoError(t, err)
}

// TestEveryBundledPictureIsUsed: a picture no card names is dead weight in
// every build.
func TestEveryBundledPictureIsUsed(t *testing.T) {
	used := make(map[string]bool)
	for key, d := range load(t) {
		lang, _, _ := strings.Cut(key, "/")
		for _, c := range d.Cards {
			if c.Image != "" {
				used[path.Join(lang, c.Image)] = true
			}
		}
	}
	err := fs.WalkDir(FS, ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.Contains(p, "/img/") {
			assert.True(t, used[p], "%s: no card shows it", p)
		}
		return err
	})
	require.NoError(t, err)
}

// drawnFolders returns the picture folders, LANG/img/DECK, that keep their
// pictures' SVG sources in _src/ (on disk: go:embed leaves _src out).
func drawnFolders() ([]string, error) {
	sources, err := filepath.Glob(filepath.Join("*", "img", "*", "_src"))
	var dirs []string
	for _, src := range sources {
		dirs = append(dirs, filepath.ToSlash(filepath.Dir(src)))
	}
	return dirs, err
}
