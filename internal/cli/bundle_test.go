package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/onefile"
)

// bundleEnv is an environment whose program sits in a folder beside
// declic.html and declic-windows-amd64.exe, as make dist lays them out.
func bundleEnv(t *testing.T) (env, *bytes.Buffer, *bytes.Buffer, string) {
	t.Helper()
	dir := t.TempDir()
	page, err := onefile.Page("/* wasm_exec.js */", []byte("\x00asm"), []byte("PNG"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, webBase), page, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, windowsBase), []byte("MZ the Windows game"), 0o755))
	var out, errOut bytes.Buffer
	e := env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" },
		home: t.TempDir(), program: filepath.Join(dir, "declic")}
	return e, &out, &errOut, dir
}

// decksIn loads the decks of a bundle.
func decksIn(t *testing.T, archive []byte) []*cards.Deck {
	t.Helper()
	fsys, err := bundle.Read(archive)
	require.NoError(t, err)
	decks, problems := cards.LoadFS(fsys, ".", "famille/")
	require.Zero(t, problems.Errors(), "%v", problems)
	return decks
}

func TestBundlePage(t *testing.T) {
	e, out, errOut, dir := bundleEnv(t)
	famille := filepath.Join(dir, "famille.html")
	require.Equal(t, ExitOK, run([]string{"bundle", "--decks", valid, "-o", famille}, e), errOut.String())
	assert.Contains(t, out.String(), "famille.html écrit (")
	assert.Contains(t, out.String(), "avec 4 jeux : ")

	page, err := os.ReadFile(famille)
	require.NoError(t, err)
	archive, err := onefile.Decks(page)
	require.NoError(t, err)
	assert.Len(t, decksIn(t, archive), 4)
	base, err := os.ReadFile(filepath.Join(dir, webBase))
	require.NoError(t, err)
	none, err := onefile.Decks(base)
	require.NoError(t, err)
	assert.Nil(t, none, "declic.html itself is left as it was")
}

func TestBundleProgram(t *testing.T) {
	e, out, errOut, dir := bundleEnv(t)
	famille := filepath.Join(dir, "famille.exe")
	require.Equal(t, ExitOK, run([]string{"bundle", "../../decks/fr/decouverte.toml", "-o", famille, "--lang", "en"}, e), errOut.String())
	assert.Contains(t, out.String(), "famille.exe written (0.0 MB) with 1 deck: Découverte.")
	fsys, err := bundle.Appended(famille)
	require.NoError(t, err)
	require.NotNil(t, fsys)
	decks, problems := cards.LoadFS(fsys, ".", "famille/")
	assert.Empty(t, problems)
	require.Len(t, decks, 1)
	assert.Equal(t, "decouverte", decks[0].ID)

	// The family copy runs with these decks first, the bundled ones after,
	// the bundled decouverte giving way.
	c := &Command{env: env{family: fsys}, tr: translator("fr")}
	lib := c.library(nil)
	assert.Empty(t, lib.Problems)
	require.Len(t, c.family, 1)
	assert.Same(t, c.family[0], lib.Decks[0])
	assert.Equal(t, "famille/decouverte.fr/decouverte.toml", lib.Decks[0].Path)
	assert.Greater(t, len(lib.Decks), 5, "the bundled decks are there too")
}

func TestBundleRefuses(t *testing.T) {
	e, _, errOut, dir := bundleEnv(t)
	out := filepath.Join(dir, "famille.html")
	assert.Equal(t, ExitInvalid, run([]string{"bundle", "--decks", broken, "-o", out}, e))
	assert.Contains(t, errOut.String(), "Rien n'est écrit : corrigez d'abord les erreurs ci-dessus")
	assert.NoFileExists(t, out, "broken decks: nothing written")

	errOut.Reset()
	assert.Equal(t, ExitUsage, run([]string{"bundle", "--decks", valid, "-o", filepath.Join(dir, "famille.zip")}, e))
	assert.Contains(t, errOut.String(), "doit finir par .html")

	errOut.Reset()
	assert.Equal(t, ExitUsage, run([]string{"bundle", "-o", out}, e))
	assert.Contains(t, errOut.String(), "declic bundle attend les jeux")

	errOut.Reset()
	elsewhere := t.TempDir()
	e.program = filepath.Join(elsewhere, "bin", "declic")
	e.workDir = filepath.Join(elsewhere, "ici")
	assert.Equal(t, ExitInvalid, run([]string{"bundle", "--decks", valid, "-o", out}, e))
	assert.Contains(t, errOut.String(), "Déclic part de declic.html, cherché ici sans succès : "+
		filepath.Join(elsewhere, "bin", "declic.html")+", "+filepath.Join(elsewhere, "ici", "dist", "declic.html")+", "+filepath.Join(elsewhere, "dist", "declic.html")+
		". Pour le fabriquer : make dist", "every place looked at, and how to make the file")

	errOut.Reset()
	assert.Equal(t, ExitInvalid, run([]string{"bundle", "--decks", valid, "--from", "bundle_test.go", "-o", out}, e))
	assert.Contains(t, errOut.String(), "bundle_test.go n'est pas la page declic.html de Déclic")
	assert.NoFileExists(t, out)
}

// TestBundleFindsDist: bin/declic, built from the sources, finds the page
// make dist wrote in dist/, whether it runs from the sources' folder or
// from anywhere else.
func TestBundleFindsDist(t *testing.T) {
	page, err := onefile.Page("/* wasm_exec.js */", []byte("\x00asm"), []byte("PNG"))
	require.NoError(t, err)
	sources := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(sources, "dist"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(sources, "dist", webBase), page, 0o644))
	for name, wd := range map[string]string{"from the sources": sources, "from elsewhere": t.TempDir()} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			e := env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" },
				home: t.TempDir(), program: filepath.Join(sources, "bin", "declic"), workDir: wd}
			famille := filepath.Join(t.TempDir(), "famille.html")
			require.Equal(t, ExitOK, run([]string{"bundle", "--decks", valid, "-o", famille}, e), errOut.String())
			assert.FileExists(t, famille)
		})
	}
}
