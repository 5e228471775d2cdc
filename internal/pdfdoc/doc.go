// Package pdfdoc is the A4 PDF document the print-and-play sheets and the
// workshop report are written on: fpdf with Déclic's fonts embedded, whose
// every text is made printable on its way in. It is plain Go, without
// Ebitengine, so that declic print and declic report run without a screen.
package pdfdoc

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"declic/assets"
)

// missing stands in the PDF for a character its font cannot print: an
// emoji, a Hebrew or Chinese letter in a deck in French. Noto Sans has no
// box (□) to show instead, and a question mark reads as "something was
// here" where a blank would let a word vanish.
const missing = '?'

// Doc is the PDF being written. Its text methods are fpdf's, with every
// text made printable first: they are the one way text reaches fpdf, whose
// width tables end at U+FFFF (a 🍪 in a card made it panic) and whose font
// draws nothing for a character it lacks.
type Doc struct {
	*fpdf.Fpdf
	glyphs *glyphs
}

// MultiCell is fpdf's, with txt made printable.
func (d *Doc) MultiCell(w, h float64, txt, border, align string, fill bool) {
	d.Fpdf.MultiCell(w, h, d.glyphs.printable(txt), border, align, fill)
}

// CellFormat is fpdf's, with txt made printable.
func (d *Doc) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	d.Fpdf.CellFormat(w, h, d.glyphs.printable(txt), border, ln, align, fill, link, linkStr)
}

// Cell is fpdf's, with txt made printable.
func (d *Doc) Cell(w, h float64, txt string) { d.Fpdf.Cell(w, h, d.glyphs.printable(txt)) }

// Text is fpdf's, with txt made printable.
func (d *Doc) Text(x, y float64, txt string) { d.Fpdf.Text(x, y, d.glyphs.printable(txt)) }

// Write is fpdf's, with txt made printable.
func (d *Doc) Write(h float64, txt string) { d.Fpdf.Write(h, d.glyphs.printable(txt)) }

// SplitText returns the lines MultiCell draws txt on, made printable, in
// a cell w wide. It breaks lines where MultiCell does, at plain spaces
// and line breaks only: fpdf's own SplitText also breaks at the
// non-breaking spaces French puts before ? ! : ; and inside « », and
// would count lines MultiCell does not draw. A word wider than the cell
// is cut where it overflows, as MultiCell cuts it.
func (d *Doc) SplitText(txt string, w float64) []string {
	txt = strings.TrimRight(d.glyphs.printable(txt), "\n")
	room := w - 2*d.GetCellMargin()
	var lines []string
	for _, para := range strings.Split(txt, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			switch {
			case line == "":
				line = word
			case d.Fpdf.GetStringWidth(line+" "+word) <= room:
				line += " " + word
			default:
				lines = append(lines, line)
				line = word
			}
			for d.Fpdf.GetStringWidth(line) > room {
				r := []rune(line)
				cut := len(r) - 1
				for cut > 1 && d.Fpdf.GetStringWidth(string(r[:cut])) > room {
					cut--
				}
				lines = append(lines, string(r[:cut]))
				line = string(r[cut:])
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// GetStringWidth is fpdf's, on s made printable.
func (d *Doc) GetStringWidth(s string) float64 { return d.Fpdf.GetStringWidth(d.glyphs.printable(s)) }

// SetTitle is fpdf's, with the title made printable.
func (d *Doc) SetTitle(title string, isUTF8 bool) { d.Fpdf.SetTitle(d.glyphs.printable(title), isUTF8) }

// Font is the family name the fonts are registered under: style "" is Noto
// Sans Regular, "B" Noto Sans Bold.
const Font = "Noto"

// New returns an empty A4 portrait document in millimetres with the
// fonts registered as Font, its content compressed or not (tests read it
// uncompressed). An error means the embedded fonts could not be read.
func New(compress bool) (*Doc, error) {
	g, err := newGlyphs()
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	d := &Doc{Fpdf: fpdf.New("P", "mm", "A4", ""), glyphs: g}
	d.SetCompression(compress)
	for _, f := range []struct {
		style string
		font  assets.Font
	}{{"", assets.Regular}, {"B", assets.Bold}} {
		data, err := assets.FontData(f.font)
		if err != nil {
			return nil, fmt.Errorf("fonts: %w", err)
		}
		d.AddUTF8FontFromBytes(Font, f.style, data)
	}
	if err := d.Error(); err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	return d, nil
}

// Pages counts the pages of a PDF that a Doc wrote: its page objects,
// which fpdf never compresses.
func Pages(data []byte) int { return bytes.Count(data, []byte("/Type /Page\n")) }

// Printable returns s as the document's fonts print it (see printable):
// what a text becomes in the PDF, for a caller that measures it.
func (d *Doc) Printable(s string) string { return d.glyphs.printable(s) }

// glyphs tells which characters the sheets' fonts can print: those both
// Noto Sans Regular and Bold have a glyph for, within fpdf's U+0000–U+FFFF.
type glyphs struct {
	fonts []*sfnt.Font
	buf   sfnt.Buffer
	known map[rune]bool
}

func newGlyphs() (*glyphs, error) {
	g := &glyphs{known: make(map[rune]bool)}
	for _, f := range []assets.Font{assets.Regular, assets.Bold} {
		data, err := assets.FontData(f)
		if err != nil {
			return nil, err
		}
		font, err := sfnt.Parse(data)
		if err != nil {
			return nil, err
		}
		g.fonts = append(g.fonts, font)
	}
	return g, nil
}

// has reports whether every font has a glyph for r.
func (g *glyphs) has(r rune) bool {
	if r < 0x7f {
		return r >= ' '
	}
	if r > 0xffff {
		return false
	}
	if ok, seen := g.known[r]; seen {
		return ok
	}
	ok := true
	for _, f := range g.fonts {
		if i, err := f.GlyphIndex(&g.buf, r); err != nil || i == 0 {
			ok = false
			break
		}
	}
	g.known[r] = ok
	return ok
}

// printable returns s as the fonts can print it. Letters and their accents
// are composed first (e + U+0301 becomes é, which the font has whole); a
// character the fonts lack becomes missing, except what has no shape of its
// own — a mark over a letter the fonts lack, an emoji's variation selector
// — which is dropped, so that ❤️ prints as one question mark, not two. Line
// breaks stay, tabs become spaces; other control and format characters
// (joiners, direction marks and overrides) go.
func (g *glyphs) printable(s string) string {
	if g.allKnown(s) && norm.NFC.IsNormalString(s) {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteRune(' ')
		case unicode.In(r, unicode.Cc, unicode.Cf):
			// fpdf neither shapes nor reorders: a joiner or a direction
			// override would do nothing but hide in the text.
		case g.has(r):
			b.WriteRune(r)
		case unicode.In(r, unicode.Mn, unicode.Me):
		default:
			b.WriteRune(missing)
		}
	}
	return b.String()
}

// allKnown reports a text already printable as it is: the common case, so
// that printing a deck in French costs no copy of its texts.
func (g *glyphs) allKnown(s string) bool {
	for _, r := range s {
		if r != '\n' && (!g.has(r) || unicode.Is(unicode.Cf, r)) {
			return false
		}
	}
	return true
}
