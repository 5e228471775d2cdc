package decktools

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
	"declic/internal/cli"
)

// edit serves the deck editor on the loopback address until Ctrl+C,
// prints its address (with its token) and opens it in the default
// browser; with a deck named, the page opens on it (a bundled deck is
// copied into the user's decks first). DECLIC_NO_BROWSER=1 leaves the
// browser closed (tests, a machine without one).
func (Commands) Edit(c *cli.Command, args []string) int {
	tr := c.Tr()
	if len(args) > 1 {
		fmt.Fprintln(c.Stderr(), tr.T("edit_usage"))
		return cli.ExitUsage
	}
	dir := filepath.Join(c.Home(), "decks")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("edit_failed", "Detail", err.Error()))
		return cli.ExitInvalid
	}
	s, err := editor.New(dir, decks.FS, tr.Lang())
	if err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("edit_failed", "Detail", err.Error()))
		return cli.ExitInvalid
	}
	deck := ""
	if len(args) == 1 {
		if deck, err = s.Find(args[0], tr.Lang()); err != nil {
			fmt.Fprintln(c.Stderr(), err)
			return cli.ExitInvalid
		}
	}
	port := 0
	if c.Options().PortSet {
		port = c.Options().Port
	}
	ln, err := editor.Listen(port)
	if err != nil {
		fmt.Fprintln(c.Stderr(), tr.T("edit_failed", "Detail", err.Error()))
		return cli.ExitInvalid
	}
	addr := ln.Addr().String()
	srv := &http.Server{Handler: s.Handler(addr), MaxHeaderBytes: 16 << 10}
	url := s.URL(addr, deck)
	fmt.Fprintln(c.Stdout(), tr.T("edit_url", "URL", url))
	if c.Getenv("DECLIC_NO_BROWSER") == "" {
		if err := editor.OpenBrowser(url); err != nil {
			fmt.Fprintln(c.Stderr(), tr.T("edit_no_browser", "Detail", err.Error()))
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(c.Stderr(), tr.T("edit_failed", "Detail", err.Error()))
		return cli.ExitInvalid
	}
	return cli.ExitOK
}
