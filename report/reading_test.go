package report

import (
	"flag"
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

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenFile checks got against the file at path (under testdata/ when the
// path has no folder), or rewrites it with -update.
func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	if filepath.Dir(path) == "." {
		path = filepath.Join("testdata", path)
	}
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

// TestReadingWords keeps the sentences a group reads about its discernment
// in golden files, one a language: every reading, the singular and plural
// of the counts, the note on few answers.
func TestReadingWords(t *testing.T) {
	cases := []struct {
		name string
		d    game.Detection
	}{
		{"doubtful, spots well", game.Detection{Hits: 8, Misses: 2, FalseAlarms: 3, CorrectTrusts: 4}},
		{"discerning, few true items", game.Detection{Hits: 12, Misses: 1, FalseAlarms: 1, CorrectTrusts: 2}},
		{"doubtful, spots little", game.Detection{Hits: 5, Misses: 5, FalseAlarms: 6, CorrectTrusts: 1}},
		{"discerning", game.Detection{Hits: 10, Misses: 0, FalseAlarms: 1, CorrectTrusts: 6}},
		{"discerning, many answers", game.Detection{Hits: 20, Misses: 2, FalseAlarms: 1, CorrectTrusts: 17}},
		{"trusting", game.Detection{Hits: 5, Misses: 5, FalseAlarms: 0, CorrectTrusts: 8}},
		{"blurred", game.Detection{Hits: 5, Misses: 5, FalseAlarms: 2, CorrectTrusts: 2}},
		{"too few", game.Detection{Hits: 4, Misses: 0, FalseAlarms: 1, CorrectTrusts: 1}},
	}
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			var b strings.Builder
			for _, tc := range cases {
				title, sentence, note := Reading(tc.d, false, tr)
				assert.NotContains(t, title+sentence+note, "reading_", "a message id reached the text")
				fmt.Fprintf(&b, "%s %+v\n  %s\n  %s\n", tc.name, tc.d, title, sentence)
				if note != "" {
					fmt.Fprintf(&b, "  %s\n", note)
				}
			}
			golden := filepath.Join("testdata", "reading."+lang+".txt")
			goldenFile(t, golden, b.String())
		})
	}
}

// TestShiftWords keeps the words of the before and after comparison in
// golden files: progress sure or not, no change, a loss, the trap of
// doubting more, too few cards.
func TestShiftWords(t *testing.T) {
	cases := []struct {
		name          string
		before, after game.Detection
	}{
		{"progress within chance", game.Detection{Hits: 5, Misses: 3, FalseAlarms: 2, CorrectTrusts: 6}, game.Detection{Hits: 7, Misses: 1, FalseAlarms: 1, CorrectTrusts: 7}},
		{"progress beyond chance", game.Detection{Hits: 10, Misses: 10, FalseAlarms: 5, CorrectTrusts: 15}, game.Detection{Hits: 18, Misses: 2, FalseAlarms: 2, CorrectTrusts: 18}},
		{"doubting more", game.Detection{Hits: 6, Misses: 2, FalseAlarms: 2, CorrectTrusts: 6}, game.Detection{Hits: 8, Misses: 0, FalseAlarms: 6, CorrectTrusts: 2}},
		{"worse", game.Detection{Hits: 7, Misses: 1, FalseAlarms: 1, CorrectTrusts: 7}, game.Detection{Hits: 5, Misses: 3, FalseAlarms: 3, CorrectTrusts: 5}},
		{"the same", game.Detection{Hits: 6, Misses: 2, FalseAlarms: 2, CorrectTrusts: 6}, game.Detection{Hits: 6, Misses: 2, FalseAlarms: 2, CorrectTrusts: 6}},
		{"one spotted", game.Detection{Hits: 1, Misses: 3, FalseAlarms: 1, CorrectTrusts: 3}, game.Detection{Hits: 4, Misses: 0, FalseAlarms: 0, CorrectTrusts: 4}},
		{"too few", game.Detection{Hits: 2, CorrectTrusts: 2}, game.Detection{Hits: 2, CorrectTrusts: 2}},
	}
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			var b strings.Builder
			for _, tc := range cases {
				title, sentence, note := ShiftWords(tc.before, tc.after, false, tr)
				assert.NotContains(t, title+sentence+note, "shift_", "a message id reached the text")
				fmt.Fprintf(&b, "%s %+v → %+v\n  %s\n  %s\n", tc.name, tc.before, tc.after, title, sentence)
				if note != "" {
					fmt.Fprintf(&b, "  %s\n", note)
				}
			}
			golden := filepath.Join("testdata", "shift."+lang+".txt")
			goldenFile(t, golden, b.String())
		})
	}
}

// TestScamWords keeps the words for scam decks in golden files, and checks
// that every message with a twin for scams has it in both languages.
func TestScamWords(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			tr, err := assets.NewTranslator(lang)
			require.NoError(t, err)
			w := Words(true)
			for id := range scamTwins {
				assert.NotEqual(t, id, tr.T(id), "%s has no text", id)
				assert.NotEqual(t, w(id), tr.T(w(id)), "%s has no twin for scams", id)
			}
			assert.Equal(t, "reading_title_discerning", w("reading_title_discerning"), "a message without a twin stays")
			var b strings.Builder
			for _, d := range []game.Detection{
				{Hits: 8, Misses: 2, FalseAlarms: 3, CorrectTrusts: 4},
				{Hits: 5, Misses: 5, FalseAlarms: 6, CorrectTrusts: 1},
				{Hits: 10, Misses: 0, FalseAlarms: 1, CorrectTrusts: 6},
				{Hits: 5, Misses: 5, FalseAlarms: 0, CorrectTrusts: 8},
				{Hits: 5, Misses: 5, FalseAlarms: 2, CorrectTrusts: 2},
				{Hits: 1, Misses: 0, FalseAlarms: 1, CorrectTrusts: 1},
			} {
				title, sentence, note := Reading(d, true, tr)
				fmt.Fprintf(&b, "%+v\n  %s\n  %s\n", d, title, sentence)
				if note != "" {
					fmt.Fprintf(&b, "  %s\n", note)
				}
			}
			title, sentence, note := ShiftWords(game.Detection{Hits: 6, Misses: 2, FalseAlarms: 2, CorrectTrusts: 6}, game.Detection{Hits: 8, FalseAlarms: 6, CorrectTrusts: 2}, true, tr)
			fmt.Fprintf(&b, "before and after\n  %s\n  %s\n  %s\n", title, sentence, note)
			golden := filepath.Join("testdata", "scams."+lang+".txt")
			goldenFile(t, golden, b.String())
		})
	}
}
