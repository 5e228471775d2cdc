package cards

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestBrokenDecks checks every message of every broken deck, as a
// facilitator reads them, against golden files: one deck a rule under
// testdata/broken, every problem at its line.
func TestBrokenDecks(t *testing.T) {
	decks, problems := LoadPath(filepath.Join("testdata", "broken"))
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			var b strings.Builder
			for _, p := range problems {
				b.WriteString(filepath.ToSlash(p.Text(lang)))
				b.WriteByte('\n')
			}
			golden(t, filepath.Join("testdata", "check."+lang+".golden"), b.String())
		})
	}
	// Only the decks with nothing but warnings are loaded.
	var ids []string
	for _, d := range decks {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"sosies", "sans-explication"}, ids)
}

// TestEveryBrokenDeckIsReported makes sure no file of testdata/broken passes
// without a problem: each was written to break one rule.
func TestEveryBrokenDeckIsReported(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*.toml"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		_, problems := LoadFile(f)
		assert.NotEmpty(t, problems, f)
		for _, p := range problems {
			assert.Positive(t, p.Line, "%s: every problem of a broken deck has a line", p.Text("en"))
		}
	}
}

func golden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./cards -update to write it")
	assert.Equal(t, string(want), got)
}

func TestValidDecks(t *testing.T) {
	decks, problems := LoadPath(filepath.Join("testdata", "valid"))
	for _, p := range problems {
		t.Errorf("unexpected problem: %s", p.Text("en"))
	}
	require.Len(t, decks, 4)
	byID := make(map[string]*Deck)
	for _, d := range decks {
		byID[d.ID] = d
	}

	ar := byID["akhbar"]
	require.NotNil(t, ar)
	assert.Equal(t, "ar", ar.Language)
	assert.Equal(t, "خبر حقيقي أم كاذب؟", ar.Title)
	assert.Equal(t, []Verdict{{"sahih", "صحيح"}, {"khata", "خطأ"}}, ar.Verdicts)

	every := byID["toutes-les-cartes"]
	require.NotNil(t, every)
	assert.Equal(t, "Un jeu d'essai\nsur plusieurs lignes.", every.Description, "CRLF becomes LF inside multi-line strings")
	assert.Equal(t, Defaults{Points: 2, Seconds: 45, Mode: ModeAll}, every.Defaults)
	assert.Equal(t, []Verdict{{"vrai", "Vrai"}, {"faux", "Faux"}, {"trompeur", "Trompeur"}}, every.Verdicts)
	assert.Equal(t, []KindCount{{KindVerdict, 1}, {KindChoice, 2}, {KindClues, 1}, {KindSpectrum, 2}, {KindOrder, 1}, {KindOpen, 1}}, every.CountByKind())
	c := every.Cards
	assert.Equal(t, Card{Kind: KindVerdict, ID: "sms", Text: "Le premier SMS a été envoyé en 1992.", Easy: "Le premier SMS date de 1992.",
		Technique: "aucune", Techniques: []string{"aucune"}, Explanation: "Le 3 décembre 1992, il disait « Merry Christmas ».", Source: "https://fr.wikipedia.org/wiki/Short_Message_Service",
		Discuss: []string{"Comment vérifier une date ?"}, Points: 2, Seconds: 45, Verdict: "vrai", Hints: []string{"Cherchez la date sur une encyclopédie."}}, c[0])
	assert.Equal(t, "card-2", c[1].ID)
	assert.Equal(t, []int{0}, c[1].Correct)
	assert.Equal(t, 0, c[1].Seconds, "a card's seconds = 0 overrides the deck's timer")
	assert.Equal(t, []int{0, 2}, c[2].Correct)
	assert.True(t, c[2].IsCorrectChoice(2))
	assert.False(t, c[2].IsCorrectChoice(1))
	assert.Equal(t, "Le Minitel", c[3].Answer)
	assert.Equal(t, []int{4, 3, 2, 1}, c[3].CluePoints)
	assert.False(t, c[4].HasTarget)
	assert.Nil(t, c[4].Zones)
	assert.True(t, c[5].HasTarget)
	assert.Equal(t, 84, c[5].Target)
	assert.Equal(t, []int{3, 8, 15}, c[5].Zones)
	assert.Equal(t, []string{"Minitel", "Wi-Fi", "Smartphone"}, c[6].Items)
	assert.Equal(t, 0, c[7].Points)

	pics := byID["images"]
	require.NotNil(t, pics)
	assert.Equal(t, "img/wifi.png", pics.Cards[0].Image)
	assert.Equal(t, "img/bip.wav", pics.Cards[0].Sound)
	assert.Equal(t, "img/minitel.jpg", pics.Cards[1].Image, "back-slashes written on Windows work")
	_, err := pics.Assets.Open(pics.Cards[1].Image)
	assert.NoError(t, err, "a loaded deck opens its pictures")

	board := byID["qui-est-ce-test"]
	require.NotNil(t, board)
	assert.True(t, board.IsBoard())
	assert.Len(t, board.Questions, 4)
	assert.Len(t, board.Cards, 7)
	assert.Equal(t, "Le smartphone", board.Cards[0].Text)
	assert.Equal(t, []string{"ecran", "poche", "internet"}, board.Cards[0].Yes)
	assert.Equal(t, []int{2, 1}, board.Cards[6].CluePoints, "a character with clues also plays as a riddle")
}

