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
	// The font set last (SetFont): a text in Arabic is drawn in the
	// Arabic font of its style and size, and the font set back after.
	family, style string
	size          float64
	// arabic shapes Arabic text; nil until a text needs it, when Noto
	// Sans Arabic is registered (a report without Arabic embeds it not).
	arabic *arabic
	err    error // why the Arabic shaper or fonts could not be had, once
}

// SetFont is fpdf's, and the font a text in Arabic is drawn in the style
// and size of.
func (d *Doc) SetFont(family, style string, size float64) {
	d.family, d.style, d.size = family, style, size
	d.Fpdf.SetFont(family, style, size)
}

// piece is a stretch of a line in one font, as it is to be drawn: in the
// Arabic font shaped and in visual order, else made printable.
type piece struct {
	s      string
	arabic bool
}

// pieces cuts a line into the stretches drawn in one font, left to right.
// A line in Arabic script alone (isArabic) is one Arabic piece; a line
// in another script with Arabic in it — a team's name in a French
// sentence — keeps its order, each stretch of Arabic words shaped in its
// place. Where the Arabic font cannot be had or lacks a glyph, the line is
// made printable, its Arabic letters missing.
func (d *Doc) pieces(line string) []piece {
	plain := []piece{{d.glyphs.printable(line), false}}
	if !hasArabic(line) || d.useArabic() != nil {
		return plain
	}
	if isArabic(line) {
		v, ok := d.arabic.visual(line)
		if !ok {
			return plain
		}
		return []piece{{v, true}}
	}
	out := arabicStretches(line)
	for i, p := range out {
		if !p.arabic {
			out[i].s = d.glyphs.printable(p.s)
			continue
		}
		v, ok := d.arabic.visual(p.s)
		if !ok {
			return plain
		}
		out[i].s = v
	}
	return out
}

// useArabic makes the Arabic shaper and registers the Arabic fonts, the
// first time; the error says why they could not be, every time.
func (d *Doc) useArabic() error {
	if d.arabic != nil || d.err != nil {
		return d.err
	}
	a, err := newArabic()
	if err != nil {
		d.err = err
		return err
	}
	if err := d.addFonts(ArabicFont, assets.ArabicRegular, assets.ArabicBold); err != nil {
		d.err = err
		return err
	}
	d.arabic = a
	return nil
}

// in runs draw with the font of p, in the current style and size, and
// sets the font back.
func (d *Doc) in(p piece, draw func()) {
	if !p.arabic {
		draw()
		return
	}
	d.Fpdf.SetFont(ArabicFont, d.style, d.size)
	draw()
	d.Fpdf.SetFont(d.family, d.style, d.size)
}

// width returns the width of the pieces, each in its font.
func (d *Doc) width(ps []piece) float64 {
	w := 0.0
	for _, p := range ps {
		d.in(p, func() { w += d.Fpdf.GetStringWidth(p.s) })
	}
	return w
}

// MultiCell is fpdf's, with txt made printable. A text with Arabic in it
// is broken into lines by its words in reading order (SplitText), each
// then drawn as a cell of its own as fpdf's MultiCell draws its lines:
// fpdf, breaking the shaped text, would put a line's end on the first.
func (d *Doc) MultiCell(w, h float64, txt, border, align string, fill bool) {
	if !hasArabic(txt) || border != "" || d.useArabic() != nil {
		d.Fpdf.MultiCell(w, h, d.glyphs.printable(txt), border, align, fill)
		return
	}
	w = d.widthOr(w)
	if align == "J" || align == "" {
		align = "L"
	}
	for _, l := range d.SplitText(txt, w) {
		d.CellFormat(w, h, l, "", 2, align, fill, 0, "")
	}
	left, _, _, _ := d.GetMargins()
	d.SetX(left)
}

