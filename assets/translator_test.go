package assets

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlurals(t *testing.T) {
	fr, err := NewTranslator("fr")
	require.NoError(t, err)
	en, err := NewTranslator("en")
	require.NoError(t, err)
	tests := []struct {
		n      int
		fr, en string
	}{
		{0, "0 carte", "0 cards"},
		{1, "1 carte", "1 card"},
		{2, "2 cartes", "2 cards"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.fr, fr.N("cards_count", tt.n))
		assert.Equal(t, tt.en, en.N("cards_count", tt.n))
	}
	assert.Equal(t, "Planches écrites : a.pdf (2 pages).", fr.N("print_done", 2, "Path", "a.pdf"), "a template with a plural")
	assert.Equal(t, "no_such_message", en.T("no_such_message"), "a missing text shows its id instead of stopping the game")
}

func TestEveryMessageInEveryLanguage(t *testing.T) {
	keys := make(map[string][]string)
	for _, lang := range Languages {
		var m map[string]any
		_, err := toml.DecodeFS(translations, "i18n/"+lang+".toml", &m)
		require.NoError(t, err)
		for k := range m {
			keys[k] = append(keys[k], lang)
		}
	}
	for k, langs := range keys {
		assert.Len(t, langs, len(Languages), "message %q is only in %v", k, langs)
	}
}

func TestPickLanguage(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		asked string
		vars  map[string]string
		want  string
	}{
		{"en", map[string]string{"LANG": "fr_FR.UTF-8"}, "en"},
		{"", map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{"", map[string]string{"LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"},
		{"", map[string]string{"LANGUAGE": "ar:en", "LANG": "fr_FR.UTF-8"}, "en"},
		{"", map[string]string{"LANG": "C.UTF-8"}, "fr"},
		{"", map[string]string{"LANG": "de_DE.UTF-8"}, "fr"},
		{"", map[string]string{"LANG": "_"}, "fr"},
		{"de", nil, "fr"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PickLanguage(tt.asked, env(tt.vars)), "%q %v", tt.asked, tt.vars)
	}
}

// TestTeamNamesStandApart: a team's name is whatever the players typed
// ("Les Détectives", "Alpha", "Team B"), so no text may build a sentence
// around it (« À Les Détectives de jouer », "Les Curieux a buzzé", "The
// Detectives's turn"): every text that names a team puts the name after a
// colon, or alone.
func TestTeamNamesStandApart(t *testing.T) {
	found := 0
	for _, lang := range Languages {
		var m map[string]any
		_, err := toml.DecodeFS(translations, "i18n/"+lang+".toml", &m)
		require.NoError(t, err)
		for id, v := range m {
			var texts []string
			switch v := v.(type) {
			case string:
				texts = []string{v}
			case map[string]any:
				for _, form := range v {
					if s, ok := form.(string); ok {
						texts = append(texts, s)
					}
				}
			}
			for _, s := range texts {
				i := strings.Index(s, "{{.Team}}")
				if i < 0 {
					continue
				}
				found++
				before := strings.TrimRight(s[:i], " \u00a0\u202f")
				after := s[i+len("{{.Team}}"):]
				assert.True(t, (before == "" || strings.HasSuffix(before, ":")) && (after == "" || strings.TrimLeft(after, " \u00a0\u202f!.") == ""),
					"%s %s builds a sentence around a team's name: %q", lang, id, s)
			}
		}
	}
	assert.Greater(t, found, 4, "the texts that name a team were found")
}
