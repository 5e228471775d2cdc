package bundle

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"declic/cards"
	"declic/internal/safefile"
)

// FuzzOpenZip opens any bytes as a dropped zip of decks and loads the decks
// inside, as the drop path does: it never panics, and no file read from
// the zip is longer than its limit.
func FuzzOpenZip(f *testing.F) {
	for _, p := range []string{"../../cards/testdata/valid/pictures.toml", "../../cards/testdata/valid/board.toml"} {
		decks, problems := cards.LoadPath(p)
		if problems.Errors() > 0 {
			f.Fatal(problems)
		}
		archive, err := Archive(decks)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(archive)
	}
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(func(t *testing.T, data []byte) {
		z, err := OpenZip(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		fs.WalkDir(z, ".", func(name string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			if b, err := safefile.ReadFS(z, name, fileLimit(name)); err == nil && int64(len(b)) > fileLimit(name) {
				t.Errorf("%s: %d bytes read, above its limit", name, len(b))
			}
			return nil
		})
		cards.LoadFS(z, ".", "fuzz/")
	})
}

// FuzzTrimmedPicture cuts any bytes as a picture: it never panics nor
// loops, and keeps a start of the bytes.
func FuzzTrimmedPicture(f *testing.F) {
	for _, name := range []string{"wifi.png", "minitel.jpg"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "cards", "testdata", "valid", "img", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(append(data, 0, 0, 0))
	}
	f.Add([]byte("GIF89a\x01\x00\x01\x00\x80\x00\x00"))
	f.Add([]byte("RIFF\x04\x00\x00\x00WEBPxxxx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		kept := trimmedPicture(data)
		if !bytes.HasPrefix(data, kept) {
			t.Errorf("kept %d bytes that do not start the %d given", len(kept), len(data))
		}
	})
}
