package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"declic/assets"
	"declic/internal/firstframe"
	"declic/ui/draw"
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
	mode     ebiten.FPSModeType // the browser's frame mode (pace_js.go)
	pointer  draw.Point
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
	// held is set while the app holds the host's timer paused because the
	// play scene is covered (holdTimer).
	held bool
	// actionLog, when set (ActionLogEnv), gets a line for every action
	// handed to a scene: `make stress-keys` counts the key presses that
	// arrive.
	actionLog io.Writer
}

// ActionLogEnv names the environment variable that makes the game write on
// its log (Deps.Log, the command line's stderr), for every action it hands
// to a scene, a line "action: NAME"
// (Action.String): the key-press stress test (`make stress-keys`) counts
// them against the presses it sent.
const ActionLogEnv = "DECLIC_ACTION_LOG"

// NewApp returns the game showing first, drawing with view. When the
// environment variable DECLIC_FIRST_FRAME is set, the app writes on stderr,
// once, how long after the process started its first frame was shown (see
// package firstframe), and goes on: `make bench` measures start-up with it.
func NewApp(view *View, first Scene) *App {
	return &App{view: view, scene: first, dirty: true, now: time.Now, firstFrame: firstframe.New()}
}

// Configure sets up Ebitengine's window and frame policy for the app: the
// screen is kept between frames and drawn again only when something changed
// or moves (App.Draw returns at once otherwise), and App.pace slows frames
// down when nothing happens, so that a static screen costs next to no CPU.
//
// Each frame runs one Update (SyncWithFPS): Ebitengine reads the keyboard
// once a frame, and with a fixed rate of updates a frame can run none (two
// frames close together, as after a drawn one under Xvfb, or on a loaded
// computer); the keys it read were then never seen, and a press shorter
// than a frame was lost. The app measures the time between updates itself.
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
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetWindowClosingHandled(true)
}

// Update reads the input and updates the scene.
func (a *App) Update() error {
	a.firstFrame.Frame()
	now := a.now()
	in := &Input{}
	in.Chars = ebiten.AppendInputChars(in.Chars)
	// While a field has the focus (a team's name), the keys that type are
	// text, not shortcuts: the B of « Zèbres » must not black the screen
	// out, nor the H of « Hiboux » open the help.
	t, ok := a.scene.(interface{ Typing() bool })
	a.keymap.Typing = ok && t.Typing()
	in.Actions = a.keymap.AppendActions(in.Actions, in.Chars, now)
	// Ebitengine gives positions in the screen's pixels, those of Layout:
	// already multiplied by the device scale factor.
	x, y := ebiten.CursorPosition()
	in.Pointer = draw.Point{X: float64(x), Y: float64(y)}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		in.Taps = append(in.Taps, in.Pointer)
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		in.Releases = append(in.Releases, in.Pointer)
	}
	a.touches = inpututil.AppendJustPressedTouchIDs(a.touches[:0])
	for _, id := range a.touches {
		tx, ty := ebiten.TouchPosition(id)
		in.Taps = append(in.Taps, draw.Point{X: float64(tx), Y: float64(ty)})
	}
	a.touches = inpututil.AppendJustReleasedTouchIDs(a.touches[:0])
	for _, id := range a.touches {
		tx, ty := inpututil.TouchPositionInPreviousTick(id)
		in.Releases = append(in.Releases, draw.Point{X: float64(tx), Y: float64(ty)})
	}
	if ebiten.IsWindowBeingClosed() {
		if _, asking := a.scene.(*quitOverlay); !asking {
			a.scene = newQuitOverlay(a.view, a.scene)
			a.dirty = true
		}
	}
	return a.update(in, now)
}

// update hands the input of the frame at now to the scene, one action at a
// time (see steps), and chooses how the next frames run.
func (a *App) update(in *Input, now time.Time) error {
	if !a.last.IsZero() {
		in.Dt = min(now.Sub(a.last), time.Second)
	}
	a.last = now
	if a.deps != nil {
		// The console's actions are the keyboard's: they come in with the
		// keys of the frame, after the phones' moves (Pump, below).
		var changed bool
		in.Actions, changed = a.deps.pollRoom(in.Actions)
		a.dirty = a.dirty || changed
	}
	if len(in.Actions) > 0 || len(in.Taps) > 0 || len(in.Releases) > 0 || len(in.Chars) > 0 {
		a.dirty = true
	}
	// Read: the person has moved on. Not on a release, which ends the
	// click that made the notice a frame before: a mouse user would never
	// see it.
	if len(in.Actions) > 0 || len(in.Taps) > 0 || len(in.Chars) > 0 {
		a.view.Notice = ""
	}
	if a.deps != nil {
		// Moves from another goroutine (the room's phones), before the
		// keys of the frame: Send woke the loop for them.
		if a.deps.Host != nil && a.deps.Host.Pump() > 0 {
			a.dirty = true
		}
		// The creation workshop, after the Pump: the console's messages
		// run on the loop there (Do), and what they changed shows in this
		// frame, not at the next one the idle pace allows.
		if a.deps.pollWorkshop() {
			a.dirty = true
		}
		if next := a.deps.followWorkshop(a.scene); next != a.scene {
			a.scene, a.dirty = next, true
		}
		if fsys := incomingDecks(); fsys != nil {
			a.view.Notice = a.deps.addDecks(fsys)
			a.dirty = true
		}
		// Decks saved in the editor, in the browser: they play at once.
		if a.deps.pollEditor(&a.view.Notice) {
			a.dirty = true
		}
	}
	if in.Pointer != a.pointer {
		a.dirty = true
	}
	a.pointer = in.Pointer
	a.view.Pointer = in.Pointer

	for _, step := range steps(in) {
		if !a.step(step) {
			return ebiten.Termination
		}
	}
	a.holdTimer()
	// Animations (a timer ring, bars that grow) are drawn at 30 frames a
	// second: smooth enough, and half the drawing of the display's rate.
	animating := a.scene.Animating()
	if animating && now.Sub(a.drawn) >= time.Second/30 {
		a.dirty = true
	}
	a.pace(now, animating || a.dirty)
	return nil
}

