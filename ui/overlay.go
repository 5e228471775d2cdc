package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
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
			return h.close()
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
// away. It is no overlay: it shows nothing of the scene under it, and the
// key that wakes it must be taken before the keys of every screen (F1, B).
type blankScreen struct {
	under Scene
}

func (b *blankScreen) Update(*Input) Scene { return b }

func (b *blankScreen) Animating() bool { return false }

func (b *blankScreen) Draw(dst *ebiten.Image) { dst.Fill(color.Black) }

// overlay is what every panel shown over another scene shares (the help,
// the question before quitting, the pause menu, the scores, where an export
// went): it draws the scene under it, shades it and draws the panel's box,
// closes on what its content's closeRule says, and then shows the scene
// under it again. A panel's type embeds an overlay made by newOverlay and
// holds only its own content: its text, its buttons, what its keys do (the
// methods of overlayContent); it defines no Update, Draw or Animating of
// its own, which would pass the overlay by.
//
// The scene under an overlay is paused: it gets no Update while the
// overlay shows, so its timer does not run.
type overlay struct {
	v     *View
	under Scene
	// content is the scene that embeds this overlay.
	content overlayContent
}

// overlayContent is what a panel's type adds to the overlay it embeds.
type overlayContent interface {
	// Scene is the panel itself, the overlay's Update, Draw and Animating
	// promoted: handle returns it to stay on show.
	Scene
	// closesOn says what closes the overlay this frame, before the
	// content sees the input.
	closesOn() closeRule
	// handle gets the input the overlay did not take and returns the scene
	// to show next: the panel itself, close() or another scene.
	handle(in *Input) Scene
	// box returns where the panel is and how its box is drawn.
	box() (draw.Rect, boxLook)
	// drawContent draws what is in the panel, over its box.
	drawContent(dst *ebiten.Image)
}

// closeRule is what closes an overlay before its content sees the input.
type closeRule int

const (
	// closeOnEsc: Esc or F5 (ActionPause), ← or Page Up (ActionBack); a tap
	// outside the panel does nothing. A panel with buttons closes so.
	closeOnEsc closeRule = iota
	// closeOnAnyKey: any key or any tap, on the panel or not, and it does
	// nothing else. A panel to read closes so.
	closeOnAnyKey
	// closeByContent: only what the content does. A question inside the
	// panel is open, and Esc answers it.
	closeByContent
)

// boxLook is how an overlay's box is drawn.
type boxLook int

const (
	// boxAccent is the screen's background colour with an accent border
	// (drawPanel): the help, the question before quitting.
	boxAccent boxLook = iota
	// boxMenu is the background colour with a quieter border
	// (drawMenuPanel): a menu of buttons.
	boxMenu
	// boxPlain is the panel colour without a border: rows drawn in the
	// background colour stand out on it (the scores).
	boxPlain
)

// newOverlay returns the overlay of content over under. Over a black
// screen (the window closed while the screen is black) the mouse cursor
// shows, for the panel to be answered with the mouse too.
func newOverlay(v *View, under Scene, content overlayContent) overlay {
	if _, blank := under.(*blankScreen); blank {
		ebiten.SetCursorMode(ebiten.CursorModeVisible)
	}
	return overlay{v: v, under: under, content: content}
}

// close returns the scene under the overlay, the mouse cursor hidden again
// over a black screen.
func (o *overlay) close() Scene {
	if _, blank := o.under.(*blankScreen); blank {
		ebiten.SetCursorMode(ebiten.CursorModeHidden)
	}
	return o.under
}

func (o *overlay) Update(in *Input) Scene {
	switch o.content.closesOn() {
	case closeOnAnyKey:
		if len(in.Actions) > 0 || len(in.Taps) > 0 {
			in.Actions, in.Taps = nil, nil
			return o.close()
		}
	case closeOnEsc:
		if in.Has(ActionPause) || in.Has(ActionBack) {
			return o.close()
		}
	}
	return o.content.handle(in)
}

// Animating is false even over a scene that animates: the scene under is
// paused, and drawing it again would draw the same picture.
func (o *overlay) Animating() bool { return false }

func (o *overlay) Draw(dst *ebiten.Image) {
	v := o.v
	o.under.Draw(dst)
	v.drawShade(dst)
	r, look := o.content.box()
	switch look {
	case boxAccent:
		v.drawPanel(dst, r)
	case boxMenu:
		v.drawMenuPanel(dst, r)
	case boxPlain:
		draw.FillRoundRect(dst, r, v.Px(28), v.Theme.Panel)
	}
	o.content.drawContent(dst)
}

// drawShade covers the scene under an overlay.
func (v *View) drawShade(dst *ebiten.Image) {
	draw.FillRect(dst, v.Metrics.Screen(), v.Theme.Shade)
}

// panel returns the centred panel of an overlay, w × h units at most.
func (v *View) panel(wUnits, hUnits float64) draw.Rect {
	scr := v.Metrics.Screen().Inset(v.Px(draw.SizeMargin))
	return scr.Centered(v.Px(wUnits), v.Px(hUnits))
}

// drawPanel draws an overlay's panel: the screen's background colour with
// an accent border, so that buttons (panel-coloured) stand out on it.
func (v *View) drawPanel(dst *ebiten.Image, r draw.Rect) {
	draw.FillRoundRect(dst, r, v.Px(28), v.Theme.Background)
	draw.StrokeRoundRect(dst, r, v.Px(28), v.Px(4), v.Theme.Accent)
}

// drawMenuPanel draws the panel of a menu in the background colour with a
// border, so that its buttons, in the panel colour, stand out from it.
func (v *View) drawMenuPanel(dst *ebiten.Image, r draw.Rect) {
	draw.FillRoundRect(dst, r, v.Px(28), v.Theme.Background)
	draw.StrokeRoundRect(dst, r, v.Px(28), v.Px(4), v.Theme.PanelHover)
}
