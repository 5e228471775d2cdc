//go:build !unix

package safefile

// nonBlock is not needed where files cannot be FIFOs (a browser's files) and
// not offered by os on Windows, whose named pipes are not in folders.
const nonBlock = 0
