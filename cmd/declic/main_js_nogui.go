//go:build js && !gui

package main

// The browser build is the game and nothing else: it needs Ebitengine,
// which the gui tag brings in (make dist, or
// GOOS=js GOARCH=wasm go build -tags gui ./cmd/declic). Without the tag there
// is nothing to run in a browser, and the build says so in its error.
var _ = theBrowserBuildNeedsTheGuiTag_runMakeDist_orBuildWithTagsGui
