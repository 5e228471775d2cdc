package cards

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oneCard is a deck of one verdict card ending with the line extra, which
// is line 12 of the file.
func oneCard(extra string) string {
	return "format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"en\"\n\n[[card]]\ntype = \"verdict\"\n" +
		"claim = \"C\"\nanswer = \"false\"\nreflex = \"R\"\n" + extra + "\n"
}

// words returns a text of n characters: words of nine letters and a space.
func words(n int) string {
	return strings.Repeat("abcdefghi ", n/10+1)[:n]
}

// errorsOf checks src and returns its problems as text, in English.
func errorsOf(t *testing.T, src string, assets fs.FS) []string {
	t.Helper()
	d, problems := Parse("deck.toml", []byte(src), assets)
	var out []string
	for _, p := range problems {
		out = append(out, p.Text("en"))
	}
	if len(out) == 0 {
		require.NotNil(t, d)
	}
	return out
}

// TestTextLimits checks each limit on texts: a deck at the limit passes, one
// character more is refused at its line.
func TestTextLimits(t *testing.T) {
	word := strings.Repeat("w", maxWordLen)
	address := "https://example.org/" + strings.Repeat("a", maxAddressLen-20)
	path := strings.Repeat("p", 3*maxWordLen) + ".png"
	tests := []struct {
		name     string
		at, over string // the extra line of a deck at the limit, and over it
		want     string
	}{
		{
			"a text", `explanation = "` + words(maxTextLen) + `"`, `explanation = "` + words(maxTextLen+1) + `"`,
			`deck.toml:12:1: "explanation" is 2001 characters long: 2000 at most`,
		},
		{
			"a text counted in characters, not bytes", `explanation = "` + strings.Repeat("é ", maxTextLen/2) + `"`, `explanation = "` + strings.Repeat("é ", maxTextLen/2) + `é"`,
			`deck.toml:12:1: "explanation" is 2001 characters long: 2000 at most`,
		},
		{
			"an item of a list", `hints = ["` + words(maxTextLen) + `"]`, `hints = ["a", "` + words(maxTextLen+1) + `"]`,
			`deck.toml:12:1: "hints" is 2001 characters long: 2000 at most`,
		},
		{
			"a word", `discuss = ["a ` + word + ` b"]`, `discuss = ["a ` + word + `w b"]`,
			`deck.toml:12:1: "discuss" holds a word of 101 characters ("wwwwwwwwwwwwwwwwwwww…"): 100 at most, as the screen breaks lines only at spaces; a web address (https://…) may have 1000`,
		},
		{
			"a word across no-break spaces", `explanation = "` + strings.Repeat("a\u00a0", maxWordLen/2) + `"`, `explanation = "` + strings.Repeat("a\u00a0", maxWordLen/2) + `b"`,
			`deck.toml:12:1: "explanation" holds 101 characters without an ordinary space ("` + strings.Repeat("a\u00a0", 10) + `…"): no-break spaces do not break lines; 100 at most`,
		},
		{
			"a web address in a source", `source = "` + address + `"`, `source = "` + address + `a"`,
			`deck.toml:12:1: "source" holds a word of 1001 characters ("https://example.org/…"): 100 at most, as the screen breaks lines only at spaces; a web address (https://…) may have 1000`,
		},
		{
			"a web address in a text", `explanation = "See (` + address[:maxAddressLen-2] + `."`, `explanation = "See (` + address + `."`,
			`deck.toml:12:1: "explanation" holds a word of 1002 characters ("(https://example.org…"): 100 at most, as the screen breaks lines only at spaces; a web address (https://…) may have 1000`,
		},
		{
			"a picture's path: only its length counts", `image = "` + path + `"`, `image = "` + strings.Repeat("p", maxTextLen) + `.png"`,
			`deck.toml:12:1: "image" is 2004 characters long: 2000 at most`,
		},
		{
			"a list", `hints = [` + strings.Repeat(`"h", `, maxListLen) + `]`, `hints = [` + strings.Repeat(`"h", `, maxListLen+1) + `]`,
			`deck.toml:12:1: "hints" needs 1 to 20 items, not 21`,
		},
		{
			"an id", `id = "` + word + `"`, `id = "` + word + `w"`,
			`deck.toml:12:1: "id" holds a word of 101 characters ("wwwwwwwwwwwwwwwwwwww…"): 100 at most, as the screen breaks lines only at spaces; a web address (https://…) may have 1000`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, errorsOf(t, oneCard(tt.at), nil))
			assert.Equal(t, []string{tt.want}, errorsOf(t, oneCard(tt.over), nil))
		})
	}
}

