package cards

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// ReadableSource returns a card's source as a person reads it: a web
// address with its %-codes decoded ("Wikipédia", not "Wikip%C3%A9dia"),
// anything else, or an address that does not decode to text, as it is.
func ReadableSource(src string) string {
	src = strings.TrimSpace(src)
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return src
	}
	if d, err := url.PathUnescape(src); err == nil && utf8.ValidString(d) {
		return d
	}
	return src
}
