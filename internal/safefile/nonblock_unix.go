//go:build unix

package safefile

import "syscall"

// nonBlock makes opening a FIFO return at once instead of waiting for a
// writer; on a regular file it changes nothing.
const nonBlock = syscall.O_NONBLOCK
