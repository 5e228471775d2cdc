package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// openGame opens the game: in the window of the build that has one (see
// Window), else through declic-game.
func (c *Command) openGame(deck string) int {
	if c.env.window != nil {
		return c.env.window(c, deck)
	}
	return c.handOver()
}

// handOver hands the game over to declic-game, the build of this program
// with the game screens (the gui build tag), found beside it. declic itself
// does not link Ebitengine, which opens the display as the program starts:
// that is what lets declic check, list, sessions and export run on a
// machine without a screen.
func (c *Command) handOver() int {
	if !HasScreen(c.env.getenv) {
		fmt.Fprintln(c.env.stderr, c.tr.T("no_screen"))
		return ExitInvalid
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
		return ExitInvalid
	}
	cmd := exec.Command(game, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, c.env.stdout, c.env.stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(c.env.stderr, err)
		return ExitInvalid
	}
	return ExitOK
}

// HasScreen reports whether a window can open: on Linux and the BSDs, an X11
// or Wayland display must be named; elsewhere there always is one.
func HasScreen(getenv func(string) string) bool {
	switch runtime.GOOS {
	case "windows", "darwin", "js", "android", "ios":
		return true
	}
	return getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != ""
}
