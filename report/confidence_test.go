package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/game"
)

// TestConfidenceWords keeps the words of every trend of confidence in
// golden files, one a language.
func TestConfidenceWords(t *testing.T) {
	lv := func(sure, rather, guess game.Level) game.Confidence {
		return game.Confidence{Levels: [game.SureLevels]game.Level{sure, rather, guess}}
	}
	cases := []struct {
		name string
		c    game.Confidence
	}{
		{"follows", lv(game.Level{Answers: 10, Right: 9}, game.Level{Answers: 6, Right: 4}, game.Level{Answers: 4, Right: 2})},
		{"flat", lv(game.Level{Answers: 5, Right: 5}, game.Level{}, game.Level{Answers: 3, Right: 3})},
		{"against", lv(game.Level{Answers: 3, Right: 1}, game.Level{}, game.Level{Answers: 4, Right: 4})},
		{"too few", lv(game.Level{Answers: 12, Right: 7}, game.Level{}, game.Level{})},
	}
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			var b strings.Builder
			for _, tc := range cases {
				title, sentence := ConfidenceWords(tc.c, tr)
				assert.NotContains(t, title+sentence, "confidence_", "a message id reached the text")
				fmt.Fprintf(&b, "%s %+v\n  %s\n  %s\n", tc.name, tc.c.Levels, title, sentence)
			}
			golden := filepath.Join("testdata", "confidence."+lang+".txt")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), b.String())
		})
	}
}
