//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/store"
)

// TestAWorkshopOpenInAnotherWindow has another instance of the game hold
// the workshop in progress (its lock file locked elsewhere): "Reprendre"
// says so in words and stays on the title screen, the list offers the
// others, and renaming or deleting it is refused in words too.
func TestAWorkshopOpenInAnotherWindow(t *testing.T) {
	d := sceneDeps(t)
	other := savedWorkshop(t, d, d.Now().Add(-24*60*60*1e9), "Hier", 1, "Lynx", "Pumas")
	s := savedWorkshop(t, d, d.Now(), "", 2, "Renards", "Hiboux")
	st := d.Store.(store.Folder)
	st.Release()
	f, err := os.OpenFile(filepath.Join(st.Dir, "."+s.ID+".lock"), os.O_RDWR|os.O_CREATE, 0o644)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB))

	title := NewTitleScene(d).(*titleScene)
	require.Equal(t, s.ID, title.resume)
	assert.Same(t, title, step(title, ActionAnswer1))
	assert.Equal(t, "Cet atelier est déjà ouvert dans une autre fenêtre de Déclic\u00a0: continuez-le là-bas, ou choisissez un autre atelier dans «\u00a0Ateliers enregistrés\u00a0».", d.View.Notice)

	w := newWorkshopsScene(d, title)
	require.Equal(t, s.ID, w.list[0].ID)
	assert.Same(t, w, step(w, ActionAnswer4))
	assert.Equal(t, d.View.Tr.T("resume_held"), d.View.Notice)
	step(w, ActionAnswer3)
	step(w, ActionAnswer1)
	assert.Equal(t, "Cet atelier est ouvert dans une autre fenêtre de Déclic\u00a0: fermez-la d'abord.", d.View.Notice)
	assert.Len(t, w.list, 2, "not deleted")

	step(w, ActionDown)
	p, ok := step(w, ActionAnswer4).(*playScene)
	require.True(t, ok, "the other workshop is offered")
	assert.Equal(t, other.ID, p.s.ID)
}
