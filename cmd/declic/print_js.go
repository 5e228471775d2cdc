//go:build js

package main

// print is not in the browser build, which has no command line (main_js.go
// never calls run): left out, the PDF library of package sheets is not
// carried by the wasm.
func (c *cli) print([]string) int { return exitUsage }
