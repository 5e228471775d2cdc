package cli

import (
	"os"
	"path/filepath"
	"strconv"
)

// dataHome returns the folder Déclic keeps its data in: $DECLIC_HOME if set,
// else declic/ in the OS user config folder (os.UserConfigDir). A system
// that gives none (HOME unset: a service, a kiosk session, a cron job)
// still gets an absolute folder, the same from wherever the game is
// started: a .declic folder in the user's home when only the config folder
// is unknown, else declic-UID in the temporary folder (see tempHome). The
// caller tells the person so with notice, the key of the message to show
// ("" when the folder is the usual one).
func dataHome(getenv func(string) string) (dir, notice string) {
	if h := getenv("DECLIC_HOME"); h != "" {
		return h, ""
	}
	if dir, err := os.UserConfigDir(); err == nil {
		return filepath.Join(dir, "declic"), ""
	}
	if home, err := os.UserHomeDir(); err == nil && filepath.IsAbs(home) {
		return filepath.Join(home, ".declic"), "home_fallback"
	}
	return tempHome(), "home_temporary"
}

// tempHome returns the folder of the last resort: declic-UID in the
// temporary folder, made for this user alone. When that name is taken by
// someone else (another user may make it first, to read the workshops),
// a new folder of this user's is made instead.
func tempHome() string {
	tmp := os.TempDir()
	if !filepath.IsAbs(tmp) {
		tmp = string(filepath.Separator) + "tmp"
	}
	name := "declic"
	if uid := os.Getuid(); uid >= 0 {
		name += "-" + strconv.Itoa(uid)
	}
	dir := filepath.Join(tmp, name)
	if err := os.Mkdir(dir, 0o700); err == nil || os.IsExist(err) {
		if ownFolder(dir) {
			return dir
		}
	}
	if fresh, err := os.MkdirTemp(tmp, name+"-"); err == nil {
		return fresh
	}
	return dir
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
