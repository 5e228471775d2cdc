package cards

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var worstDeckDir = flag.String("worstdeck", "", "write the worst valid deck the limits allow in this folder (scripts/bench-check.sh)")

// worstPictures are the worst deck's pictures, which its characters share:
// as large as allowed, as many as the deck's pixels allow, and the last
// ones what is left: 4096 × 4096, 4096 × 3716 and 2048 × 1 for 32
// megapixels.
var worstPictures = func() []worstPicture {
	var out []worstPicture
	left := maxDeckPixels
	add := func(w, h int) {
		out = append(out, worstPicture{fmt.Sprintf("img/%c.png", 'a'+len(out)), w, h})
		left -= w * h
	}
	for left >= MaxImageSide*MaxImageSide {
		add(MaxImageSide, MaxImageSide)
	}
	if h := left / MaxImageSide; h > 0 {
		add(MaxImageSide, h)
	}
	if left > 0 {
		add(left, 1)
	}
	return out
}()

type worstPicture struct {
	path string
	w, h int
}

// longText is a text of maxTextLen characters, in words of maxWordLen: two
// bytes a character (é), so that the file is as large as the texts allow.
func longText(seed int) string {
	word := strings.Repeat("é", maxWordLen-1) + " "
	r := []rune(fmt.Sprintf("%d ", seed) + strings.Repeat(word, maxTextLen/maxWordLen+1))[:maxTextLen]
	if r[len(r)-1] == ' ' {
		r[len(r)-1] = 'x' // a text ends with a letter, its last word 100 long at most
	}
	return string(r)
}

func longTexts(n, seed int) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("%q", longText(seed+i))
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// worstDeck writes the worst valid deck the limits allow: a board of the
// most characters and questions, every text and list of a character as long
// as allowed, pictures holding the most pixels a deck may (see
// worstPictures), each named by several characters, and a sound a
// character, their files together as large as allowed (TestWriteWorstDeck).
// 9 MB of TOML.
func worstDeck() string {
	var b strings.Builder
	fmt.Fprintf(&b, "format = 1\n\n[deck]\nid = \"pire\"\ntitle = %q\nlanguage = \"fr\"\ndescription = %q\naudience = %s\nauthor = %q\nlicense = %q\n",
		longText(1), longText(2), longTexts(maxListLen, 3), longText(4), longText(5))
	for q := 1; q <= maxQuestions; q++ {
		fmt.Fprintf(&b, "\n[[question]]\nid = \"q%d\"\ntext = %q\n", q, longText(100+q))
	}
	for i := 0; i < 30; i++ {
		// Each character answers yes to every question but its own: no
		// two alike, and the first answers yes to all of them.
		var yes []string
		for q := 1; q <= maxQuestions; q++ {
			if q != i {
				yes = append(yes, fmt.Sprintf("%q", fmt.Sprint("q", q)))
			}
		}
		seed := 1000 * (i + 1)
		pic := worstPictures[i%len(worstPictures)].path
		if i%3 == 1 {
			pic = "./" + pic // another way to name the same picture
		}
		fmt.Fprintf(&b, "\n[[card]]\ntype = \"character\"\nid = \"c%d\"\nname = %q\nimage = %q\nsound = \"snd/c%d.wav\"\nyes = [%s]\nclues = %s\n",
			i, longText(seed), pic, i, strings.Join(yes, ", "), longTexts(8, seed+1))
		fmt.Fprintf(&b, "easy = %q\nexplanation = %q\nsource = %q\nreflex = %q\ntechnique = %s\ndiscuss = %s\ntags = %s\n",
			longText(seed+10), longText(seed+11), "https://example.org/"+strings.Repeat("a", maxAddressLen-20),
			longText(seed+12), longTexts(maxListLen, seed+100), longTexts(maxListLen, seed+200), longTexts(maxTags, seed+300))
	}
	return b.String()
}

// TestWorstDeckIsValid keeps the worst deck of the benchmark valid and at
// every limit as the limits change: its texts here, its pictures in
// TestWriteWorstDeck and TestPicturesLimit.
func TestWorstDeckIsValid(t *testing.T) {
	src := worstDeck()
	require.Less(t, len(src), MaxFileSize)
	d, problems := Parse("pire.toml", []byte(src), nil)
	for _, p := range problems {
		t.Error(p.Text("en"))
	}
	require.NotNil(t, d)
	assert.Len(t, d.Questions, maxQuestions)
	assert.Len(t, d.Cards, 30)
	assert.Len(t, []rune(d.Cards[0].Explanation), maxTextLen)
	assert.Len(t, d.Cards[0].Discuss, maxListLen)
	pixels := 0
	for _, p := range worstPictures {
		pixels += p.w * p.h
	}
	assert.Equal(t, maxDeckPixels, pixels)
}

// TestWriteWorstDeck writes the worst deck and its pictures in the folder
// -worstdeck names, and checks it there as declic check would.
//
//	go test ./cards -run TestWriteWorstDeck -worstdeck DIR
//
// Each picture is 16 bits a channel with transparency (8 bytes a pixel
// decoded, the most Go's decoders make of a pixel), its first 45 % noise,
// so that its file is near the size limit: 4096 × 4096 is 128 MiB decoded
// from a 60 MB file.
func TestWriteWorstDeck(t *testing.T) {
	if *worstDeckDir == "" {
		t.Skip("-worstdeck DIR not given")
	}
	dir := *worstDeckDir
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "img"), 0o755))
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range worstPictures {
		img := image.NewNRGBA64(image.Rect(0, 0, p.w, p.h))
		noisy := len(img.Pix) * 45 / 100 / 8 * 8
		for i := 0; i < noisy; i += 8 {
			v := rng.Uint64()
			for j := 0; j < 8; j++ {
				img.Pix[i+j] = byte(v >> (8 * j))
			}
		}
		for i := noisy; i < len(img.Pix); i += 8 {
			copy(img.Pix[i:i+8], []byte{0x80, 0, 0x40, 0, 0x20, 0, 0xff, 0xff})
		}
		f, err := os.Create(filepath.Join(dir, p.path))
		require.NoError(t, err)
		require.NoError(t, (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(f, img))
		require.NoError(t, f.Close())
		info, err := os.Stat(filepath.Join(dir, p.path))
		require.NoError(t, err)
		require.LessOrEqual(t, info.Size(), int64(MaxAssetSize), p.path)
		t.Logf("%s: %d × %d, %.1f MB", p.path, p.w, p.h, float64(info.Size())/1e6)
	}
	// The sounds take what the pictures leave of the deck's files' budget:
	// a WAV header, then zeros (a sparse file, read all the same).
	left := int64(maxDeckAssetBytes)
	for _, p := range worstPictures {
		info, err := os.Stat(filepath.Join(dir, p.path))
		require.NoError(t, err)
		left -= info.Size()
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "snd"), 0o755))
	for i := 0; i < 30; i++ {
		f, err := os.Create(filepath.Join(dir, "snd", fmt.Sprintf("c%d.wav", i)))
		require.NoError(t, err)
		_, err = f.WriteString("RIFF\x00\x00\x00\x00WAVE")
		require.NoError(t, err)
		require.NoError(t, f.Truncate(left/30))
		require.NoError(t, f.Close())
	}
	t.Logf("snd/c*.wav: 30 × %.1f MB", float64(left/30)/1e6)
	file := filepath.Join(dir, "pire.toml")
	require.NoError(t, os.WriteFile(file, []byte(worstDeck()), 0o644))
	d, problems := LoadFile(file)
	for _, p := range problems {
		t.Error(p.Text("en"))
	}
	require.NotNil(t, d)
}
