package pdfdoc

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"declic/assets"
)

// ArabicFont is the family Noto Sans Arabic is registered under, the first
// time a text needs it.
const ArabicFont = "NotoArabic"

// arabic prints Arabic text with fpdf, which neither joins letters nor
// lays a line out right to left. A text is shaped by go-text's HarfBuzz
// (the shaper Ebitengine draws the game's Arabic with), which picks each
// letter's joined form and puts the glyphs in visual order, left to right;
// each glyph is then written as the character the font maps to it — the
// Arabic Presentation Forms, which Noto Sans Arabic maps to its joined
// glyphs — so that fpdf, drawing character by character, draws the shaped
// line. The PDF's text then reads back as those forms, in visual order: a
// copy and paste of an Arabic name is reversed, its print is right.
type arabic struct {
	face   *font.Face
	shaper shaping.HarfbuzzShaper
	// char is the character of each glyph the font maps one to, the
	// first of the Arabic blocks' when several share it.
	char map[font.GID]rune
}

// arabicRanges are where Noto Sans Arabic's characters are looked for:
// ASCII's digits and punctuation, Arabic, its supplement and its
// presentation forms.
var arabicRanges = [][2]rune{{0x20, 0x7e}, {0x00a0, 0x00ff}, {0x0600, 0x06ff}, {0x0750, 0x077f}, {0xfb50, 0xfdff}, {0xfe70, 0xfeff}}

func newArabic() (*arabic, error) {
	data, err := assets.FontData(assets.ArabicRegular)
	if err != nil {
		return nil, err
	}
	face, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", assets.ArabicRegular, err)
	}
	a := &arabic{face: face, char: map[font.GID]rune{}}
	for _, rg := range arabicRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			if g, ok := face.NominalGlyph(r); ok && g != 0 {
				if _, seen := a.char[g]; !seen {
					a.char[g] = r
				}
			}
		}
	}
	return a, nil
}

// isArabic reports a text the Arabic font prints whole: it has an Arabic
// letter, and no letter of another script (Noto Sans Arabic has no Latin
// letters: a line mixing both is cut into stretches, arabicStretches).
func isArabic(s string) bool {
	found := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			found = true
		case unicode.IsLetter(r) && !unicode.Is(unicode.Arabic, r):
			return false
		}
	}
	return found
}

// hasArabic reports an Arabic letter in s.
func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// arabicStretches cuts a line in another script into its stretches of
// Arabic and the rest, in reading order, as pieces not yet shaped: a stretch of Arabic runs from an
// Arabic letter to the last Arabic letter before a letter of another
// script, the spaces, digits and marks between its words with it.
func arabicStretches(line string) []piece {
	r := []rune(line)
	var out []piece
	flush := func(from, to int, arabic bool) {
		if from < to {
			out = append(out, piece{string(r[from:to]), arabic})
		}
	}
	start := 0
	for i := 0; i < len(r); {
		if !(unicode.Is(unicode.Arabic, r[i]) && unicode.IsLetter(r[i])) {
			i++
			continue
		}
		// An Arabic stretch starts at i; it ends after its last Arabic
		// letter or mark before a letter of another script.
		end := i + 1
		for j := i + 1; j < len(r); j++ {
			if unicode.IsLetter(r[j]) && !unicode.Is(unicode.Arabic, r[j]) {
				break
			}
			if unicode.Is(unicode.Arabic, r[j]) {
				end = j + 1
			}
		}
		flush(start, i, false)
		flush(i, end, true)
		start, i = end, end
	}
	flush(start, len(r), false)
	return out
}

// visual returns the line s (one line, no line break) as fpdf is to draw
// it in the Arabic font: shaped, left to right, and whether every glyph
// has a character; a line that does not is printed as it came. The line
// reads right to left but its numbers left to right, as the bidirectional
// algorithm lays them: "الفريق 12" ends, at its left, in 12, not 21.
func (a *arabic) visual(s string) (string, bool) {
	text := []rune(norm.NFC.String(s))
	var runs []string // in logical order, each already in visual order
	for start := 0; start < len(text); {
		end := start + 1
		digits := isDigit(text[start])
		for end < len(text) && isDigit(text[end]) == digits {
			end++
		}
		if digits {
			runs = append(runs, string(text[start:end]))
		} else {
			run, ok := a.shape(text, start, end)
			if !ok {
				return s, false
			}
			runs = append(runs, run)
		}
		start = end
	}
	var b strings.Builder
	for i := len(runs) - 1; i >= 0; i-- {
		b.WriteString(runs[i])
	}
	return b.String(), true
}

// isDigit reports a digit, European or Arabic-Indic: numbers read left to
// right in an Arabic line too.
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '\u0660' && r <= '\u0669' }

// shape shapes text[start:end] right to left, the rest of text around it
// as the context its letters join with.
func (a *arabic) shape(text []rune, start, end int) (string, bool) {
	out := a.shaper.Shape(shaping.Input{
		Text: text, RunStart: start, RunEnd: end, Direction: di.DirectionRTL, Face: a.face,
		Size: fixed.I(12), Script: language.Arabic, Language: language.NewLanguage("ar"),
	})
	var b strings.Builder
	for _, g := range out.Glyphs {
		r, ok := a.char[g.GlyphID]
		if !ok {
			return "", false
		}
		b.WriteRune(r)
	}
	return b.String(), true
}
