package cards_test

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
)

// TestEveryBundledDeckWritesBack writes every bundled deck with FileOf and
// Encode and reads it again: the same deck, card by card, field by field.
func TestEveryBundledDeckWritesBack(t *testing.T) {
	files, err := fs.Glob(decks.FS, "*/*.toml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			src, err := fs.ReadFile(decks.FS, file)
			require.NoError(t, err)
			assets, err := fs.Sub(decks.FS, path.Dir(file))
			require.NoError(t, err)
			want, problems := cards.Parse(file, src, assets)
			require.Zero(t, problems.Errors(), "%v", problems)

			text, spots := cards.FileOf(want).Encode()
			assert.Len(t, spots, strings.Count(string(text), "\n"), "one spot a line")
			got, problems := cards.Parse(file, text, assets)
			require.Zero(t, problems.Errors(), "%v\n%s", problems, text)
			assert.Equal(t, warnings(want, src, assets), warnings(got, text, assets), "the same warnings")

			require.Len(t, got.Cards, len(want.Cards))
			for i := range want.Cards {
				assert.Equal(t, want.Cards[i], got.Cards[i], "card %d (%s)", i+1, want.Cards[i].ID)
			}
			type deckFields struct {
				ID, Title, Language, Description, Author, License string
				Audience                                          []string
				Minutes                                           int
				Defaults                                          cards.Defaults
				Verdicts                                          []cards.Verdict
				Questions                                         []cards.Question
			}
			fields := func(d *cards.Deck) deckFields {
				return deckFields{d.ID, d.Title, d.Language, d.Description, d.Author, d.License, d.Audience, d.Minutes, d.Defaults, d.Verdicts, d.Questions}
			}
			assert.Equal(t, fields(want), fields(got))
		})
	}
}

// warnings lists the messages of a deck's warnings, without their lines
// (the written file lays keys out otherwise than the hand-written one).
func warnings(_ *cards.Deck, src []byte, assets fs.FS) []string {
	_, problems := cards.Parse("deck.toml", src, assets)
	var out []string
	for _, p := range problems {
		out = append(out, p.Message("en"))
	}
	return out
}

// TestEncodeSpotsLeadBackToTheKey writes a file holding mistakes and checks
// that each problem Parse finds traces back, through its line, to the table
// and key at fault — the way a spreadsheet cell or an editor's field is
// found again.
func TestEncodeSpotsLeadBackToTheKey(t *testing.T) {
	f := &cards.File{
		Comment: "Made by a test",
		Tables: []cards.Table{
			{Name: "deck", Keys: []cards.Key{{Name: "id", Value: "test"}, {Name: "title", Value: "Test"}, {Name: "language", Value: "fr"}}},
			{Name: "card", Keys: []cards.Key{
				{Name: "type", Value: "choice"},
				{Name: "question", Value: "Laquelle ?"},
				{Name: "choices", Value: []string{"Une réponse assez longue pour que la liste", "passe à la ligne", "et une troisième réponse tout aussi longue"}},
				{Name: "answer", Value: "deux"}, // not a number
				{Name: "explanation", Value: "Parce que."},
			}},
			{Name: "card", Comment: "A riddle", Keys: []cards.Key{
				{Name: "type", Value: "clues"},
				{Name: "answer", Value: "Le Wi-Fi"},
				{Name: "clues", Value: []string{"Un seul indice"}}, // 2 at least
			}},
			{Name: "card", Keys: []cards.Key{
				{Name: "type", Value: "verdict"},
				{Name: "claim", Value: ""}, // not given: the header is at fault
				{Name: "answer", Value: "faux"},
				{Name: "explanation", Value: "…"},
			}},
		},
	}
	text, spots := f.Encode()
	_, problems := cards.Parse("test.toml", text, nil)
	require.Len(t, problems, 3, "%s", text)
	var got []cards.Spot
	for _, p := range problems {
		require.Positive(t, p.Line)
		got = append(got, spots[p.Line-1])
	}
	assert.Equal(t, []cards.Spot{{Table: 1, Key: "answer"}, {Table: 2, Key: "clues"}, {Table: 3}}, got)
	assert.Contains(t, string(text), "choices = [\n  \"Une réponse", "a long list is written one item a line")
	assert.True(t, strings.HasPrefix(string(text), "# Made by a test\nformat = 1\n"))
	assert.Contains(t, string(text), "\n# A riddle\n[[card]]\n")
}

