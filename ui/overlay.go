package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// drawShade covers the scene under an overlay.
func (v *View) drawShade(dst *ebiten.Image) {
	fillRect(dst, v.Metrics.Screen(), v.Theme.Shade)
}

// panel returns the centred panel of an overlay, w × h units at most.
func (v *View) panel(wUnits, hUnits float64) Rect {
	scr := v.Metrics.Screen().Inset(v.Px(SizeMargin))
	return scr.Centered(v.Px(wUnits), v.Px(hUnits))
}

// drawPanel draws an overlay's panel: the screen's background colour with
// an accent border, so that buttons (panel-coloured) stand out on it.
func (v *View) drawPanel(dst *ebiten.Image, r Rect) {
	fillRoundRect(dst, r, v.Px(28), v.Theme.Background)
	strokeRoundRect(dst, r, v.Px(28), v.Px(4), v.Theme.Accent)
}

// helpOverlay lists every key over the scene; any key or tap closes it.
type helpOverlay struct {
	v     *View
	under Scene
}

func newHelpOverlay(v *View, under Scene) *helpOverlay { return &helpOverlay{v, under} }

// helpKeys pairs the keys of DESIGN.md's table with what they do.
var helpKeys = [][2]string{
	{"help_key_next", "help_next"},
	{"help_key_back", "help_back"},
	{"help_key_answers", "help_answers"},
	{"help_key_buzzers", "help_buzzers"},
	{"help_key_clue", "help_clue"},
	{"help_key_points", "help_points"},
	{"help_key_focus", "help_focus"},
	{"help_key_undo", "help_undo"},
	{"help_key_scores", "help_scores"},
	{"help_key_fullscreen", "help_fullscreen"},
	{"help_key_help", "help_help"},
	{"help_key_pause", "help_pause"},
}

func (h *helpOverlay) Update(in *Input) Scene {
	if len(in.Actions) > 0 || len(in.Taps) > 0 {
		in.Actions, in.Taps = nil, nil
		return h.under
	}
	return h
}

func (h *helpOverlay) Animating() bool { return false }

func (h *helpOverlay) Draw(dst *ebiten.Image) {
	v := h.v
	h.under.Draw(dst)
	v.drawShade(dst)
	p := v.panel(1500, 960)
	v.drawPanel(dst, p)
	inner := p.Inset(v.Px(40))
	title, rest := inner.Top(v.Px(90))
	v.Fonts.Text(dst, v.Tr.T("help_title"), v.style(SizeTitle, true, Start, v.Theme.Accent), title)
	foot, rest := rest.Bottom(v.Px(60))
	v.Fonts.Text(dst, v.Tr.T("help_close"), v.style(SizeSmall, false, Center, v.Theme.Muted), foot)
	for i, row := range rest.Rows(len(helpKeys), v.Px(6)) {
		keys, what := row.Left(row.W * 0.36)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][0]), v.style(SizeSmall, true, Start, v.Theme.Accent), keys)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][1]), v.style(SizeSmall, false, Start, nil), what)
	}
}

// quitOverlay asks before quitting: nothing quits without asking.
type quitOverlay struct {
	v     *View
	under Scene
	menu  menu
}

func newQuitOverlay(v *View, under Scene) *quitOverlay {
	return &quitOverlay{v: v, under: under, menu: menu{focus: 1}}
}

func (q *quitOverlay) buttons() []Rect {
	v := q.v
	p := v.panel(1100, 520)
	_, bottom := p.Inset(v.Px(40)).Top(v.Px(220))
	return bottom.Rows(2, v.Px(24))
}

func (q *quitOverlay) Update(in *Input) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		return q.under
	}
	switch q.menu.update(in, q.buttons(), nil) {
	case 0:
		return nil
	case 1:
		return q.under
	}
	return q
}

func (q *quitOverlay) Animating() bool { return false }

func (q *quitOverlay) Draw(dst *ebiten.Image) {
	v := q.v
	q.under.Draw(dst)
	v.drawShade(dst)
	p := v.panel(1100, 520)
	v.drawPanel(dst, p)
	top, _ := p.Inset(v.Px(40)).Top(v.Px(200))
	v.Fonts.Text(dst, v.Tr.T("quit_question"), v.style(SizeLarge, true, Center, nil), top)
	labels := []string{v.Tr.T("quit_yes"), v.Tr.T("quit_no")}
	for i, r := range q.buttons() {
		v.drawButton(dst, Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Focused: q.menu.focus == i, Primary: i == 1}, false)
	}
}
