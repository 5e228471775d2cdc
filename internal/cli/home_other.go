//go:build !unix

package cli

import "os"

// ownFolder reports whether dir is a folder, not a link to one: where there
// are no Unix owners, the temporary folder is the user's own.
func ownFolder(dir string) bool {
	info, err := os.Lstat(dir)
	return err == nil && info.IsDir()
}
