package ui

import (
	"bytes"
	"image"
	"image/png"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"declic/assets"
	"declic/internal/firstframe"
)

// App is Déclic's ebiten.Game: it turns the keyboard, mouse and touch into
// an Input, hands it to the scene on show, and draws only when something
// changed or moves, so that a static screen costs no CPU.
type App struct {
	view   *View
	scene  Scene
	keymap Keymap

	dirty bool
	last  time.Time
	drawn time.Time // when the screen was last drawn
	// lastBusy is when input or an animation last asked for frames; mode
	// is the frame mode pace chose.
	lastBusy time.Time
	mode     ebiten.FPSModeType
	pointer  Point
	w, h     int
	touches  []ebiten.TouchID
	// now reads the clock; the engine never does, the front end measures
	// the time that passes between frames and hands it on.
	now func() time.Time
	// firstFrame says when the first frame was shown, if DECLIC_FIRST_FRAME
	// asks for it (`make bench`); nil otherwise.
	firstFrame *firstframe.Reporter
	// deps, when set, takes the decks dropped on the window or picked in
	// the browser, on whatever screen.
	deps *Deps
}

// NewApp returns the game showing first, drawing with view. When the
// environment variable DECLIC_FIRST_FRAME is set, the app writes on stderr,
// once, how long after the process started its first frame was shown (see
// package firstframe), and goes on: `make bench` measures start-up with it.
func NewApp(view *View, first Scene) *App {
	return &App{view: view, scene: first, dirty: true, now: time.Now, firstFrame: firstframe.New()}
}

// Configure sets up Ebitengine's window and frame policy for the app: the
// screen is kept between frames and drawn again only when something changed
// or moves (App.Draw returns at once otherwise), and App.pace stops running
// frames when nothing happens, so that a static screen costs no CPU.
func Configure(title string, fullscreen bool) {
	ebiten.SetWindowTitle(title)
	if icon, err := png.Decode(bytes.NewReader(assets.Icon)); err == nil {
		ebiten.SetWindowIcon([]image.Image{icon})
	}
	ebiten.SetWindowSize(1366, 768)
	ebiten.SetWindowSizeLimits(640, 400, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetFullscreen(fullscreen)
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetWindowClosingHandled(true)
}

// Update reads the input and updates the scene.
func (a *App) Update() error {
	a.firstFrame.Frame()
	now := a.now()
	in := &Input{}
	if !a.last.IsZero() {
		in.Dt = min(now.Sub(a.last), time.Second)
	}
	a.last = now
	// While a field has the focus (a team's name), the keys that type are
	// text, not shortcuts: the B of « Zèbres » must not black the screen
	// out, nor the H of « Hiboux » open the help.
	t, ok := a.scene.(interface{ Typing() bool })
	a.keymap.Typing = ok && t.Typing()
	in.Actions = a.keymap.AppendActions(in.Actions)
	in.Chars = ebiten.AppendInputChars(in.Chars)
	// Ebitengine gives positions in the screen's pixels, those of Layout:
	// already multiplied by the device scale factor.
	x, y := ebiten.CursorPosition()
	in.Pointer = Point{float64(x), float64(y)}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		in.Taps = append(in.Taps, in.Pointer)
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		in.Releases = append(in.Releases, in.Pointer)
	}
	a.touches = inpututil.AppendJustPressedTouchIDs(a.touches[:0])
	for _, id := range a.touches {
		tx, ty := ebiten.TouchPosition(id)
		in.Taps = append(in.Taps, Point{float64(tx), float64(ty)})
	}
	a.touches = inpututil.AppendJustReleasedTouchIDs(a.touches[:0])
	for _, id := range a.touches {
		tx, ty := inpututil.TouchPositionInPreviousTick(id)
		in.Releases = append(in.Releases, Point{float64(tx), float64(ty)})
	}
	if len(in.Actions) > 0 || len(in.Taps) > 0 || len(in.Releases) > 0 || len(in.Chars) > 0 {
		a.dirty = true
		a.view.Notice = "" // read: the person has moved on
	}
	if a.deps != nil {
		if fsys := incomingDecks(); fsys != nil {
			a.view.Notice = a.deps.addDecks(fsys)
			a.dirty = true
		}
	}
	if in.Pointer != a.pointer {
		a.dirty = true
	}
	a.pointer = in.Pointer
	a.view.Pointer = in.Pointer

	if next := switchOverlay(a.view, a.scene, in); next != a.scene {
		a.scene = next
		a.dirty = true
	}
	if in.Has(ActionFullscreen) {
		a.view.Settings.Fullscreen = !ebiten.IsFullscreen()
		ebiten.SetFullscreen(a.view.Settings.Fullscreen)
	}
	if ebiten.IsWindowBeingClosed() {
		if _, asking := a.scene.(*quitOverlay); !asking {
			a.scene = newQuitOverlay(a.view, a.scene)
			a.dirty = true
		}
	}
	next := a.scene.Update(in)
	if next == nil {
		return ebiten.Termination
	}
	if next != a.scene {
		a.scene = next
		a.dirty = true
	}
	// Animations (a timer ring, bars that grow) are drawn at 30 frames a
	// second: smooth enough, and half the drawing of the display's rate.
	animating := a.scene.Animating()
	if animating && now.Sub(a.drawn) >= time.Second/30 {
		a.dirty = true
	}
	a.pace(now, animating || a.dirty)
	return nil
}

// idleAfter is how long after the last input or animation the app stops
// running frames of its own.
const idleAfter = 2 * time.Second

// pace chooses how frames run. While something happens (input, an
// animation, a running timer) and for idleAfter after it, they run at the
// display's rate, with GLFW's sticky keys, so that no key press is lost: a
// key pressed twice in a row, or a clicker's press shorter than a frame.
// Then the app waits for input (FPSModeVsyncOffMinimum), which costs no
// CPU; the first key that wakes it is seen, and switches back.
func (a *App) pace(now time.Time, busy bool) {
	if busy || a.lastBusy.IsZero() {
		a.lastBusy = now
	}
	mode := ebiten.FPSModeVsyncOn
	if now.Sub(a.lastBusy) > idleAfter {
		mode = ebiten.FPSModeVsyncOffMinimum
	}
	if mode != a.mode {
		a.mode = mode
		ebiten.SetFPSMode(mode)
	}
}

// Draw draws the scene when something changed since the last frame; else
// the screen keeps what it shows.
func (a *App) Draw(screen *ebiten.Image) {
	a.firstFrame.Frame()
	if !a.dirty {
		return
	}
	a.dirty = false
	a.drawn = a.now()
	screen.Fill(a.view.Theme.Background)
	a.scene.Draw(screen)
	a.firstFrame.Drew()
}

// Layout renders at the screen's real pixel size, so that text stays sharp
// on high-density screens, and recomputes the metrics when the size changes.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	s := a.scale()
	w, h := int(float64(outsideWidth)*s), int(float64(outsideHeight)*s)
	if w != a.w || h != a.h {
		a.w, a.h = w, h
		a.view.Metrics = NewMetrics(w, h, a.view.Settings.TextScale)
		a.dirty = true
	}
	return w, h
}

func (a *App) scale() float64 {
	if m := ebiten.Monitor(); m != nil {
		if s := m.DeviceScaleFactor(); s > 0 {
			return s
		}
	}
	return 1
}

// Redraw marks the screen for drawing on the next frame, after a change the
// app cannot see (a setting changed by a scene).
func (a *App) Redraw() { a.dirty = true }
