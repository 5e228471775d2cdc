//go:build !js

package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"declic/internal/pdfdoc"
	"declic/report"
)

// report writes a workshop's report as a PDF (report.PDF): the session
// named, or the newest, found and loaded as export finds and loads it, and
// said wrong in the same words.
func (c *Command) report(args []string) int {
	tr := c.tr
	if c.opts.Output == "" || len(args) > 1 {
		fmt.Fprintln(c.env.stderr, tr.T("report_usage"))
		return ExitUsage
	}
	s, ok := c.namedOrNewest(args, "report_none")
	if !ok {
		return ExitInvalid
	}
	data, err := report.PDF(s, tr)
	if err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return ExitInvalid
	}
	out, err := filepath.Abs(c.opts.Output)
	if err == nil {
		err = os.WriteFile(out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("report_unwritable", c.opts.Output, err))
		return ExitInvalid
	}
	fmt.Fprintln(c.env.stdout, tr.N("report_done", pdfdoc.Pages(data), "Path", out))
	return ExitOK
}
