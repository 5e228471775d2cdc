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

// maxDeckPixels is how many pixels a deck's pictures may hold together (the
// sum of width × height of its distinct pictures): the game keeps every
// picture of a deck decoded, 4 bytes a pixel on the graphics card, once it
// has shown it, and a board shows all its pictures at once. 64 megapixels is
// 30 pictures of 1920 × 1080, or 240 MB decoded; the bundled decks' largest
// is 5.3.
const maxDeckPixels = 64_000_000

// assetKey names a picture or sound of a deck by its clean path.
type assetKey struct {
	path  string
	image bool
}

// assetCheck is what checking one picture or sound found: ok, or the
// message of its problem with the arguments after its path; and a
// picture's width × height.
type assetCheck struct {
	ok     bool
	id     msgID
	args   []any
	pixels int
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
		r = c.checkAsset(k)
		if c.assetChecks == nil {
			c.assetChecks = make(map[assetKey]assetCheck)
		}
		c.assetChecks[k] = r
	}
	switch {
	case r.ok:
	case r.id == msgPathLeaves:
		t.errorAt(key, msgPathLeaves, key, rel)
		return false
	default:
		t.errorAt(key, r.id, append([]any{rel}, r.args...)...)
		return false
	}
	if isImage && !seen {
		if c.pixels <= maxDeckPixels && c.pixels+r.pixels > maxDeckPixels {
			c.pixelsAt = t.at(key)
		}
		c.pixels += r.pixels
	}
	return true
}

// checkAsset reads and checks one picture or sound of the deck's folder.
func (c *checker) checkAsset(k assetKey) assetCheck {
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
	return checkImage(data, !c.assets.builtIn)
}

// pictureBudget reports a deck whose pictures hold more than maxDeckPixels,
// at the picture that took them over, in megapixels rounded up to a tenth.
func (c *checker) pictureBudget() {
	if c.pixels <= maxDeckPixels {
		return
	}
	tenths := (c.pixels + 99_999) / 100_000
	c.errorAt(c.pixelsAt, msgDeckPixels, maxDeckPixels/1_000_000, tenths/10, tenths%10)
}

// checkImage checks a picture's header, and when whole is set decodes the
// whole picture.
func checkImage(data []byte, whole bool) assetCheck {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return assetCheck{id: msgImageUnreadable}
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		return assetCheck{id: msgImageTooLarge, args: []any{cfg.Width, cfg.Height}}
	}
	ok := assetCheck{ok: true, pixels: cfg.Width * cfg.Height}
	if !whole {
		return ok
	}
	// The header is sane: decoding the whole picture is now bounded, and finds
	// a file cut short or damaged after its header.
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
	return ok
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
