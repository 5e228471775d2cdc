//go:build !windows

package cli

// diskFull reports other ways of saying that a disk is full than ENOSPC:
// none outside Windows.
func diskFull(error) bool { return false }
