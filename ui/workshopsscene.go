package ui

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// workshopsScene lists the saved workshops, newest first, from the title
// screen: each with its name (or the day it started), when it was last
// played, its teams and their points. The one selected can be renamed,
// exported again as a CSV file, deleted once the facilitator has said yes,
// or resumed when it is not finished. Empty workshops are never saved, so
// never listed; one another window of the game plays is refused in words.
type workshopsScene struct {
	d    *Deps
	back Scene
	list []store.Saved
	// sel is the workshop selected; top, the first one on show.
	sel, top int
	menu     menu // rename, export, delete
	// renaming is on while the name of the selected workshop is typed;
	// fresh while the name offered is selected, so that typing replaces it.
	renaming, fresh bool
	name            []rune
	// confirm is on while "delete?" waits for a yes or a no.
	confirm     bool
	confirmMenu menu
	// changed is set once a workshop was renamed or deleted: the title
	// screen is made again, so that it does not offer to resume a deleted
	// one.
	changed bool
}

// The buttons beside the list, in order.
const (
	workshopRename = iota
	workshopExport
	workshopDelete
	workshopResume
)

var workshopButtons = []string{"workshops_rename", "workshops_export", "workshops_delete", "workshops_resume"}

// newWorkshopsScene returns the list of saved workshops; back is where Esc
// goes.
func newWorkshopsScene(d *Deps, back Scene) *workshopsScene {
	w := &workshopsScene{d: d, back: back}
	w.reload("")
	return w
}

// reload reads the list again, keeping the selection on the workshop id
// when it is still there.
func (w *workshopsScene) reload(id string) {
	list, err := w.d.Store.List()
	if err != nil {
		w.d.View.Notice = w.d.View.Tr.T("workshops_unreadable")
		w.d.logError(err)
	}
	w.list = list
	for i, s := range list {
		if s.ID == id {
			w.sel = i
		}
	}
	w.sel = min(max(w.sel, 0), max(len(list)-1, 0))
}

// Typing reports whether a name is being typed: every key that types is
// then text, not a shortcut.
func (w *workshopsScene) Typing() bool { return w.renaming }

// unreadable reports whether the saved workshop cannot be read: it can only
// be deleted.
func unreadable(s store.Saved) bool {
	return s.Err != nil && !errors.Is(s.Err, store.ErrRecovered)
}

// workshopsLayout is where the parts of the list go.
type workshopsLayout struct {
	title         draw.Rect
	rows          []draw.Rect // the rows on show
	buttons       []draw.Rect
	back, message draw.Rect
	// the rename and delete panels
	panel, question, detail, field draw.Rect
	answers                        []draw.Rect
}

func layoutWorkshops(v *View) workshopsLayout {
	var l workshopsLayout
	scr := v.Metrics.Screen().Inset(v.Px(draw.SizeMargin))
	l.title, scr = scr.Top(math.Min(v.Px(100), scr.H*0.13))
	footer, body := scr.Bottom(math.Min(v.Px(104), scr.H*0.15))
	l.back, l.message, _ = footerLayout(v.Metrics, footer)
	l.message.W += l.message.X - l.back.X - l.back.W // no button on the right
	_, body = body.Top(v.Px(16))
	body, _ = body.Top(body.H - v.Px(28))
	list, side := body.Left(body.W * 0.66)
	_, side = side.Left(v.Px(40))
	n := len(workshopButtons)
	gap := v.Px(24)
	h := math.Min(v.Px(104), (side.H-gap*float64(n-1))/float64(n))
	side, _ = side.Top(h*float64(n) + gap*float64(n-1))
	l.buttons = side.Rows(n, gap)

	rowGap := v.Px(18)
	rowH := math.Min(v.Px(128), list.H)
	shown := max(1, int((list.H+rowGap)/(rowH+rowGap)))
	rowH = (list.H - rowGap*float64(shown-1)) / float64(shown)
	rowH = math.Min(rowH, v.Px(150))
	list, _ = list.Top(rowH*float64(shown) + rowGap*float64(shown-1))
	l.rows = list.Rows(shown, rowGap)

	l.panel = v.panel(1400, 640)
	inner := l.panel.Inset(v.Px(40))
	bottom, top := inner.Bottom(math.Min(v.Px(104), inner.H*0.24))
	l.answers = bottom.Cols(2, v.Px(28))
	l.question, top = top.Top(top.H * 0.34)
	l.detail = top.InsetXY(0, v.Px(20))
	l.field = top.Centered(top.W, math.Min(v.Px(110), top.H*0.7))
	return l
}

// visible keeps the selected workshop among the rows on show.
func (w *workshopsScene) visible(rows int) {
	w.top = min(w.top, w.sel)
	if w.sel >= w.top+rows {
		w.top = w.sel - rows + 1
	}
	w.top = max(0, min(w.top, len(w.list)-rows))
}

