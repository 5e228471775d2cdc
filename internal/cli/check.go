package cli

import "fmt"

// check validates decks: one line a problem on standard output, a summary
// on standard error; exit status 1 when a deck is invalid, warnings allowed.
func (c *Command) check(paths []string) int {
	lib := c.library(paths)
	for _, p := range lib.Problems {
		fmt.Fprintln(c.env.stdout, p.Text(c.tr.Lang()))
	}
	invalid := lib.Invalid()
	tr := c.tr
	fmt.Fprintln(c.env.stderr, tr.T("check_summary",
		"Decks", tr.N("check_decks", lib.Files),
		"Valid", tr.N("check_valid", len(lib.Decks)),
		"Invalid", tr.N("check_invalid", invalid),
		"Errors", tr.N("check_errors", lib.Problems.Errors()),
		"Warnings", tr.N("check_warnings", lib.Problems.Warnings())))
	if lib.Problems.Errors() > 0 {
		return ExitInvalid
	}
	return ExitOK
}
