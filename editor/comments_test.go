package editor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadComments(t *testing.T) {
	tests := []struct {
		name, text string
		want       fileComments
	}{
		{"a # inside a string is no comment", `format = 1
[deck]
title = "Le #1 des quiz" # vraiment
source = 'https://exemple.fr/#ancre'
`, fileComments{Tables: map[string]string{}, Keys: map[string]map[string]string{"deck": {"title": "vraiment"}}}},
		{"an escaped quote does not end the string", `[deck]
title = "Il dit \"# non\"" # oui
`, fileComments{Tables: map[string]string{}, Keys: map[string]map[string]string{"deck": {"title": "oui"}}}},
		{"a multi-line string keeps its #", `[[card]]
type = "open"
question = """
Première ligne # pas un commentaire
"""
# au-dessus de la source
source = "x"
`, fileComments{Tables: map[string]string{}, Keys: map[string]map[string]string{"card card-1": {"source": "au-dessus de la source"}}}},
		{"comments inside a list go above its key", `[[card]]
id = "chat"
type = "choice"
choices = [
  "Un", # le premier
  # le second, après
  "Deux",
]
`, fileComments{Tables: map[string]string{}, Keys: map[string]map[string]string{"card chat": {"choices": "le premier\nle second, après"}}}},
		{"top, table, notes, tail", `# en haut
format = 1
# la question
[[question]]
id = "ecran"
text = "Un écran ?"
[[card]]
type = "character"
name = "Le smartphone"
# les notes
[card.notes]
# sur l'écran
ecran = "tactile"
# à la fin
`, fileComments{Top: "en haut", Tail: "à la fin",
			Tables: map[string]string{"question ecran": "la question"},
			Keys:   map[string]map[string]string{"card card-1": {"notes": "les notes", "notes.ecran": "sur l'écran"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, readComments([]byte(tt.text)))
		})
	}
}