// disabled reports whether button b cannot act on the selection.
func (w *workshopsScene) disabled(b int) bool {
	if len(w.list) == 0 {
		return true
	}
	if b == workshopResume {
		return !resumable(w.list[w.sel])
	}
	return b != workshopDelete && unreadable(w.list[w.sel])
}

func (w *workshopsScene) Update(in *Input) Scene {
	l := layoutWorkshops(w.d.View)
	switch {
	case w.renaming:
		return w.updateRename(in, l)
	case w.confirm:
		return w.updateConfirm(in, l)
	}
	if in.Has(ActionPause) || in.Has(ActionBack) || in.Tapped(l.back) {
		if _, title := w.back.(*titleScene); title && w.changed {
			return NewTitleScene(w.d)
		}
		return w.back
	}
	for i, r := range l.rows {
		if w.top+i < len(w.list) && in.Tapped(r) {
			w.sel = w.top + i
			return w
		}
	}
	switch {
	case in.Has(ActionUp):
		w.sel = max(0, w.sel-1)
	case in.Has(ActionDown):
		w.sel = min(len(w.list)-1, w.sel+1)
	}
	w.sel = max(0, w.sel)
	w.visible(len(l.rows))
	switch w.menu.update(in, l.buttons, w.disabled) {
	case workshopRename:
		w.renaming, w.fresh = true, true
		w.name = []rune(w.list[w.sel].Name)
	case workshopExport:
		return w.export()
	case workshopDelete:
		w.confirm, w.confirmMenu = true, menu{focus: 1}
	case workshopResume:
		if next := resumeSaved(w.d, w.list[w.sel].ID); next != nil {
			return next
		}
	}
	return w
}

// failed shows why renaming or deleting did not work: another window of
// the game plays the workshop, or the file could not be changed (msg).
func (w *workshopsScene) failed(err error, msg string) {
	if errors.Is(err, store.ErrHeld) {
		msg = "workshops_held"
	}
	w.d.View.Notice = w.d.View.Tr.T(msg)
	w.d.logError(err)
}

// updateRename handles the keys while the name is typed: Enter or the
// first button keeps it, Esc or the second leaves it as it was.
func (w *workshopsScene) updateRename(in *Input, l workshopsLayout) Scene {
	erase := in.Has(ActionUndo)
	if w.fresh && (erase || len(in.Chars) > 0) {
		w.name, erase, w.fresh = nil, false, false
	}
	w.name = editLine(w.name, in.Chars, erase, maxWorkshopRunes)
	switch {
	case in.Has(ActionNext), in.Tapped(l.answers[0]):
		id := w.list[w.sel].ID
		if err := w.d.Store.Rename(id, string(w.name)); err != nil {
			w.failed(err, "workshops_rename_failed")
		}
		w.renaming, w.changed = false, true
		w.reload(id)
	case in.Has(ActionPause), in.Tapped(l.answers[1]):
		w.renaming = false
	}
	in.Actions = nil
	return w
}

// updateConfirm asks before deleting: "keep" has the focus.
func (w *workshopsScene) updateConfirm(in *Input, l workshopsLayout) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		w.confirm = false
		return w
	}
	switch w.confirmMenu.update(in, l.answers, nil) {
	case 0:
		w.confirm, w.changed = false, true
		if err := w.d.Store.Delete(w.list[w.sel].ID); err != nil {
			w.failed(err, "workshops_delete_failed")
		}
		w.reload("")
	case 1:
		w.confirm = false
	}
	return w
}

// export loads the selected workshop with its decks and writes its CSV
// file again.
func (w *workshopsScene) export() Scene {
	v := w.d.View
	s, err := w.d.Store.Load(w.list[w.sel].ID, w.d.FindDeck)
	switch {
	case errors.Is(err, game.ErrNoDeck):
		v.Notice = v.Tr.T("workshops_export_no_deck")
	case err != nil && !errors.Is(err, store.ErrRecovered):
		v.Notice = v.Tr.T("workshops_export_failed")
	default:
		return exportWorkshop(w.d, s, w)
	}
	w.d.logError(err)
	return w
}

func (w *workshopsScene) Animating() bool { return false }

// date writes a time as the clock read where it was recorded, in the
// person's language.
func (v *View) date(t time.Time) string { return t.Format(v.Tr.T("date_layout")) }

// title returns what the list calls a workshop: its name, else the day it
// started.
func (w *workshopsScene) title(s store.Saved) string {
	if s.Name != "" {
		return s.Name
	}
	return w.d.View.Tr.T("workshops_unnamed", "Date", w.d.View.date(s.Started))
}

// detail returns the second line of a workshop's row: whether it is over,
// its games, each team's points (when it was last played is on the first).
func (w *workshopsScene) detail(s store.Saved) string {
	tr := w.d.View.Tr
	if unreadable(s) {
		return tr.T("sessions_damaged")
	}
	status := tr.T("sessions_in_progress")
	if s.Finished {
		status = tr.T("sessions_finished")
	}
	teams := make([]string, len(s.Teams))
	for i, t := range s.Teams {
		teams[i] = t.Name
		if i < len(s.Totals) {
			teams[i] += fmt.Sprintf(" %d", s.Totals[i])
		}
	}
	return strings.Join([]string{status, tr.N("sessions_games", s.Games), strings.Join(teams, ", ")}, " · ")
}

