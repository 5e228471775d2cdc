//go:build !js

package store

// SaveSettings writes the settings where this build keeps them: here the
// settings file (Settings.Save); no file, no saving (tests, or a data
// folder that could not be found). The browser build keeps them in
// localStorage (settings_js.go).
func SaveSettings(file string, s Settings) error {
	if file == "" {
		return nil
	}
	return s.Save(file)
}
