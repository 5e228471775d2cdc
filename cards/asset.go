package cards

import (
	"bytes"
	"errors"
	"image"
	_ "image/gif" // decks may hold GIF pictures
	"image/jpeg"
	"image/png"
	"io/fs"
	"path"
	"path/filepath"
	"runtime"
	"strings"

	_ "golang.org/x/image/webp" // and WebP pictures

	"declic/internal/safefile"
)

// MaxAssetSize is the largest picture or sound file read.
const MaxAssetSize = 4 * MaxFileSize

// MaxImageSide is the largest width or height of a deck's picture, in pixels.
const MaxImageSide = 4096

// folder is where a deck's pictures and sounds are: a file system, confined
// to the deck's folder for a deck on disk (safefile.Dir).
type folder struct {
	fsys fs.FS
	// builtIn marks the decks built into the program, whose pictures its
	// tests decode whole: loading them reads only the pictures' headers.
	builtIn bool
}

// cleanAssetPath turns a path written in a deck into a slash-separated path
// relative to the deck's folder; Windows users may write back-slashes.
func cleanAssetPath(rel string) string {
	return path.Clean(strings.ReplaceAll(rel, `\`, "/"))
}

// leavesFolder reports a path that is absolute or climbs out with "..".
func leavesFolder(rel string) bool {
	slashed := strings.ReplaceAll(rel, `\`, "/")
	if strings.HasPrefix(slashed, "/") || filepath.IsAbs(rel) || filepath.VolumeName(rel) != "" ||
		len(slashed) >= 2 && slashed[1] == ':' {
		return true
	}
	clean := path.Clean(slashed)
	return clean == ".." || strings.HasPrefix(clean, "../") || !fs.ValidPath(clean)
}

// Limits of what a deck's distinct pictures and sounds may cost together,
// so that checking a deck, at every start, and playing it stay within
// seconds and memory whatever its files are.
//
// maxDeckPixels counts width × height: the game keeps every picture of a
// deck it has shown, reduced to at most 3840 × 2160 (ui/cardimages.go), 4
// bytes a pixel on the graphics card, and a board shows all its pictures at
// once: 32 megapixels of pictures are at most 128 MB there. The worst deck
// these limits allow peaks at about 400 MiB in the game (BENCHMARKS.md).
// 32 megapixels is 30 pictures of 1024 × 1024, 15 of 1920 × 1080; the
// bundled decks' largest holds 5.3.
//
// maxDeckAssetBytes counts the files' sizes, all read to be checked: 50
// minutes read aloud in CD-quality WAV, hours in MP3; the bundled decks'
// largest holds 0.23 MB.
const (
	maxDeckPixels     = 32_000_000
	maxDeckAssetBytes = 512 << 20
)

// budget adds up what a deck's pictures or sounds cost, and keeps where the
// total first went over its limit.
type budget struct {
	used, limit int64
	over        pos
}

// add counts n more; at locates the file that costs them.
func (b *budget) add(n int64, at func() pos) {
	if b.used <= b.limit && b.used+n > b.limit {
		b.over = at()
	}
	b.used += n
}

func (b *budget) exceeded() bool { return b.used > b.limit }

// assetKey names a picture or sound of a deck by its clean path.
type assetKey struct {
	path  string
	image bool
}

// assetCheck is what checking one picture or sound found: ok, or the
// message of its problem with the arguments after its path.
type assetCheck struct {
	ok   bool
	id   msgID
	args []any
}

// asset checks that a picture or sound stays inside the deck's folder, exists
// and can be read; pictures are decoded, after their header is checked for a
// size that decoding would not survive. A file is checked once however many
// cards name it, and its problem reported at each of them.
func (c *checker) asset(t table, key, rel string, isImage bool) bool {
	if leavesFolder(rel) {
		t.errorAt(key, msgPathLeaves, key, rel)
		return false
	}
	if c.assets.fsys == nil {
		return true
	}
	k := assetKey{cleanAssetPath(rel), isImage}
	r, seen := c.assetChecks[k]
	if !seen {
		r = c.checkAsset(k, func() pos { return t.at(key) })
		if c.assetChecks == nil {
			c.assetChecks = make(map[assetKey]assetCheck)
		}
		c.assetChecks[k] = r
	}
	switch {
	case r.ok:
		return true
	case r.id == msgPathLeaves:
		t.errorAt(key, msgPathLeaves, key, rel)
	default:
		t.errorAt(key, r.id, append([]any{rel}, r.args...)...)
	}
	return false
}

// checkAsset reads and checks one picture or sound of the deck's folder, at
// the place at locates, and counts what it costs. Once a budget is spent
// the deck is refused: its further files are not read, and its further
// pictures only their headers.
func (c *checker) checkAsset(k assetKey, at func() pos) assetCheck {
	// A file larger than any may be is refused as such (below), not as the
	// deck's files together.
	if info, err := fs.Stat(c.assets.fsys, k.path); err == nil && info.Mode().IsRegular() && info.Size() <= MaxAssetSize {
		c.bytes.add(info.Size(), at)
		if c.bytes.exceeded() {
			return assetCheck{ok: true}
		}
	}
	data, err := safefile.ReadFS(c.assets.fsys, k.path, MaxAssetSize)
	switch {
	case safefile.Escapes(err):
		return assetCheck{id: msgPathLeaves}
	case errors.Is(err, fs.ErrNotExist):
		return assetCheck{id: msgAssetMissing}
	case safefile.IsDir(err):
		return assetCheck{id: msgAssetIsFolder}
	case errors.Is(err, safefile.ErrTooLarge):
		return assetCheck{id: msgAssetTooLarge, args: []any{MaxAssetSize >> 20}}
	case errors.Is(err, safefile.ErrNotRegular):
		return assetCheck{id: msgAssetNotRegular}
	case err != nil:
		return assetCheck{id: msgAssetUnreadable}
	}
	if !k.image {
		if !isSound(data) {
			return assetCheck{id: msgSoundUnreadable}
		}
		return assetCheck{ok: true}
	}
	return checkImage(data, !c.assets.builtIn, &c.pixels, at)
}

// budgetsSpent reports a deck whose pictures and sounds cost more than a
// budget allows, once a budget, at the file that spent it.
func (c *checker) budgetsSpent() {
	if c.pixels.exceeded() {
		// In megapixels rounded up to a tenth: never "32.0, 32 at most".
		tenths := (c.pixels.used + 99_999) / 100_000
		c.errorAt(c.pixels.over, msgDeckPixels, maxDeckPixels/1_000_000, tenths/10, tenths%10)
	}
	if c.bytes.exceeded() {
		c.errorAt(c.bytes.over, msgDeckAssetBytes, maxDeckAssetBytes>>20, (c.bytes.used+1<<20-1)>>20)
	}
}

// checkImage checks a picture's header and counts its pixels; when whole
// is set, and the deck's pixels are within their budget, it decodes the
// whole picture.
func checkImage(data []byte, whole bool, pixels *budget, at func() pos) assetCheck {
	cfg, format, bad := pictureHeader(data)
	if bad.id != 0 {
		return bad
	}
	ok := assetCheck{ok: true}
	pixels.add(int64(cfg.Width)*int64(cfg.Height), at)
	if !whole || pixels.exceeded() {
		return ok
	}
	// The header is sane: decoding the whole picture is now bounded, and finds
	// a file cut short or damaged after its header.
	var err error
	switch format {
	case "png":
		_, err = png.Decode(bytes.NewReader(data))
	case "jpeg":
		_, err = jpeg.Decode(bytes.NewReader(data))
	default:
		_, _, err = image.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return assetCheck{id: msgImageUnreadable}
	}
	if cfg.Width*cfg.Height >= 1<<22 {
		// Up to 128 MiB of decoded pixels are garbage now: collected before
		// the next picture is decoded, the check holds one at a time.
		runtime.GC()
	}
	return ok
}

// pictureHeader reads a picture's header: its size and format, and what
// makes it no picture of a deck, if anything (a zero id when nothing does).
func pictureHeader(data []byte) (image.Config, string, assetCheck) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return cfg, format, assetCheck{id: msgImageUnreadable}
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		return cfg, format, assetCheck{id: msgImageTooLarge, args: []any{cfg.Width, cfg.Height}}
	}
	if format == "jpeg" {
		if n := jpegScans(data); n > maxJPEGScans {
			return cfg, format, assetCheck{id: msgImageScans, args: []any{n, maxJPEGScans}}
		}
	}
	return cfg, format, assetCheck{}
}

// PictureFits reports whether the header of a picture's file is within
// what the check accepts of a deck's picture (its sides, its scans), so
// that decoding it is bounded. Whoever decodes a picture the check did not
// read (a file changed since) asks it first.
func PictureFits(data []byte) bool {
	_, _, bad := pictureHeader(data)
	return bad.id == 0
}

// maxJPEGScans is the most scans a JPEG picture may have. A progressive
// JPEG is drawn in scans, each going over every block of the picture
// whatever it holds: 5 ms each at 4096 × 4096, and one takes 27 bytes, so
// that 100 KB of them kept the check busy 13 s and 64 MB would for hours.
// The encoders write about ten.
const maxJPEGScans = 100

// jpegScans counts the scans (SOS segments) of a JPEG file, walking its
// segments as the decoder does: bytes between them (the scans' coded data,
// or junk the decoder skips too) are read one by one, where a 0xFF is
// followed by 0x00 or a restart marker.
func jpegScans(data []byte) int {
	n := 0
	for i := 2; i+1 < len(data); {
		if data[i] != 0xFF {
			i++
			continue
		}
		switch m := data[i+1]; {
		case m == 0xFF: // fill byte
			i++
			continue
		case m == 0x00, m == 0x01, m >= 0xD0 && m <= 0xD7: // stuffed byte, TEM, RSTn
			i += 2
			continue
		case m == 0xD9: // end of image
			return n
		case m == 0xDA:
			n++
		}
		if i+3 >= len(data) {
			break
		}
		i += 2 + (int(data[i+2])<<8 | int(data[i+3]))
	}
	return n
}

// isSound recognises the sound files Déclic plays by their first bytes: WAV,
// Ogg (Vorbis) and MP3.
func isSound(data []byte) bool {
	switch {
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WAVE":
		return true
	case len(data) >= 4 && string(data[:4]) == "OggS":
		return true
	case len(data) >= 3 && string(data[:3]) == "ID3":
		return true
	case len(data) >= 2 && data[0] == 0xFF && data[1]&0xE0 == 0xE0:
		return true
	}
	return false
}
