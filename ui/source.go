package ui

import (
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"declic/cards"
)

// shortSource is how long a source may be, in characters, before it is
// shortened to its site and the words of its page.
const shortSource = 60

// sourceLabel returns a source as a person reads it: a web address decoded
// ("Wikipédia", not "Wikip%C3%A9dia"), and when it is long, shortened to
// the site and the words of the page ("slate.fr › houston requin fake").
// Anything that is not a web address is returned as it is.
func sourceLabel(src string) string {
	decoded := cards.ReadableSource(src)
	if utf8.RuneCountInString(decoded) <= shortSource {
		return decoded
	}
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return decoded
	}
	site := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	words := pageWords(u.Path)
	if words == "" {
		return site
	}
	return site + " › " + words
}

// pageWords returns the words of the last meaningful part of a page's path:
// "/story/150519/houston-requin-fake.html" gives "houston requin fake".
func pageWords(p string) string {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		part, err := url.PathUnescape(parts[i])
		if err != nil {
			part = parts[i]
		}
		part = strings.TrimSuffix(part, path.Ext(part))
		var words []string
		for _, w := range strings.Fields(strings.NewReplacer("-", " ", "_", " ", "+", " ").Replace(part)) {
			if hasLetter(w) {
				words = append(words, w) // numbers (an article's id) say nothing
			}
		}
		if len(words) == 0 || (len(words) == 1 && (words[0] == "index" || words[0] == "article")) {
			continue // "150519", "index" keeps going
		}
		out := ""
		for i, w := range words {
			if i > 0 && utf8.RuneCountInString(out+" "+w) > shortSource {
				return out + "…"
			}
			out = strings.TrimSpace(out + " " + w)
		}
		return out
	}
	return ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			continue
		}
		return true
	}
	return false
}
