package cards

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func deckFile(id, title string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("format = 1\n\n[deck]\nid = \"" + id + "\"\ntitle = \"" + title + "\"\nlanguage = \"fr\"\n\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"Une question ?\"\nexplanation = \"Une réponse.\"\n")}
}

func TestLibraryDuplicateIsAProblem(t *testing.T) {
	var lib Library
	lib.AddFS(fstest.MapFS{"a.toml": deckFile("infox", "Bundled")}, "bundled/")
	lib.AddFS(fstest.MapFS{"b.toml": deckFile("infox", "Mine")}, "mine/")
	require.Len(t, lib.Decks, 1)
	assert.Equal(t, "Bundled", lib.Decks[0].Title)
	assert.Equal(t, 1, lib.Problems.Errors(), "a deck loaded twice is reported")
}

func TestLibraryGivingWay(t *testing.T) {
	var lib Library
	lib.AddFS(fstest.MapFS{"infox.toml": deckFile("infox", "Info ou intox, version de l'atelier")}, "famille/")
	lib.AddBuiltIn(fstest.MapFS{
		"infox.toml":  deckFile("infox", "Info ou intox"),
		"nuance.toml": deckFile("nuance", "Nuance"),
	}, "bundled/", true)
	require.Len(t, lib.Decks, 2)
	assert.Equal(t, "Info ou intox, version de l'atelier", lib.Decks[0].Title, "the deck of the day wins")
	assert.Equal(t, "Nuance", lib.Decks[1].Title)
	assert.Empty(t, lib.Problems, "giving way is not a problem")
	assert.Same(t, lib.Decks[0], lib.Find("infox", "fr"))
}

func TestLibraryPut(t *testing.T) {
	var lib Library
	lib.AddFS(fstest.MapFS{"a.toml": deckFile("a", "A"), "b.toml": deckFile("b", "B")}, "bundled/")
	decks, problems := LoadFS(fstest.MapFS{"b.toml": deckFile("b", "B, corrected"), "c.toml": deckFile("c", "C")}, ".", "added/")
	require.Empty(t, problems)
	require.Len(t, decks, 2)
	old := lib.Put(decks[0])
	require.NotNil(t, old)
	assert.Equal(t, "B", old.Title)
	assert.Nil(t, lib.Put(decks[1]))
	var titles []string
	for _, d := range lib.Decks {
		titles = append(titles, d.Title)
	}
	assert.Equal(t, []string{"A", "B, corrected", "C"}, titles, "in place, then at the end")
	assert.Same(t, decks[0], lib.Find("b", "fr"))
}

func TestLibraryBuiltInReadsOnlyPictureHeaders(t *testing.T) {
	png, err := os.ReadFile("testdata/valid/img/wifi.png")
	require.NoError(t, err)
	deck := []byte(string(deckFile("images", "Images").Data) + "\n[[card]]\ntype = \"open\"\nquestion = \"?\"\nexplanation = \"!\"\nimage = \"cut.png\"\n")
	cut := fstest.MapFS{"d.toml": {Data: deck}, "cut.png": {Data: png[:len(png)/2]}}

	var checked Library
	checked.AddFS(cut, "user/")
	assert.Equal(t, 1, checked.Problems.Errors(), "a picture cut short is found by decoding it whole")

	var builtIn Library
	builtIn.AddBuiltIn(cut, "bundled/", false)
	assert.Len(t, builtIn.Decks, 1, "built-in decks: the header only, their tests decode the rest")
}

func TestOwnVerdicts(t *testing.T) {
	d := &Deck{Language: "fr", Verdicts: defaultVerdicts("fr")}
	assert.False(t, d.OwnVerdicts(), "vrai, faux, trompeur")
	d.Verdicts = []Verdict{{"arnaque", "Arnaque"}, {"legitime", "Légitime"}, {"douteux", "Douteux"}}
	assert.True(t, d.OwnVerdicts())
	d = &Deck{Language: "en-GB", Verdicts: defaultVerdicts("en-GB")}
	assert.False(t, d.OwnVerdicts())
}

// TestResolveFindsTheDeckASavedGamePlayed: the loaded deck of exactly that
// id and language, never the same id in another language; else the file at
// the saved path, only if it still declares that id and language.
func TestResolveFindsTheDeckASavedGamePlayed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, id, lang string) string {
		p := filepath.Join(dir, name)
		text := "format = 1\n\n[deck]\nid = \"" + id + "\"\ntitle = \"T\"\nlanguage = \"" + lang + "\"\n\n[[card]]\ntype = \"open\"\nquestion = \"Une question ?\"\nexplanation = \"Une réponse.\"\n"
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	var lib Library
	lib.AddPath(write("infox-en.toml", "infox", "en"))
	require.Len(t, lib.Decks, 1)

	assert.Same(t, lib.Decks[0], lib.Resolve("infox", "en", ""))
	assert.Nil(t, lib.Resolve("infox", "fr", ""), "not the English deck for a French game")

	kept := write("mon-jeu.toml", "mon-jeu", "fr")
	if d := lib.Resolve("mon-jeu", "fr", kept); assert.NotNil(t, d, "the file at the saved path") {
		assert.Equal(t, "mon-jeu", d.ID)
	}
	write("mon-jeu.toml", "autre-jeu", "fr") // rewritten as another deck
	assert.Nil(t, lib.Resolve("mon-jeu", "fr", kept), "a file that is now another deck is not it")
	assert.Nil(t, lib.Resolve("mon-jeu", "fr", filepath.Join(dir, "absent.toml")))
}
