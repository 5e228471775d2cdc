package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/lan"
	"declic/lan/web"
)

// TestSalleFirstPaint measures the phone page's first contentful paint
// (the browser's own paint timing) in headless Chromium at 390×844 with
// the CPU slowed down 4× (Emulation.setCPUThrottlingRate), served by a real
// lan.Room over a real host, against a bare page of one line served over
// loopback HTTP in the same run, alternating, a fresh Chromium each:
// BENCHMARKS.md quotes the medians.
//
//	DECLIC_E2E=1 DECLIC_E2E_BENCH=7 go test -count 1 -run TestSalleFirstPaint -v ./e2e/
func TestSalleFirstPaint(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("DECLIC_E2E_BENCH"))
	if runs < 1 {
		t.Skip("DECLIC_E2E_BENCH=RUNS not set")
	}
	chromium, _ := setup(t)

	h := host.New(noSave{}, time.Now)
	wake := make(chan struct{}, 1)
	h.SetWake(func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	})
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-wake:
				h.Pump()
			}
		}
	}()
	defer close(stop)
	data, err := os.ReadFile("testdata/salle/salle-e2e.toml")
	if err != nil {
		t.Fatal(err)
	}
	deck, problems := cards.Parse("salle-e2e.toml", data, nil)
	if problems.Errors() > 0 {
		t.Fatalf("%v", problems)
	}
	var room *lan.Room
	done := make(chan error, 1)
	h.Do(func() {
		if _, err := h.NewSession("", game.NewTeams("Lynx", "Ours")); err != nil {
			done <- err
			return
		}
		if _, err := h.NewGame(deck, game.Settings{InOrder: true, Mode: cards.ModeAll}); err != nil {
			done <- err
			return
		}
		room, err = lan.Open(h, lan.Options{Port: 0, Lang: "fr", Pages: web.FS})
		done <- err
	})
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	defer room.Close()
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Déclic</title><p>Rejoindre la partie</p></html>`)
	}))
	defer bare.Close()

	pages := []struct{ name, url string }{
		{"phone page (lan.Room)", fmt.Sprintf("http://127.0.0.1:%d/?c=%s", room.Port(), room.Code())},
		{"bare page (baseline)", bare.URL + "/"},
	}
	times := make([][]float64, len(pages))
	for r := 0; r < runs; r++ {
		for i, p := range pages {
			t.Run(fmt.Sprintf("%d-%d", r, i), func(t *testing.T) {
				times[i] = append(times[i], firstPaint(t, chromium, p.url))
			})
		}
	}
	median := func(v []float64) float64 {
		s := slices.Clone(v)
		slices.Sort(s)
		return s[len(s)/2]
	}
	fmt.Printf("first contentful paint, 390×844, CPU 4× slower, median of %d runs:\n", runs)
	for i, p := range pages {
		fmt.Printf("  %-24s %6.0f ms  (%.2f× the bare page)  runs: %v\n", p.name, median(times[i]), median(times[i])/median(times[1]), times[i])
	}
}

// noSave is a host.Saver that keeps nothing.
type noSave struct{}

func (noSave) Save(*game.Session) error { return nil }

// firstPaint opens url in a fresh Chromium, as a phone with its CPU 4×
// slower, and returns the page's first-contentful-paint time in ms.
func firstPaint(t *testing.T, chromium, url string) float64 {
	ctx, cancel := context.WithTimeout(browser(t, chromium), time.Minute)
	defer cancel()
	err := chromedp.Do(ctx, viewport(390, 844, 2, true), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
		return err
	}), chromedp.Navigate(url))
	if err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	const fcp = `(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: 0}).startTime`
	if !waitFor(t, ctx, fcp+` > 0`, 30*time.Second) {
		t.Fatalf("%s: no first-contentful-paint after 30 s", url)
	}
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fcp))
	if err != nil {
		t.Fatal(err)
	}
	return float64(int(ms))
}
