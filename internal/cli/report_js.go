//go:build js

package cli

// report is not in the browser build, which has no command line (main_js.go
// never calls run): left out, the PDF library is not carried by the wasm.
func (c *Command) report([]string) int { return ExitUsage }