// deck is a small valid deck's text, with more lines added at its end.
func deck(more string) string {
	return "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n" + more
}

func TestParseReportsAtTheRightPlace(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"key in the tenth card", deck(strings.Repeat("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n", 9) +
			"[[card]]\ntype = \"open\"\n  question = \"Q\"\n  anwser = 1\n"),
			[]string{"t.toml:36:3: unknown key \"anwser\" (did you mean \"answer\"? it is for verdict / choice / clues cards, not open cards)"}},
		{"missing key at the header", deck("\n\n  [[card]]  # a comment\ntype = \"open\"\n"),
			[]string{"t.toml:8:3: \"question\" is missing; it is required on open cards"}},
		{"after a multi-line array and string", deck("[[card]]\ntype = \"order\"\nprompt = \"\"\"a\n[[card]]\nb\"\"\"\nitems = [\n  \"x\", # [\n  \"y\",\n  \"z\",\n]\nseconds = -1\n"),
			[]string{"t.toml:16:1: \"seconds\" cannot be negative"}},
		{"column counts characters", deck("[[card]]\ntype = \"open\"\nquestion = \"é\"; \n"),
			[]string{"t.toml:8:15: end of line expected: one key = value a line, text between quotes"}},
		{"quoted keys", deck("[[card]]\n\"type\" = \"open\"\n'question' = \"Q\"\n\"clé\" = 1\n"),
			[]string{"t.toml:9:1: unknown key \"clé\""}},
		{"inline table", deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\nextra = { a = 1 }\n"),
			[]string{"t.toml:9:1: unknown key \"extra\""}},
		{"sub-table of a card", deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n[card.extra]\na = 1\n"),
			[]string{"t.toml:9:1: unknown key \"extra\""}},
		{"a typo in a table name", deck("[[cards]]\ntype = \"open\"\n"),
			[]string{"t.toml:1: this deck has no card: add [[card]] tables", "t.toml:6:1: unknown key \"cards\" (did you mean \"card\"?)"}},
		{"curly quotes", deck("[[card]]\ntype = \"open\"\nquestion = « Q »\n"),
			[]string{"t.toml:8:12: curly quote «: write text between straight quotes \"…\""}},
		{"quotes inside texts and comments are no mistake", deck("[[card]]\ntype = \"open\"\nquestion = \"\"\"Il dit\n« oui » et “non”\"\"\" # « ok »\nsource = 'L\"ami'\nseconds = « 3 »\n"),
			[]string{"t.toml:11:11: curly quote «: write text between straight quotes \"…\""}},
		{"every line of a list that can be left out", deck("[[card]]\ntype = \"clues\"\nanswer = \"A\"\nclues = [\n  “a”,\n  \"b\" \"c\",\n  \"d,\n]\n"),
			[]string{"t.toml:10:3: curly quote “: write text between straight quotes \"…\"",
				"t.toml:11:7: in a list, separate items with commas and close it with ]",
				"t.toml:12:6: text must end with a quote on the same line (for several lines, use \"\"\"…\"\"\")"}},
		{"a header badly written", deck("[[card]\ntype = \"open\"\nquestion = “Q”\n"),
			[]string{"t.toml:7: badly written table name between [ ] (for example [deck] or [[card]])",
				"t.toml:8:12: curly quote “: write text between straight quotes \"…\""}},
		{"not UTF-8", "format = 1\n# caf\xe9\n", []string{"t.toml:2:6: the file is not UTF-8: save it as UTF-8 (Notepad: Save As, Encoding: UTF-8)"}},
		{"UTF-16", "\xff\xfef\x00o\x00", []string{"t.toml:1:1: the file is not UTF-8: save it as UTF-8 (Notepad: Save As, Encoding: UTF-8)"}},
		{"empty file", "", []string{"t.toml:1: \"format = 1\" is missing at the top of the file", "t.toml:1: the [deck] table is missing", "t.toml:1: this deck has no card: add [[card]] tables"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := Parse("t.toml", []byte(tt.src), nil)
			var got []string
			for _, p := range problems {
				got = append(got, p.Text("en"))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSymlinkLeavingTheFolder(t *testing.T) {
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "secret.png"), []byte("x"), 0o644))
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(outside, "secret.png"), filepath.Join(dir, "photo.png")); err != nil {
		t.Skip("symbolic links unavailable:", err)
	}
	src := deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\nimage = \"photo.png\"\n")
	file := filepath.Join(dir, "deck.toml")
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	_, problems := LoadFile(file)
	require.Len(t, problems, 1)
	assert.Equal(t, file+":9:1: \"image\": the path \"photo.png\" leaves the deck's folder; put the file inside that folder", problems[0].Text("en"))
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"fr/a.toml":        {Data: []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\nimage = \"img/p.png\"\n"))},
		"fr/img/p.png":     {Data: mustRead(t, filepath.Join("testdata", "valid", "img", "wifi.png"))},
		"fr/notes.txt":     {Data: []byte("not a deck")},
		"en/b.toml":        {Data: []byte(deck("[[card]]\ntype = \"open\"\n"))},
		"en/img/readme.md": {Data: []byte("")},
	}
	decks, problems := LoadFS(fsys, ".", "decks/")
	require.Len(t, decks, 1)
	assert.Equal(t, "decks/fr/a.toml", decks[0].Path)
	require.Len(t, problems, 1)
	assert.Equal(t, "decks/en/b.toml:6:1: \"question\" is missing; it is required on open cards", problems[0].Text("en"))
}

