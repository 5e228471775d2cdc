//go:build js

package store

import (
	"errors"
	"fmt"
	"syscall/js"

	"declic/game"
)

// ExportPath returns the name of the CSV file the browser downloads, for
// whatever sessions keeps the workshop.
func ExportPath(_ any, s *game.Session) string { return ExportFileName(s) }

// ExportDownloads is true in the browser: the CSV file is a download, in
// the browser's downloads folder, which a web page cannot open.
const ExportDownloads = true

// OpenFolder cannot show a folder from a web page.
func OpenFolder(string) error { return errors.New("a web page cannot open a folder") }

// WriteExport hands an exported file (a workshop's CSV, report.CSV) to the
// browser as a download named file (a Blob and a click on an <a
// download>): the web build has no file system. It returns the file's
// name, which the end scene shows.
func WriteExport(file string, data []byte) (name string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("exporting the scores: %v", r)
		}
	}()
	bytes := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(bytes, data)
	parts := js.Global().Get("Array").New(bytes)
	blob := js.Global().Get("Blob").New(parts, map[string]any{"type": "text/csv;charset=utf-8"})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", file)
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoked later: some browsers start the download after click returns.
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, 60000)
	return file, nil
}
