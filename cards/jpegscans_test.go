package cards

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// progressiveJPEG returns a grey progressive JPEG of side × side pixels
// drawn in scans scans: a DC scan, then AC scans that each end every block
// at once (runs of empty blocks), 27 bytes a scan however large the picture.
func progressiveJPEG(side, scans int) []byte {
	var b bytes.Buffer
	segment := func(marker byte, body []byte) {
		b.Write([]byte{0xFF, marker})
		binary.Write(&b, binary.BigEndian, uint16(len(body)+2))
		b.Write(body)
	}
	coded := func(bits string) []byte {
		bits += strings.Repeat("1", -len(bits)&7)
		var out []byte
		for i := 0; i < len(bits); i += 8 {
			var c byte
			for _, bit := range bits[i : i+8] {
				c = c<<1 | byte(bit-'0')
			}
			out = append(out, c)
			if c == 0xFF {
				out = append(out, 0)
			}
		}
		return out
	}
	blocks := ((side + 7) / 8) * ((side + 7) / 8)
	b.Write([]byte{0xFF, 0xD8})
	segment(0xDB, append([]byte{0}, bytes.Repeat([]byte{1}, 64)...))
	segment(0xC2, []byte{8, byte(side >> 8), byte(side), byte(side >> 8), byte(side), 1, 1, 0x11, 0})
	segment(0xC4, append([]byte{0x00, 1}, append(make([]byte, 15), 0x00)...)) // DC: one code, difference 0
	segment(0xC4, append([]byte{0x10, 1}, append(make([]byte, 15), 0xE0)...)) // AC: one code, a run of empty blocks
	segment(0xDA, []byte{1, 1, 0, 0, 0, 0})
	b.Write(coded(strings.Repeat("0", blocks)))
	runs := coded(strings.Repeat("0"+strings.Repeat("1", 14), (blocks+32766)/32767))
	for range scans - 1 {
		segment(0xDA, []byte{1, 1, 0, 1, 63, 0})
		b.Write(runs)
	}
	b.Write([]byte{0xFF, 0xD9})
	return b.Bytes()
}

// TestJPEGScansLimit: a progressive JPEG of maxJPEGScans scans is a
// picture; one more scan is refused before it is decoded, each scan going
// over the whole picture (2,000 of them at 4096 × 4096, 100 KB, kept
// declic check busy 13 s).
func TestJPEGScansLimit(t *testing.T) {
	for _, scans := range []int{1, maxJPEGScans} {
		data := progressiveJPEG(64, scans)
		_, err := jpeg.Decode(bytes.NewReader(data))
		require.NoError(t, err, "a valid JPEG")
		assert.Equal(t, scans, jpegScans(data))
	}
	var plain bytes.Buffer
	require.NoError(t, jpeg.Encode(&plain, image.NewGray(image.Rect(0, 0, 300, 200)), nil))
	assert.Equal(t, 1, jpegScans(plain.Bytes()))

	assets := fstest.MapFS{
		"ok.jpg":   {Data: progressiveJPEG(64, maxJPEGScans)},
		"over.jpg": {Data: progressiveJPEG(4096, maxJPEGScans+1)},
	}
	assert.Empty(t, errorsOf(t, picturesDeck("ok.jpg"), assets))
	assert.Equal(t, []string{`deck.toml:7:1: the picture "over.jpg" is a progressive JPEG of 101 scans: 100 at most; save it again (as a standard JPEG, or as PNG)`},
		errorsOf(t, picturesDeck("over.jpg"), assets))
}
