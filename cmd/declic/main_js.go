//go:build js && gui

package main

import (
	"fmt"
	"io/fs"
	"os"
	"syscall/js"

	"declic/cards"
	"declic/host"
	"declic/internal/bundle"
	"declic/internal/cli"
	"declic/store"
	"declic/ui"
)

// main is the web build (GOOS=js GOARCH=wasm, gui tag): no command line,
// the game on its title screen, in the language of the browser
// (navigator.language), sessions and settings in localStorage. The page's
// address may carry ?seed=N, the desktop's --seed (cli.PageOptions).
func main() {
	lang := js.Global().Get("navigator").Get("language")
	getenv := func(name string) string {
		if name == "LANG" && lang.Type() == js.TypeString {
			return lang.String()
		}
		return ""
	}
	os.Exit(cli.Browser(getenv, js.Global().Get("location").Get("search").String(), pageDecks(), window))
}

// pageDecks returns the decks a family page carries (declic bundle): the
// page's script hands them over as globalThis.declicDecks, a zip, read
// within the limits of every zip of decks (bundle.Read).
func pageDecks() fs.FS {
	v := js.Global().Get("declicDecks")
	if v.Type() != js.TypeObject {
		return nil
	}
	n := v.Get("length").Int()
	if n > bundle.MaxZipSize {
		fmt.Fprintln(os.Stderr, "declic: the decks of this page are larger than", bundle.MaxZipSize, "bytes")
		return nil
	}
	data := make([]byte, n)
	js.CopyBytesToGo(data, v)
	js.Global().Delete("declicDecks")
	fsys, err := bundle.Read(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "declic:", err)
		return nil
	}
	return fsys
}

// places returns the browser's stores: localStorage for the sessions, and
// no settings file (ui keeps the settings in localStorage on js).
func places(*cli.Command) (ui.Sessions, string) { return store.Browser{}, "" }

// shelf returns the browser's store of the decks a player adds, and loads
// those added before into lib.
func shelf(_ *cli.Command, lib *cards.Library) store.Shelf {
	store.LoadBrowserDecks(lib)
	return store.BrowserShelf{}
}

func loadSettings(string) (store.Settings, error) { return store.LoadBrowserSettings() }

// roomOpener is nil in the browser: a page cannot serve the phones of a
// room, and the R key says so (ui.Deps.OpenRoom).
func roomOpener(*cli.Command, *host.Host) func() (ui.Room, error) { return nil }

// deckEditor is nil in the browser: a page cannot serve the editor.
func deckEditor(*cli.Command) ui.Editor { return nil }
