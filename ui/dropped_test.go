package ui

import (
	"archive/zip"
	"bytes"
	"image"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/safefile/safefiletest"
	"declic/store"
)

// virtualFS is Ebitengine's file system of dropped files as 2.8 makes it
// (internal/file.VirtualFS, which cannot be imported): the dropped paths in
// a field named paths, each opened with os.Open, following every link and
// blocking on a FIFO.
type virtualFS struct {
	paths []string
}

func (v *virtualFS) Open(name string) (fs.File, error) {
	if name == "." {
		var entries []fs.DirEntry
		for _, p := range v.paths {
			info, err := os.Stat(p)
			if err != nil {
				return nil, err
			}
			entries = append(entries, fs.FileInfoToDirEntry(info))
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		return &rootListing{entries: entries}, nil
	}
	top, rest, _ := strings.Cut(name, "/")
	for _, p := range v.paths {
		if filepath.Base(p) == top {
			return os.Open(filepath.Join(p, filepath.FromSlash(rest)))
		}
	}
	return nil, fs.ErrNotExist
}

type rootListing struct{ entries []fs.DirEntry }

func (r *rootListing) Stat() (fs.FileInfo, error) {
	return fs.Stat(fstest.MapFS{"d": {Mode: fs.ModeDir}}, "d")
}
func (r *rootListing) Read([]byte) (int, error) { return 0, io.EOF }
func (r *rootListing) Close() error             { return nil }
func (r *rootListing) ReadDir(int) ([]fs.DirEntry, error) {
	e := r.entries
	r.entries = nil
	return e, nil
}

// TestDroppedPathsKnowEbitengine pins the Ebitengine whose file system of
// dropped files onDisk reads its paths from: another version may name or
// keep them otherwise (a drop would then add nothing), so a new version
// must be checked against internal/file.VirtualFS, then added here.
func TestDroppedPathsKnowEbitengine(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join("..", "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(mod), "github.com/hajimehoshi/ebiten/v2 v2.8.8",
		"check onDisk against this Ebitengine's internal/file.VirtualFS")
	paths, ok := droppedPaths(&virtualFS{paths: []string{"/a/b", "/c"}})
	assert.True(t, ok)
	assert.Equal(t, []string{"/a/b", "/c"}, paths)
	_, ok = droppedPaths(fstest.MapFS{})
	assert.False(t, ok, "another file system: no paths")
}

// tinyPNG is a 2 × 2 picture.
func tinyPNG(t *testing.T) []byte {
	var buf bytes.Buffer
	require.NoError(t, png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 2))))
	return buf.Bytes()
}

// TestDropFollowsNoLinkOutOfTheFolder drops a deck folder whose picture is
// a symbolic link to a private picture outside it: refused, with the
// message declic check gives for the same folder, and nothing copied into
// the decks folder.
func TestDropFollowsNoLinkOutOfTheFolder(t *testing.T) {
	private := filepath.Join(t.TempDir(), "privee.png")
	require.NoError(t, os.WriteFile(private, tinyPNG(t), 0o644))
	folder := filepath.Join(t.TempDir(), "mon-jeu")
	require.NoError(t, os.MkdirAll(filepath.Join(folder, "img"), 0o755))
	deck := "format = 1\n[deck]\nid = \"fuite\"\ntitle = \"Fuite\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"Une photo\"\nanswer = \"vrai\"\nimage = \"img/photo.png\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(folder, "fuite.toml"), []byte(deck), 0o644))
	require.NoError(t, os.Symlink(private, filepath.Join(folder, "img", "photo.png")))

	_, checked := cards.LoadPath(folder)
	require.Equal(t, 1, checked.Errors(), "declic check refuses the folder")
	p, _ := firstError(checked)
	want := p.Message("fr")

	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	notice := d.addDecks(onDisk(&virtualFS{paths: []string{folder}}))
	assert.Contains(t, notice, "Jeu refusé")
	assert.Contains(t, notice, want)
	assert.Nil(t, d.Library.Find("fuite", "fr"))
	entries, _ := os.ReadDir(shelf.Dir)
	assert.Empty(t, entries, "nothing kept")
}

