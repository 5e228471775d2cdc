package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"declic/assets"
	"declic/internal/onefile"
)

// TestWebFirstFrame measures the time from navigation to the first frame
// in headless Chromium, for declic.html from file:// and dist/web over
// loopback HTTP, against Ebitengine's hello world (scripts/hello) packed the
// same two ways in the same run: BENCHMARKS.md quotes its medians.
//
//	make dist && DECLIC_E2E=1 DECLIC_E2E_BENCH=7 go test -count 1 -run TestWebFirstFrame -v ./e2e/
func TestWebFirstFrame(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("DECLIC_E2E_BENCH"))
	if runs < 1 {
		t.Skip("DECLIC_E2E_BENCH=RUNS not set")
	}
	chromium, dist := setup(t)

	// The hello world, as a one-file page and as a served folder.
	hello := t.TempDir()
	wasm := filepath.Join(hello, "declic.wasm")
	build := exec.Command("go", "build", "-ldflags", "-s -w", "-trimpath", "-o", wasm, "../scripts/hello")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the hello world: %v\n%s", err, out)
	}
	execJS, err := os.ReadFile(filepath.Join(dist, "web", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	page, err := onefile.Page(string(execJS), data, assets.Icon)
	if err != nil {
		t.Fatal(err)
	}
	helloPage := filepath.Join(t.TempDir(), "hello.html")
	for _, f := range []struct {
		path string
		data []byte
	}{{helloPage, page}, {filepath.Join(hello, "wasm_exec.js"), execJS}} {
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	index, err := os.ReadFile(filepath.Join(dist, "web", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(hello, "index.html"), index, 0o644); err != nil {
		t.Fatal(err)
	}
	declicSrv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(dist, "web"))))
	defer declicSrv.Close()
	helloSrv := httptest.NewServer(http.FileServer(http.Dir(hello)))
	defer helloSrv.Close()

	pages := []struct {
		name, url string
		colours   int // how many colours the first frame has at least
	}{
		{"declic.html (file://)", "file://" + filepath.ToSlash(filepath.Join(dist, "declic.html")), 16},
		{"hello.html (file://)", "file://" + filepath.ToSlash(helloPage), 2},
		{"dist/web (http)", declicSrv.URL + "/", 16},
		{"hello web (http)", helloSrv.URL + "/", 2},
	}
	times := make([][]time.Duration, len(pages))
	for r := 0; r < runs; r++ {
		for i, p := range pages {
			// A subtest each, so that each Chromium is closed before
			// the next starts.
			t.Run(fmt.Sprintf("%d-%d", r, i), func(t *testing.T) {
				times[i] = append(times[i], firstFrameTime(t, chromium, p.url, p.colours))
			})
		}
	}
	median := func(ds []time.Duration) time.Duration {
		s := slices.Clone(ds)
		slices.Sort(s)
		return s[len(s)/2]
	}
	fmt.Printf("first frame in headless Chromium, median of %d runs:\n", runs)
	for i, p := range pages {
		m := median(times[i])
		base := median(times[i|1]) // the hello world of the same kind
		fmt.Printf("  %-24s %6d ms  (%.2f× hello)  runs: %v\n", p.name, m.Milliseconds(), float64(m)/float64(base), times[i])
	}
}

// firstFrameTime opens url in a fresh Chromium and returns the time from
// navigation to a frame with at least min colours.
func firstFrameTime(t *testing.T, chromium, url string, min int) time.Duration {
	ctx, cancel := context.WithTimeout(browser(t, chromium), 2*time.Minute)
	defer cancel()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	if poll(ctx, 90*time.Second, 20*time.Millisecond, func() bool {
		ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool](loadedJS))
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		return ready && (min <= 1 || colours(t, screenshot(t, ctx), min) >= min)
	}) {
		return time.Since(start).Round(time.Millisecond)
	}
	t.Fatalf("%s: no first frame after 90 s", url)
	return 0
}
