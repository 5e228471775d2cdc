package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteDeckFile writes one file of a user's deck (its deck file, a
// picture) at file, its folder made when missing, through writeAtomic: a
// deck the editor saves is either as it was or as saved, never half
// written, whatever happens during the save.
func WriteDeckFile(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("saving %s: %w", file, err)
	}
	if err := writeAtomic(file, data, 0o644, nil); err != nil {
		return fmt.Errorf("saving %s: %w", file, err)
	}
	return nil
}
