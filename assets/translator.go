package assets

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"

	"github.com/BurntSushi/toml"
)

// Languages lists the languages Déclic speaks, French first: most
// facilitators read it.
var Languages = []string{"fr", "en"}

// Translator gives the texts of one language, plurals included (« 0 point »,
// "0 points"). A message missing from the language falls back to French.
//
// It reads the message files itself rather than through an i18n library:
// the command line of the game's build must run before Ebitengine's package
// initialisation opens the display (see cmd/declic), and Go initialises
// packages in the order of their import paths, which put such a library
// after Ebitengine's. Two languages with one/other plurals need little.
type Translator struct {
	lang     string
	messages map[string]message // the language's, then French for what it lacks
}

// message is one text of a message file: a plain text, or the forms of a
// plural (one, other), each a template when it holds {{ }}.
type message struct {
	one, other *template.Template
	plural     bool
}

// NewTranslator reads the embedded message files and returns a translator
// for lang, one of Languages.
func NewTranslator(lang string) (*Translator, error) {
	if !isLanguage(lang) {
		return nil, fmt.Errorf("no translation for language %q", lang)
	}
	t := &Translator{lang: lang, messages: make(map[string]message)}
	for _, l := range []string{lang, "fr"} {
		var raw map[string]any
		if _, err := toml.DecodeFS(translations, "i18n/"+l+".toml", &raw); err != nil {
			return nil, fmt.Errorf("reading the %s translations: %w", l, err)
		}
		for id, v := range raw {
			if _, done := t.messages[id]; done {
				continue
			}
			m, err := readMessage(id, v)
			if err != nil {
				return nil, fmt.Errorf("reading the %s translations: %w", l, err)
			}
			t.messages[id] = m
		}
	}
	return t, nil
}

func readMessage(id string, v any) (message, error) {
	parse := func(text string) (*template.Template, error) {
		return template.New(id).Parse(text)
	}
	switch v := v.(type) {
	case string:
		tmpl, err := parse(v)
		return message{one: tmpl, other: tmpl}, err
	case map[string]any:
		other, ok := v["other"].(string)
		if !ok {
			return message{}, fmt.Errorf("message %q has no \"other\" text", id)
		}
		one, ok := v["one"].(string)
		if !ok {
			one = other
		}
		m := message{plural: true}
		var err error
		if m.one, err = parse(one); err != nil {
			return m, err
		}
		m.other, err = parse(other)
		return m, err
	}
	return message{}, fmt.Errorf("message %q is neither a text nor plural forms", id)
}

// Lang returns the translator's language.
func (t *Translator) Lang() string { return t.lang }

// T returns the message id, its {{.Name}} fields filled from data given as
// name, value pairs. A message that does not exist comes back as its id, so
// that a missing text shows on screen instead of stopping the game; a test
// checks that every id used has both languages.
func (t *Translator) T(id string, data ...any) string {
	m, ok := t.messages[id]
	if !ok {
		return id
	}
	return render(m.other, id, pairs(data))
}

// N returns the plural form of the message id that fits count, which its
// text reads as {{.Count}}; data adds other fields as name, value pairs.
func (t *Translator) N(id string, count int, data ...any) string {
	m, ok := t.messages[id]
	if !ok {
		return id
	}
	fields := pairs(data)
	fields["Count"] = count
	form := m.other
	if t.isOne(count) {
		form = m.one
	}
	return render(form, id, fields)
}

// isOne reports whether count takes the singular, by the CLDR rules:
// 0 and 1 in French (« 0 point »), 1 only in English ("0 points").
func (t *Translator) isOne(count int) bool {
	if t.lang == "fr" {
		return count == 0 || count == 1
	}
	return count == 1
}

func render(tmpl *template.Template, id string, fields map[string]any) string {
	var b bytes.Buffer
	if err := tmpl.Execute(&b, fields); err != nil {
		return id
	}
	return b.String()
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
