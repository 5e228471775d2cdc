package ui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
)

// TestTheTitleResumesARecoveredWorkshop damages the last save of the
// workshop in progress: the title screen offers to resume it all the same,
// from the save before, and says so.
func TestTheTitleResumesARecoveredWorkshop(t *testing.T) {
	d := sceneDeps(t)
	s := savedWorkshop(t, d, d.Now(), "", 1, "Renards", "Hiboux")
	_, err := s.Apply(game.Move{Kind: game.MoveSkip}, d.Now().Add(time.Hour))
	require.NoError(t, err)
	require.NoError(t, d.Store.Save(s))
	st := d.Store.(store.Folder)
	require.NoError(t, os.WriteFile(filepath.Join(st.Dir, s.ID+".json"), []byte("{"), 0o644))
	st.Release() // the game is started again

	title := NewTitleScene(d).(*titleScene)
	require.Equal(t, s.ID, title.resume)
	i := slices.Index(title.items, "title_resume")
	require.Equal(t, 0, i)
	next := step(title, ActionAnswer1)
	p, ok := next.(*playScene)
	require.True(t, ok, "the workshop goes on: %T", next)
	assert.Equal(t, 1, p.g.State().Card, "from the save before the damaged one")
	assert.Equal(t, d.View.Tr.T("resume_recovered"), d.View.Notice)
}

// TestTheTitleResumesTheWorkshopSavedLast puts the clock back an hour
// between two workshops: the title screen offers the one played last,
// though its clock reads earlier.
func TestTheTitleResumesTheWorkshopSavedLast(t *testing.T) {
	d := sceneDeps(t)
	savedWorkshop(t, d, d.Now(), "Avant", 2, "Renards", "Hiboux")
	after := savedWorkshop(t, d, d.Now().Add(-time.Hour), "Après", 1, "Chats", "Chiens")
	title := NewTitleScene(d).(*titleScene)
	assert.Equal(t, after.ID, title.resume)
}

// TestTheWorkshopsSceneResumesAnyUnfinishedWorkshop resumes an older
// workshop from the list; a finished one cannot be.
func TestTheWorkshopsSceneResumesAnyUnfinishedWorkshop(t *testing.T) {
	d := sceneDeps(t)
	older := savedWorkshop(t, d, d.Now().Add(-48*time.Hour), "Lundi", 3, "Renards", "Hiboux")
	finished := savedWorkshop(t, d, d.Now().Add(-24*time.Hour), "Mardi", 1, "Lynx", "Pumas")
	finished.Finished = true
	require.NoError(t, d.Store.Save(finished))
	savedWorkshop(t, d, d.Now(), "Mercredi", 1, "Chats", "Chiens")

	w := newWorkshopsScene(d, backScene{})
	require.Len(t, w.list, 3)
	require.Equal(t, older.ID, w.list[2].ID)
	step(w, ActionDown)
	assert.True(t, w.disabled(workshopResume), "a finished workshop is not resumed")
	step(w, ActionDown)
	assert.False(t, w.disabled(workshopResume))
	p, ok := step(w, ActionAnswer4).(*playScene)
	require.True(t, ok)
	assert.Equal(t, older.ID, p.s.ID)
	assert.Equal(t, 3, p.g.State().Card)
}
