package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// savedWorkshop saves a workshop started at, with a game of the discovery
// deck and n cards skipped, named name.
func savedWorkshop(t *testing.T, d *Deps, at time.Time, name string, n int, teams ...string) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams(teams...), at)
	require.NoError(t, err)
	s.Name = name
	_, err = s.NewGame(d.Library.Find("decouverte", "fr"), game.Settings{InOrder: true})
	require.NoError(t, err)
	for i := range n {
		_, err = s.Apply(game.Move{Kind: game.MoveSkip}, at.Add(time.Duration(i+1)*time.Minute))
		require.NoError(t, err)
	}
	require.NoError(t, d.Store.Save(s))
	return s
}

func TestTheTitleOffersTheWorkshopsOnceThereAreSome(t *testing.T) {
	d := sceneDeps(t)
	assert.NotContains(t, NewTitleScene(d).(*titleScene).items, "title_workshops", "nothing to browse yet")
	savedWorkshop(t, d, d.Now(), "", 1, "Renards", "Hiboux")
	title := NewTitleScene(d).(*titleScene)
	i := slices.Index(title.items, "title_workshops")
	require.GreaterOrEqual(t, i, 0)
	assert.IsType(t, &workshopsScene{}, step(title, ActionAnswer1+Action(i)))
}

func TestWorkshopsSceneRenamesExportsAndDeletes(t *testing.T) {
	d := sceneDeps(t)
	monday := savedWorkshop(t, d, time.Date(2025, 3, 10, 14, 0, 0, 0, time.UTC), "Atelier du lundi", 3, "Renards", "Hiboux")
	tuesday := savedWorkshop(t, d, time.Date(2025, 3, 11, 9, 30, 0, 0, time.UTC), "", 1, "Lynx", "Pumas", "Ours")
	st := d.Store.(store.Folder)
	require.NoError(t, os.WriteFile(filepath.Join(st.Dir, "2025-03-01-100000.json"), []byte("{"), 0o644))

	w := newWorkshopsScene(d, backScene{})
	a := newApp(t, d.View, w)
	require.Len(t, w.list, 3)
	assert.Equal(t, []string{tuesday.ID, monday.ID, "2025-03-01-100000"}, []string{w.list[0].ID, w.list[1].ID, w.list[2].ID}, "newest first")
	assert.Equal(t, "Atelier du 11/03/2025 à 09:30", w.title(w.list[0]), "a workshop without a name goes by its day")
	assert.Equal(t, "en cours · 1 partie · Lynx 0, Pumas 0, Ours 0", w.detail(w.list[0]))
	assert.Equal(t, "Atelier du lundi", w.title(w.list[1]))

	// Rename the second with the keyboard: ↓, 1, the name, Enter. While
	// the name is typed, B is a letter, not a black screen.
	a.key(ebiten.KeyArrowDown)
	require.Equal(t, 1, w.sel)
	a.typeText(azertyKeys, "1")
	require.True(t, w.Typing())
	a.typeText(azertyKeys, "Lundi B.")
	require.Same(t, w, a.scene)
	a.key(ebiten.KeyEnter)
	assert.False(t, w.Typing())
	list, err := d.Store.List()
	require.NoError(t, err)
	assert.Equal(t, "Lundi B.", list[1].Name)
	assert.Equal(t, "Lundi B.", w.title(w.list[w.sel]), "the list shows the new name")
	assert.Equal(t, monday.ID, w.list[w.sel].ID, "and keeps the selection on it")

	// Esc leaves the name as it was.
	a.typeText(azertyKeys, "1")
	a.typeText(azertyKeys, "Autre")
	a.key(ebiten.KeyEscape)
	assert.Equal(t, "Lundi B.", w.title(w.list[w.sel]))
	assert.Same(t, w, a.scene, "Esc closed the name, not the screen")

	// Export it again: the file is named after it, and the panel says where.
	p, ok := a.typeText(azertyKeys, "2").(*exportPanel)
	require.True(t, ok)
	assert.Equal(t, monday.ID+" Lundi B.csv", filepath.Base(p.path))
	assert.FileExists(t, p.path)
	a.key(ebiten.KeyEscape)
	require.Same(t, w, a.scene)

	// Delete asks first; "keep" has the focus.
	a.typeText(azertyKeys, "3")
	require.True(t, w.confirm)
	a.key(ebiten.KeyEnter)
	assert.False(t, w.confirm)
	assert.Len(t, w.list, 3, "kept")
	a.typeText(azertyKeys, "3")
	a.typeText(azertyKeys, "1")
	require.Len(t, w.list, 2)
	assert.Equal(t, []string{tuesday.ID, "2025-03-01-100000"}, []string{w.list[0].ID, w.list[1].ID})
	_, err = d.Store.Load(monday.ID, d.FindDeck)
	assert.ErrorIs(t, err, os.ErrNotExist)

	// A damaged save can only be deleted.
	a.key(ebiten.KeyArrowDown)
	require.Equal(t, 1, w.sel)
	assert.Equal(t, "enregistrement abîmé : cet atelier ne peut pas être relu", w.detail(w.list[1]))
	assert.True(t, w.disabled(workshopRename))
	assert.True(t, w.disabled(workshopExport))
	a.typeText(azertyKeys, "1")
	assert.False(t, w.Typing())
	a.typeText(azertyKeys, "3")
	a.typeText(azertyKeys, "1")
	require.Len(t, w.list, 1)
	assert.Equal(t, 0, w.sel)

	assert.Equal(t, backScene{}, a.key(ebiten.KeyEscape))

	// From the title screen, back to a title screen made again: it no
	// longer offers to resume a workshop deleted.
	title := NewTitleScene(d).(*titleScene)
	require.Equal(t, tuesday.ID, title.resume)
	w = newWorkshopsScene(d, title)
	step(w, ActionAnswer3)
	step(w, ActionAnswer1)
	back := step(w, ActionPause)
	require.IsType(t, &titleScene{}, back)
	assert.NotSame(t, title, back)
	assert.Empty(t, back.(*titleScene).resume)
	assert.NotContains(t, back.(*titleScene).items, "title_workshops")
}

