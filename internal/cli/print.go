//go:build !js

package cli

import (
	"errors"
	"fmt"
	"os"

	"declic/sheets"
)

// print writes a deck's print-and-play sheets as a PDF: the deck named by
// id (bundled or the user's) or by the path of its file.
func (c *Command) print(args []string) int {
	tr := c.tr
	if len(args) != 1 || c.opts.Output == "" {
		fmt.Fprintln(c.env.stderr, tr.T("print_usage"))
		return ExitUsage
	}
	deck := c.findDeck(c.library(nil), args[0])
	if deck == nil {
		return ExitInvalid
	}
	data, err := sheets.PDF(deck, tr, sheets.Options{Compress: true})
	if errors.Is(err, sheets.ErrRightToLeft) {
		fmt.Fprintln(c.env.stderr, tr.T("print_rtl", "Title", deck.Title))
		return ExitInvalid
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return ExitInvalid
	}
	if err := os.WriteFile(c.opts.Output, data, 0o644); err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("print_unwritable", c.opts.Output, err))
		return ExitInvalid
	}
	fmt.Fprintln(c.env.stdout, tr.N("print_done", sheets.Pages(data), "Path", c.opts.Output))
	return ExitOK
}
