package ui

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/internal/pdfdoc"
	"declic/store"
	"declic/ui/draw"
)

func TestEndSceneSaysWhereTheCSVWentAndOpensItsFolder(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	s.Name = "Jeudi 4e B"
	end := step(step(newEndScene(d, s), ActionNext), ActionNext) // the discernment, then the summary
	p, ok := step(end, ActionAnswer1).(*exportPanel)
	require.True(t, ok, "the export says where the file went")
	want := filepath.Join(filepath.Dir(d.Store.(store.Folder).Dir), "exports", s.ID+" Jeudi 4e B.csv")
	want, _ = filepath.Abs(want)
	assert.Equal(t, want, p.path, "the full path, named after the workshop")
	assert.FileExists(t, want)
	var opened []string
	p.open = func(file string) error { opened = append(opened, file); return nil }

	// The folder is drawn whole, broken after its separators when it is
	// too long for one line.
	v := d.View
	l := layoutExportPanel(v, 2)
	lines := v.Fonts.PathLines(filepath.Dir(p.path), v.Style(draw.SizeBody, false, draw.Start, nil), l.where.W)
	assert.Equal(t, filepath.Dir(p.path), stripNewlines(lines))
	long := "/home/animatrice-du-centre-social/.config/declic/un/dossier/tres/long/pour/voir/exports"
	broken := v.Fonts.PathLines(long, v.Style(draw.SizeBody, false, draw.Start, nil), l.where.W)
	assert.Contains(t, broken, "/\n", "a long folder takes several lines")
	assert.Equal(t, long, stripNewlines(broken))

	assert.Same(t, p, step(p, ActionAnswer1), "1: open the folder")
	assert.Equal(t, []string{want}, opened)
	assert.Equal(t, "Le dossier s'ouvre dans une autre fenêtre.", p.opened)
	p.open = func(string) error { return errors.New("no file manager") }
	step(p, ActionAnswer1)
	assert.Equal(t, "Impossible d'ouvrir le dossier\u00a0: ouvrez-le depuis le gestionnaire de fichiers.", p.opened)
	assert.Same(t, end, step(p, ActionAnswer2), "2: close")
	assert.Same(t, end, step(p, ActionPause), "Esc: close")
	_, err := os.Stat(want)
	require.NoError(t, err)
}

func stripNewlines(s string) string {
	out := []rune{}
	for _, r := range s {
		if r != '\n' {
			out = append(out, r)
		}
	}
	return string(out)
}

// TestEndSceneWritesTheReport: the summary's second button writes the
// workshop's report as a PDF beside its CSV file, named alike, and says
// where it went as the CSV export does.
func TestEndSceneWritesTheReport(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	s.Name = "Jeudi 4e B"
	end := step(step(newEndScene(d, s), ActionNext), ActionNext) // the discernment, then the summary
	p, ok := step(end, ActionAnswer2).(*exportPanel)
	require.True(t, ok, "the report says where the file went")
	want, _ := filepath.Abs(filepath.Join(filepath.Dir(d.Store.(store.Folder).Dir), "exports", s.ID+" Jeudi 4e B.pdf"))
	assert.Equal(t, want, p.path, "beside the CSV file, named alike")
	assert.Equal(t, "report_done_title", p.title)
	assert.Equal(t, "Bilan écrit", d.View.Tr.T(p.title))
	data, err := os.ReadFile(want)
	require.NoError(t, err)
	assert.Equal(t, "%PDF-", string(data[:5]))
	assert.Positive(t, pdfdoc.Pages(data))
	assert.Same(t, end, step(p, ActionAnswer2), "2: close")

	// A folder that cannot be made: the summary stays, and says so.
	blocker := filepath.Join(filepath.Dir(d.Store.(store.Folder).Dir), "exports")
	require.NoError(t, os.RemoveAll(blocker))
	require.NoError(t, os.WriteFile(blocker, nil, 0o644))
	assert.Same(t, end, step(end, ActionAnswer2))
	assert.Equal(t, "Impossible d'écrire le bilan "+want+".", d.View.Notice)
}