// steps splits a frame's input so that the scene sees one action at a
// time, in order, as if each had come in a frame of its own: the first
// step carries the first action with everything else of the frame (the
// time, taps, characters), each next step one more action. On a loaded
// computer a frame can last a tenth of a second, and keys pressed within
// one must all act: a scene handles one action an update (Tab then + gives
// the point to the next team, not + dropped).
func steps(in *Input) []*Input {
	if len(in.Actions) <= 1 {
		return []*Input{in}
	}
	out := make([]*Input, len(in.Actions))
	for i, x := range in.Actions {
		if i == 0 {
			first := *in
			first.Actions = []Action{x}
			out[i] = &first
			continue
		}
		out[i] = &Input{Actions: []Action{x}, Pointer: in.Pointer}
	}
	return out
}

// step hands one step of input to the scene, after the actions the app
// itself answers (the black screen, help, fullscreen); it returns false
// when the game ends.
func (a *App) step(in *Input) bool {
	if next := switchOverlay(a.view, a.scene, in); next != a.scene {
		a.scene = next
		a.dirty = true
	}
	if in.Has(ActionFullscreen) {
		a.view.Settings.Fullscreen = !ebiten.IsFullscreen()
		ebiten.SetFullscreen(a.view.Settings.Fullscreen)
	}
	if a.deps != nil {
		if next := a.deps.roomKeys(a.scene, in); next != a.scene {
			a.scene = next
			a.dirty = true
		}
	}
	if a.actionLog != nil {
		for _, x := range in.Actions {
			fmt.Fprintln(a.actionLog, "action:", x)
		}
	}
	next := a.scene.Update(in)
	if next == nil {
		return false
	}
	if next != a.scene {
		a.scene = next
		a.dirty = true
	}
	return true
}

// idleAfter is how long after the last input or animation the app slows
// its frames down (see pace).
const idleAfter = 2 * time.Second

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
// A window larger than maxScreenSide on a side renders smaller, in the same
// proportions, and Ebitengine scales it up.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	s := a.scale()
	w, h := clampScreen(int(float64(outsideWidth)*s), int(float64(outsideHeight)*s))
	if w != a.w || h != a.h {
		a.w, a.h = w, h
		a.view.Metrics = draw.NewMetrics(w, h, a.view.Settings.TextScale)
		a.dirty = true
	}
	return w, h
}

// maxScreenSide is the largest width or height the game renders at. The
// screen is a GPU texture, and a texture larger than the GPU takes panics
// inside Ebitengine ("the image being put on an atlas is too big"): 16,384
// pixels on Mesa's software renderer, 8,192 or 4,096 on older or smaller
// GPUs. 4,096 still renders a 4K projector (3,840 × 2,160) pixel for pixel;
// only a window spread over several screens, or a 5K one, is scaled up.
const maxScreenSide = 4096

// clampScreen scales w × h down, keeping its proportions, until neither side
// is above maxScreenSide; no side is ever below 1.
func clampScreen(w, h int) (int, int) {
	if w > maxScreenSide || h > maxScreenSide {
		k := min(float64(maxScreenSide)/float64(w), float64(maxScreenSide)/float64(h))
		w, h = int(float64(w)*k), int(float64(h)*k)
	}
	return max(w, 1), max(h, 1)
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

// holdTimer pauses the host's answer timer while the play scene is not the
// scene on show (the pause menu, the room's overlay, help, scores, the black
// screen cover it, and its clock does not run), and resumes it when the
// play scene is back, unless the facilitator paused it (T, the console):
// the phones and the console count the time the projector counts, and a
// phone's countdown no longer ran on behind the pause menu.
func (a *App) holdTimer() {
	if a.deps == nil || a.deps.Host == nil {
		return
	}
	h := a.deps.Host
	_, playing := a.scene.(*playScene)
	switch {
	case !playing && !a.held && !h.Paused():
		a.held = true
		h.SetPaused(true)
	case playing && a.held:
		a.held = false
		if h.Paused() {
			h.SetPaused(false)
		}
	}
}
