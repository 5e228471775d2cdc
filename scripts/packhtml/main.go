// Command packhtml writes the pages of the web build (internal/onefile makes
// them): dist/declic.html, the whole web build in one file that plays from a
// double-click (file://) with no network request, and dist/web/index.html,
// the page that plays the wasm beside it from any static server.
//
//	go run ./scripts/packhtml [-wasm dist/web/declic.wasm] [-exec dist/web/wasm_exec.js] [-o dist/declic.html] [-index dist/web/index.html]
package main

import (
	"flag"
	"fmt"
	"os"

	"declic/assets"
	"declic/internal/onefile"
)

func main() {
	wasmPath := flag.String("wasm", "dist/web/declic.wasm", "the wasm build (GOOS=js GOARCH=wasm)")
	execPath := flag.String("exec", "dist/web/wasm_exec.js", "Go's wasm_exec.js, of the same Go version")
	out := flag.String("o", "dist/declic.html", "the one-file page to write")
	index := flag.String("index", "dist/web/index.html", "the served page to write")
	flag.Parse()
	if err := os.WriteFile(*index, onefile.Served(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "packhtml:", err)
		os.Exit(1)
	}
	if err := run(*wasmPath, *execPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "packhtml:", err)
		os.Exit(1)
	}
}

func run(wasmPath, execPath, out string) error {
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	execJS, err := os.ReadFile(execPath)
	if err != nil {
		return err
	}
	page, err := onefile.Page(string(execJS), wasm, assets.Icon)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, page, 0o644); err != nil {
		return err
	}
	fmt.Printf("packhtml: %s: %.2f MB (wasm %.2f MB)\n", out, mb(len(page)), mb(len(wasm)))
	return nil
}

func mb(n int) float64 { return float64(n) / 1e6 }
