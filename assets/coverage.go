package assets

import (
	"bytes"
	"sync"

	"github.com/go-text/typesetting/font"
)

// drawn lists the embedded fonts the front end draws text with: a text's
// character shows when one of them has it (ui's faces fall back from one to
// the next). The bold fonts have the characters of the regular ones.
var drawn = []Font{Regular, ArabicRegular, Symbols}

// cmaps returns the character maps of the drawn fonts, read once, the first
// time a character is asked about. A font that does not parse is a broken
// build: it then covers nothing, and the tests say so.
var cmaps = sync.OnceValue(func() map[Font]font.Cmap {
	out := make(map[Font]font.Cmap, len(drawn))
	for _, f := range drawn {
		data, err := FontData(f)
		if err != nil {
			continue
		}
		face, err := font.ParseTTF(bytes.NewReader(data))
		if err != nil {
			continue
		}
		out[f] = face.Font.Cmap
	}
	return out
})

// Has reports whether the font f has a glyph for r: the front end cuts a
// line by the font that draws each piece. Bold fonts answer as their
// regular ones. It is safe for concurrent use.
func (f Font) Has(r rune) bool {
	switch f {
	case Bold:
		f = Regular
	case ArabicBold:
		f = ArabicRegular
	}
	cm, ok := cmaps()[f]
	if !ok {
		return false
	}
	_, ok = cm.Lookup(r)
	return ok
}

// CanDraw reports whether one of the embedded fonts has a glyph for r: a
// character none has shows as nothing at all (an emoji, Hebrew, Chinese).
// Characters that take no room of their own — line breaks, tabs, joiners
// and direction marks, variation selectors — are not glyphs and count as
// drawable. It is safe for concurrent use.
func CanDraw(r rune) bool {
	if r >= ' ' && r < 0x7f {
		return true // every font here starts from ASCII
	}
	if invisible(r) {
		return true
	}
	for _, f := range drawn {
		if f.Has(r) {
			return true
		}
	}
	return false
}

// invisible reports the characters the shaper lays out without a glyph of
// their own: the line's white space breaks and the default-ignorable
// characters text carries for its shaping (zero-width joiners, direction
// marks, variation selectors).
func invisible(r rune) bool {
	switch {
	case r == '\n', r == '\t', r == '\r':
		return true
	case r == 0x00ad, r == 0x034f, r == 0x061c, r == 0x180e: // soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian vowel separator
		return true
	case r >= 0x200b && r <= 0x200f: // zero-width space, joiners, direction marks
		return true
	case r >= 0x2060 && r <= 0x2064, r == 0xfeff: // word joiner, invisible operators, BOM
		return true
	case r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0100 && r <= 0xe01ef: // variation selectors
		return true
	}
	return false
}
