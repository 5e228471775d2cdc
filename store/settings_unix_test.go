//go:build unix

package store

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/internal/safefile"
)

// TestLoadSettingsFromAPipe: a settings.toml that is a FIFO is refused, not
// waited on forever.
func TestLoadSettingsFromAPipe(t *testing.T) {
	file := filepath.Join(t.TempDir(), "settings.toml")
	if err := syscall.Mkfifo(file, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	s, err := LoadSettings(file)
	assert.Equal(t, DefaultSettings(), s)
	assert.True(t, errors.Is(err, safefile.ErrNotRegular), "%v", err)
}
