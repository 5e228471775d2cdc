package cards

import (
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
	lib.AddFSGivingWay(fstest.MapFS{
		"infox.toml":  deckFile("infox", "Info ou intox"),
		"nuance.toml": deckFile("nuance", "Nuance"),
	}, "bundled/")
	require.Len(t, lib.Decks, 2)
	assert.Equal(t, "Info ou intox, version de l'atelier", lib.Decks[0].Title, "the deck of the day wins")
	assert.Equal(t, "Nuance", lib.Decks[1].Title)
	assert.Empty(t, lib.Problems, "giving way is not a problem")
	assert.Same(t, lib.Decks[0], lib.Find("infox", "fr"))
}
