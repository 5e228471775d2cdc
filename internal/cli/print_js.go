//go:build js

package cli

// print is not in the browser build, which has no command line (main_js.go
// never calls run): left out, the PDF library of package sheets is not
// carried by the wasm.
func (c *Command) print([]string) int { return ExitUsage }