// TestDropOfWhatIsNotAFileNeverBlocks drops a FIFO and a link to /dev/zero
// named as decks and as zips, alone and inside a folder: each is refused at
// once, instead of the game waiting forever on the FIFO or reading
// /dev/zero until memory runs out.
func TestDropOfWhatIsNotAFileNeverBlocks(t *testing.T) {
	for _, make := range []func(testing.TB, string, string) string{safefiletest.Fifo, safefiletest.Zero} {
		for _, name := range []string{"jeu.toml", "jeu.zip"} {
			dir := t.TempDir()
			alone := make(t, dir, name)
			folder := filepath.Join(dir, "dossier")
			require.NoError(t, os.Mkdir(folder, 0o755))
			make(t, folder, name)
			for _, paths := range [][]string{{alone}, {folder}} {
				d := sceneDeps(t)
				d.Shelf = store.FolderShelf{Dir: t.TempDir()}
				var notice string
				safefiletest.Within(t, func() { notice = d.addDecks(onDisk(&virtualFS{paths: paths})) })
				if name == "jeu.zip" {
					assert.Contains(t, notice, "jeu.zip", "%v", paths)
					assert.Contains(t, notice, "n'est pas", "%v", paths) // un fichier ordinaire, or une archive lisible
				} else {
					assert.Contains(t, notice, "Jeu refusé", "%v", paths)
				}
			}
		}
	}
}

// zipped makes a zip of files, by name, each written as it is.
func zipped(t *testing.T, files map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// declaring makes a zip whose directory declares, for each file, the size
// given, whatever it holds: a zip bomb's directory, which costs nothing to
// make.
func declaring(t *testing.T, declared map[string]uint64) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, size := range declared {
		_, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, UncompressedSize64: size})
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// TestDroppedZipsWithinLimits drops zips whose files, unpacked, are larger
// than a deck may be: refused in words, by the sizes they declare, before
// anything is unpacked or kept; a picture followed by a megabyte of zeros
// is kept without the zeros.
func TestDroppedZipsWithinLimits(t *testing.T) {
	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	for _, tc := range []struct {
		zip  []byte
		want string
	}{
		{declaring(t, map[string]uint64{"jeu/deck.toml": 4 << 30}), "« bombe.zip » contient un fichier trop gros, « jeu/deck.toml » : au plus 16 Mo."},
		{declaring(t, map[string]uint64{"jeu/deck.toml": 100, "jeu/photo.png": 2<<30 + 4096}), "« bombe.zip » contient un fichier trop gros, « jeu/photo.png » : au plus 64 Mo."},
		{declaring(t, map[string]uint64{"a.png": 64 << 20, "b.png": 64 << 20, "c.png": 64 << 20, "d.png": 64 << 20, "e.png": 1}),
			"« bombe.zip » est trop gros : une archive .zip de jeux fait au plus 256 Mo, une fois décompressée."},
	} {
		notice := d.addDecks(fstest.MapFS{"bombe.zip": {Data: tc.zip}})
		assert.Equal(t, strings.ReplaceAll(tc.want, " :", "\u00a0:"), notice)
	}
	big := filepath.Join(t.TempDir(), "gros.zip") // sparse: no room taken on disk
	require.NoError(t, os.WriteFile(big, nil, 0o644))
	require.NoError(t, os.Truncate(big, bundle.MaxZipSize+1))
	assert.Contains(t, d.addDecks(onDisk(&virtualFS{paths: []string{big}})), "« gros.zip » est trop gros")
	entries, _ := os.ReadDir(shelf.Dir)
	assert.Empty(t, entries, "nothing kept")

	pic := tinyPNG(t)
	deck := "format = 1\n[deck]\nid = \"photo\"\ntitle = \"Photo\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"Une photo\"\nanswer = \"vrai\"\nimage = \"photo.png\"\n"
	z := zipped(t, map[string][]byte{"jeu/photo.toml": []byte(deck), "jeu/photo.png": append(append([]byte(nil), pic...), make([]byte, 1<<20)...)})
	notice := d.addDecks(fstest.MapFS{"photo.zip": {Data: z}})
	require.Contains(t, notice, "Jeu ajouté : Photo")
	kept, err := os.ReadFile(filepath.Join(shelf.Dir, "photo.fr", "photo.png"))
	require.NoError(t, err)
	assert.Equal(t, pic, kept, "the picture, without the zeros after it")
}
