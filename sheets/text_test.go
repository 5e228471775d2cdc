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
