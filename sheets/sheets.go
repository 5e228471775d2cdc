// Package sheets prints a deck as print-and-play sheets (declic print): a
// PDF of A4 pages with a cover, the cards eight to a page with dashed lines
// to cut along, and the answers at the end, for the facilitator. It is
// plain Go, without Ebitengine, so that declic print runs without a screen.
package sheets

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/language"

	"declic/assets"
	"declic/cards"
	"declic/internal/pdfdoc"
	"declic/internal/safefile"
)

// Page geometry, in millimetres: A4 portrait, the cards in a 2 × 4 grid.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 12.0
	cols, rows   = 2, 4
	cardW        = (pageW - 2*margin) / cols
	cardH        = (pageH - 2*margin) / rows
	pad          = 4.0
)

// Colours of the sheets: the game's dark blue for text, its yellow for the
// cover's band, grey for what comes second.
var (
	ink   = [3]int{0x12, 0x1c, 0x33}
	muted = [3]int{0x60, 0x68, 0x78}
	cut   = [3]int{0xa0, 0xa6, 0xb0}
	gold  = [3]int{0xff, 0xc8, 0x3d}
)

// ErrRightToLeft is returned for a deck in a right-to-left language. The
// document shapes a line of Arabic (a team's name in the report), but the
// sheets are laid out left to right — their cards, columns and paragraphs
// — and a deck in Arabic would need them mirrored to be read.
var ErrRightToLeft = errors.New("sheets: right-to-left text cannot be printed yet")

// Options changes what is printed.
type Options struct {
	// Compress compresses the pages' content; tests turn it off to read it.
	Compress bool
}

// PDF returns the sheets of the deck, with the texts of tr (the cover's and
// the labels' language). The deck's pictures are read from deck.Assets.
func PDF(deck *cards.Deck, tr *assets.Translator, opt Options) ([]byte, error) {
	if rightToLeft(deck.Language) {
		return nil, ErrRightToLeft
	}
	s, err := newSheet(deck, tr, opt)
	if err != nil {
		return nil, err
	}
	s.cover()
	s.cards()
	if deck.IsBoard() {
		s.questions()
	}
	s.answers()
	var buf bytes.Buffer
	if err := s.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("printing %s: %w", deck.ID, err)
	}
	return buf.Bytes(), nil
}

// Pages counts the pages of a PDF that PDF made: its page objects, which
// fpdf never compresses.
func Pages(data []byte) int { return pdfdoc.Pages(data) }

func rightToLeft(tag string) bool {
	base, _ := language.Make(tag).Base()
	switch base.String() {
	case "ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ku":
		return true
	}
	return false
}

// sheet is a PDF being written.
type sheet struct {
	pdf  *pdfdoc.Doc
	deck *cards.Deck
	tr   *assets.Translator
}

func newSheet(deck *cards.Deck, tr *assets.Translator, opt Options) (*sheet, error) {
	pdf, err := pdfdoc.New(opt.Compress)
	if err != nil {
		return nil, fmt.Errorf("printing %s: %w", deck.ID, err)
	}
	pdf.SetTitle(deck.Title, true)
	pdf.SetCreator("Déclic", true)
	pdf.SetAutoPageBreak(false, margin)
	pdf.SetMargins(margin, margin, margin)
	return &sheet{pdf: pdf, deck: deck, tr: tr}, nil
}

func (s *sheet) colour(c [3]int) { s.pdf.SetTextColor(c[0], c[1], c[2]) }

func (s *sheet) font(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	s.pdf.SetFont(pdfdoc.Font, style, size)
}

// cover writes the first page: the deck's title and description, what it
// holds, how to use the sheets.
func (s *sheet) cover() {
	p, d, tr := s.pdf, s.deck, s.tr
	p.AddPage()
	p.SetFillColor(gold[0], gold[1], gold[2])
	p.Rect(0, 0, pageW, 8, "F")
	p.SetXY(margin, 30)
	s.font(true, 28)
	s.colour(ink)
	p.MultiCell(pageW-2*margin, 12, d.Title, "", "L", false)
	p.Ln(4)
	s.font(false, 13)
	if d.Description != "" {
		p.MultiCell(pageW-2*margin, 6.5, d.Description, "", "L", false)
		p.Ln(4)
	}
	s.colour(muted)
	s.font(false, 11)
	var facts []string
	if d.IsBoard() {
		facts = append(facts, tr.N("decks_kind_character", len(d.Cards)), tr.N("decks_questions", len(d.Questions)))
	} else {
		facts = append(facts, tr.N("cards_count", len(d.Cards)))
	}
	if d.Minutes > 0 {
		facts = append(facts, tr.T("decks_minutes", "Minutes", d.Minutes))
	}
	if len(d.Audience) > 0 {
		facts = append(facts, strings.Join(d.Audience, ", "))
	}
	p.MultiCell(pageW-2*margin, 6, strings.Join(facts, " · "), "", "L", false)
	if d.Author != "" || d.License != "" {
		p.MultiCell(pageW-2*margin, 6, strings.Trim(d.Author+" · "+d.License, " ·"), "", "L", false)
	}
	p.Ln(8)
	s.colour(ink)
	s.font(false, 12)
	p.MultiCell(pageW-2*margin, 6.5, tr.T("sheets_how"), "", "L", false)
	s.footer()
}

