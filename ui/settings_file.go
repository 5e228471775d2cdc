//go:build !js

package ui

// storeSettings writes the settings to the settings file; no file, no
// saving (tests, or a data folder that could not be found).
func storeSettings(file string, s Settings) error {
	if file == "" {
		return nil
	}
	return s.Save(file)
}
