package ui

import (
	"errors"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// titleScene is the first screen: resume the workshop saved last when it
// is not finished (recovered from its previous save included), start a new
// one, browse the decks, the saved workshops (when there are some),
// settings, quit.
type titleScene struct {
	d      *Deps
	menu   menu
	items  []string // message ids of the buttons, in order
	resume string   // id of the unfinished workshop, if any
}

// NewTitleScene returns the title screen.
func NewTitleScene(d *Deps) Scene {
	t := &titleScene{d: d}
	saved, err := d.Store.List() // the workshop saved last first, whatever the clock says
	if err == nil && len(saved) > 0 && resumable(saved[0]) {
		t.resume = saved[0].ID
	}
	if t.resume != "" {
		t.items = append(t.items, "title_resume")
	}
	if len(d.Family) > 0 {
		t.items = append(t.items, "title_family", "title_new")
	} else {
		t.items = append(t.items, "title_new", "title_family")
	}
	t.items = append(t.items, "title_decks")
	if len(saved) > 0 {
		t.items = append(t.items, "title_workshops")
	}
	t.items = append(t.items, "title_settings")
	if canQuit {
		t.items = append(t.items, "title_quit")
	}
	return t
}

func (t *titleScene) layout() (title, subtitle draw.Rect, buttons []draw.Rect) {
	v := t.d.View
	scr := v.Metrics.Screen().Inset(v.Px(draw.SizeMargin))
	// The title takes what the buttons leave, between a quarter and 38 %
	// of the screen.
	n := len(t.items)
	need := float64(n)*v.Px(96) + float64(n-1)*v.Px(22)
	top, rest := scr.Top(math.Min(scr.H*0.38, math.Max(scr.H*0.26, scr.H-need)))
	subtitle, title = top.Bottom(v.Px(80))
	col := rest.Centered(v.Px(900), rest.H)
	// Up to seven buttons: they get smaller before they leave the screen.
	gap := math.Min(v.Px(22), rest.H*0.025)
	h := math.Min(v.Px(96), (rest.H-gap*float64(n-1))/float64(n))
	col = col.Centered(col.W, float64(n)*h+float64(n-1)*gap)
	return title, subtitle, col.Rows(n, gap)
}

func (t *titleScene) Update(in *Input) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		return newQuitOverlay(t.d.View, t)
	}
	_, _, buttons := t.layout()
	i := t.menu.update(in, buttons, nil)
	if i < 0 {
		return t
	}
	switch t.items[i] {
	case "title_resume":
		return t.resumeWorkshop()
	case "title_new":
		return newTeamsScene(t.d, t)
	case "title_family":
		return newFamilyScene(t.d, t)
	case "title_decks":
		return newDeckScene(t.d, nil, t)
	case "title_workshops":
		return newWorkshopsScene(t.d, t)
	case "title_settings":
		return newSettingsScene(t.d, t)
	default:
		return newQuitOverlay(t.d.View, t)
	}
}

// resumeWorkshop loads the unfinished workshop and goes back where it was.
func (t *titleScene) resumeWorkshop() Scene {
	if next := resumeSaved(t.d, t.resume); next != nil {
		return next
	}
	return t
}

// resumable reports whether a saved workshop can be played on: unfinished,
// with a game, and readable, from its previous save included.
func resumable(s store.Saved) bool { return !unreadable(s) && !s.Finished && s.Games > 0 }

// resumeSaved holds the saved workshop id for this instance and returns
// the scene it goes on from, or nil with a notice saying why it cannot:
// another window of the game plays it, its files or a deck are missing.
func resumeSaved(d *Deps, id string) Scene {
	s, err := d.Store.Resume(id, d.FindDeck)
	switch {
	case errors.Is(err, store.ErrRecovered):
		d.View.Notice = d.View.Tr.T("resume_recovered")
	case errors.Is(err, store.ErrHeld):
		d.View.Notice = d.View.Tr.T("resume_held")
		return nil
	case err != nil:
		d.View.Notice = d.View.Tr.T("resume_failed")
		d.logError(err)
		return nil
	}
	return Resume(d, s)
}

// Resume returns the scene a loaded workshop goes on from: the card in play,
// or the scores after its last game.
func Resume(d *Deps, s *game.Session) Scene {
	if g := s.Current(); g != nil && !g.Over() {
		return newPlayScene(d, s)
	}
	return newScoresScene(d, s)
}

func (t *titleScene) Animating() bool { return false }

func (t *titleScene) Draw(dst *ebiten.Image) {
	v := t.d.View
	title, subtitle, buttons := t.layout()
	v.Fonts.Text(dst, "Déclic", draw.Style{Size: v.Px(150), Min: v.Px(60), Bold: true, Align: draw.Center, VAlign: draw.End, Colour: v.Theme.Accent}, title)
	v.Fonts.Text(dst, v.Tr.T("title_tagline"), v.Style(draw.SizeBody, false, draw.Center, v.Theme.Muted), subtitle)
	for i, r := range buttons {
		key := ""
		if i < MaxAnswers {
			key = string(rune('1' + i)) // the seventh, Quit, is Esc's
		}
		v.DrawButton(dst, draw.Button{Label: v.Tr.T(t.items[i]), Key: key, Rect: r, Focused: t.menu.focus == i, Primary: t.menu.focus == i}, r.Contains(v.Pointer))
	}
	v.drawNotice(dst)
}