func TestUnique(t *testing.T) {
	a, _ := Parse("a.toml", []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), nil)
	b, _ := Parse("b.toml", []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), nil)
	require.NotNil(t, a)
	require.NotNil(t, b)
	problems := Unique([]*Deck{a, b})
	require.Len(t, problems, 1)
	assert.Equal(t, "b.toml:3:1: le jeu « t » (fr) existe déjà : a.toml ; changez son identifiant", problems[0].Text("fr"))
}

func TestEveryMessageHasBothLanguages(t *testing.T) {
	for id := msgWarningPrefix; id <= msgSoundUnreadable; id++ {
		m, ok := messages[id]
		if assert.True(t, ok, "message %d has no text", id) {
			assert.NotEmpty(t, m.fr, "message %d has no French", id)
			assert.NotEmpty(t, m.en, "message %d has no English", id)
			assert.Equal(t, strings.Count(m.fr, "%"), strings.Count(m.en, "%"), "message %d: French and English take the same arguments", id)
		}
	}
}

func TestEditDistance(t *testing.T) {
	assert.Equal(t, 1, editDistance("anwser", "answer"))
	assert.Equal(t, 1, editDistance("clue", "clues"))
	assert.Equal(t, "answer", closest("anwser", allCardKeys))
	assert.Equal(t, "", closest("colour", allCardKeys))
}

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	return b
}

func ExampleProblem_Text() {
	_, problems := Parse("infox.toml", []byte("format = 1\n[deck]\nid = \"infox\"\ntitle = \"Info ou intox ?\"\nlanguage = \"fr\"\n\n[[card]]\ntype = \"verdict\"\nclaim = \"Un requin nage dans une rue de Houston.\"\nanswer = \"fake\"\n"), nil)
	for _, p := range problems {
		fmt.Println(p.Text("fr"))
	}
	// Output:
	// infox.toml:7:1: attention : pas d'« explanation » : ajoutez une explication pour le moment de la révélation
	// infox.toml:10:1: réponse « fake » absente des verdicts du jeu : vrai, faux, trompeur
}

