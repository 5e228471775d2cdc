package onefile

import (
	"bytes"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cases := map[string][]byte{
		"empty":      {},
		"one byte":   {0xFF},
		"zeros":      make([]byte, 100),                                                 // every group unsafe (NUL)
		"last group": {0x00},                                                            // an unsafe group with no next one
		"CR groups":  bytes.Repeat([]byte{0x1A, 0x34, 0x68, 0xD1, 0xA3, 0x46, 0x8D}, 9), // 0x0D in every group
		"lt groups":  bytes.Repeat([]byte{0x79, 0xF3, 0xE7, 0xCF, 0x9F, 0x3E, 0x7C}, 9), // '<' in every group
	}
	for n := range 300 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		cases["random"+string(rune('a'+n%26))+string(rune('0'+n/26))] = b
	}
	for name, data := range cases {
		text := Encode(data)
		assert.True(t, utf8.ValidString(text), name)
		assert.NotContains(t, text, "\x00", name)
		assert.NotContains(t, text, "\r", name)
		assert.NotContains(t, text, "<", name)
		for _, r := range text {
			require.Less(t, r, rune(0x200), name)
		}
		got, err := Decode(text, len(data))
		require.NoError(t, err, name)
		assert.Equal(t, data, got, name)
	}
}

func TestEncodedSize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	ratio := float64(len(Encode(data))) / float64(len(data))
	// 8/7 = 1.143 plus the two-byte characters; base64 is 1.333.
	assert.Less(t, ratio, 1.17, "encoded size over data size")
}

func TestDecodeRefusesDamage(t *testing.T) {
	text := Encode([]byte("Déclic"))
	_, err := Decode(text, 20)
	assert.ErrorIs(t, err, ErrCorrupt, "too short")
	_, err = Decode(text+"€", 7)
	assert.ErrorIs(t, err, ErrCorrupt, "a character the encoder never writes")
}

func TestPageAndDecks(t *testing.T) {
	wasm := bytes.Repeat([]byte("\x00asm wasm body "), 1000)
	page, err := Page("/* wasm_exec */ var s = '</script>';", wasm, []byte("\x89PNG"))
	require.NoError(t, err)
	assert.Contains(t, string(page), `var s = '<\/script>'`, "wasm_exec.js cannot end its element")
	assert.Equal(t, 4, strings.Count(string(page), "</script>"), "wasm_exec.js, the wasm, the xz unpacker, the loader")
	assert.Contains(t, string(page), decksMarker)
	none, err := Decks(page)
	require.NoError(t, err)
	assert.Nil(t, none, "declic.html carries no decks")

	bundled, err := WithDecks(page, []byte("PK first decks"))
	require.NoError(t, err)
	got, err := Decks(bundled)
	require.NoError(t, err)
	assert.Equal(t, []byte("PK first decks"), got)

	again, err := WithDecks(bundled, []byte("PK other decks\x00\r<"))
	require.NoError(t, err)
	got, err = Decks(again)
	require.NoError(t, err)
	assert.Equal(t, []byte("PK other decks\x00\r<"), got, "bundling again replaces the decks")
	assert.Equal(t, 1, strings.Count(string(again), `id="declic-decks"`))

	_, err = WithDecks([]byte("<html>something else</html>"), []byte("PK"))
	assert.ErrorIs(t, err, ErrNotAPage)
}

// FuzzEncode: whatever the bytes, the text is safe in a script element
// and decodes back to them.
func FuzzEncode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x00})
	f.Add([]byte("\x1f\x8b\x08\x00 gzip header"))
	f.Add(bytes.Repeat([]byte{0x79, 0xF3, 0xE7}, 20))
	f.Fuzz(func(t *testing.T, data []byte) {
		text := Encode(data)
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\x00\r<") {
			t.Fatalf("unsafe text for %x", data)
		}
		got, err := Decode(text, len(data))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("round trip of %x: %x, %v", data, got, err)
		}
	})
}

func TestPagesHaveNoPlaceholderLeft(t *testing.T) {
	page, err := Page("/* wasm_exec */", []byte("\x00asm"), []byte("PNG"))
	require.NoError(t, err)
	served := Served()
	for name, p := range map[string][]byte{"declic.html": page, "index.html": served} {
		assert.NotContains(t, string(p), "{{", name)
		assert.Contains(t, string(p), `id="rotate"`, name)
		assert.Contains(t, string(p), "declicStart(async", name)
	}
	assert.Contains(t, string(served), `<script src="wasm_exec.js"></script>`)
	assert.Contains(t, string(served), `href="icon.png"`)
	assert.Contains(t, string(page), `href="data:image/png;base64,UE5H"`)
}

// TestPackIsXZ: the wasm is packed as an xz stream with a CRC32 check (the
// one XZ Embedded, the page's unpacker, always knows) that xz unpacks back.
func TestPackIsXZ(t *testing.T) {
	data := bytes.Repeat([]byte("\x00asm Déclic "), 5000)
	packed, err := Pack(data)
	require.NoError(t, err)
	assert.Less(t, len(packed), len(data)/20)
	assert.Equal(t, []byte("\xfd7zXZ\x00\x00\x01"), packed[:8], "xz magic and stream flags: CRC32")
	unpack := exec.Command("xz", "--decompress", "--stdout")
	unpack.Stdin = bytes.NewReader(packed)
	back, err := unpack.Output()
	require.NoError(t, err)
	assert.Equal(t, data, back)
}
