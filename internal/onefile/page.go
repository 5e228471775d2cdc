package onefile

import (
	"bytes"
	_ "embed" // the xz unpacker of the page
	"encoding/base64"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// Page returns declic.html: Go's wasm_exec.js and the wasm build, packed
// with xz (Pack) and encoded, in one page with a loading bar and icon, a PNG.
// The page unpacks the wasm with xz-decompress, a build of XZ Embedded for
// the browser (xz-decompress.min.js, MIT; XZ Embedded is public domain), and
// starts it.
func Page(execJS string, wasm, icon []byte) ([]byte, error) {
	packed, err := Pack(wasm)
	if err != nil {
		return nil, err
	}
	// No "</script" may end an inline script early.
	execJS = strings.ReplaceAll(execJS, "</script", `<\/script`)
	r := strings.NewReplacer(
		"{{WASM_EXEC}}", execJS,
		"{{XZ}}", strings.ReplaceAll(xzDecompressJS, "</script", `<\/script`),
		"{{DECODE}}", decodeJS,
		"{{WASM}}", element("declic-wasm", packed, len(wasm)),
		"{{ICON}}", "data:image/png;base64,"+base64.StdEncoding.EncodeToString(icon),
		"{{STARTER}}", starter,
	)
	return []byte(r.Replace(template)), nil
}

// xzDecompressJS unpacks xz in the browser, streaming: the browsers'
// DecompressionStream knows only gzip and deflate.
//
//go:embed xz-decompress.min.js
var xzDecompressJS string

// Pack compresses data with the xz command of XZ Utils, at its best preset.
// For Déclic's wasm it packs 24.4 MB into 4.9 MB against gzip's 6.8 MB,
// which keeps declic.html under 8 MB with the bundled decks and their
// pictures; Go's only xz encoder (ulikunitz/xz) packs it into 6.4 MB.
// Unpacking it takes about 1.3 s (Node.js, this machine), under the loading
// bar. CRC32 is the check XZ Embedded always has.
func Pack(data []byte) ([]byte, error) {
	cmd := exec.Command("xz", "--format=xz", "--check=crc32", "-9e", "--threads=1", "--stdout")
	cmd.Stdin = bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("packing the wasm with xz (Debian: apt-get install xz-utils): %w %s", err, strings.TrimSpace(stderr.String()))
	}
	return out.Bytes(), nil
}

// Served returns the page of the web build for a static server
// (dist/web/index.html): the same loading screen as declic.html, and the
// wasm fetched from declic.wasm beside it, its icon from icon.png.
func Served() []byte {
	return []byte(strings.NewReplacer("{{ICON}}", "icon.png", "{{STARTER}}", starter).Replace(served))
}

// element returns a script element that carries data, encoded; unpacked is
// its size once unpacked, for the loading bar.
func element(id string, data []byte, unpacked int) string {
	return fmt.Sprintf(`<script id="%s" type="application/octet-stream" data-size="%d" data-unpacked="%d">%s</script>`,
		id, len(data), unpacked, Encode(data))
}

// decksMarker is where the template leaves room for the decks of a family
// build; a bundled page has the decks element there instead.
const decksMarker = "<!--declic-decks-->"

var decksElement = regexp.MustCompile(`<script id="declic-decks" type="application/octet-stream" data-size="(\d+)" data-unpacked="\d+">([^<]*)</script>`)

// ErrNotAPage is returned for a file that is not a declic.html.
var ErrNotAPage = errors.New("not Déclic's one-file web build (declic.html)")

// WithDecks returns page with archive, a zip of deck files, as its decks:
// the game loads them besides its own (declic bundle). The decks of a page
// bundled before are replaced.
func WithDecks(page, archive []byte) ([]byte, error) {
	el := element("declic-decks", archive, len(archive))
	if loc := decksElement.FindIndex(page); loc != nil {
		return bytes.Join([][]byte{page[:loc[0]], []byte(el), page[loc[1]:]}, nil), nil
	}
	if !bytes.Contains(page, []byte(decksMarker)) {
		return nil, ErrNotAPage
	}
	return bytes.Replace(page, []byte(decksMarker), []byte(el), 1), nil
}

// Decks returns the zip of decks a page carries, nil if it has none.
func Decks(page []byte) ([]byte, error) {
	m := decksElement.FindSubmatch(page)
	if m == nil {
		return nil, nil
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return nil, ErrCorrupt
	}
	return Decode(string(m[2]), n)
}