// TestRevealKeys reads the keys DESIGN.md promises for the reveal and for
// sorting cards: reflex and tags on every card, flags and report on verdict
// cards, accept on clues cards.
func TestRevealKeys(t *testing.T) {
	src := deck(`
[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"

[[card]]
type = "verdict"
claim = "SMS : « Votre colis est bloqué, payez 1,99 € ici : bit.ly/xx »"
answer = "arnaque"
flags = ["Un lien raccourci", "Une petite somme à payer vite"]
reflex = "Je ne clique pas : je vérifie sur le site du transporteur."
report = "33700 (SMS) et signal-arnaques.com"
tags = ["sms", "colis"]

[[card]]
type = "clues"
answer = "Le nuage"
accept = ["Le cloud", "L'informatique en nuage"]
clues = ["Je suis partout et nulle part.", "On y range ses photos."]
reflex = "Mes fichiers sont sur l'ordinateur de quelqu'un d'autre."

[[card]]
type = "open"
question = "Qu'est-ce qu'une bonne source ?"
tags = ["sources"]
`)
	d, problems := Parse("t.toml", []byte(src), nil)
	for _, p := range problems {
		t.Errorf("unexpected problem: %s", p.Text("en"))
	}
	require.NotNil(t, d)
	require.Len(t, d.Cards, 3)
	sms := d.Cards[0]
	assert.Equal(t, []string{"Un lien raccourci", "Une petite somme à payer vite"}, sms.Flags)
	assert.Equal(t, "Je ne clique pas : je vérifie sur le site du transporteur.", sms.Reflex)
	assert.Equal(t, "33700 (SMS) et signal-arnaques.com", sms.Report)
	assert.Equal(t, []string{"sms", "colis"}, sms.Tags)
	riddle := d.Cards[1]
	assert.Equal(t, []string{"Le cloud", "L'informatique en nuage"}, riddle.Accept)
	assert.Equal(t, "Mes fichiers sont sur l'ordinateur de quelqu'un d'autre.", riddle.Reflex)
	assert.Equal(t, []string{"sources"}, d.Cards[2].Tags)
}

// TestTechniqueAsAList: DESIGN.md's technique is a text or a list of them
// (a First Draft type and a Bad News lever); anything else is refused at its
// line.
func TestTechniqueAsAList(t *testing.T) {
	d, problems := Parse("t.toml", []byte(deck(`
[[card]]
type = "verdict"
claim = "Une photo de requin dans une rue inondée."
answer = "faux"
explanation = "Un montage."
technique = ["contenu fabriqué", "émotion"]

[[card]]
type = "verdict"
claim = "Le premier SMS date de 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."
technique = "aucune"
`)), nil)
	require.Empty(t, problems)
	assert.Equal(t, []string{"contenu fabriqué", "émotion"}, d.Cards[0].Techniques)
	assert.Equal(t, "contenu fabriqué, émotion", d.Cards[0].Technique)
	assert.Equal(t, []string{"aucune"}, d.Cards[1].Techniques)

	_, problems = Parse("t.toml", []byte(deck(`
[[card]]
type = "verdict"
claim = "x"
answer = "faux"
explanation = "y"
technique = 3
`)), nil)
	require.Len(t, problems, 1)
	assert.Contains(t, problems[0].Text("fr"), "un texte ou une liste de textes")
}

// parserEnglish are words of the TOML parser's messages: none may reach a
// facilitator.
var parserEnglish = []string{"TOML", "0x", "int64", "float64", "Escaped", "escape in string", "expected", "unexpected", "invalid", "Invalid", "datetime", "Key '", "NULL", "hexadecimal", "BUG"}

