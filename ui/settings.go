package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// Settings are the player's display choices, kept in settings.toml in
// Déclic's data folder.
type Settings struct {
	Language     string  `toml:"language"` // fr or en; empty follows the system
	Fullscreen   bool    `toml:"fullscreen"`
	TextScale    float64 `toml:"text_scale"` // 1 normal, 1.2 large, 1.4 very large
	HighContrast bool    `toml:"high_contrast"`
	Easy         bool    `toml:"easy"` // easy-to-read wording of the cards
	Sound        bool    `toml:"sound"`
}

// DefaultSettings are the settings of a first start.
func DefaultSettings() Settings { return Settings{TextScale: 1, Sound: true} }

// TextScales are the text sizes offered.
var TextScales = []float64{1, 1.2, 1.4}

// LoadSettings reads the settings file; a missing file gives the defaults,
// a damaged one the defaults and an error to show.
func LoadSettings(file string) (Settings, error) {
	s := DefaultSettings()
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("reading %s: %w", file, err)
	}
	if _, err := toml.Decode(string(data), &s); err != nil {
		return DefaultSettings(), fmt.Errorf("reading %s: %w", file, err)
	}
	if s.TextScale < 1 || s.TextScale > 2 {
		s.TextScale = 1
	}
	return s, nil
}

// Save writes the settings file, through a temporary file so that a crash
// never leaves half a file.
func (s Settings) Save(file string) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".settings-*.toml")
	if err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := toml.NewEncoder(tmp).Encode(s); err != nil {
		tmp.Close()
		return fmt.Errorf("saving settings: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	return nil
}
