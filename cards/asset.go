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

// asset checks that a picture or sound stays inside the deck's folder, exists
// and can be read; pictures are decoded, after their header is checked for a
// size that decoding would not survive.
func (c *checker) asset(t table, key, rel string, isImage bool) bool {
	if leavesFolder(rel) {
		t.errorAt(key, msgPathLeaves, key, rel)
		return false
	}
	if c.assets.fsys == nil {
		return true
	}
	clean := cleanAssetPath(rel)
	data, err := safefile.ReadFS(c.assets.fsys, clean, MaxAssetSize)
	switch {
	case safefile.Escapes(err):
		t.errorAt(key, msgPathLeaves, key, rel)
		return false
	case errors.Is(err, fs.ErrNotExist):
		t.errorAt(key, msgAssetMissing, rel)
		return false
	case safefile.IsDir(err):
		t.errorAt(key, msgAssetIsFolder, rel)
		return false
	case errors.Is(err, safefile.ErrTooLarge):
		t.errorAt(key, msgAssetTooLarge, rel, MaxAssetSize>>20)
		return false
	case errors.Is(err, safefile.ErrNotRegular):
		t.errorAt(key, msgAssetNotRegular, rel)
		return false
	case err != nil:
		t.errorAt(key, msgAssetUnreadable, rel)
		return false
	}
	if !isImage {
		if !isSound(data) {
			t.errorAt(key, msgSoundUnreadable, rel)
			return false
		}
		return true
	}
	return checkImage(t, key, rel, data, !c.assets.builtIn)
}

// checkImage checks a picture's header, and when whole is set decodes the
// whole picture.
func checkImage(t table, key, rel string, data []byte, whole bool) bool {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		t.errorAt(key, msgImageUnreadable, rel)
		return false
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		t.errorAt(key, msgImageTooLarge, rel, cfg.Width, cfg.Height)
		return false
	}
	if !whole {
		return true
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
		t.errorAt(key, msgImageUnreadable, rel)
		return false
	}
	return true
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
