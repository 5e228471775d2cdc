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
	"os"
	"path/filepath"
	"sort"

	"declic/cards"
)

const magic = "DECLICZ1"

const trailerSize = 8 + len(magic)

// comment marks a zip made by Archive.
const comment = "Déclic decks"

// Archive returns a zip of the decks, each in a folder of its own named
// after its id and language (so that two decks' pictures never collide):
// the deck's file and every picture and sound its cards use.
func Archive(decks []*cards.Deck) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	folders := make(map[string]bool)
	for _, d := range decks {
		folder := d.ID + "." + d.Language
		for n := 2; folders[folder]; n++ {
			folder = fmt.Sprintf("%s.%s.%d", d.ID, d.Language, n)
		}
		folders[folder] = true
		files := []string{filepath.Base(d.Path)}
		seen := map[string]bool{files[0]: true}
		for _, c := range d.Cards {
			for _, f := range []string{c.Image, c.Sound} {
				if f != "" && !seen[f] {
					seen[f] = true
					files = append(files, f)
				}
			}
		}
		sort.Strings(files[1:])
		for _, f := range files {
			data, err := fs.ReadFile(d.Assets, f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Path, err)
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
	return buf.Bytes(), nil
}

// Read opens a zip made by Archive, as a file system of deck folders.
func Read(archive []byte) (fs.FS, error) {
	return readZip(bytes.NewReader(archive), int64(len(archive)))
}

func readZip(r io.ReaderAt, size int64) (fs.FS, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	if zr.Comment != comment {
		return nil, errors.New("not an archive of Déclic decks")
	}
	return zr, nil
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
	f, err := os.Open(file)
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
