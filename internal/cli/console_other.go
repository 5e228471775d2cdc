//go:build !windows

package cli

// attachConsole is only needed by the Windows game (console_windows.go).
func attachConsole() {}