// TestSyntaxInWords: every parser message a deck written by hand (or by an
// attacker) can cause is said in words, in both languages, at its place.
func TestSyntaxInWords(t *testing.T) {
	tests := []struct{ lines, want string }{
		{"x = \"a\rb\"", "t.toml:6:6: invisible character not allowed (a control character, such as a lone carriage return): delete it or type this part again"},
		{"x = 1\ry = 2", "t.toml:6:5: invisible character not allowed (a control character, such as a lone carriage return): delete it or type this part again"},
		{"x = \"\x01\"", "t.toml:6:5: invisible character not allowed (a control character, such as a lone carriage return): delete it or type this part again"},
		{"# \x7f", "t.toml:6:2: invisible character not allowed (a control character, such as a lone carriage return): delete it or type this part again"},
		{`x = "C:\Users"`, `t.toml:6:6: backslash \ misused in this text: to write \, double it (\\), or put the text between single quotes '…'`},
		{`x = "\x4"`, `t.toml:6:6: backslash \ misused in this text: to write \, double it (\\), or put the text between single quotes '…'`},
		{`x = "\uD800"`, `t.toml:6:6: backslash \ misused in this text: to write \, double it (\\), or put the text between single quotes '…'`},
		{"x = 99999999999999999999", "t.toml:6:5: number too large"},
		{"x = 1e999", "t.toml:6:5: number too large"},
		{"x = 2024-13-01", "t.toml:6:5: badly written date or time (for example 2024-03-15 or 14:30:00); if it is text, put it between quotes \"…\""},
		{"x = 1:30", "t.toml:6:5: badly written date or time (for example 2024-03-15 or 14:30:00); if it is text, put it between quotes \"…\""},
		{".x = 1", "t.toml:6:1: misplaced dot in the key name: one dot between two parts of the name, as in deck.title"},
		{"x..y = 1", "t.toml:6:3: misplaced dot in the key name: one dot between two parts of the name, as in deck.title"},
		{"x = '''a''''''", "t.toml:6:8: too many quotes in a row: a text on several lines ends with three quotes"},
		{"x = 01", "t.toml:6:5: badly written number"},
		{"[x]\ny = 1\n[x.y.z]", "t.toml:8:2: table \"x.y\" is already defined above"},
		{"\"l'ami\" = 1\n\"l'ami\" = 2", "t.toml:7:2: \"l'ami\" is already defined above"},
		{"x = " + strings.Repeat("[", 33), "t.toml:6:37: lists [ ] or tables { } nested too deep: 32 levels at most"},
		{"x = " + strings.Repeat("{a=", 10_000), "t.toml:6:48: key name too long: 16 dot-separated parts at most, counting those of the table it is in"},
		{strings.Repeat("a.", 30_000) + "a = 1", "t.toml:6:31: key name too long: 16 dot-separated parts at most, counting those of the table it is in"},
		{"[" + strings.Repeat("t", 100_000) + "]\n" + strings.Repeat("k = 1\n", 5_000), "t.toml:6:2: key name too long: 128 characters at most, counting those of the table it is in"},
		{strings.Repeat("[[card]]\n", 500_001), "t.toml:499998:7: too many keys, lists and tables for a deck: 500000 at most; this file is not read"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, problems := Parse("t.toml", []byte(deck(tt.lines+"\n")), nil)
			require.NotEmpty(t, problems)
			assert.Equal(t, tt.want, problems[0].Text("en"))
			for _, p := range problems {
				for _, lang := range []string{"fr", "en"} {
					for _, english := range parserEnglish {
						assert.NotContains(t, p.Message(lang), english)
					}
				}
			}
		})
	}
	_, problems := Parse("t.toml", []byte("f\x00o\x00r\x00"), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "t.toml:1:2: the file is not UTF-8: save it as UTF-8 (Notepad: Save As, Encoding: UTF-8)", problems[0].Text("en"), "UTF-16 without a byte order mark")
}

// TestQuotedWordsAreBounded: a message quotes at most maxQuoted characters
// of a deck, and never a character that acts on a terminal.
func TestQuotedWordsAreBounded(t *testing.T) {
	// The longest text a deck may hold (maxTextLen), in words short enough
	// (maxWordLen), as an id: the message quotes its start and its end.
	id := "A" + strings.Repeat("x ", (maxTextLen-2)/2) + "z"
	_, problems := Parse("t.toml", []byte("format = 1\n[deck]\nid = \""+id+"\"\ntitle = \"T\"\nlanguage = \"fr\"\n[[card]]\ntype = \"open\"\nquestion = \"Q\"\n"), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "t.toml:3:1: id \""+id[:40]+"…"+id[len(id)-19:]+"\" is not valid: lower-case letters without accents, digits and hyphens, for example \"fake-news-teens\"", problems[0].Text("en"))

	// Longer, it is refused for its length, which the message says.
	_, problems = Parse("t.toml", []byte("format = 1\n[deck]\nid = \"A"+strings.Repeat("x", 10<<20)+"z\"\ntitle = \"T\"\nlanguage = \"fr\"\n[[card]]\ntype = \"open\"\nquestion = \"Q\"\n"), nil)
	require.Len(t, problems, 1)
	assert.Less(t, len(problems[0].Text("en")), 200)

	// A file's path is shown whole: whoever reads it must find the file.
	long := filepath.Join(strings.Repeat("dossier/", 10), "a.toml")
	a, _ := Parse(long, []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), nil)
	b, _ := Parse("b.toml", []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), nil)
	problems = Unique([]*Deck{a, b})
	require.Len(t, problems, 1)
	assert.Equal(t, "b.toml:3:1: deck \"t\" (fr) already exists: "+long+"; change its id", problems[0].Text("en"))

	_, problems = Parse("t.toml", []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n\"a\\u001b[2Jb\\u202ec\" = 1\n")), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "t.toml:6:1: unknown key \"a\uFFFD[2Jb\uFFFDc\"", problems[0].Text("en"))
}

