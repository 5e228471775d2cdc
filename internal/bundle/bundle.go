// Package bundle carries decks inside a copy of the game, for a family to
// take home (declic bundle): a zip of the decks and the pictures and sounds
// they use, appended to an executable (Windows, Linux) or carried in the
// one-file web page (internal/onefile).
//
// An executable with decks is the program, then the zip, then a trailer of
// 16 bytes: the zip's size (8 bytes, little-endian) and the magic text
// "DECLICZ1". Operating systems ignore what follows an executable's image;
// the game reads its own file's end at start.
package bundle

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"declic/cards"
	"declic/internal/safefile"
)

const magic = "DECLICZ1"

const trailerSize = 8 + len(magic)

// comment marks a zip made by Archive.
const comment = "Déclic decks"

// MaxZipSize is the largest zip of decks read: one dropped on the window or
// picked in the browser, one kept on the shelf, the decks of a family build.
// Its files together, unpacked, are at most MaxZipSize too.
const MaxZipSize = 256 << 20

// Limits are the limits of a zip of decks, unpacked: a deck file (.toml) at
// most cards.MaxFileSize, any other file (a picture, a sound)
// cards.MaxAssetSize, all together MaxZipSize — the limits the deck checker
// reads with, so that a zip that passes them holds nothing it would refuse
// by size.
var Limits = safefile.ZipLimits{File: fileLimit, Total: MaxZipSize}

// fileLimit is the largest size of a deck's file.
func fileLimit(name string) int64 {
	if strings.EqualFold(path.Ext(name), ".toml") {
		return cards.MaxFileSize
	}
	return cards.MaxAssetSize
}

// OpenZip opens a zip of decks of size bytes in r, within Limits: the one
// way Déclic opens a zip. A zip larger than MaxZipSize is refused unread.
func OpenZip(r io.ReaderAt, size int64) (*safefile.Zip, error) {
	if size > MaxZipSize {
		return nil, &safefile.TooLargeError{Name: "zip", Limit: MaxZipSize}
	}
	return safefile.OpenZip(r, size, Limits)
}

// ReadZip reads the zip name of fsys, a person's file, through MaxZipSize,
// and opens it within Limits. The zip is held in memory: what is read from
// it later is what was checked.
func ReadZip(fsys fs.FS, name string) (*safefile.Zip, error) {
	data, err := safefile.ReadFS(fsys, name, MaxZipSize)
	if err != nil {
		return nil, err
	}
	return OpenZip(bytes.NewReader(data), int64(len(data)))
}

// ErrTooLarge reports decks whose files together are larger than
// MaxZipSize: they cannot be archived.
var ErrTooLarge = errors.New("bundle: decks too large")

// Archive returns a zip of the decks, each in a folder of its own named
// after its id and language (so that two decks' pictures never collide):
// the deck's file and every picture and sound its cards use. Each file is
// read through its limit (Limits), all of them through MaxZipSize
// (ErrTooLarge), and a picture or sound is kept without what follows its
// data (see trimmed), so that the archive holds what the deck checker read
// and no more.
func Archive(decks []*cards.Deck) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	folders := make(map[string]bool)
	var total int64
	for _, d := range decks {
		folder := d.ID + "." + d.Language
		for n := 2; folders[folder]; n++ {
			folder = fmt.Sprintf("%s.%s.%d", d.ID, d.Language, n)
		}
		folders[folder] = true
		files := []string{filepath.Base(d.Path)}
		seen := map[string]bool{files[0]: true}
		pictures := make(map[string]bool)
		for _, c := range d.Cards {
			for _, f := range []string{c.Image, c.Sound} {
				if f != "" && !seen[f] {
					seen[f] = true
					files = append(files, f)
				}
			}
			if c.Image != "" {
				pictures[c.Image] = true
			}
		}
		sort.Strings(files[1:])
		for _, f := range files {
			data, err := safefile.ReadFS(d.Assets, f, fileLimit(f))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Path, err)
			}
			if pictures[f] {
				data = trimmedPicture(data)
			}
			if total += int64(len(data)); total > MaxZipSize {
				return nil, fmt.Errorf("%s: %w", d.Path, ErrTooLarge)
			}
			w, err := zw.Create(folder + "/" + f)
			if err != nil {
				return nil, err
			}
			if _, err := w.Write(data); err != nil {
				return nil, err
			}
		}
	}
	if err := zw.SetComment(comment); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if buf.Len() > MaxZipSize { // headers, and pictures that do not compress
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}

// Read opens a zip made by Archive, as a file system of deck folders.
func Read(archive []byte) (fs.FS, error) {
	return readZip(bytes.NewReader(archive), int64(len(archive)))
}

func readZip(r io.ReaderAt, size int64) (fs.FS, error) {
	z, err := OpenZip(r, size)
	if err != nil {
		return nil, err
	}
	if z.Comment() != comment {
		return nil, errors.New("not an archive of Déclic decks")
	}
	return z, nil
}

// Program returns exe, an executable, with archive appended: the decks of a
// family build. Decks appended before are replaced.
func Program(exe, archive []byte) []byte {
	exe = exe[:programSize(exe)]
	out := make([]byte, 0, len(exe)+len(archive)+trailerSize)
	out = append(out, exe...)
	out = append(out, archive...)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(archive)))
	return append(out, magic...)
}

// programSize returns the size of exe without the decks appended to it.
func programSize(exe []byte) int {
	n := len(exe)
	if n < trailerSize || string(exe[n-len(magic):]) != magic {
		return n
	}
	size := binary.LittleEndian.Uint64(exe[n-trailerSize:])
	if size > uint64(n-trailerSize) {
		return n
	}
	return n - trailerSize - int(size)
}

// Appended returns the decks appended to the executable file, or nil when
// it has none (the program as built).
func Appended(file string) (fs.FS, error) {
	f, err := safefile.Open(file)
	if err != nil {
		return nil, err
	}
	// The zip reader reads on demand: the file stays open as long as the
	// game runs, which is as long as its decks are needed.
	info, err := f.Stat()
	if err != nil || info.Size() < int64(trailerSize) {
		f.Close()
		return nil, err
	}
	trailer := make([]byte, trailerSize)
	if _, err := f.ReadAt(trailer, info.Size()-int64(trailerSize)); err != nil {
		f.Close()
		return nil, err
	}
	if string(trailer[8:]) != magic {
		f.Close()
		return nil, nil
	}
	size := binary.LittleEndian.Uint64(trailer)
	if size > uint64(info.Size())-uint64(trailerSize) {
		f.Close()
		return nil, errors.New("damaged decks at the end of the program")
	}
	start := info.Size() - int64(trailerSize) - int64(size)
	fsys, err := readZip(io.NewSectionReader(f, start, int64(size)), int64(size))
	if err != nil {
		f.Close()
		return nil, err
	}
	return fsys, nil
}
