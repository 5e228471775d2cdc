//go:build js

package ui

import (
	"io/fs"
	"syscall/js"
	"testing/fstest"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/internal/bundle"
)

const canPick = true

// picked receives the files chosen in the file picker, read in full.
var picked = make(chan fs.FS, 4)

var pickerInput js.Value

// picker returns the page's hidden <input type="file" id="declic-file">,
// made on first use: its change event reads the files chosen and hands them
// to the game through picked.
func picker() js.Value {
	if pickerInput.Truthy() {
		return pickerInput
	}
	doc := js.Global().Get("document")
	in := doc.Call("createElement", "input")
	in.Set("type", "file")
	in.Set("id", "declic-file")
	in.Set("multiple", true)
	in.Set("accept", ".toml,.zip")
	in.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", in)
	in.Call("addEventListener", "change", js.FuncOf(func(js.Value, []js.Value) any {
		files := in.Get("files")
		n := files.Get("length").Int()
		got := fstest.MapFS{}
		left := n
		for i := 0; i < n; i++ {
			f := files.Index(i)
			name := f.Get("name").String()
			if f.Get("size").Float() > bundle.MaxZipSize {
				// Larger than any deck or zip of decks: not read into
				// memory, and so not among the files handed over.
				if left--; left == 0 {
					select {
					case picked <- got:
					default:
					}
					ebiten.ScheduleFrame()
				}
				continue
			}
			var then js.Func
			then = js.FuncOf(func(_ js.Value, args []js.Value) any {
				then.Release()
				buf := js.Global().Get("Uint8Array").New(args[0])
				data := make([]byte, buf.Get("length").Int())
				js.CopyBytesToGo(data, buf)
				got[name] = &fstest.MapFile{Data: data}
				if left--; left == 0 {
					select {
					case picked <- got:
					default:
					}
					ebiten.ScheduleFrame()
				}
				return nil
			})
			f.Call("arrayBuffer").Call("then", then)
		}
		in.Set("value", "") // the same file picked again is a change too
		return nil
	}))
	pickerInput = in
	return in
}

// openPicker opens the browser's file picker. It runs in the frame of the
// tap or key that asked for it, which the browser still counts as the
// person's gesture.
func openPicker() { picker().Call("click") }

// incomingDecks returns the files dropped on the page or picked since the
// last frame, or nil.
func incomingDecks() fs.FS {
	picker()
	if fsys := ebiten.DroppedFiles(); fsys != nil {
		return fsys
	}
	select {
	case fsys := <-picked:
		return fsys
	default:
		return nil
	}
}