func TestTextLimitMessageInFrench(t *testing.T) {
	_, problems := Parse("deck.toml", []byte(oneCard(`explanation = "`+words(maxTextLen+1)+`"`)), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "deck.toml:12:1: « explanation » fait 2001 caractères : 2000 au plus", problems[0].Text("fr"))
}

// openCards is a deck of n open cards; card i (from 1) starts on line
// 6 + 3(i-1).
func openCards(n int) string {
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"en\"\n")
	for i := 0; i < n; i++ {
		b.WriteString("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")
	}
	return b.String()
}

func TestCardsLimit(t *testing.T) {
	assert.Empty(t, errorsOf(t, openCards(maxCards), nil))
	line := 6 + 3*maxCards
	assert.Equal(t, []string{fmt.Sprintf("deck.toml:%d:1: this deck has 10001 cards: 10000 at most; split it into several decks", line)},
		errorsOf(t, openCards(maxCards+1), nil))
}

// board is a board deck of six characters and n questions, q1 … qn; the
// first character answers yes to the questions in yes, the others each to
// one of q1 … q5 or to none. Question i (from 1) starts on line 6 + 3(i-1).
func board(n int, yes []string) string {
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"en\"\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[[question]]\nid = \"q%d\"\ntext = \"Question %d?\"\n", i, i)
	}
	fmt.Fprintf(&b, "[[card]]\ntype = \"character\"\nname = \"C0\"\nyes = [\"%s\"]\n", strings.Join(yes, `", "`))
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "[[card]]\ntype = \"character\"\nname = \"C%d\"\nyes = [\"q%d\"]\n", i, i)
	}
	return b.String()
}

func questionIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprint("q", i+1)
	}
	return ids
}

func TestQuestionsLimit(t *testing.T) {
	assert.Empty(t, errorsOf(t, board(maxQuestions, questionIDs(maxQuestions)), nil))
	line := 6 + 3*maxQuestions
	assert.Equal(t, []string{fmt.Sprintf("deck.toml:%d:1: this board deck has 61 questions: 60 at most", line)},
		errorsOf(t, board(maxQuestions+1, questionIDs(maxQuestions)), nil))
}

func TestYesLimit(t *testing.T) {
	yes := append(questionIDs(maxQuestions), "q1")
	line := 6 + 3*maxQuestions + 3
	assert.Equal(t, []string{fmt.Sprintf(`deck.toml:%d:1: "yes" needs 1 to 60 items, not 61`, line)},
		errorsOf(t, board(maxQuestions, yes), nil))
}

// pngOf encodes a one-colour picture of w × h pixels, small and quick to
// decode whatever its size.
func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White})))
	return b.Bytes()
}

// picturesDeck is a deck of one card a picture, one picture per line from
// line 7 on.
func picturesDeck(paths ...string) string {
	var b strings.Builder
	b.WriteString("format = 1\n[deck]\nid = \"d\"\ntitle = \"T\"\nlanguage = \"en\"\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "[[card]]\nimage = %q\ntype = \"open\"\nquestion = \"Q\"\n", p)
	}
	return b.String()
}

