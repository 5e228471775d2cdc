//go:build !js

package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReport writes the newest workshop's report, in French and English:
// the full path and the pages said, a PDF whose text names the teams and
// the deck.
func TestReport(t *testing.T) {
	w := newWorkshop(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "bilan.pdf")
			status, stdout, stderr := w.run(lang+"_FR.UTF-8", "report", "-o", out)
			require.Equal(t, ExitOK, status, stderr)
			assert.Empty(t, stderr)
			done := map[string]string{"fr": "Bilan écrit : ", "en": "Report written: "}[lang]
			assert.Regexp(t, "^"+done+regexp.QuoteMeta(out)+` \([0-9]+ pages\)`+"\n$", stdout)
			data, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Equal(t, "%PDF-", string(data[:5]))
			text := pdfText(t, out)
			for _, want := range []string{"Renards", "Hiboux", "Atelier d'essai"} {
				assert.Contains(t, text, want)
			}
		})
	}
}

// TestReportErrors: the same words as export's where export's apply.
func TestReportErrors(t *testing.T) {
	w := newWorkshop(t)
	out := filepath.Join(t.TempDir(), "x.pdf")
	tests := []struct {
		name   string
		lang   string
		args   []string
		status int
		stderr string
	}{
		{"no output file", "fr", []string{"report"}, ExitUsage,
			"declic report attend le fichier à écrire : declic report [ATELIER] -o FICHIER.pdf\n"},
		{"two sessions", "en", []string{"report", "a", "b", "-o", out}, ExitUsage,
			"declic report needs the file to write: declic report [SESSION] -o FILE.pdf\n"},
		{"unknown session", "fr", []string{"report", "2020-01-01-000000", "-o", out}, ExitInvalid,
			"Atelier « 2020-01-01-000000 » introuvable : tapez « declic sessions » pour la liste des ateliers.\n"},
		{"damaged session", "fr", []string{"report", w.broken, "-o", out}, ExitInvalid,
			"L'atelier 2026-11-27-100000 ne peut pas être relu : son enregistrement est abîmé, ou un de ses jeux a changé depuis l'atelier.\n"},
		{"folder to write in missing", "en", []string{"report", "-o", filepath.Join(out, "no", "x.pdf")}, ExitInvalid,
			"Cannot write " + filepath.Join(out, "no", "x.pdf") + ": check that the folder exists and that the file is not open in a PDF reader.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := w.run(tt.lang+"_FR.UTF-8", tt.args...)
			assert.Equal(t, tt.status, status)
			assert.Empty(t, stdout)
			assert.Equal(t, tt.stderr, stderr)
		})
	}
	assert.NoFileExists(t, out)

	status, _, stderr := runFor(t, "fr_FR.UTF-8", "report", "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Aucun atelier enregistré : pas de bilan à écrire.\n", stderr)
}

// pdfText returns the text of a PDF as pdftotext (poppler-utils) reads it.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	require.NoError(t, err, "pdftotext (poppler-utils) reads the PDF")
	return string(out)
}
