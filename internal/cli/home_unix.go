//go:build unix

package cli

import (
	"os"
	"syscall"
)

// ownFolder reports whether dir is a folder (not a link to one) that
// belongs to this user and that nobody else may write to or read.
func ownFolder(dir string) bool {
	info, err := os.Lstat(dir)
	if err != nil || !info.IsDir() || info.Mode().Perm()&0o077 != 0 {
		return false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
