package decktools

import (
	"bytes"
	"declic/internal/cli"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"declic/cards"
)

// kahootFile writes a quiz laid out as Kahoot's template (instructions,
// header on row 8, questions from row 9) as an .xlsx in dir.
func kahootFile(t *testing.T, dir, name string, questions ...[]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]string{
		{}, {"", "Quiz template"}, {"", "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."},
		{}, {}, {}, {},
		{"", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
			"Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
			"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"},
	}
	for i, q := range questions {
		rows = append(rows, append([]string{string(rune('1' + i))}, q...))
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			require.NoError(t, f.SetCellValue("Sheet1", cell, v))
		}
	}
	file := filepath.Join(dir, name)
	require.NoError(t, f.SaveAs(file))
	return file
}

// importIn runs declic import with home as the data folder.
func importIn(t *testing.T, home, lang string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := cli.Run(append([]string{"import"}, args...), world(&out, &errOut, home, lang))
	clean := func(s string) string { return strings.ReplaceAll(filepath.ToSlash(s), filepath.ToSlash(home), "HOME") }
	return status, clean(out.String()), clean(errOut.String())
}

func TestImportCommand(t *testing.T) {
	good := [][]string{
		{"Un site en « https » est forcément honnête.", "Vrai", "Faux", "", "", "20", "2"},
		{"Que faire d'un SMS « colis en attente » ?", "Cliquer", "Le supprimer", "Le signaler", "", "30", "2,3"},
	}
	bad := [][]string{
		{"Bonne réponse en lettres", "Un", "Deux", "", "", "20", "deux"},
		{"Temps en lettres", "Un", "Deux", "", "", "vingt", "1"},
	}

	t.Run("a quiz becomes a deck the game loads", func(t *testing.T) {
		home, src := t.TempDir(), t.TempDir()
		file := kahootFile(t, src, "Quiz arnaques.xlsx", good...)
		for _, lang := range []string{"fr", "en"} {
			status, stdout, stderr := importIn(t, home, lang+"_FR.UTF-8", file)
			require.Equal(t, cli.ExitOK, status, stderr)
			golden(t, "import-done."+lang+".golden", strings.ReplaceAll(stdout, filepath.ToSlash(src), "SRC")+"---\n"+stderr)
		}
		deck, problems := cards.LoadFile(filepath.Join(home, "decks", "quiz-arnaques.toml"))
		require.NotNil(t, deck, problems)
		assert.Equal(t, "Quiz arnaques", deck.Title)
		assert.Len(t, deck.Cards, 2)
		status, stdout, _ := runFor(t, "fr_FR.UTF-8", "list", filepath.Join(home, "decks"))
		assert.Equal(t, cli.ExitOK, status)
		assert.Contains(t, stdout, "quiz-arnaques")
	})

	t.Run("errors: all told at their cells, nothing written", func(t *testing.T) {
		home, src := t.TempDir(), t.TempDir()
		file := kahootFile(t, src, "quiz.xlsx", bad...)
		for _, lang := range []string{"fr", "en"} {
			status, stdout, stderr := importIn(t, home, lang+"_FR.UTF-8", file)
			assert.Equal(t, cli.ExitInvalid, status)
			golden(t, "import-errors."+lang+".golden", stdout+"---\n"+stderr)
		}
		assert.NoDirExists(t, filepath.Join(home, "decks"))
	})

	t.Run("usage", func(t *testing.T) {
		home := t.TempDir()
		status, _, stderr := importIn(t, home, "fr_FR.UTF-8")
		assert.Equal(t, cli.ExitUsage, status)
		assert.Contains(t, stderr, "declic import attend un tableur")
		status, _, _ = importIn(t, home, "fr_FR.UTF-8", "a.xlsx", "b.xlsx")
		assert.Equal(t, cli.ExitUsage, status)
		status, _, stderr = importIn(t, home, "fr_FR.UTF-8", filepath.Join(home, "absent.xlsx"))
		assert.Equal(t, cli.ExitInvalid, status)
		assert.Equal(t, "Impossible de lire HOME/absent.xlsx : vérifiez le nom du fichier et qu'il n'est pas ouvert ailleurs.\n", stderr)
	})

	t.Run("a hand-written deck of the same id is never replaced; an earlier import is", func(t *testing.T) {
		home, src := t.TempDir(), t.TempDir()
		file := kahootFile(t, src, "quiz.xlsx", good...)
		decks := filepath.Join(home, "decks")
		require.NoError(t, os.MkdirAll(decks, 0o755))
		mine := []byte("format = 1\n# mon jeu\n")
		require.NoError(t, os.WriteFile(filepath.Join(decks, "quiz.toml"), mine, 0o644))
		status, _, stderr := importIn(t, home, "fr_FR.UTF-8", file)
		assert.Equal(t, cli.ExitInvalid, status)
		assert.Equal(t, "Un jeu HOME/decks/quiz.toml existe déjà, qui n'est pas une importation de ce tableur : rien n'est écrit. Donnez un autre identifiant (--id AUTRE), écrivez-le ailleurs (-o FICHIER.toml), ou supprimez l'ancien.\n", stderr)
		kept, err := os.ReadFile(filepath.Join(decks, "quiz.toml"))
		require.NoError(t, err)
		assert.Equal(t, mine, kept)

		status, _, stderr = importIn(t, home, "fr_FR.UTF-8", file, "--id", "quiz-2")
		require.Equal(t, cli.ExitOK, status, stderr)
		status, _, stderr = importIn(t, home, "fr_FR.UTF-8", file, "--id", "quiz-2", "--title", "Quiz, deuxième version")
		require.Equal(t, cli.ExitOK, status, stderr)
		deck, _ := cards.LoadFile(filepath.Join(decks, "quiz-2.toml"))
		require.NotNil(t, deck)
		assert.Equal(t, "Quiz, deuxième version", deck.Title)
	})

	t.Run("the id of a bundled deck is not taken", func(t *testing.T) {
		home, src := t.TempDir(), t.TempDir()
		file := kahootFile(t, src, "quiz.xlsx", good...)
		status, _, stderr := importIn(t, home, "fr_FR.UTF-8", file, "--id", "infox")
		assert.Equal(t, cli.ExitInvalid, status)
		assert.Contains(t, stderr, "Un autre jeu s'appelle déjà « infox »")
		assert.NoFileExists(t, filepath.Join(home, "decks", "infox.toml"))
	})

	t.Run("-o writes where asked, --lang is the deck's language, any", func(t *testing.T) {
		home, src := t.TempDir(), t.TempDir()
		file := kahootFile(t, src, "quiz.xlsx", good...)
		out := filepath.Join(src, "jeux", "quiz.toml")
		status, stdout, stderr := importIn(t, home, "fr_FR.UTF-8", file, "-o", out, "--lang", "fr-BE")
		require.Equal(t, cli.ExitOK, status, stderr)
		assert.Contains(t, stdout, "Pour y jouer : declic play "+filepath.ToSlash(out))
		deck, problems := cards.LoadFile(out)
		require.NotNil(t, deck, problems)
		assert.Equal(t, "fr-BE", deck.Language)
		status, _, _ = importIn(t, home, "fr_FR.UTF-8", file, "-o", filepath.Join(src, "quiz.txt"))
		assert.Equal(t, cli.ExitUsage, status)
	})
}
