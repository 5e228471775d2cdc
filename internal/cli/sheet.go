//go:build !js

package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"declic/cards"
	"declic/workbook"
)

// sheet writes a deck as Déclic's spreadsheet template (.xlsx), its
// headers and instructions in the user's language: the deck named by id
// (bundled or the user's) or by the path of its file, or with none the
// empty template, an example of each kind of card. Exit 0 when written, 1
// when the deck is not found or the file cannot be written, 2 on bad usage.
func (c *Command) sheet(args []string) int {
	tr := c.tr
	if len(args) > 1 || c.opts.Output == "" {
		fmt.Fprintln(c.env.stderr, tr.T("sheet_usage"))
		return ExitUsage
	}
	// An output named otherwise (.ods, .xls, .csv) would hold an .xlsx
	// all the same; one with no extension is a device (/dev/stdout).
	if ext := strings.ToLower(filepath.Ext(c.opts.Output)); ext != "" && ext != ".xlsx" {
		fmt.Fprintln(c.env.stderr, tr.T("sheet_not_xlsx", "Path", c.opts.Output))
		return ExitUsage
	}
	var deck *cards.Deck
	if len(args) == 1 {
		if deck = c.findDeck(c.library(nil), args[0]); deck == nil {
			return ExitInvalid
		}
	}
	data, err := workbook.Write(deck, tr.Lang())
	if err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return ExitInvalid
	}
	n := 0
	if deck != nil {
		n = len(deck.Cards)
	} else if example, err := workbook.Example(tr.Lang()); err == nil {
		n = len(example.Cards)
	}
	// Written as declic print writes its PDF: -o may be a device
	// (/dev/stdout), which a temporary file renamed over cannot be; the
	// file is the user's copy to edit, not Déclic's data, and a write cut
	// short is fixed by running the command again.
	if err := os.WriteFile(c.opts.Output, data, 0o644); err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("sheet_unwritable", c.opts.Output, err))
		return ExitInvalid
	}
	fmt.Fprintln(c.env.stdout, tr.N("sheet_done", n, "Path", c.opts.Output))
	return ExitOK
}
