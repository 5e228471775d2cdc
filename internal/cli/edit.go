//go:build !js

package cli

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"

	"declic/decks"
	"declic/editor"
)

// edit serves the deck editor on the loopback address until Ctrl+C,
// prints its address (with its token) and opens it in the default
// browser; with a deck named, the page opens on it (a bundled deck is
// copied into the user's decks first). DECLIC_NO_BROWSER=1 leaves the
// browser closed (tests, a machine without one).
func (c *Command) edit(args []string) int {
	tr := c.tr
	if len(args) > 1 {
		fmt.Fprintln(c.env.stderr, tr.T("edit_usage"))
		return ExitUsage
	}
	dir := filepath.Join(c.env.home, "decks")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("edit_failed", "Detail", err.Error()))
		return ExitInvalid
	}
	s, err := editor.New(dir, decks.FS, tr.Lang())
	if err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("edit_failed", "Detail", err.Error()))
		return ExitInvalid
	}
	deck := ""
	if len(args) == 1 {
		if deck, err = s.Find(args[0], tr.Lang()); err != nil {
			fmt.Fprintln(c.env.stderr, err)
			return ExitInvalid
		}
	}
	port := 0
	if c.opts.PortSet {
		port = c.opts.Port
	}
	ln, err := editor.Listen(port)
	if err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("edit_failed", "Detail", err.Error()))
		return ExitInvalid
	}
	addr := ln.Addr().String()
	srv := &http.Server{Handler: s.Handler(addr), MaxHeaderBytes: 16 << 10}
	url := s.URL(addr, deck)
	fmt.Fprintln(c.env.stdout, tr.T("edit_url", "URL", url))
	if c.env.getenv("DECLIC_NO_BROWSER") == "" {
		if err := editor.OpenBrowser(url); err != nil {
			fmt.Fprintln(c.env.stderr, tr.T("edit_no_browser", "Detail", err.Error()))
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(c.env.stderr, tr.T("edit_failed", "Detail", err.Error()))
		return ExitInvalid
	}
	return ExitOK
}
