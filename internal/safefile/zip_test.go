package safefile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"testing"
)

// zipOf makes a zip of files, by name.
func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip makes a zip of one file, name, holding n zero bytes while its
// directory declares only declared.
func lyingZip(t *testing.T, name string, n, declared int) []byte {
	t.Helper()
	data := make([]byte, n)
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write(data)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(packed.Len()), UncompressedSize64: uint64(declared),
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var testLimits = ZipLimits{
	File: func(name string) int64 {
		if name == "deck.toml" {
			return 100
		}
		return 1000
	},
	Total: 1500,
}

func openZip(t *testing.T, data []byte) (*Zip, error) {
	return OpenZip(bytes.NewReader(data), int64(len(data)), testLimits)
}

func TestOpenZipChecksDeclaredSizesFirst(t *testing.T) {
	z, err := openZip(t, zipOf(t, map[string][]byte{"deck.toml": make([]byte, 100), "a.png": make([]byte, 1000)}))
	if err != nil {
		t.Fatalf("within the limits: %v", err)
	}
	if b, err := ReadFS(z, "a.png", 1000); err != nil || len(b) != 1000 {
		t.Errorf("a.png: %d bytes, %v", len(b), err)
	}
	var tooLarge *ZipTooLargeError
	_, err = openZip(t, zipOf(t, map[string][]byte{"deck.toml": make([]byte, 101)}))
	if !errors.As(err, &tooLarge) || tooLarge.Name != "deck.toml" || tooLarge.Limit != 100 || !errors.Is(err, ErrTooLarge) {
		t.Errorf("a deck above its limit: %v", err)
	}
	_, err = openZip(t, zipOf(t, map[string][]byte{"a.png": make([]byte, 1000), "b.png": make([]byte, 501)}))
	if !errors.As(err, &tooLarge) || tooLarge.Name != "" || tooLarge.Limit != 1500 {
		t.Errorf("files above the total: %v", err)
	}
}

// TestZipFilesReadNoFurtherThanDeclared reads a file of 1 MB whose zip
// declares 10 bytes: the read stops just past the 10 bytes, with an error.
func TestZipFilesReadNoFurtherThanDeclared(t *testing.T) {
	z, err := openZip(t, lyingZip(t, "a.png", 1<<20, 10))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open("a.png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, err := io.Copy(io.Discard, f)
	if err == nil || n > 11 {
		t.Errorf("read %d bytes, %v; want at most 11 and an error", n, err)
	}
	if _, err := ReadFS(z, "a.png", 1000); err == nil {
		t.Error("ReadFS of a lying file: no error")
	}
}
