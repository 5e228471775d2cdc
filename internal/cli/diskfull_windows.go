package cli

import (
	"errors"

	"golang.org/x/sys/windows"
)

// diskFull reports Windows' own ways of saying that a disk is full.
func diskFull(err error) bool {
	return errors.Is(err, windows.ERROR_DISK_FULL) || errors.Is(err, windows.ERROR_HANDLE_DISK_FULL)
}
