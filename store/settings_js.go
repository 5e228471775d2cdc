//go:build js

package store

import (
	"fmt"
	"syscall/js"

	"github.com/BurntSushi/toml"
)

// settingsKey is where the browser build keeps the settings in
// localStorage, as the TOML of the settings file.
const settingsKey = "declic/settings"

// SaveSettings writes the settings where this build keeps them: here
// localStorage, under settingsKey, as the TOML of the settings file; the
// browser has no file system, and file is ignored.
func SaveSettings(_ string, s Settings) (err error) {
	defer func() {
		if r := recover(); r != nil { // storage full or refused (private mode)
			err = fmt.Errorf("saving settings: %v", r)
		}
	}()
	data, err := toml.Marshal(s)
	if err != nil {
		return fmt.Errorf("saving settings: %w", err)
	}
	js.Global().Get("localStorage").Call("setItem", settingsKey, string(data))
	return nil
}

// LoadBrowserSettings reads the settings from localStorage: none gives the
// defaults, damaged ones the defaults and an error to show.
func LoadBrowserSettings() (s Settings, err error) {
	s = DefaultSettings()
	defer func() {
		if r := recover(); r != nil {
			s, err = DefaultSettings(), fmt.Errorf("reading settings: %v", r)
		}
	}()
	v := js.Global().Get("localStorage").Call("getItem", settingsKey)
	if v.IsNull() || v.IsUndefined() {
		return s, nil
	}
	if s, err = decodeSettings(v.String()); err != nil {
		return s, fmt.Errorf("reading settings: %w", err)
	}
	return s, nil
}