func (w *workshopsScene) Draw(dst *ebiten.Image) {
	v := w.d.View
	th := v.Theme
	l := layoutWorkshops(v)
	v.Fonts.Text(dst, v.Tr.T("workshops_title"), v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)
	if len(w.list) == 0 {
		v.Fonts.Text(dst, v.Tr.T("workshops_none"), v.Style(draw.SizeBody, false, draw.Start, th.Muted), l.rows[0])
	}
	for i, r := range l.rows {
		k := w.top + i
		if k >= len(w.list) {
			break
		}
		w.drawRow(dst, r, w.list[k], k == w.sel)
	}
	for i, r := range l.buttons {
		dis := w.disabled(i)
		v.DrawButton(dst, draw.Button{Label: v.Tr.T(workshopButtons[i]), Key: string(rune('1' + i)), Rect: r, Disabled: dis, Focused: w.menu.focus == i && !w.renaming && !w.confirm}, !dis && r.Contains(v.Pointer))
	}
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back}, l.back.Contains(v.Pointer))
	hint := v.Tr.T("workshops_help")
	if n := len(w.list); n > len(l.rows) {
		hint = v.Tr.T("workshops_help_more", "First", w.top+1, "Last", min(n, w.top+len(l.rows)), "Count", n)
	}
	v.Fonts.Text(dst, hint, v.Style(draw.SizeSmall, false, draw.Center, th.Muted), l.message)
	switch {
	case w.renaming:
		w.drawRename(dst, l)
	case w.confirm:
		w.drawConfirm(dst, l)
	}
	v.drawNotice(dst)
}

// drawRow draws one workshop: its name and when it was last played on the
// first line, what it holds on the second.
func (w *workshopsScene) drawRow(dst *ebiten.Image, r draw.Rect, s store.Saved, selected bool) {
	v := w.d.View
	th := v.Theme
	bg := th.Panel
	if selected || r.Contains(v.Pointer) {
		bg = th.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(18), bg)
	if selected {
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(5)), v.Px(23), v.Px(5), th.Accent)
	}
	inner := r.InsetXY(v.Px(28), v.Px(10))
	top, bottom := inner.Top(inner.H * 0.55)
	colour := th.Text
	if s.Name == "" {
		colour = th.Muted
	}
	if !unreadable(s) {
		var when draw.Rect
		when, top = top.Right(math.Min(top.W*0.34, v.Px(340)))
		v.Fonts.Text(dst, v.date(s.Updated), v.Style(draw.SizeSmall, false, draw.End, th.Muted), when)
		top.W -= v.Px(24)
	}
	v.Fonts.Text(dst, w.title(s), v.Style(draw.SizeBody, true, draw.Start, colour), top)
	v.Fonts.Text(dst, w.detail(s), v.Style(draw.SizeSmall, false, draw.Start, th.Muted), bottom)
}

// drawRename draws the panel in which the name is typed.
func (w *workshopsScene) drawRename(dst *ebiten.Image, l workshopsLayout) {
	v := w.d.View
	v.drawShade(dst)
	v.drawMenuPanel(dst, l.panel)
	v.Fonts.Text(dst, v.Tr.T("workshops_rename_title"), v.Style(draw.SizeLarge, true, draw.Center, nil), l.question)
	v.drawField(dst, l.field, field{Text: string(w.name), Placeholder: v.Tr.T("teams_workshop_placeholder"), Focused: true, Selected: w.fresh})
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("workshops_rename_keep"), Key: v.Tr.T("key_enter"), Rect: l.answers[0], Primary: true}, l.answers[0].Contains(v.Pointer))
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("workshops_cancel"), Key: v.Tr.T("key_esc"), Rect: l.answers[1]}, l.answers[1].Contains(v.Pointer))
}

// drawConfirm draws the question asked before deleting.
func (w *workshopsScene) drawConfirm(dst *ebiten.Image, l workshopsLayout) {
	v := w.d.View
	v.drawShade(dst)
	v.drawMenuPanel(dst, l.panel)
	v.Fonts.Text(dst, v.Tr.T("workshops_delete_question", "Name", w.title(w.list[w.sel])), v.Style(draw.SizeLarge, true, draw.Center, nil), l.question)
	v.Fonts.Text(dst, v.Tr.T("workshops_delete_detail"), v.Style(draw.SizeSmall, false, draw.Center, v.Theme.Muted), l.detail)
	labels := []string{v.Tr.T("workshops_delete_yes"), v.Tr.T("workshops_delete_no")}
	for i, r := range l.answers {
		v.DrawButton(dst, draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Primary: i == 1, Focused: w.confirmMenu.focus == i}, r.Contains(v.Pointer))
	}
}