// head is the top of both pages: the loading screen with its bar, and the
// request to turn a phone held upright. {{ICON}} is the icon's URL.
const head = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Déclic</title>
<link rel="icon" type="image/png" href="{{ICON}}">
<style>
  html, body { margin: 0; height: 100%; background: #1d2433; color: #eee; font-family: sans-serif; }
  #loading { position: fixed; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1em; font-size: 1.5em; }
  #bar { width: min(24em, 80vw); height: 0.6em; border-radius: 0.3em; background: #3a4560; overflow: hidden; }
  #fill { width: 0; height: 100%; background: #f2b441; }
  #rotate { display: none; }
  @media (orientation: portrait) and (max-width: 700px) {
    #rotate { display: flex; position: fixed; inset: 0; z-index: 10; background: #121c33; color: #ffc83d; font-size: 1.6em; font-weight: bold; text-align: center; align-items: center; justify-content: center; padding: 1em; }
  }
</style>
</head>
<body>
<div id="rotate" lang="fr">Tournez l'écran pour jouer.<br><span lang="en">Turn your screen sideways to play.</span></div>
<div id="loading"><div id="msg">Déclic…</div><div id="bar"><div id="fill"></div></div></div>
`

// starter is the script both pages start the game with: declicStart(load)
// shows the loading bar (load calls progress(done, total) as the wasm
// comes), instantiates the wasm load returns with Go's import object, and
// runs it. Sessions and settings are kept in the browser's localStorage.
const starter = `const declicStart = async (load) => {
  const fr = (navigator.language || "fr").toLowerCase().startsWith("fr");
  const msg = document.getElementById("msg");
  const fill = document.getElementById("fill");
  msg.textContent = fr ? "Déclic se prépare…" : "Déclic is loading…";
  const progress = (done, total) => {
    if (total > 0) fill.style.width = (100 * done / total).toFixed(1) + "%";
  };
  try {
    const go = new Go();
    const result = await load(go, progress);
    document.getElementById("loading").remove();
    await go.run(result.instance);
  } catch (e) {
    msg.textContent = "Déclic n'a pas pu démarrer / Déclic could not start: " + e;
    console.error(e);
  }
};`

// template is declic.html.
const template = head + `<script>
{{WASM_EXEC}}
</script>
{{WASM}}
<!--declic-decks-->
<script>
{{XZ}}
</script>
<script>
// Déclic in one file (internal/onefile): the wasm above is packed with xz
// and encoded seven bits to a character. It is decoded, unpacked by
// xz-decompress (counted for the loading bar), then started. Decks added by
// declic bundle are handed to the game as globalThis.declicDecks, a zip.
{{DECODE}}
{{STARTER}}
declicStart(async (go, progress) => {
  const take = (id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const data = declicDecode(el.textContent, +el.dataset.size);
    el.remove();
    return { data, unpacked: +el.dataset.unpacked };
  };
  const packed = take("declic-wasm");
  const decks = take("declic-decks");
  if (decks) globalThis.declicDecks = decks.data;
  const { XzReadableStream } = globalThis["xz-decompress"];
  const reader = new XzReadableStream(new Blob([packed.data]).stream()).getReader();
  const wasm = new Uint8Array(packed.unpacked);
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    wasm.set(value, got);
    got += value.length;
    progress(got, wasm.length);
  }
  return WebAssembly.instantiate(wasm.buffer, go.importObject);
});
</script>
</body>
</html>
`

// served is dist/web/index.html.
const served = head + `<script src="wasm_exec.js"></script>
<script>
// The web build of Déclic for any static server: declic.wasm and Go's
// wasm_exec.js beside this page. The wasm is compiled as it arrives,
// counted for the loading bar; its response is made again with the wasm
// MIME type, which some servers do not send.
{{STARTER}}
declicStart(async (go, progress) => {
  const res = await fetch("declic.wasm");
  if (!res.ok) throw new Error("declic.wasm: " + res.status);
  const total = +res.headers.get("Content-Length") || 0;
  let got = 0;
  const counted = res.body.pipeThrough(new TransformStream({
    transform(chunk, ctl) { got += chunk.length; progress(got, total); ctl.enqueue(chunk); }
  }));
  const wasm = new Response(counted, { headers: { "Content-Type": "application/wasm" } });
  return WebAssembly.instantiateStreaming(wasm, go.importObject);
});
</script>
</body>
</html>
`
