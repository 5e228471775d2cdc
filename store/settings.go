package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/BurntSushi/toml"

	"declic/assets"
	"declic/internal/safefile"
	"declic/internal/tomlguard"
)

// Settings are the player's display choices, kept in settings.toml in
// Déclic's data folder (in localStorage in the browser, settings_js.go).
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

// maxSettingsSize is the largest settings file read: the game writes a
// few hundred bytes.
const maxSettingsSize = 64 << 10

// LoadSettings reads the settings file; a missing file gives the defaults,
// a damaged one the defaults and an error to show (SettingsNotice). A file
// naming a language Déclic does not speak gives its other settings, the
// language left to the system, and an *UnknownLanguageError.
func LoadSettings(file string) (Settings, error) {
	data, err := safefile.ReadFile(file, maxSettingsSize)
	if errors.Is(err, fs.ErrNotExist) {
		return DefaultSettings(), nil
	}
	if err != nil {
		return DefaultSettings(), fmt.Errorf("reading %s: %w", file, err)
	}
	s, err := decodeSettings(string(data))
	if err != nil {
		return s, fmt.Errorf("reading %s: %w", file, err)
	}
	return s, nil
}

// decodeSettings reads settings from their TOML text, as LoadSettings
// says, whatever the text holds, and never panics: tomlguard refuses first what would make
// the parser crash or exhaust the memory, and a value out of range is
// replaced by its default.
func decodeSettings(text string) (settings Settings, err error) {
	// A bug in the pre-scan or the parser must not stop every start: the
	// settings are then only damaged.
	defer func() {
		if r := recover(); r != nil {
			settings, err = DefaultSettings(), fmt.Errorf("settings unreadable: %v", r)
		}
	}()
	if err := tomlguard.Check(text); err != nil {
		return DefaultSettings(), err
	}
	s := DefaultSettings()
	if _, err := toml.Decode(text, &s); err != nil {
		return DefaultSettings(), err
	}
	if !(s.TextScale >= 1 && s.TextScale <= 2) { // NaN included
		s.TextScale = 1
	}
	if s.Language != "" && !slices.Contains(assets.Languages, s.Language) {
		err := &UnknownLanguageError{Language: s.Language}
		s.Language = ""
		return s, err
	}
	return s, nil
}

// UnknownLanguageError is a settings file naming a language Déclic does
// not speak (edited by hand, or written by a later version).
type UnknownLanguageError struct{ Language string }

func (e *UnknownLanguageError) Error() string {
	return fmt.Sprintf("no translation for language %q", e.Language)
}

// Save writes the settings file, through a temporary file so that a crash
// never leaves half a file (writeAtomic). SaveSettings is what the game
// calls: it writes where the build keeps its settings.
func (s Settings) Save(file string) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	var text bytes.Buffer
	if err := toml.NewEncoder(&text).Encode(s); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	if err := writeAtomic(file, text.Bytes(), 0o600, nil); err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	return nil
}
