package ui

import (
	"errors"
	"strings"
	"unicode"

	"declic/assets"
	"declic/store"
)

// TextScales are the text sizes offered.
var TextScales = []float64{1, 1.2, 1.4}

// SettingsNotice returns what to tell the person about err, an error of
// store.LoadSettings, in their language.
func SettingsNotice(tr *assets.Translator, err error) string {
	var lang *store.UnknownLanguageError
	if errors.As(err, &lang) {
		return tr.T("settings_unknown_language", "Value", shown(lang.Language, 16))
	}
	return tr.T("settings_damaged")
}

// shown returns a text read from a file as a notice may show it: at most
// max characters, control and bidirectional formatting characters as �.
func shown(s string, max int) string {
	var b strings.Builder
	for i, r := range []rune(s) {
		if i == max {
			b.WriteRune('…')
			break
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}