// TestRepeatedProblemsAreMerged: one line per kind of problem and place,
// however often a deck repeats its mistake.
func TestRepeatedProblemsAreMerged(t *testing.T) {
	var b strings.Builder
	b.WriteString(deck("[[question]]\nid = \"q\"\ntext = \"Q ?\"\n"))
	for i := range 6 {
		fmt.Fprintf(&b, "[[card]]\ntype = \"character\"\nname = \"P%d\"\nyes = [\"q\"]\n", i)
	}
	// A list at its longest (60 ids): 30 repeats of one, 29 unknown ids.
	b.WriteString("[[card]]\ntype = \"character\"\nname = \"P\"\nyes = [\"q\"" + strings.Repeat(", \"q\"", 30))
	for i := range 29 {
		fmt.Fprintf(&b, ", \"u%d\"", i)
	}
	b.WriteString("]\n")
	_, problems := Parse("t.toml", []byte(b.String()), nil)
	var got []string
	for _, p := range problems {
		if p.Line == 36 {
			got = append(got, p.Text("en"))
		}
	}
	assert.Equal(t, []string{
		"t.toml:36:1: \"yes\" names \"q\" twice (+ 29 more of the same kind here)",
		"t.toml:36:1: question \"u0\" is unknown: add it as a [[question]] or fix the id",
		"t.toml:36:1: question \"u1\" is unknown: add it as a [[question]] or fix the id",
		"t.toml:36:1: question \"u2\" is unknown: add it as a [[question]] or fix the id (+ 26 more of the same kind here)",
	}, got)
}

// TestUnreadableFolder: a folder that cannot be listed is said so, not
// taken for a folder without decks.
func TestUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.toml"), []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n")), 0o644))
	locked := filepath.Join(dir, "locked")
	require.NoError(t, os.Mkdir(locked, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(locked, "b.toml"), []byte(deck("")), 0o644))
	require.NoError(t, os.Chmod(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })

	decks, problems := LoadPath(locked)
	assert.Empty(t, decks)
	require.Len(t, problems, 1)
	assert.Equal(t, locked+": this folder cannot be read (permission denied?): its decks are not read", problems[0].Text("en"))
	assert.Equal(t, 1, problems.Errors())

	decks, problems = LoadPath(dir)
	assert.Len(t, decks, 1, "the other decks load")
	require.Len(t, problems, 1)
	assert.Equal(t, locked+": warning: this folder cannot be read (permission denied?): its decks are not read", problems[0].Text("en"))
}

// TestUnreadablePicture: a picture that cannot be read is said so, not
// taken for a path leaving the deck's folder.
func TestUnreadablePicture(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.png"), mustRead(t, filepath.Join("testdata", "valid", "img", "wifi.png")), 0))
	file := filepath.Join(dir, "deck.toml")
	require.NoError(t, os.WriteFile(file, []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\nimage = \"p.png\"\n")), 0o644))
	_, problems := LoadFile(file)
	require.Len(t, problems, 1)
	assert.Equal(t, file+":9:1: file \"p.png\" cannot be read", problems[0].Text("en"))
}

// TestSyntaxRoundsAreBounded: the parser runs again for each faulty line
// only while the text it has read in all stays under maxSyntaxBytes (50
// rounds of a 5 MB deck took 90 s).
func TestSyntaxRoundsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n# " + strings.Repeat("x", maxSyntaxBytes*3/8) + "\n"))
	for i := range 10 {
		fmt.Fprintf(&b, "x%d = 1 2\n", i)
	}
	_, problems := Parse("t.toml", []byte(b.String()), nil)
	require.Len(t, problems, 2, "a parse, and one more while under the budget")
	assert.Equal(t, "t.toml:10:7: end of line expected: one key = value a line, text between quotes", problems[0].Text("en"))

	_, problems = Parse("t.toml", []byte(deck("[[card]]\ntype = \"open\"\nquestion = \"Q\"\n"+strings.Repeat("y = 1 2\n", 60))), nil)
	assert.Len(t, problems, maxSyntaxRounds, "a small deck gets every round")
}

