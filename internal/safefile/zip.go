package safefile

import (
	"archive/zip"
	"fmt"
	"io"
	"io/fs"
)

// ZipLimits bounds the files of a zip, unpacked.
type ZipLimits struct {
	// File returns the largest size of the file named name, unpacked.
	File func(name string) int64
	// Total is the largest size of all the files together, unpacked.
	Total int64
}

// Zip is a zip archive opened within limits, as an fs.FS of its files.
type Zip struct {
	r *zip.Reader
}

// ZipTooLargeError is the error of a zip whose files, unpacked, would be
// larger than its limits: Name is the file above its own limit, or "" when
// only the files together are. It matches ErrTooLarge with errors.Is.
type ZipTooLargeError struct {
	Name  string
	Limit int64
}

func (e *ZipTooLargeError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("zip: its files are larger than %d bytes together", e.Limit)
	}
	return fmt.Sprintf("zip: %s is larger than %d bytes", e.Name, e.Limit)
}

func (e *ZipTooLargeError) Is(target error) bool { return target == ErrTooLarge }

// OpenZip opens the zip of size bytes in r within limits. The sizes its
// directory declares are checked before anything is unpacked: a file above
// its limit, or files together above the total, refuse the whole zip with
// a *ZipTooLargeError. A declared size may lie, so every read stops one byte
// past it, with an error (archive/zip then also finds the lie, by the
// checksum).
//
// r is read on demand: what is read is what the zip holds when it is read,
// and a caller who wants the bytes that were checked hands in bytes.
func OpenZip(r io.ReaderAt, size int64, limits ZipLimits) (*Zip, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	var total uint64
	for _, f := range zr.File {
		if limit := limits.File(f.Name); f.UncompressedSize64 > uint64(max(limit, 0)) {
			return nil, &ZipTooLargeError{Name: f.Name, Limit: limit}
		}
		total += f.UncompressedSize64 // no overflow: each is at most an int64
		if total > uint64(max(limits.Total, 0)) {
			return nil, &ZipTooLargeError{Limit: limits.Total}
		}
	}
	return &Zip{r: zr}, nil
}

// Comment is the zip's comment.
func (z *Zip) Comment() string { return z.r.Comment }

// Open opens a file or a folder of the zip; a file reads at most the size
// its directory declares.
func (z *Zip) Open(name string) (fs.File, error) {
	f, err := z.r.Open(name)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if info.IsDir() {
		return f, nil
	}
	return &zipFile{File: f, name: name, size: info.Size(), left: info.Size()}, nil
}

// zipFile is a file of a zip, read through the size its zip declares.
type zipFile struct {
	fs.File
	name string
	size int64 // as declared
	left int64 // bytes that may still be read
}

func (f *zipFile) Read(p []byte) (int, error) {
	// Reading one byte past the declared size, rather than stopping at it,
	// lets archive/zip reach the end of the entry and check its checksum.
	if int64(len(p)) > f.left+1 {
		p = p[:f.left+1]
	}
	n, err := f.File.Read(p)
	f.left -= int64(n)
	if f.left < 0 {
		return 0, &ZipTooLargeError{Name: f.name, Limit: f.size}
	}
	return n, err
}