func TestWorkshopsSceneScrollsAndTaps(t *testing.T) {
	d := sceneDeps(t)
	for i := range 9 {
		savedWorkshop(t, d, time.Date(2025, 3, 1+i, 10, 0, 0, 0, time.UTC), fmt.Sprintf("Atelier %d", i+1), 1, "A", "B")
	}
	w := newWorkshopsScene(d, backScene{})
	l := layoutWorkshops(d.View)
	require.Less(t, len(l.rows), 9, "more workshops than rows")
	for range 8 {
		step(w, ActionDown)
	}
	assert.Equal(t, 8, w.sel)
	assert.Equal(t, 9-len(l.rows), w.top, "the last row shows the selection")
	assert.Equal(t, "Atelier 1", w.title(w.list[w.sel]))
	tap(w, l.rows[0])
	assert.Equal(t, w.top, w.sel)
	step(w, ActionUp)
	assert.Equal(t, w.top, w.sel, "the list follows the selection up")

	empty := newWorkshopsScene(sceneDeps(t), backScene{})
	assert.Empty(t, empty.list)
	assert.Same(t, empty, step(empty, ActionAnswer1), "nothing to rename")
	assert.Same(t, empty, step(empty, ActionAnswer3), "nothing to delete")
	assert.False(t, empty.confirm)
}

func TestWorkshopsAndTitleLayoutsFit(t *testing.T) {
	d := sceneDeps(t)
	savedWorkshop(t, d, d.Now(), "x", 1, "A", "B")
	eachMetrics(func(m draw.Metrics, name string) {
		v := *d.View
		v.Metrics = m
		l := layoutWorkshops(&v)
		targets := append(append(slices.Clone(l.rows), l.buttons...), l.back)
		checkTargets(t, m, name, targets)
		checkTargets(t, m, name, append(slices.Clone(l.answers), l.field))
		assert.True(t, l.message.Within(m.Screen()), name)

		for n := 1; n <= 2; n++ {
			e := layoutExportPanel(&v, n)
			checkTargets(t, m, name+" export", e.buttons)
			assert.True(t, e.where.Within(e.panel) && e.file.Within(e.panel) && e.status.Within(e.panel), name)
			assert.False(t, e.status.Overlaps(e.buttons[0]), name)
		}

		title := &titleScene{d: &Deps{View: &v}, items: []string{"title_resume", "title_new", "title_family", "title_decks", "title_workshops", "title_settings", "title_quit"}}
		_, _, buttons := title.layout()
		checkTargets(t, m, name+" title", buttons)
	})
}

// TestScreenshotsOfWorkshops draws the screens of saved workshops and the
// export panel into DECLIC_SCREENSHOTS, as TestScreenshots does.
func TestScreenshotsOfWorkshops(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	for _, scale := range []float64{1, 1.4} {
		for _, size := range [][2]int{{1920, 1080}, {1366, 768}} {
			out := filepath.Join(dir, fmt.Sprintf("%dx%d", size[0], size[1]))
			require.NoError(t, os.MkdirAll(out, 0o755))
			d := sceneDeps(t)
			d.View.Metrics = draw.NewMetrics(size[0], size[1], scale)
			shot := func(name string, s Scene) {
				t.Helper()
				img := ebiten.NewImage(size[0], size[1])
				defer img.Deallocate()
				img.Fill(d.View.Theme.Background)
				s.Draw(img)
				f, err := os.Create(filepath.Join(out, fmt.Sprintf("%s-x%.1f.png", name, scale)))
				require.NoError(t, err)
				defer f.Close()
				require.NoError(t, png.Encode(f, img))
			}
			for i, name := range []string{"Collège Jean Moulin, 4e B", "", "Médiathèque : seniors du jeudi", "", "Centre social des Tilleuls", "Club ados"} {
				savedWorkshop(t, d, time.Date(2025, 3, 1+i, 14, 0, 0, 0, time.UTC), name, 2+i, DefaultTeamNames(d.View.Tr, 2+i%4)...)
			}
			title := NewTitleScene(d)
			shot("40-title-workshops", title)
			ts := newTeamsScene(d, title).(*teamsScene)
			ts.setCount(4)
			ts.focusOn(targetWorkshop)
			ts.workshop = []rune("Collège Jean Moulin, 4e B")
			shot("41-teams-workshop-name", ts)
			ts.focusOn(ts.nameTarget(1))
			ts.typeInto(1, []rune("Les Zèbres"), false)
			shot("42-teams-typing", ts)
			fromDeck := newTeamsSceneFor(d, title, d.Library.Find("decouverte", "fr"))
			fromDeck.setCount(6)
			shot("42-teams-from-a-deck", fromDeck)
			w := newWorkshopsScene(d, title)
			shot("43-workshops", w)
			step(w, ActionDown)
			step(w, ActionAnswer1)
			shot("44-workshops-rename", w)
			step(w, ActionPause)
			step(w, ActionAnswer3)
			shot("45-workshops-delete", w)
			step(w, ActionPause)
			p := newExportPanel(d.View, w, "/home/animatrice/.config/declic/exports/2025-03-02-140000 Collège Jean Moulin, 4e B.csv", d.logError)
			p.opened = d.View.Tr.T("export_opening")
			shot("46-export-panel", p)
			shot("47-help", newHelpOverlay(d.View, w))
		}
	}
}