// footer writes the page's number and the deck at the bottom.
func (s *sheet) footer() {
	p := s.pdf
	s.font(false, 7)
	s.colour(muted)
	p.SetXY(margin, pageH-margin+3)
	p.CellFormat(pageW-2*margin, 4, s.deck.Title+" · "+s.tr.T("sheets_page", "Page", p.PageNo()), "", 0, "C", false, 0, "")
}

// cards writes the cards, eight to a page, each in a box with dashed
// edges to cut along.
func (s *sheet) cards() {
	for i := range s.deck.Cards {
		k := i % (cols * rows)
		if k == 0 {
			if i > 0 {
				s.footer()
			}
			s.pdf.AddPage()
			s.cutLines()
		}
		x := margin + float64(k%cols)*cardW
		y := margin + float64(k/cols)*cardH
		s.card(i, x, y)
	}
	s.footer()
}

// cutLines draws the dashed grid of a page of cards.
func (s *sheet) cutLines() {
	p := s.pdf
	p.SetDrawColor(cut[0], cut[1], cut[2])
	p.SetLineWidth(0.2)
	p.SetDashPattern([]float64{2, 1.5}, 0)
	for c := 0; c <= cols; c++ {
		x := margin + float64(c)*cardW
		p.Line(x, margin, x, pageH-margin)
	}
	for r := 0; r <= rows; r++ {
		y := margin + float64(r)*cardH
		p.Line(margin, y, pageW-margin, y)
	}
	p.SetDashPattern(nil, 0)
}

// card writes card i in the box at x, y: its kind and number, its picture,
// its text at the largest size that fits, and what the kind asks for.
func (s *sheet) card(i int, x, y float64) {
	p, c := s.pdf, &s.deck.Cards[i]
	inner := struct{ x, y, w, h float64 }{x + pad, y + pad, cardW - 2*pad, cardH - 2*pad}
	s.font(true, 7.5)
	s.colour(muted)
	p.SetXY(inner.x, inner.y)
	p.CellFormat(inner.w*0.75, 4, strings.ToUpper(s.kindLabel(c)), "", 0, "L", false, 0, "")
	p.SetXY(inner.x+inner.w*0.75, inner.y)
	p.CellFormat(inner.w*0.25, 4, strconv.Itoa(i+1), "", 0, "R", false, 0, "")
	top := inner.y + 6
	if c.Kind == cards.KindCharacter {
		// A character of a board: its name, and its picture as large as
		// the card allows, to be told apart at a glance.
		s.font(true, 14)
		s.colour(ink)
		p.SetXY(inner.x, top)
		p.CellFormat(inner.w, 7, c.Text, "", 0, "C", false, 0, "")
		if c.Image != "" {
			side := inner.y + inner.h - (top + 9)
			s.image(c.Image, inner.x+(inner.w-side)/2, top+9, side)
		}
		return
	}
	textW := inner.w
	if c.Image != "" && s.image(c.Image, inner.x+inner.w-24, top, 24) {
		textW -= 24 + 3
	}
	s.colour(ink)
	extras := s.extras(c)
	main := c.Text
	if c.Kind == cards.KindClues {
		main = ""
	}
	bottom := inner.y + inner.h
	// The largest size at which the text and the extras fit.
	size := 12.0
	for ; size > 6.5; size -= 0.5 {
		if top+s.height(main, extras, textW, inner.w, size) <= bottom {
			break
		}
	}
	y0 := top
	if main != "" {
		s.font(true, size)
		p.SetXY(inner.x, y0)
		p.MultiCell(textW, size*0.45, main, "", "L", false)
		y0 = p.GetY() + 1.5
	}
	s.font(false, size*0.85)
	for _, e := range extras {
		if e.scale != [2]string{} {
			s.scaleLine(inner.x, y0+2, inner.w, e.scale, size)
			y0 += scaleH
			continue
		}
		w := inner.w
		if y0 < top+26 && c.Image != "" {
			w = textW
		}
		p.SetXY(inner.x, y0)
		if e.box {
			p.SetDrawColor(ink[0], ink[1], ink[2])
			p.SetLineWidth(0.3)
			p.Rect(inner.x, y0+0.6, size*0.3, size*0.3, "D")
			p.SetXY(inner.x+size*0.3+1.5, y0)
			w -= size*0.3 + 1.5
		}
		p.MultiCell(w, size*0.4, e.text, "", "L", false)
		y0 = p.GetY() + 0.8
	}
}

