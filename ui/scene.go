package ui

import (
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/assets"
	"declic/store"
	"declic/ui/draw"
)

// Input is what happened since the previous frame, as scenes see it:
// actions from the keymap, taps from the mouse or a finger, the pointer for
// hover, typed characters for text fields, and the time that passed.
type Input struct {
	Actions []Action
	Taps    []draw.Point
	// Releases are where a mouse button or a finger was let go: with Taps,
	// they make a drag (an order card's item moved to another place).
	Releases []draw.Point
	Pointer  draw.Point
	Chars    []rune
	Dt       time.Duration
}

// Has reports whether the input holds the action, and takes it out so that
// an overlay and the scene under it do not both act on one key press.
// ActionNext is also held by an ActionConfirm, ActionSelect or ActionRight
// (Enter, Space and → are "next"), ActionBack by an ActionLeft.
func (in *Input) Has(a Action) bool {
	for i, x := range in.Actions {
		if x.counts(a) {
			in.Actions = append(in.Actions[:i:i], in.Actions[i+1:]...)
			return true
		}
	}
	return false
}

// Tapped reports whether a tap fell in r, and takes it out.
func (in *Input) Tapped(r draw.Rect) bool {
	for i, p := range in.Taps {
		if r.Contains(p) {
			in.Taps = append(in.Taps[:i:i], in.Taps[i+1:]...)
			return true
		}
	}
	return false
}

// Scene is one screen of the game: title, teams, deck choice, play, scores…
// A scene gets what it needs when it is made; it never reaches for a
// package-level variable.
type Scene interface {
	// Update handles one frame's input and returns the scene to show from
	// the next frame: itself, another one, or nil to quit the game (a scene
	// returns nil only once the person has confirmed).
	Update(in *Input) Scene
	// Draw draws the whole scene.
	Draw(screen *ebiten.Image)
	// Animating reports whether the scene needs frames without any input: an
	// animation or a running timer. A static scene costs no CPU.
	Animating() bool
}

// View is what every scene draws with: fonts, colours, the screen's metrics,
// the texts of the player's language and the display settings. The App
// updates Metrics when the window changes size.
type View struct {
	// Kit is the fonts, the theme and the metrics: v.Fonts, v.Theme,
	// v.Metrics and v.Px read through it.
	draw.Kit
	Tr       *assets.Translator
	Settings *store.Settings
	// Pointer is where the mouse is, for hover.
	Pointer draw.Point
	// Notice, when set, is a message the person should read (a session
	// recovered from its previous save, a save that failed), shown at the
	// bottom of the screen, above its buttons, until the next key or tap.
	Notice string
}

// AddNotice adds a message to the notice, under the one already there: at
// start-up, a damaged settings file and a data folder of last resort both
// have something to say.
func (v *View) AddNotice(msg string) {
	switch {
	case msg == "":
	case v.Notice == "":
		v.Notice = msg
	default:
		v.Notice += "\n" + msg
	}
}

// drawNotice shows the notice, if any, near the bottom of the screen.
func (v *View) drawNotice(dst *ebiten.Image) {
	if v.Notice == "" {
		return
	}
	bar, box := v.noticeBar()
	draw.FillRoundRect(dst, bar, v.Px(20), v.Theme.Accent)
	v.Fonts.Text(dst, v.Notice, v.noticeStyle(), box)
}

// noticeBar returns where the notice is drawn and the box of its text:
// above the row of buttons most screens have at the bottom, under the
// titles they have at the top; one bar high for a line or two, higher for
// a longer notice (two notices at once, at the largest text size), up to
// half the screen above the buttons.
func (v *View) noticeBar() (bar, box draw.Rect) {
	_, scr := v.Metrics.Screen().Inset(v.Px(24)).Bottom(v.Px(150))
	w := math.Min(v.Px(1500), scr.W)
	pad := v.Px(8)
	h := v.Px(90)
	if v.Fonts != nil && v.Notice != "" {
		_, th := v.Fonts.Measure(v.Notice, v.noticeStyle(), w-2*v.Px(24), scr.H)
		h = math.Min(math.Max(h, th+2*pad), scr.H/2)
	}
	bar = draw.Rect{X: scr.X + (scr.W-w)/2, Y: scr.Y + scr.H - h, W: w, H: h}
	return bar, bar.InsetXY(v.Px(24), pad)
}

func (v *View) noticeStyle() draw.Style {
	return v.Style(draw.SizeSmall, true, draw.Center, v.Theme.OnAccent)
}
