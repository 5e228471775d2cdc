//go:build !windows

package main

// attachConsole is only needed by the Windows game (console_windows.go).
func attachConsole() {}
