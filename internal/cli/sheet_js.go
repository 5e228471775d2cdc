//go:build js

package cli

// sheet is not in the browser build, which has no command line (main_js.go
// never calls run): left out, excelize and package workbook are not
// carried by the wasm, which has a size goal.
func (c *Command) sheet([]string) int { return ExitUsage }
