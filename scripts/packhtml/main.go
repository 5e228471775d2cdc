// Command packhtml writes dist/declic.html: the whole web build of Déclic in
// one file that plays from a double-click (file://), with no network
// request (internal/onefile makes the page).
//
//	go run ./scripts/packhtml [-wasm dist/web/declic.wasm] [-exec dist/web/wasm_exec.js] [-o dist/declic.html]
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
	out := flag.String("o", "dist/declic.html", "the page to write")
	flag.Parse()
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