// TestPicturesLimit checks the pixels a deck's pictures may hold together:
// the worst deck's pictures, maxDeckPixels in all, pass; one pixel more is
// refused; a picture named twice counts once.
func TestPicturesLimit(t *testing.T) {
	assets := fstest.MapFS{}
	var at, over []string
	for i, p := range worstPictures {
		assets[p.path] = &fstest.MapFile{Data: pngOf(t, p.w, p.h)}
		at = append(at, p.path, "./"+p.path)
		over = append(over, p.path)
		if i == len(worstPictures)-1 {
			assets["over.png"] = &fstest.MapFile{Data: pngOf(t, p.w+1, p.h)}
			over[i] = "over.png"
		}
	}
	require.Len(t, worstPictures, 3)
	assert.Empty(t, errorsOf(t, picturesDeck(at...), assets))
	assert.Equal(t, []string{"deck.toml:15:1: with this picture, the deck's pictures exceed 32 megapixels (32.1 in all): make them smaller, 1280 × 800 pixels is plenty for a screen"},
		errorsOf(t, picturesDeck(over...), assets))

	_, problems := Parse("deck.toml", []byte(picturesDeck(over...)), assets)
	require.Len(t, problems, 1)
	assert.Equal(t, "deck.toml:15:1: avec cette image, les images du jeu dépassent 32 mégapixels (32,1 en tout) : réduisez-les, 1280 × 800 pixels suffisent pour un écran", problems[0].Text("fr"))
}

// countingFS counts the files opened in it, to be read (Stat is not
// counted).
type countingFS struct {
	fs.FS
	opened map[string]int
}

func (c countingFS) Open(name string) (fs.File, error) {
	c.opened[name]++
	return c.FS.Open(name)
}

func (c countingFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(c.FS, name) }

// TestPictureCheckedOnce checks that a picture named by 2,000 cards is read
// and decoded once, and a missing one reported at each card naming it.
func TestPictureCheckedOnce(t *testing.T) {
	assets := countingFS{fstest.MapFS{"img/p.png": {Data: pngOf(t, 64, 64)}}, make(map[string]int)}
	paths := make([]string, 2000)
	for i := range paths {
		paths[i] = []string{"img/p.png", `img\p.png`, "./img/p.png", "img/../img/p.png"}[i%4]
	}
	assert.Empty(t, errorsOf(t, picturesDeck(paths...), assets))
	assert.Equal(t, map[string]int{"img/p.png": 1}, assets.opened)

	clear(assets.opened)
	assert.Equal(t, []string{
		`deck.toml:7:1: file "gone.png" not found (the path starts from the deck's folder)`,
		`deck.toml:15:1: file "./gone.png" not found (the path starts from the deck's folder)`,
	}, errorsOf(t, picturesDeck("gone.png", "img/p.png", "./gone.png"), assets))
	assert.Equal(t, map[string]int{"img/p.png": 1, "gone.png": 1}, assets.opened)
}

// soundsFS holds sounds of the given sizes, a WAV header then zeros made as
// they are read, and counts the files opened to be read.
type soundsFS struct {
	sizes  map[string]int64
	opened map[string]int
}

func (s soundsFS) Open(name string) (fs.File, error) {
	info, err := s.Stat(name)
	if err != nil {
		return nil, err
	}
	s.opened[name]++
	return &soundFile{info: info.(soundInfo)}, nil
}

