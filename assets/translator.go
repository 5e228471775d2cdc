package assets

import (
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Languages lists the languages Déclic speaks, French first: most
// facilitators read it.
var Languages = []string{"fr", "en"}

// Translator gives the texts of one language, plurals included (« 0 point »,
// "0 points"). A message missing from the language falls back to French.
type Translator struct {
	lang      string
	localizer *i18n.Localizer
}

// NewTranslator reads the embedded message files and returns a translator
// for lang, one of Languages.
func NewTranslator(lang string) (*Translator, error) {
	bundle := i18n.NewBundle(language.French)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, l := range Languages {
		if _, err := bundle.LoadMessageFileFS(translations, "i18n/"+l+".toml"); err != nil {
			return nil, fmt.Errorf("reading the %s translations: %w", l, err)
		}
	}
	if !isLanguage(lang) {
		return nil, fmt.Errorf("no translation for language %q", lang)
	}
	return &Translator{lang: lang, localizer: i18n.NewLocalizer(bundle, lang, "fr")}, nil
}

// Lang returns the translator's language.
func (t *Translator) Lang() string { return t.lang }

// T returns the message id, its {{.Name}} fields filled from data given as
// name, value pairs. A message that does not exist comes back as its id, so
// that a missing text shows on screen instead of stopping the game; a test
// checks that every id used has both languages.
func (t *Translator) T(id string, data ...any) string {
	return t.localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: pairs(data)})
}

// N returns the plural form of the message id that fits count, which its
// text reads as {{.Count}}; data adds other fields as name, value pairs.
func (t *Translator) N(id string, count int, data ...any) string {
	fields := pairs(data)
	fields["Count"] = count
	return t.localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: fields})
}

func (t *Translator) localize(c *i18n.LocalizeConfig) string {
	s, err := t.localizer.Localize(c)
	if err != nil {
		return c.MessageID
	}
	return s
}

func pairs(data []any) map[string]any {
	m := make(map[string]any, len(data)/2+1)
	for i := 0; i+1 < len(data); i += 2 {
		if k, ok := data[i].(string); ok {
			m[k] = data[i+1]
		}
	}
	return m
}

func isLanguage(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// PickLanguage returns the language to speak: the one asked for (a --lang
// flag or a setting) when Déclic speaks it, else the system's from the
// usual environment variables, else French.
func PickLanguage(asked string, getenv func(string) string) string {
	if isLanguage(asked) {
		return asked
	}
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		value := getenv(v)
		if value == "" || value == "C" || value == "POSIX" || strings.HasPrefix(value, "C.") {
			continue
		}
		// LANGUAGE is a list (fr:en); the others are fr_FR.UTF-8 and the like.
		for _, part := range strings.Split(value, ":") {
			fields := strings.FieldsFunc(part, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == '@' })
			if len(fields) > 0 && isLanguage(strings.ToLower(fields[0])) {
				return strings.ToLower(fields[0])
			}
		}
		return "fr"
	}
	return "fr"
}