// TestVerdictAccept: a verdict card may count other verdicts as right
// (a doubtful message and a scam call for the same reflex). They are keys of
// [verdicts]; a label is read as its key with a warning; the answer itself,
// an unknown verdict, or every verdict at once is refused at its line.
func TestVerdictAccept(t *testing.T) {
	const head = `
[verdicts]
arnaque = "Arnaque"
legitime = "Légitime"
douteux = "Douteux"
`
	card := func(answer, accept string) string {
		return deck(head + `
[[card]]
type = "verdict"
claim = "SMS : « Votre compte sera bloqué ce soir. »"
answer = "` + answer + `"
explanation = "Votre banque ne bloque pas un compte par SMS."
accept = ` + accept + `
`)
	}
	d, problems := Parse("t.toml", []byte(card("arnaque", `["douteux"]`)), nil)
	require.Empty(t, problems)
	assert.Equal(t, []string{"douteux"}, d.Cards[0].Accept)
	assert.Equal(t, []string{"Douteux"}, d.AlsoRight(&d.Cards[0]), "shown by its label")

	d, problems = Parse("t.toml", []byte(card("arnaque", `["Douteux"]`)), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, Warning, problems[0].Severity)
	assert.Equal(t, 17, problems[0].Line)
	assert.Equal(t, []string{"douteux"}, d.Cards[0].Accept)

	for accept, want := range map[string]string{
		`["peut-être"]`:           `accept: "peut-être" is not one of the deck's verdicts: arnaque, legitime, douteux`,
		`["arnaque"]`:             `accept: "arnaque" is already the card's answer`,
		`["douteux", "legitime"]`: `accept: with the answer, every verdict would count as right; leave at least one wrong`,
		`["douteux", "douteux"]`:  `"accept" holds "douteux" twice`,
		`"douteux"`:               `"accept"`,
	} {
		_, problems := Parse("t.toml", []byte(card("arnaque", accept)), nil)
		if assert.Len(t, problems, 1, accept) {
			assert.Equal(t, Error, problems[0].Severity, accept)
			assert.Equal(t, 17, problems[0].Line, accept)
			assert.Contains(t, problems[0].Text("en"), want, accept)
		}
	}
}

// TestCharacterNotesAndAccept reads a character's notes, by question id,
// written under the card or inline, and the other answers its riddle
// accepts.
func TestCharacterNotesAndAccept(t *testing.T) {
	var b strings.Builder
	b.WriteString("[[question]]\nid = \"ecran\"\ntext = \"A-t-il un écran ?\"\n")
	b.WriteString("[[question]]\nid = \"jouer\"\ntext = \"Sert-il seulement à jouer ?\"\n")
	b.WriteString(`[[card]]
type = "character"
name = "La console portable"
yes = ["ecran", "jouer"]
accept = ["La Switch", "La console"]
clues = ["On joue avec moi dans la voiture.", "J'ai des boutons de chaque côté de mon écran."]

[card.notes]
ecran = "Oui : une console portable a son écran."

[[card]]
type = "character"
name = "Le smartphone"
yes = ["ecran"]
notes = { jouer = "Non : on y joue, mais il sert d'abord à téléphoner." }
`)
	for i, yes := range []string{`["jouer"]`, "[]", `["ecran", "jouer"]`, `["ecran", "jouer"]`} {
		fmt.Fprintf(&b, "[[card]]\ntype = \"character\"\nname = \"C%d\"\nyes = %s\n", i, yes)
	}
	d, problems := Parse("t.toml", []byte(deck(b.String())), nil)
	require.NotNil(t, d)
	var texts []string
	for _, p := range problems {
		texts = append(texts, p.Text("en"))
	}
	// Only the two look-alikes the test adds to reach six characters.
	assert.Len(t, texts, 2, "%v", texts)
	console, phone := d.Cards[0], d.Cards[1]
	assert.Equal(t, map[string]string{"ecran": "Oui : une console portable a son écran."}, console.Notes)
	assert.Equal(t, []string{"La Switch", "La console"}, console.Accept)
	assert.Equal(t, map[string]string{"jouer": "Non : on y joue, mais il sert d'abord à téléphoner."}, phone.Notes)
	assert.Nil(t, d.Cards[2].Notes)
}
