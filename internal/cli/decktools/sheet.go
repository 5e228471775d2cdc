package decktools

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"declic/cards"
	"declic/internal/cli"
	"declic/workbook"
)

// sheet writes a deck as Déclic's spreadsheet template (.xlsx), its
// headers and instructions in the user's language: the deck named by id
// (bundled or the user's) or by the path of its file, or with none the
// empty template, an example of each kind of card. Exit 0 when written, 1
// when the deck is not found or the file cannot be written, 2 on bad usage.
func (Commands) Sheet(c *cli.Command, args []string) int {
	tr := c.Tr()
	if len(args) > 1 || c.Options().Output == "" {
		fmt.Fprintln(c.Stderr(), tr.T("sheet_usage"))
		return cli.ExitUsage
	}
	// An output named otherwise (.ods, .xls, .csv) would hold an .xlsx
	// all the same; one with no extension is a device (/dev/stdout).
	if ext := strings.ToLower(filepath.Ext(c.Options().Output)); ext != "" && ext != ".xlsx" {
		fmt.Fprintln(c.Stderr(), tr.T("sheet_not_xlsx", "Path", c.Options().Output))
		return cli.ExitUsage
	}
	var deck *cards.Deck
	if len(args) == 1 {
		if deck = c.FindDeck(c.Library(), args[0]); deck == nil {
			return cli.ExitInvalid
		}
	}
	data, err := workbook.Write(deck, tr.Lang())
	if err != nil {
		fmt.Fprintln(c.Stderr(), err)
		return cli.ExitInvalid
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
	if err := os.WriteFile(c.Options().Output, data, 0o644); err != nil {
		fmt.Fprintln(c.Stderr(), c.Unwritable("sheet_unwritable", c.Options().Output, err))
		return cli.ExitInvalid
	}
	fmt.Fprintln(c.Stdout(), tr.N("sheet_done", n, "Path", c.Options().Output))
	return cli.ExitOK
}
