//go:build !gui

package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// openGame hands the game over to declic-game, the build of this program
// with the game screens (the gui build tag), found beside it. declic itself
// does not link Ebitengine, which opens the display as the program starts:
// that is what lets declic check, list, sessions and export run on a
// machine without a screen.
func (c *cli) openGame(deck string) int {
	if !hasScreen(c.env.getenv) {
		fmt.Fprintln(c.env.stderr, c.tr.T("no_screen"))
		return exitInvalid
	}
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	name := "declic-game"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	game := filepath.Join(filepath.Dir(exe), name)
	if _, err := os.Stat(game); err != nil {
		fmt.Fprintln(c.env.stderr, c.tr.T("no_game_binary", "Path", game))
		return exitInvalid
	}
	cmd := exec.Command(game, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, c.env.stdout, c.env.stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(c.env.stderr, err)
		return exitInvalid
	}
	return exitOK
}

// hasScreen reports whether a window can open: on Linux and the BSDs, an X11
// or Wayland display must be named; elsewhere there always is one.
func hasScreen(getenv func(string) string) bool {
	switch runtime.GOOS {
	case "windows", "darwin", "js", "android", "ios":
		return true
	}
	return getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != ""
}
