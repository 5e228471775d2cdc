// Command packhtml writes dist/declic.html: the whole web build of Déclic in
// one file that plays from a double-click (file://), with no network
// request. The wasm is gzip-compressed and inlined as base64; the page
// decodes it in chunks into a ReadableStream, unpacks it with the browser's
// DecompressionStream('gzip') and hands it to WebAssembly.instantiate, with
// a loading bar. Go's wasm_exec.js is inlined too.
//
//	go run ./scripts/packhtml [-wasm dist/web/declic.wasm] [-exec dist/web/wasm_exec.js] [-o dist/declic.html]
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
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
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(wasm); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	page := Page(string(execJS), len(wasm), gz.Bytes())
	if err := os.WriteFile(out, []byte(page), 0o644); err != nil {
		return err
	}
	fmt.Printf("packhtml: %s: %.1f MB (wasm %.1f MB, gzip %.1f MB, base64 %.1f MB)\n",
		out, mb(len(page)), mb(len(wasm)), mb(gz.Len()), mb(base64.StdEncoding.EncodedLen(gz.Len())))
	return nil
}

func mb(n int) float64 { return float64(n) / 1e6 }

// Page returns the HTML: execJS inlined, then the gzip-compressed wasm of
// size bytes once unpacked, in base64.
func Page(execJS string, size int, gz []byte) string {
	// No "</script" may end the inline script early.
	execJS = strings.ReplaceAll(execJS, "</script", `<\/script`)
	r := strings.NewReplacer(
		"{{WASM_EXEC}}", execJS,
		"{{SIZE}}", strconv.Itoa(size),
		"{{DATA}}", base64.StdEncoding.EncodeToString(gz),
	)
	return r.Replace(template)
}

const template = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Déclic</title>
<style>
  html, body { margin: 0; height: 100%; background: #1d2433; color: #eee; font-family: sans-serif; }
  #loading { position: fixed; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1em; font-size: 1.5em; }
  #bar { width: min(24em, 80vw); height: 0.6em; border-radius: 0.3em; background: #3a4560; overflow: hidden; }
  #fill { width: 0; height: 100%; background: #f2b441; }
</style>
</head>
<body>
<div id="loading"><div id="msg">Déclic…</div><div id="bar"><div id="fill"></div></div></div>
<script>
{{WASM_EXEC}}
</script>
<script id="declic-wasm" type="application/octet-stream">{{DATA}}</script>
<script>
// Déclic in one file (scripts/packhtml): the wasm above is gzip + base64.
// It is decoded in chunks into a stream, unpacked by DecompressionStream,
// counted for the loading bar, then started like web/index.html does.
// Sessions and settings are kept in this browser's localStorage.
(async () => {
  const fr = (navigator.language || "fr").toLowerCase().startsWith("fr");
  const msg = document.getElementById("msg");
  const fill = document.getElementById("fill");
  msg.textContent = fr ? "Déclic se prépare…" : "Déclic is loading…";
  try {
    const size = {{SIZE}};
    const node = document.getElementById("declic-wasm");
    const b64 = node.textContent.trim();
    node.remove();
    const step = 1 << 18; // a multiple of 4: each chunk decodes on its own
    let pos = 0;
    const packed = new ReadableStream({
      pull(ctl) {
        if (pos >= b64.length) { ctl.close(); return; }
        const bin = atob(b64.slice(pos, pos + step));
        pos += step;
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        ctl.enqueue(bytes);
      }
    });
    const reader = packed.pipeThrough(new DecompressionStream("gzip")).getReader();
    const wasm = new Uint8Array(size);
    let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      wasm.set(value, got);
      got += value.length;
      fill.style.width = (100 * got / size).toFixed(1) + "%";
    }
    msg.textContent = fr ? "Déclic démarre…" : "Déclic is starting…";
    const go = new Go();
    const result = await WebAssembly.instantiate(wasm.buffer, go.importObject);
    document.getElementById("loading").remove();
    await go.run(result.instance);
  } catch (e) {
    msg.textContent = "Déclic n'a pas pu démarrer / Déclic could not start: " + e;
    console.error(e);
  }
})();
</script>
</body>
</html>
`
