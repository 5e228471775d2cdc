package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/game"
)

// TestTeamNames reads --teams under the game's name rules.
func TestTeamNames(t *testing.T) {
	offered := []string{"Renards", "Hiboux"}
	for _, c := range []struct {
		name, teams string
		want        []string
		stderr      string
	}{
		{"none given", "", offered, ""},
		{"trimmed", " Lynx , Pumas ,", []string{"Lynx", "Pumas"}, ""},
		{"controls dropped", "Ly\x1b[2Jnx\a,\u202ePumas", []string{"Ly[2Jnx", "Pumas"}, ""},
		{"spaces made one", "Les   Lynx\t du\nNord", []string{"Les Lynx du Nord"}, ""},
		{"at the limit", strings.Repeat("é", game.MaxNameRunes), []string{strings.Repeat("é", game.MaxNameRunes)}, ""},
		{"too long", strings.Repeat("x", 10000) + ",B", nil, "Le nom d'équipe «\u00a0" + strings.Repeat("x", game.MaxNameRunes) + "…\u00a0» est trop long\u00a0: 20 caractères au plus.\n"},
		{"alike once cleaned", "Lynx\a,LYNX", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
		{"only controls", "\a,\x1b", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
		{"too many", "a,b,c,d,e,f,g", nil, "Il faut de 1 à 6 équipes aux noms différents, par exemple --teams \"Renards,Hiboux\".\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errOut bytes.Buffer
			cmd := &Command{env: env{stderr: &errOut}, opts: Options{Teams: c.teams}, tr: translator("fr")}
			names, ok := cmd.TeamNames(offered)
			assert.Equal(t, c.want, names)
			assert.Equal(t, c.want != nil, ok)
			assert.Equal(t, c.stderr, errOut.String())
		})
	}
}
