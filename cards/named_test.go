package cards_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// TestMessageNamed checks that a problem's keys and kinds can be told in
// the words the caller's user sees (a spreadsheet's column titles), that
// Missing names the key to fill, and that Message stays declic check's.
func TestMessageNamed(t *testing.T) {
	titles := map[string]string{"seconds": "Time limit (sec)", "clues": "Indices", "explanation": "Explication", "choices": "Réponse 1"}
	key := func(k string) string { return titles[k] }
	kind := func(k string) string { return map[string]string{"clues": "« devinette »"}[k] }
	tests := []struct {
		name, card     string
		message, named string
		missing        string
	}{
		{"wrong type", "type = \"open\"\nquestion = \"P ?\"\nseconds = \"dix\"",
			"« seconds » doit être un nombre entier, pas du texte",
			"« Time limit (sec) » doit être un nombre entier, pas du texte", ""},
		{"missing key and kind", "type = \"clues\"\nanswer = \"le cloud\"",
			"il manque « clues », obligatoire sur une carte clues",
			"il manque « Indices », obligatoire sur une carte « devinette »", "clues"},
		{"count", "type = \"choice\"\nquestion = \"Q ?\"\nchoices = [\"a\"]\nanswer = 1\nexplanation = \"E\"",
			"« choices » doit compter de 2 à 6 éléments, pas 1",
			"« Réponse 1 » doit compter de 2 à 6 éléments, pas 1", ""},
		{"missing explanation", "type = \"verdict\"\nclaim = \"C\"\nanswer = \"vrai\"",
			"attention : pas d'« explanation » : ajoutez une explication pour le moment de la révélation",
			"attention : la case « Explication » est vide : ajoutez une explication pour le moment de la révélation", "explanation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n[[card]]\n" + tt.card + "\n"
			_, problems := cards.Parse("t.toml", []byte(src), nil)
			require.Len(t, problems, 1, "%v", problems)
			p := problems[0]
			assert.Equal(t, tt.message, p.Message("fr"))
			assert.Equal(t, tt.message, p.MessageNamed("fr", nil, nil))
			assert.Equal(t, tt.named, p.MessageNamed("fr", key, kind))
			assert.Equal(t, tt.missing, p.Missing())
		})
	}
}

// TestMissingCards checks that a deck without cards says so through Missing.
func TestMissingCards(t *testing.T) {
	_, problems := cards.Parse("t.toml", []byte("format = 1\n[deck]\nid = \"t\"\ntitle = \"T\"\nlanguage = \"fr\"\n"), nil)
	require.Len(t, problems, 1)
	assert.Equal(t, "[[card]]", problems[0].Missing())
}
