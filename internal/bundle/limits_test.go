package bundle

import (
	"archive/zip"
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/internal/safefile"
)

// picture is a 64 × 64 picture in format.
func picture(t *testing.T, format string) []byte {
	t.Helper()
	img := image.NewPaletted(image.Rect(0, 0, 64, 64), []color.Color{color.White, color.RGBA{0x12, 0x1c, 0x33, 0xff}})
	for i := range img.Pix {
		img.Pix[i] = uint8(i / 7 % 2)
	}
	var buf bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&buf, img)
	case "jpg":
		err = jpeg.Encode(&buf, img, nil)
	case "gif":
		err = gif.Encode(&buf, img, nil)
	}
	require.NoError(t, err)
	return buf.Bytes()
}

// deckWith writes a deck in a folder of its own, with files beside it, and
// loads it.
func deckWith(t *testing.T, image string, files map[string][]byte) *cards.Deck {
	t.Helper()
	dir := t.TempDir()
	src := "format = 1\n[deck]\nid = \"photos\"\ntitle = \"Photos\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"Une photo\"\nanswer = \"vrai\"\nimage = \"" + image + "\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "photos.toml"), []byte(src), 0o644))
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	d, problems := cards.LoadFile(filepath.Join(dir, "photos.toml"))
	require.Zero(t, problems.Errors(), "%v", problems)
	return d
}

// TestArchiveKeepsPicturesWithoutWhatFollowsThem archives pictures followed
// by a megabyte of zeros, which the deck checker accepts (it stops decoding
// at the picture's end): the archive keeps each picture cut at its end,
// still a picture.
func TestArchiveKeepsPicturesWithoutWhatFollowsThem(t *testing.T) {
	for _, format := range []string{"png", "jpg", "gif"} {
		pic := picture(t, format)
		name := "photo." + format
		d := deckWith(t, name, map[string][]byte{name: append(append([]byte(nil), pic...), make([]byte, 1<<20)...)})
		archive, err := Archive([]*cards.Deck{d})
		require.NoError(t, err)
		assert.Less(t, len(archive), 64<<10, "%s: the archive holds no megabyte of zeros", format)
		fsys, err := Read(archive)
		require.NoError(t, err)
		kept, err := fs.ReadFile(fsys, "photos.fr/"+name)
		require.NoError(t, err)
		assert.Equal(t, pic, kept, "%s: the picture, cut where it ends", format)
	}
}

// TestArchiveReadsThroughLimits archives a deck whose picture grew past
// cards.MaxAssetSize after the check (a sparse file, which takes no room on
// disk): it is refused unread.
func TestArchiveReadsThroughLimits(t *testing.T) {
	d := deckWith(t, "photo.png", map[string][]byte{"photo.png": picture(t, "png")})
	require.NoError(t, os.Truncate(filepath.Join(filepath.Dir(d.Path), "photo.png"), cards.MaxAssetSize+1))
	_, err := Archive([]*cards.Deck{d})
	assert.ErrorIs(t, err, safefile.ErrTooLarge)
}

// rawZip makes a zip whose directory declares, for each file, the size
// given, whatever it holds (nothing): a zip bomb's directory.
func rawZip(t *testing.T, comment string, declared map[string]uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, size := range declared {
		_, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, UncompressedSize64: size})
		require.NoError(t, err)
	}
	require.NoError(t, zw.SetComment(comment))
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// TestZipsAreRefusedByTheSizesTheyDeclare opens zips whose files, unpacked,
// would pass the limits of what a deck may hold: refused before anything
// is unpacked.
func TestZipsAreRefusedByTheSizesTheyDeclare(t *testing.T) {
	for _, declared := range []map[string]uint64{
		{"jeu/deck.toml": 4 << 30},               // a 4 GiB deck in a zip of a few megabytes
		{"jeu/deck.toml": cards.MaxFileSize + 1}, // just past the deck's limit
		{"jeu/photo.png": 2<<30 + 4096},          // a picture followed by 2 GiB of zeros
		{"jeu/a.png": cards.MaxAssetSize, "jeu/b.png": cards.MaxAssetSize, "jeu/c.png": cards.MaxAssetSize,
			"jeu/d.png": cards.MaxAssetSize, "jeu/e.png": 1}, // together past the total
	} {
		z := rawZip(t, comment, declared)
		_, err := Read(z)
		assert.ErrorIs(t, err, safefile.ErrTooLarge, "%v", declared)
		var zipped *safefile.ZipTooLargeError
		assert.True(t, errors.As(err, &zipped), "%v: %v", declared, err)
	}
	_, err := Read(rawZip(t, comment, map[string]uint64{"jeu/deck.toml": cards.MaxFileSize, "jeu/photo.png": cards.MaxAssetSize}))
	assert.NoError(t, err, "at the limits")
}
