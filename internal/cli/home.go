package cli

import (
	"os"
	"path/filepath"
)

// dataHome returns the folder Déclic keeps its data in: $DECLIC_HOME if set,
// else declic/ in the OS user config folder (os.UserConfigDir), else a
// .declic folder in the working directory when the system has neither.
func dataHome(getenv func(string) string) string {
	if h := getenv("DECLIC_HOME"); h != "" {
		return h
	}
	if dir, err := os.UserConfigDir(); err == nil {
		return filepath.Join(dir, "declic")
	}
	return ".declic"
}

// program returns the path of the running executable, links resolved; ""
// when it is unknown.
func program() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	return exe
}

// besideProgram returns the decks/ folder beside the executable, which a USB
// stick holding the game and its decks has; "" when the executable's place
// is unknown.
func besideProgram(exe string) string {
	if exe == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(exe), "decks")
}
