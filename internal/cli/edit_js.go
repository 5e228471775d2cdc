//go:build js

package cli

import "fmt"

// edit is not in the browser build: the editor is a server on the
// computer, which a web page cannot open.
func (c *Command) edit([]string) int {
	fmt.Fprintln(c.env.stderr, c.tr.T("edit_unavailable"))
	return ExitUsage
}