func (s soundsFS) Stat(name string) (fs.FileInfo, error) {
	size, ok := s.sizes[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return soundInfo{name, size}, nil
}

type soundFile struct {
	info soundInfo
	off  int64
}

func (f *soundFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *soundFile) Close() error               { return nil }

func (f *soundFile) Read(p []byte) (int, error) {
	if f.off >= f.info.size {
		return 0, io.EOF
	}
	n := int(min(int64(len(p)), f.info.size-f.off))
	clear(p[:n])
	if f.off == 0 {
		copy(p[:n], "RIFF\x00\x00\x00\x00WAVE")
	}
	f.off += int64(n)
	return n, nil
}

type soundInfo struct {
	name string
	size int64
}

func (i soundInfo) Name() string       { return i.name }
func (i soundInfo) Size() int64        { return i.size }
func (i soundInfo) Mode() fs.FileMode  { return 0o644 }
func (i soundInfo) ModTime() time.Time { return time.Time{} }
func (i soundInfo) IsDir() bool        { return false }
func (i soundInfo) Sys() any           { return nil }

// soundsDeck is a deck of one card a sound, one sound per line from line 7
// on.
func soundsDeck(paths ...string) string {
	return strings.ReplaceAll(picturesDeck(paths...), "image = ", "sound = ")
}

// TestFilesLimit checks the bytes a deck's pictures and sounds may hold
// together: 512 MiB pass, one byte more is refused, and the files past the
// limit are not read.
func TestFilesLimit(t *testing.T) {
	assets := soundsFS{map[string]int64{}, map[string]int{}}
	var paths []string
	for i := range maxDeckAssetBytes / MaxAssetSize {
		p := fmt.Sprintf("s%d.wav", i)
		assets.sizes[p] = MaxAssetSize
		paths = append(paths, p, p)
	}
	assets.sizes["one-more.wav"] = 1
	assets.sizes["bad.wav"] = 1
	assert.Empty(t, errorsOf(t, soundsDeck(paths...), assets))
	for p := range assets.sizes {
		if strings.HasPrefix(p, "s") {
			assert.Equal(t, 1, assets.opened[p], "%s, named twice, is read once", p)
		}
	}

	clear(assets.opened)
	over := append(paths, "one-more.wav", "bad.wav")
	assert.Equal(t, []string{"deck.toml:71:1: with this file, the deck's pictures and sounds exceed 512 MB (513 MB in all): make them smaller (sounds in MP3 or OGG, pictures of 1920 × 1080 pixels at most)"},
		errorsOf(t, soundsDeck(over...), assets))
	assert.NotContains(t, assets.opened, "one-more.wav")
	assert.NotContains(t, assets.opened, "bad.wav")
}

// TestPicturesPastTheLimitAreNotDecoded checks that once a deck's pictures
// hold too many pixels, the next ones are only measured, not decoded: a
// damaged picture is then not reported, the deck being refused anyway.
func TestPicturesPastTheLimitAreNotDecoded(t *testing.T) {
	square := pngOf(t, 4096, 4096)
	small := pngOf(t, 64, 64)
	damaged := small[:len(small)-20]
	assets := fstest.MapFS{"a.png": {Data: square}, "b.png": {Data: square}, "c.png": {Data: square}, "d.png": {Data: square}, "damaged.png": {Data: damaged}}
	assert.Equal(t, []string{`deck.toml:7:1: the picture "damaged.png" cannot be read or is in an unsupported format (PNG, JPEG, GIF or WebP)`},
		errorsOf(t, picturesDeck("damaged.png"), assets))
	assert.Equal(t, []string{"deck.toml:11:1: with this picture, the deck's pictures exceed 32 megapixels (67.2 in all): make them smaller, 1280 × 800 pixels is plenty for a screen"},
		errorsOf(t, picturesDeck("a.png", "b.png", "c.png", "d.png", "damaged.png"), assets))
}

// TestOneFileTooLarge: a picture or sound larger than MaxAssetSize (a
// sparse file of 10 GB) is said to be too large itself, not to make the
// deck's files together too large.
func TestOneFileTooLarge(t *testing.T) {
	assets := soundsFS{map[string]int64{"huge.wav": 10 << 30, "ok.wav": 12}, map[string]int{}}
	assert.Equal(t, []string{`deck.toml:7:1: file "huge.wav" too large (64 MB at most)`},
		errorsOf(t, soundsDeck("huge.wav", "ok.wav"), assets))
}