// CellFormat is fpdf's, with txt made printable, and with Arabic in it
// shaped (pieces): the cell is drawn, then each piece in its font.
func (d *Doc) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	ps := d.pieces(txt)
	if len(ps) == 1 {
		d.in(ps[0], func() { d.Fpdf.CellFormat(w, h, ps[0].s, border, ln, align, fill, link, linkStr) })
		return
	}
	x, y := d.GetXY()
	w = d.widthOr(w)
	d.Fpdf.CellFormat(w, h, "", border, ln, align, fill, link, linkStr)
	after := [2]float64{d.GetX(), d.GetY()}
	margin := d.GetCellMargin()
	total := d.width(ps)
	at := x + margin
	switch {
	case strings.Contains(align, "C"):
		at = x + (w-total)/2
	case strings.Contains(align, "R"):
		at = x + w - margin - total
	}
	vertical := strings.Trim(align, "LCR")
	d.SetCellMargin(0)
	for _, p := range ps {
		d.in(p, func() {
			pw := d.Fpdf.GetStringWidth(p.s)
			d.SetXY(at, y)
			d.Fpdf.CellFormat(pw, h, p.s, "", 0, "L"+vertical, false, 0, "")
			at += pw
		})
	}
	d.SetCellMargin(margin)
	d.SetXY(after[0], after[1])
}

// widthOr returns a cell's width w, or for 0 the width to the right
// margin, as fpdf reads a width of 0.
func (d *Doc) widthOr(w float64) float64 {
	if w != 0 {
		return w
	}
	pw, _ := d.GetPageSize()
	_, _, right, _ := d.GetMargins()
	return pw - right - d.GetX()
}

// Cell is fpdf's, with txt made printable (see CellFormat).
func (d *Doc) Cell(w, h float64, txt string) { d.CellFormat(w, h, txt, "", 0, "L", false, 0, "") }

// Text is fpdf's, with txt made printable, and with Arabic in it shaped
// (pieces), each piece drawn in its font from x.
func (d *Doc) Text(x, y float64, txt string) {
	for _, p := range d.pieces(txt) {
		d.in(p, func() {
			d.Fpdf.Text(x, y, p.s)
			x += d.Fpdf.GetStringWidth(p.s)
		})
	}
}

// Write is fpdf's, with txt made printable; Arabic in it is printed as
// missing letters, for fpdf flows the text itself.
func (d *Doc) Write(h float64, txt string) { d.Fpdf.Write(h, d.glyphs.printable(txt)) }

// SplitText returns the lines MultiCell draws txt on, made printable, in
// a cell w wide. It breaks lines where MultiCell does, at plain spaces
// and line breaks only: fpdf's own SplitText also breaks at the
// non-breaking spaces French puts before ? ! : ; and inside « », and
// would count lines MultiCell does not draw. A word wider than the cell
// is cut where it overflows, as MultiCell cuts it. A text with Arabic in
// it keeps its letters and its reading order: each line is shaped where
// it is drawn, by Cell, CellFormat or Text.
func (d *Doc) SplitText(txt string, w float64) []string {
	width := d.Fpdf.GetStringWidth
	if hasArabic(txt) && d.useArabic() == nil {
		txt = norm.NFC.String(txt)
		width = d.GetStringWidth
	} else {
		txt = d.glyphs.printable(txt)
	}
	txt = strings.TrimRight(txt, "\n")
	room := w - 2*d.GetCellMargin()
	var lines []string
	for _, para := range strings.Split(txt, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			switch {
			case line == "":
				line = word
			case width(line+" "+word) <= room:
				line += " " + word
			default:
				lines = append(lines, line)
				line = word
			}
			for width(line) > room {
				r := []rune(line)
				cut := len(r) - 1
				for cut > 1 && width(string(r[:cut])) > room {
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

// GetStringWidth is fpdf's, on s as it is drawn (pieces).
func (d *Doc) GetStringWidth(s string) float64 { return d.width(d.pieces(s)) }

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
	if err := d.addFonts(Font, assets.Regular, assets.Bold); err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	return d, nil
}

// addFonts registers regular and bold as the styles "" and "B" of family,
// and returns the document's error if one could not be read.
func (d *Doc) addFonts(family string, regular, bold assets.Font) error {
	for i, f := range []assets.Font{regular, bold} {
		data, err := assets.FontData(f)
		if err != nil {
			return err
		}
		d.AddUTF8FontFromBytes(family, []string{"", "B"}[i], data)
	}
	return d.Error()
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
