package ui

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// recorder is a scene that counts its frames and keeps the actions it got.
type recorder struct {
	frames  int
	actions []Action
}

func (r *recorder) Update(in *Input) Scene {
	r.frames++
	r.actions = append(r.actions, in.Actions...)
	return r
}
func (r *recorder) Draw(dst *ebiten.Image) { dst.Fill(color.White) }
func (r *recorder) Animating() bool        { return true }

// assertBlack checks that the whole screen is black, at a grid of points.
func assertBlack(t *testing.T, img *ebiten.Image) {
	t.Helper()
	b := img.Bounds()
	for x := 0; x < b.Dx(); x += b.Dx() / 16 {
		for y := 0; y < b.Dy(); y += b.Dy() / 9 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if !assert.Zerof(t, r|g|bl, "pixel (%d, %d) is not black", x, y) {
				return
			}
		}
	}
}

func TestBlackScreenOnBAndPeriod(t *testing.T) {
	for name, key := range map[string]Key{"B": {ebiten.KeyB, "b"}, ".": {ebiten.KeyPeriod, "."}} {
		t.Run(name, func(t *testing.T) {
			d := sceneDeps(t)
			p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
			a := newApp(t, d.View, p)
			require.Equal(t, game.PhaseAnswering, p.g.State().Phase)

			a.frame([]Key{key}, Modifiers{}, []rune(key.Label))
			require.IsType(t, &blankScreen{}, a.scene, "a black screen, not the pause menu")
			assert.Equal(t, ebiten.CursorModeHidden, ebiten.CursorMode(), "no mouse cursor on it")
			d.View.Notice = "Une notice" // a notice must not show either
			a.scene.Draw(a.screen)
			assertBlack(t, a.screen)

			// The Space that wakes the screen does nothing else: the card
			// is not revealed, no answer is given.
			a.frame([]Key{{ebiten.KeySpace, ""}}, Modifiers{}, []rune{' '})
			assert.Same(t, p, a.scene)
			assert.Equal(t, ebiten.CursorModeVisible, ebiten.CursorMode())
			assert.Equal(t, game.PhaseAnswering, p.g.State().Phase, "the card is still asked")
			a.frame([]Key{key}, Modifiers{}, nil)
			a.frame([]Key{{ebiten.KeyDigit1, "1"}}, Modifiers{}, []rune{'1'})
			assert.Same(t, p, a.scene)
			st := p.g.State()
			assert.True(t, len(st.Answers) == 0 || st.Answers[0] == nil, "the 1 that woke the screen gave no answer")

			// Esc still opens the pause menu.
			a.key(ebiten.KeyEscape)
			assert.IsType(t, &pauseOverlay{}, a.scene)
		})
	}
}

func TestBlackScreenTakesEveryKeyAndPausesTheScene(t *testing.T) {
	d := sceneDeps(t)
	under := &recorder{}
	a := newApp(t, d.View, under)
	a.frame([]Key{{ebiten.KeyB, "b"}, {ebiten.KeySpace, ""}}, Modifiers{}, []rune("b "))
	require.IsType(t, &blankScreen{}, a.scene)
	assert.Empty(t, under.actions, "the keys of the frame that blacks the screen out go nowhere")
	assert.False(t, a.scene.Animating(), "a black screen costs no CPU")
	for _, keys := range [][]Key{{{ebiten.KeyF, "f"}}, {{ebiten.KeyH, "h"}}, {{ebiten.KeyS, "s"}}} {
		a.frame(nil, Modifiers{}, nil) // the mouse moving brings nothing back
		require.IsType(t, &blankScreen{}, a.scene)
		frames := under.frames
		a.frame(keys, Modifiers{}, nil)
		assert.Same(t, under, a.scene, "%v brings the screen back", keys)
		assert.Equal(t, frames+1, under.frames)
		assert.Empty(t, under.actions, "%v does nothing else (no help, no fullscreen)", keys)
		a.frame([]Key{{ebiten.KeyB, "b"}}, Modifiers{}, nil)
	}
	frames := under.frames
	a.frame(nil, Modifiers{}, nil)
	a.frame(nil, Modifiers{}, nil)
	assert.Equal(t, frames, under.frames, "the scene under a black screen is paused: its timer does not run")
	// A tap brings it back too.
	a.scene = switchOverlay(d.View, a.scene, &Input{Taps: []draw.Point{{X: 10, Y: 10}}})
	assert.Same(t, under, a.scene)
}

func TestHelpListsTheBlackScreen(t *testing.T) {
	d := sceneDeps(t)
	var keys []string
	for _, row := range helpKeys {
		keys = append(keys, d.View.Tr.T(row[0])+" — "+d.View.Tr.T(row[1]))
	}
	assert.Contains(t, keys, "B, . — écran noir\u00a0; une touche pour revenir")
	assert.Contains(t, keys, "Échap, F5 — pause\u00a0: reprendre, scores, annuler, réglages, quitter")
	assert.Contains(t, keys, "1, 2, 3 (sûrs\u00a0?) — après un verdict, si demandé\u00a0: sûr, plutôt, au hasard")
}

func TestClosingTheWindowOverABlackScreenShowsTheCursor(t *testing.T) {
	d := sceneDeps(t)
	blank := switchOverlay(d.View, &recorder{}, &Input{Actions: []Action{ActionBlank}})
	require.IsType(t, &blankScreen{}, blank)
	require.Equal(t, ebiten.CursorModeHidden, ebiten.CursorMode())
	q := newQuitOverlay(d.View, blank)
	assert.Equal(t, ebiten.CursorModeVisible, ebiten.CursorMode(), "the question is answered with the mouse too")
	assert.Same(t, blank, q.Update(&Input{Actions: []Action{ActionAnswer2}}), "2: no, back to the black screen")
	assert.Equal(t, ebiten.CursorModeHidden, ebiten.CursorMode())
	switchOverlay(d.View, blank, &Input{Actions: []Action{ActionNext}})
	assert.Equal(t, ebiten.CursorModeVisible, ebiten.CursorMode())
}