// TestEncodeQuotesWhatTOMLForbids writes texts holding quotes, backslashes,
// line breaks and control characters and reads them back unchanged; a
// character's notes become [card.notes] after the card's other keys.
func TestEncodeQuotesWhatTOMLForbids(t *testing.T) {
	texts := []string{`Il a dit "non"`, `C:\Users\déclic`, "deux\nlignes", "tab\there", "émoji 🍪 et « guillemets »"}
	f := &cards.File{Tables: []cards.Table{
		{Name: "deck", Keys: []cards.Key{{Name: "id", Value: "q"}, {Name: "title", Value: "Q"}, {Name: "language", Value: "fr"}}},
	}}
	for _, s := range texts {
		f.Tables = append(f.Tables, cards.Table{Name: "card", Keys: []cards.Key{
			{Name: "type", Value: "open"}, {Name: "question", Value: s},
		}})
	}
	text, _ := f.Encode()
	d, problems := cards.Parse("q.toml", text, nil)
	require.Zero(t, problems.Errors(), "%v\n%s", problems, text)
	for i, s := range texts {
		assert.Equal(t, s, d.Cards[i].Text)
	}

	notes := &cards.File{Tables: []cards.Table{{Name: "card", Keys: []cards.Key{
		{Name: "type", Value: "character"},
		{Name: "notes", Value: []cards.Key{{Name: "ecran", Value: "Non : …"}}},
		{Name: "name", Value: "La box"},
	}}}}
	text, spots := notes.Encode()
	assert.Equal(t, "format = 1\n\n[[card]]\ntype = \"character\"\nname = \"La box\"\n[card.notes]\necran = \"Non : …\"\n", string(text))
	assert.Equal(t, cards.Spot{Table: 0, Key: "notes", Sub: "ecran"}, spots[len(spots)-1])
}

// A deck made from what a facilitator typed, written as a deck file.
func ExampleFile_Encode() {
	f := &cards.File{Tables: []cards.Table{
		{Name: "deck", Keys: []cards.Key{{Name: "id", Value: "quiz"}, {Name: "title", Value: "Mon quiz"}, {Name: "language", Value: "fr"}}},
		{Name: "card", Keys: []cards.Key{
			{Name: "type", Value: "choice"},
			{Name: "question", Value: "Que veut dire « Wi-Fi » ?"},
			{Name: "choices", Value: []string{"Wireless Fidelity", "Rien du tout"}},
			{Name: "answer", Value: 2},
			{Name: "source", Value: ""}, // not given: not written
		}},
	}}
	text, spots := f.Encode()
	fmt.Print(string(text))
	fmt.Println(spots[len(spots)-1])
	// Output:
	// format = 1
	//
	// [deck]
	// id = "quiz"
	// title = "Mon quiz"
	// language = "fr"
	//
	// [[card]]
	// type = "choice"
	// question = "Que veut dire « Wi-Fi » ?"
	// choices = ["Wireless Fidelity", "Rien du tout"]
	// answer = 2
	// {1 answer }
}

// TestTimedDecks: a deck plays with its timer on when it sets a default
// time or a card has its own, as every question of a Kahoot quiz does.
func TestTimedDecks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		extra string
		timed bool
	}{
		{"no time anywhere", "", false},
		{"a default time", "[defaults]\nseconds = 30\n", true},
		{"a card's own time", "", true},
		{"no time at all, said", "[defaults]\nseconds = 0\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			own := ""
			if tc.name == "a card's own time" {
				own = "seconds = 20\n"
			}
			src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n" + tc.extra +
				"[[card]]\ntype = \"open\"\nquestion = \"Q ?\"\n[[card]]\ntype = \"open\"\nquestion = \"R ?\"\n" + own
			d, problems := cards.Parse("t.toml", []byte(src), nil)
			require.NotNil(t, d, "%v", problems)
			assert.Equal(t, tc.timed, d.Timed())
		})
	}
}

func TestIDOf(t *testing.T) {
	for name, want := range map[string]string{
		"Quiz arnaques":                   "quiz-arnaques",
		"Œuvres d'été":                    "oeuvres-d-ete",
		"  --Infox 2026 !! ":              "infox-2026",
		"Les cœurs":                       "les-coeurs",
		"日本語":                             "",
		strings.Repeat("abcdefghij ", 10): "abcdefghij-abcdefghij-abcdefghij-abcdefg",
	} {
		assert.Equal(t, want, cards.IDOf(name), name)
		assert.LessOrEqual(t, len(cards.IDOf(name)), 40)
	}
}
