package cards

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckWarnsAboutCharactersThatWouldNotShow(t *testing.T) {
	src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"Quiz \\u202Eziuq\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"choice\"\nquestion = \"Quel biscuit ?\"\n" +
		"choices = [\"🍪\", \"🍩 ou 🍪\", \"שלום\", \"中文\", \"😀\", \"😃\", ]\nanswer = 1\nexplanation = \"E\"\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"abc\\u202Edef\\u001b[2J\\u0007 et mots\\r\\nligne 2\"\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"Arabe : مرحبا, grec : αβγ, cyrillique : где, flèche → et moins −\"\n"
	d, problems := Parse("t.toml", []byte(src), nil)
	require.NotNil(t, d, "warnings leave the deck playable: %v", problems)
	var got []string
	for _, p := range problems {
		got = append(got, p.Text("en"))
	}
	assert.Equal(t, []string{
		"t.toml:4:1: warning: \"title\" holds invisible control characters (U+202E): the game removes them from the title",
		"t.toml:9:1: warning: \"choices\": characters no font of the game draws, invisible on screen: U+1F36A (🍪), U+1F369 (🍩), U+05E9 (ש), U+05DC (ל), U+05D5 (ו), …",
		"t.toml:14:1: warning: \"question\" holds invisible control characters (U+202E, U+001B, U+0007): the game shows them so, between brackets; remove them from the text",
	}, got)
	assert.Equal(t, "Quiz ziuq", d.Title)
	assert.Equal(t, "abc[U+202E]def[U+001B][2J[U+0007] et mots\nligne 2", d.Cards[1].Text)
	fr := problems[1].Text("fr")
	assert.Equal(t, "t.toml:9:1: attention : « choices » : caractères qu'aucune police du jeu ne dessine, invisibles à l'écran : U+1F36A (🍪), U+1F369 (🍩), U+05E9 (ש), U+05DC (ל), U+05D5 (ו), …", fr)
}

// TestCheckWarnsAboutPiledAccents: accents piled on a letter (a "zalgo"
// text) are cut to printable.MaxMarks, and the check says so.
func TestCheckWarnsAboutPiledAccents(t *testing.T) {
	src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"Vie\u0323\u0302t Nam, a" + strings.Repeat("\\u0301", 98) + " b\"\n"
	d, problems := Parse("t.toml", []byte(src), nil)
	require.NotNil(t, d, "%v", problems)
	require.Len(t, problems, 1)
	assert.Equal(t, "t.toml:8:1: warning: \"question\": more than 4 accents on one letter: the game shows 4", problems[0].Text("en"))
	assert.Equal(t, "t.toml:8:1: attention : « question » : plus de 4 accents sur une même lettre : le jeu n'en montre que 4", problems[0].Text("fr"))
	assert.Equal(t, "Vie\u0323\u0302t Nam, a\u0301\u0301\u0301\u0301 b", d.Cards[0].Text)
}

func TestCheckWarnsAboutVerdictLabels(t *testing.T) {
	src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n" +
		"[verdicts]\nvrai = \"Vrai ✓\"\nfaux = \"Faux ✗\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"C\"\nanswer = \"vrai\"\nexplanation = \"E\"\n"
	d, problems := Parse("t.toml", []byte(src), nil)
	require.NotNil(t, d, "%v", problems)
	var got []string
	for _, p := range problems {
		got = append(got, p.Text("en"))
	}
	assert.ElementsMatch(t, []string{
		"t.toml:7:1: warning: \"vrai\": characters no font of the game draws, invisible on screen: U+2713 (✓)",
		"t.toml:8:1: warning: \"faux\": characters no font of the game draws, invisible on screen: U+2717 (✗)",
	}, got)
}
