// Command hello is the baseline of the game's benchmarks on screen (`make
// bench`, BENCHMARKS.md): Ebitengine's hello world, in a window the size of
// the game's (1366 × 768), drawing every frame as Ebitengine's example does.
//
// With -static it draws once and keeps its screen, as the game does when
// nothing changes: the least any Ebitengine program costs with the game's
// frame policy. DECLIC_FIRST_FRAME makes it report its first frame as the
// game does (package firstframe).
package main

import (
	"flag"
	"log"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"

	"declic/internal/firstframe"
)

type hello struct {
	static     bool
	drawn      bool
	firstFrame *firstframe.Reporter
}

func (h *hello) Update() error {
	h.firstFrame.Frame()
	return nil
}

func (h *hello) Draw(screen *ebiten.Image) {
	h.firstFrame.Frame()
	if h.static && h.drawn {
		return
	}
	ebitenutil.DebugPrint(screen, "Hello, World!")
	h.drawn = true
	h.firstFrame.Drew()
}

func (*hello) Layout(w, h int) (int, int) { return w, h }

func main() {
	static := flag.Bool("static", false, "draw once and keep the screen")
	flag.Parse()
	ebiten.SetWindowSize(1366, 768)
	ebiten.SetWindowTitle("Hello, World!")
	ebiten.SetScreenClearedEveryFrame(!*static)
	if err := ebiten.RunGame(&hello{static: *static, firstFrame: firstframe.New()}); err != nil {
		log.Fatal(err)
	}
}
