package sheets

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
)

// TestCharactersTheFontLacksPrint prints a deck in French whose texts hold
// what Noto Sans cannot print: emoji (above U+FFFF, where fpdf's width
// table ends: one 🍪 panicked in SplitText), a mathematical letter, Hebrew
// and Arabic words, a direction override, accents written as combining
// marks. The PDF is made, every card on it.
func TestCharactersTheFontLacksPrint(t *testing.T) {
	src := "format = 1\n" +
		"[deck]\nid = \"emoji\"\ntitle = \"Les cookies 🍪\"\nlanguage = \"fr\"\n" +
		"description = \"Famille 👨\u200d👩\u200d👧, cœur ❤\ufe0f, pouce 👍🏽\"\n" +
		"[[card]]\ntype = \"verdict\"\nclaim = \"Un 🍪 vous suit partout 🕵️\u200d♀️ sur le Web.\"\nanswer = \"vrai\"\n" +
		"explanation = \"Cafe\u0301, n\u0303, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 et \U0010FFFD.\"\n" +
		"[[card]]\ntype = \"choice\"\nquestion = \"Que veut dire שלום ? Et سلام ?\"\n" +
		"choices = [\"🕊️ la paix\", \"\u202eenil\u202c\", \"😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😗😚😙🥲😋😛😜🤪😝🤑🤗🤭🤫🤔\"]\nanswer = 1\n" +
		"explanation = \"Hébreu : שָׁלוֹם, arabe : سَلَام.\"\n" +
		"[[card]]\ntype = \"clues\"\nanswer = \"Le 📱\"\nclues = [\"Il sonne 🔔\", \"Il a un écran\"]\n" +
		"[[card]]\ntype = \"order\"\nprompt = \"Du 🐢 au 🐇\"\nitems = [\"🐌\", \"🐢\", \"🐇\"]\n"
	deck, problems := cards.Parse("emoji.toml", []byte(src), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	data, err := PDF(deck, tr, Options{})
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(data, []byte("%PDF-")))
	assert.GreaterOrEqual(t, Pages(data), 3, "cover, cards, answers")
}

// TestPrintableKeepsWhatTheFontHas checks the one function every text goes
// through on its way to the PDF.
func TestPrintableKeepsWhatTheFontHas(t *testing.T) {
	g, err := newGlyphs()
	require.NoError(t, err)
	for _, tc := range []struct{ in, want string }{
		{"Qu'en pensez-vous\u00a0? « Œuvre » à l'été…", "Qu'en pensez-vous\u00a0? « Œuvre » à l'été…"},
		{"Cafe\u0301 n\u0303", "Café ñ"}, // composed: the font has both whole
		{"Un 🍪 !", "Un ? !"},
		{"❤\ufe0f 👍🏽", "? ??"},     // a variation selector has no shape of its own
		{"👨\u200d👩\u200d👧", "???"}, // nor a joiner
		{"𝔘 \U0010FFFD", "? ?"},    // above U+FFFF, where fpdf's tables end
		{"שלום", "????"},
		{"a\tb\r\nc\x1bd", "a b\ncd"},
	} {
		got := g.printable(tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
		for _, r := range got {
			assert.True(t, r == '\n' || g.has(r), "%q keeps %U, which the font lacks", tc.in, r)
		}
	}
}
