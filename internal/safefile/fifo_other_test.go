//go:build !unix

package safefile

import "testing"

func fifo(t *testing.T, dir, name string) string {
	t.Skip("no FIFO here")
	return ""
}
