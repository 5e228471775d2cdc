package cli

import (
	"errors"
	"io/fs"
	"syscall"
)

// unwritable says why a file could not be written, in words a facilitator
// can act on: a full disk or a folder Déclic may not write in have their
// own message; anything else gets the command's own advice (key).
func (c *Command) unwritable(key, path string, err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC) || diskFull(err):
		return c.tr.T("write_disk_full", "Path", path)
	case errors.Is(err, fs.ErrPermission):
		return c.tr.T("write_permission", "Path", path)
	}
	return c.tr.T(key, "Path", path)
}