// extra is a line a card adds under its text: an answer to tick, a
// choice, an item, a clue.
type extra struct {
	text  string
	box   bool      // a box to tick in front
	scale [2]string // a scale to mark a place on, with its poles (spectrum)
}

// scaleH is the height of a spectrum's scale and its poles, in millimetres.
const scaleH = 12.0

func (s *sheet) extras(c *cards.Card) []extra {
	var out []extra
	switch c.Kind {
	case cards.KindVerdict:
		labels := make([]string, len(s.deck.Verdicts))
		for i, v := range s.deck.Verdicts {
			labels[i] = v.Label
		}
		for _, l := range labels {
			out = append(out, extra{text: l, box: true})
		}
	case cards.KindChoice:
		for i, ch := range c.Choices {
			out = append(out, extra{text: string(rune('A'+i)) + ". " + ch, box: true})
		}
	case cards.KindOrder:
		for i, it := range shuffled(c) {
			out = append(out, extra{text: string(rune('A'+i)) + ". " + it})
		}
	case cards.KindSpectrum:
		out = append(out, extra{scale: [2]string{c.Left, c.Right}})
	case cards.KindClues:
		for i, clue := range c.Clues {
			pts := ""
			if i < len(c.CluePoints) {
				pts = " (" + s.tr.N("points_count", c.CluePoints[i]) + ")"
			}
			out = append(out, extra{text: strconv.Itoa(i+1) + "." + pts + " " + clue})
		}
	}
	return out
}

// height returns the height the text and extras take at size.
func (s *sheet) height(main string, extras []extra, textW, w, size float64) float64 {
	h := 0.0
	if main != "" {
		s.font(true, size)
		h += float64(len(s.pdf.SplitText(main, textW)))*size*0.45 + 1.5
	}
	s.font(false, size*0.85)
	for _, e := range extras {
		if e.scale != [2]string{} {
			h += scaleH
			continue
		}
		ew := w
		if e.box {
			ew -= size*0.3 + 1.5
		}
		h += float64(len(s.pdf.SplitText(e.text, ew)))*size*0.4 + 0.8
	}
	return h
}

// scaleLine draws a scale w wide at x, y: a line with five ticks, the
// poles under its ends, for a player to mark where they stand.
func (s *sheet) scaleLine(x, y, w float64, poles [2]string, size float64) {
	p := s.pdf
	p.SetDrawColor(ink[0], ink[1], ink[2])
	p.SetLineWidth(0.4)
	p.Line(x, y+2, x+w, y+2)
	for i := 0; i <= 4; i++ {
		tx := x + w*float64(i)/4
		p.Line(tx, y, tx, y+4)
	}
	s.font(false, size*0.75)
	s.colour(muted)
	p.SetXY(x, y+5)
	p.CellFormat(w/2, 4, poles[0], "", 0, "L", false, 0, "")
	p.SetXY(x+w/2, y+5)
	p.CellFormat(w/2, 4, poles[1], "", 0, "R", false, 0, "")
	s.colour(ink)
}

// shuffled returns an order card's items in an order that is not the right
// one, the same at every print (seeded by the card's id).
func shuffled(c *cards.Card) []string {
	items := append([]string(nil), c.Items...)
	h := fnv.New64a()
	h.Write([]byte(c.ID))
	rng := rand.New(rand.NewPCG(h.Sum64(), 7))
	for tries := 0; tries < 10; tries++ {
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		if !slices.Equal(items, c.Items) {
			break
		}
	}
	return items
}

// image draws a picture of the deck in a side × side square at x, y, and
// reports whether it could.
func (s *sheet) image(file string, x, y, side float64) bool {
	data, err := safefile.ReadFS(s.deck.Assets, file, cards.MaxAssetSize)
	if err != nil {
		return false
	}
	kind := strings.TrimPrefix(strings.ToLower(path.Ext(file)), ".")
	switch kind {
	case "jpeg":
		kind = "jpg"
	case "png", "jpg", "gif":
	default:
		return false // WebP: the PDF library has no decoder for it
	}
	name := s.deck.ID + "/" + file
	info := s.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: kind}, bytes.NewReader(data))
	if info == nil || s.pdf.Err() {
		s.pdf.ClearError()
		return false
	}
	w, h := info.Width(), info.Height()
	scale := side / max(w, h)
	s.pdf.ImageOptions(name, x+(side-w*scale)/2, y+(side-h*scale)/2, w*scale, h*scale, false, fpdf.ImageOptions{ImageType: kind}, 0, "")
	return true
}

// kindLabel names the card's kind as the game does.
func (s *sheet) kindLabel(c *cards.Card) string {
	return s.tr.T("kind_" + s.deck.KindLabel(c.Kind, c))
}
