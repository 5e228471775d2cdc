package cli

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWritingToAFullDisk: export and print onto a full disk (/dev/full
// answers every write with ENOSPC) say that the disk is full, not to check
// the folder.
func TestWritingToAFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	w := newWorkshop(t)
	status, _, stderr := w.run("fr_FR.UTF-8", "export", "-o", "/dev/full")
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Impossible d'écrire /dev/full\u00a0: le disque est plein. Libérez de la place, ou choisissez un autre endroit (une clé USB).\n", stderr)
	status, _, stderr = runFor(t, "en_GB.UTF-8", "print", "decouverte", "-o", "/dev/full")
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Cannot write /dev/full: the disk is full. Free some space, or choose another place (a USB stick).\n", stderr)
}
