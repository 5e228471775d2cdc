package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// switchOverlay handles, before the scene on show sees them, the keys that
// act on every screen: B or "." blacks the screen out, F1, H or ? shows the
// help or closes it. On a black screen any key or tap brings the scene
// back and does nothing else: a Space that wakes the screen must not also
// reveal the card. It returns the scene to show this frame, which then gets
// what is left of in.
func switchOverlay(v *View, scene Scene, in *Input) Scene {
	if b, blank := scene.(*blankScreen); blank {
		if !in.pressed() {
			return scene
		}
		in.Actions, in.Taps, in.Releases, in.Chars = nil, nil, nil, nil
		ebiten.SetCursorMode(ebiten.CursorModeVisible)
		return b.under
	}
	if in.Has(ActionBlank) {
		in.Actions, in.Taps, in.Releases, in.Chars = nil, nil, nil, nil
		ebiten.SetCursorMode(ebiten.CursorModeHidden)
		return &blankScreen{under: scene}
	}
	if in.Has(ActionHelp) {
		if h, showing := scene.(*helpOverlay); showing {
			return h.under
		}
		return newHelpOverlay(v, scene)
	}
	return scene
}

// pressed reports whether a key or a tap came in this frame: a key that
// asks for an action or types a character. Moving the mouse is not one.
func (in *Input) pressed() bool {
	return len(in.Actions) > 0 || len(in.Taps) > 0 || len(in.Chars) > 0
}

// blankScreen is the black screen of a presenter clicker's "blank" button
// (B, "."): the room looks at the facilitator, not at the card. Nothing of
// the scene under it shows, not even a notice or the mouse cursor, and the
// scene under it is paused (its timer does not run). switchOverlay takes it
// away.
type blankScreen struct {
	under Scene
}

func (b *blankScreen) Update(*Input) Scene { return b }

func (b *blankScreen) Animating() bool { return false }

func (b *blankScreen) Draw(dst *ebiten.Image) { dst.Fill(color.Black) }

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
	{"help_key_blank", "help_blank"},
	{"help_key_zoom", "help_zoom"},
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
	rows := rest.Rows(len(helpKeys), v.Px(6))
	size := h.textSize(rows[0])
	for i, row := range rows {
		keys, what := row.Left(row.W * 0.36)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][0]), Style{Size: size, Min: size, Bold: true, Align: Start, VAlign: Center, Colour: v.Theme.Accent}, keys)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][1]), Style{Size: size, Min: size, Align: Start, VAlign: Center, Colour: v.Theme.Text}, what)
	}
}

// textSize returns the one text size of every row of the help, each row
// row high: the largest, up to SizeSmall, at which every row fits on one
// line. Rows shrunk each on its own would look like a mistake.
func (h *helpOverlay) textSize(row Rect) float64 {
	v := h.v
	keysW, whatW := row.W*0.36, row.W*0.64
	size := math.Min(v.Px(SizeSmall), row.H/1.2)
	for ; size > v.Px(SizeTiny)*0.5; size *= 0.94 {
		fits := true
		for _, k := range helpKeys {
			kw, _ := v.Fonts.Measure(v.Tr.T(k[0]), Style{Size: size, Min: size, Bold: true}, math.Inf(1), math.Inf(1))
			ww, _ := v.Fonts.Measure(v.Tr.T(k[1]), Style{Size: size, Min: size}, math.Inf(1), math.Inf(1))
			if kw > keysW-v.Px(16) || ww > whatW {
				fits = false
				break
			}
		}
		if fits {
			break
		}
	}
	return size
}

// quitOverlay asks before quitting: nothing quits without asking.
type quitOverlay struct {
	v     *View
	under Scene
	menu  menu
}

func newQuitOverlay(v *View, under Scene) *quitOverlay {
	if _, blank := under.(*blankScreen); blank {
		ebiten.SetCursorMode(ebiten.CursorModeVisible) // to answer with the mouse
	}
	return &quitOverlay{v: v, under: under, menu: menu{focus: 1}}
}

// back returns to the scene under the question, the mouse cursor hidden
// again over a black screen.
func (q *quitOverlay) back() Scene {
	if _, blank := q.under.(*blankScreen); blank {
		ebiten.SetCursorMode(ebiten.CursorModeHidden)
	}
	return q.under
}

func (q *quitOverlay) buttons() []Rect {
	v := q.v
	p := v.panel(1100, 520)
	_, bottom := p.Inset(v.Px(40)).Top(v.Px(220))
	return bottom.Rows(2, v.Px(24))
}

func (q *quitOverlay) Update(in *Input) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		return q.back()
	}
	switch q.menu.update(in, q.buttons(), nil) {
	case 0:
		return nil
	case 1:
		return q.back()
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
