package draw

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/text/language"

	"declic/assets"
	"declic/internal/printable"
)

// Align places text or a box along an axis.
type Align int

// Start, Center and End are the alignments. Start is the left of a
// left-to-right line and the right of a right-to-left one.
const (
	Start Align = iota
	Center
	End
)

// Style says how a piece of text is drawn in a rectangle: at Size pixels,
// shrunk down to Min pixels when it does not fit.
type Style struct {
	Size   float64
	Min    float64
	Bold   bool
	Align  Align // along the line
	VAlign Align // in the rectangle's height
	Colour color.Color
}

// Fonts holds the embedded fonts, parsed once, and the faces and text
// layouts made from them.
type Fonts struct {
	latin, latinBold, arabic, arabicBold, symbols *text.GoTextFaceSource

	faces   map[faceKey]text.Face
	layouts map[layoutKey]*Block
	// words holds texts measured at measureSize, by text and weight.
	words map[wordsKey][]paragraph
}

type wordsKey struct {
	s    string
	bold bool
}

// measureSize is the size texts are measured at: advances grow in
// proportion to the size, so one measure serves every size a text is drawn
// at, whatever the screen and the text size.
const measureSize = 64

type faceKey struct {
	size      float64
	bold, rtl bool
}

type layoutKey struct {
	s               string
	size, min, w, h float64
	bold            bool
}

// NewFonts parses the embedded Noto Sans, Noto Sans Arabic and symbol
// fonts; an error names the font that could not be read or parsed (the
// binary is damaged). Make it once: every face and layout is kept in it.
func NewFonts() (*Fonts, error) {
	f := &Fonts{faces: make(map[faceKey]text.Face), layouts: make(map[layoutKey]*Block), words: make(map[wordsKey][]paragraph)}
	for _, p := range []struct {
		dst  **text.GoTextFaceSource
		font assets.Font
	}{{&f.latin, assets.Regular}, {&f.latinBold, assets.Bold}, {&f.arabic, assets.ArabicRegular}, {&f.arabicBold, assets.ArabicBold}, {&f.symbols, assets.Symbols}} {
		data, err := assets.FontData(p.font)
		if err != nil {
			return nil, fmt.Errorf("reading font %s: %w", p.font, err)
		}
		src, err := text.NewGoTextFaceSource(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("parsing font %s: %w", p.font, err)
		}
		*p.dst = src
	}
	return f, nil
}

// face returns a face of the size (rounded to half pixels, so that shrinking
// text does not make a face per pixel fraction), Latin with an Arabic
// fallback, laid out right to left when rtl.
func (f *Fonts) face(size float64, bold, rtl bool) text.Face {
	size = math.Max(1, math.Round(size*2)/2)
	k := faceKey{size, bold, rtl}
	if face, ok := f.faces[k]; ok {
		return face
	}
	latin, arabic := f.latin, f.arabic
	if bold {
		latin, arabic = f.latinBold, f.arabicBold
	}
	dir := text.DirectionLeftToRight
	lang := language.French
	if rtl {
		dir, lang = text.DirectionRightToLeft, language.Arabic
	}
	l := &text.GoTextFace{Source: latin, Size: size, Direction: dir, Language: lang}
	a := &text.GoTextFace{Source: arabic, Size: size, Direction: dir, Language: language.Arabic}
	sym := &text.GoTextFace{Source: f.symbols, Size: size, Direction: dir, Language: lang}
	var face text.Face = l
	if rtl {
		if m, err := text.NewMultiFace(a, l, sym); err == nil {
			face = m
		}
	} else if m, err := text.NewMultiFace(l, a, sym); err == nil {
		face = m
	}
	f.faces[k] = face
	return face
}

// Block is a text laid out in a box by Fonts.Layout: its lines, at one
// size. A Block is kept and handed out again for the same text, style and
// box: read it, never change it.
type Block struct {
	// Lines are the text's lines, in the order they are read; Widths are
	// their widths in pixels.
	Lines  []string
	Widths []float64
	// Size is the size the text was laid out at, between the style's Size
	// and Min; LineH is the height of a line at that size, in pixels.
	Size  float64
	LineH float64
	// Clipped tells a text that did not fit even at its smallest size and
	// was cut with an ellipsis.
	Clipped bool

	rtl    []bool
	glyphH float64 // ascent + descent: the height of a line's glyph box
	shift  float64 // how far below the line's top the fallback face puts the Latin glyph box
	bold   bool
	// runs holds each line's direction runs once it has been drawn.
	runs [][]dirRun
}

// Height returns the height of the block's lines, in pixels.
func (b *Block) Height() float64 { return b.LineH * float64(len(b.Lines)) }

// Layout lays a text out in a w × h box in the style: wrapped by words,
// shrunk from Size towards Min until it fits, and cut with an ellipsis if it
// does not fit even at Min (a box of infinite height never cuts). Layouts
// are kept: a static screen draws the same texts every frame. A control or
// direction-override character, which would vanish or turn the text
// around, is drawn as its code ("[U+202E]"): whatever file a text came
// from, what is shown is what it holds.
func (f *Fonts) Layout(s string, st Style, w, h float64) *Block {
	s = printable.Visible(s)
	k := layoutKey{s, st.Size, st.Min, math.Round(w), math.Round(h), st.Bold}
	if b, ok := f.layouts[k]; ok {
		return b
	}
	if len(f.layouts) > 4000 {
		clear(f.layouts)
	}
	min := st.Min
	if min <= 0 || min > st.Size {
		min = st.Size
	}
	words := f.measured(s, st.Bold)
	var b *Block
	for size := st.Size; ; size = math.Max(min, size*0.92) {
		b = f.wrap(words, size/measureSize, size, st.Bold, w)
		if b.fits(w, h) || size <= min {
			break
		}
	}
	if b.tooWide(w) {
		// A word wider than the line even at the smallest size (a long web
		// address, a file's name) is broken between its characters, as a
		// browser does, rather than drawn past its box.
		scale := b.Size / measureSize
		b = f.wrap(f.breakWords(words, scale, b.bold, w), scale, b.Size, b.bold, w)
	}
	if b.Height() > h+0.5 {
		b.cut(f, w, int(math.Max(1, math.Floor(h/b.LineH))))
	}
	f.layouts[k] = b
	return b
}

// tooWide reports a line wider than w: a word longer than the line.
func (b *Block) tooWide(w float64) bool {
	for _, lw := range b.Widths {
		if lw > w+0.5 {
			return true
		}
	}
	return false
}

// breakWords returns the paragraphs with every word wider than w (at scale
// times the size they were measured at) broken into pieces that fit, each
// the most characters that fit, found by halving. A piece holds at most
// three times as many characters as the word's average width allows, so
// that a word of 50,000 characters is not shaped whole for each piece.
func (f *Fonts) breakWords(paras []paragraph, scale float64, bold bool, w float64) []paragraph {
	out := make([]paragraph, len(paras))
	for i, p := range paras {
		q := paragraph{rtl: p.rtl, space: p.space}
		face := f.face(measureSize, bold, p.rtl)
		for j, word := range p.words {
			if p.widths[j]*scale <= w {
				q.words, q.widths = append(q.words, word), append(q.widths, p.widths[j])
				continue
			}
			rest := []rune(word)
			avg := p.widths[j] * scale / float64(len(rest))
			for len(rest) > 0 {
				lo, hi := 1, min(len(rest), int(3*w/avg)+1)
				for lo < hi { // the longest prefix that fits: at least one character
					mid := (lo + hi + 1) / 2
					if text.Advance(string(rest[:mid]), face)*scale <= w {
						lo = mid
					} else {
						hi = mid - 1
					}
				}
				piece := string(rest[:lo])
				q.words, q.widths = append(q.words, piece), append(q.widths, text.Advance(piece, face))
				rest = rest[lo:]
			}
		}
		out[i] = q
	}
	return out
}

func (b *Block) fits(w, h float64) bool {
	if b.Height() > h+0.5 {
		return false
	}
	for _, lw := range b.Widths {
		if lw > w+0.5 {
			return false
		}
	}
	return true
}

// cut keeps the first n lines, ending the last with an ellipsis.
func (b *Block) cut(f *Fonts, w float64, n int) {
	if n >= len(b.Lines) {
		return
	}
	b.Lines, b.rtl, b.Widths = b.Lines[:n], b.rtl[:n], b.Widths[:n]
	b.Clipped = true
	face := f.face(b.Size, b.bold, b.rtl[n-1])
	line := []rune(b.Lines[n-1])
	// with returns the line's first k characters and the ellipsis, and
	// whether they fit; none at all always do.
	with := func(k int) (string, bool) {
		cand := strings.TrimRight(string(line[:k]), " ") + "…"
		return cand, k == 0 || text.Advance(cand, face) <= w
	}
	// The most characters that fit, found by doubling then halving: taking
	// one character off at a time measured the line as many times as it is
	// long (a 4,000-character word, a file's name in a notice, took 33 s).
	if _, ok := with(len(line)); !ok {
		lo, hi := 0, len(line) // with(lo) fits, with(hi) does not
		for k := 16; k < hi; k *= 2 {
			if _, ok := with(k); !ok {
				hi = k
				break
			}
			lo = k
		}
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if _, ok := with(mid); ok {
				lo = mid
			} else {
				hi = mid
			}
		}
		line = line[:lo]
	}
	cand, _ := with(len(line))
	b.Lines[n-1], b.Widths[n-1] = cand, text.Advance(cand, face)
}

// paragraph is a paragraph's words and their widths at a reference size:
// a font's advances grow in proportion to its size, so measuring each word
// once serves every size tried while shrinking.
type paragraph struct {
	rtl    bool
	words  []string
	widths []float64
	space  float64
}

// measured returns s measured at measureSize, measuring it the first time.
func (f *Fonts) measured(s string, bold bool) []paragraph {
	k := wordsKey{s, bold}
	if p, ok := f.words[k]; ok {
		return p
	}
	if len(f.words) > 4000 {
		clear(f.words)
	}
	p := f.measureWords(s, measureSize, bold)
	f.words[k] = p
	return p
}

// measureWords splits s into paragraphs and words, and measures them.
// Shaping is the costly part of laying text out: measuring words rather
// than every candidate line keeps the first frame of a screen fast.
func (f *Fonts) measureWords(s string, size float64, bold bool) []paragraph {
	var out []paragraph
	for _, para := range strings.Split(s, "\n") {
		p := paragraph{rtl: IsRTL(para)}
		face := f.face(size, bold, p.rtl)
		p.space = text.Advance(" ", face)
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			// French typography written with an ordinary space, as a
			// facilitator types it in Notepad (« Pourquoi ? », « Oui : »,
			// 100 000 €), still never breaks there: the mark goes with
			// its word, a group of digits with the number.
			if n := len(p.words); n > 0 && (closesFrench(word) || strings.HasSuffix(p.words[n-1], "«") || continuesNumber(p.words[n-1], word)) {
				p.words[n-1] += " " + word
				p.widths[n-1] = text.Advance(p.words[n-1], face)
				continue
			}
			p.words = append(p.words, word)
			p.widths = append(p.widths, text.Advance(word, face))
		}
		out = append(out, p)
	}
	return out
}

// closesFrench reports whether a word is a mark French sets apart from the
// word before it (: ; ? ! »), possibly followed by more punctuation ("»,").
func closesFrench(word string) bool {
	if !strings.ContainsRune(":;?!»", []rune(word)[0]) {
		return false
	}
	for _, r := range word {
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// continuesNumber reports whether word goes on the number that ends prev:
// a group of three digits ("100 000", "1 500,50") or a unit after it
// ("45 %", "3,81 €").
func continuesNumber(prev, word string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !unicode.IsDigit(last) {
		return false
	}
	switch word {
	case "%", "€", "$", "£", "‰":
		return true
	}
	digits := strings.TrimRight(word, ".,;:!?)»")
	if i := strings.IndexAny(digits, ",."); i == 3 {
		digits = digits[:3] // 1 500,50
	}
	if len(digits) != 3 {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// wrap breaks paragraphs into lines no wider than w at size (scale times
// the size they were measured at), at ordinary spaces only: French puts a
// non-breaking space before ? ! : ; and the line must never break there
// (nor where it was typed as an ordinary space: measureWords). A
// word longer than the line stays whole (the caller shrinks the text, then
// breaks the word: breakWords).
func (f *Fonts) wrap(paras []paragraph, scale, size float64, bold bool, w float64) *Block {
	b := &Block{Size: size, bold: bold}
	face := f.face(size, bold, false)
	// Lines are spaced by the Latin font: the Arabic one is taller, and the
	// fallback face takes the tallest of both. Glyphs hang from the fallback
	// face's ascent, which shift corrects.
	m := face.Metrics()
	lm := (&text.GoTextFace{Source: f.latin, Size: size}).Metrics()
	b.glyphH = lm.HAscent + lm.HDescent
	b.shift = m.HAscent - lm.HAscent
	b.LineH = b.glyphH * 1.1
	for _, p := range paras {
		var line []string
		lineW := 0.0
		flush := func() {
			b.Lines = append(b.Lines, strings.Join(line, " "))
			b.rtl = append(b.rtl, p.rtl)
			b.Widths = append(b.Widths, lineW)
		}
		for i, word := range p.words {
			ww := p.widths[i] * scale
			switch {
			case len(line) == 0:
				line, lineW = []string{word}, ww
			case lineW+p.space*scale+ww <= w:
				line, lineW = append(line, word), lineW+p.space*scale+ww
			default:
				flush()
				line, lineW = []string{word}, ww
			}
		}
		flush()
	}
	return b
}

// IsRTL reports whether a paragraph is written right to left: its first
// letter is Arabic or Hebrew.
func IsRTL(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// Text draws s in r in the style, laid out as Layout does (wrapped, shrunk,
// cut with an ellipsis when it does not fit), aligned in r as the style says.
func (f *Fonts) Text(dst *ebiten.Image, s string, st Style, r Rect) {
	b := f.Layout(s, st, r.W, r.H)
	f.drawLines(dst, b, 0, len(b.Lines), st, r)
}

// drawLines draws the lines from to to of a laid-out text in r, aligned in
// r as the style says.
func (f *Fonts) drawLines(dst *ebiten.Image, b *Block, from, to int, st Style, r Rect) {
	y := r.Y
	h := float64(to-from) * b.LineH
	switch st.VAlign {
	case Center:
		y += (r.H - h) / 2
	case End:
		y += r.H - h
	}
	for i := from; i < to; i++ {
		runs, w := f.lineRuns(b, i)
		align := st.Align
		if b.rtl[i] && align != Center {
			align = End - align // Start is the right edge of an Arabic line
		}
		x := r.X
		switch align {
		case Center:
			x += (r.W - w) / 2
		case End:
			x += r.W - w
		}
		for _, run := range runs {
			op := &text.DrawOptions{}
			op.GeoM.Translate(x+run.origin(), y+float64(i-from)*b.LineH+(b.LineH-b.glyphH)/2-b.shift)
			op.ColorScale.ScaleWithColor(st.Colour)
			text.Draw(dst, run.s, f.face(b.Size, b.bold, run.rtl), op)
		}
	}
}

// dirRun is a piece of a line in one direction, placed from the line's
// left end: x is its left end, w its width.
type dirRun struct {
	s    string
	rtl  bool
	at   int // where s starts in the line, in bytes
	x, w float64
}

// origin returns where the run is drawn from: a right-to-left run is drawn
// leftwards from its right end.
func (r dirRun) origin() float64 {
	if r.rtl {
		return r.x + r.w
	}
	return r.x
}

// lineRuns returns line i of a laid-out text as direction runs placed from
// left to right, and the line's width; they are worked out the first time
// the line is drawn.
func (f *Fonts) lineRuns(b *Block, i int) ([]dirRun, float64) {
	if b.runs == nil {
		b.runs = make([][]dirRun, len(b.Lines))
	}
	if b.runs[i] == nil {
		x := 0.0
		for _, run := range visualRuns(b.Lines[i], b.rtl[i]) {
			pieces := []textRun{run}
			if run.rtl {
				pieces = fontPieces(run)
				slices.Reverse(pieces) // the last is on the left
			}
			for _, p := range pieces {
				w := text.Advance(p.s, f.face(b.Size, b.bold, p.rtl))
				b.runs[i] = append(b.runs[i], dirRun{s: p.s, rtl: p.rtl, at: p.at, x: x, w: w})
				x += w
			}
		}
	}
	runs := b.runs[i]
	if len(runs) == 0 {
		return nil, 0
	}
	last := runs[len(runs)-1]
	return runs, last.x + last.w
}

// Fits reports whether s fits whole in a w × h box in the style, at some
// size between the style's Size and Min: drawn there, it is not cut.
func (f *Fonts) Fits(s string, st Style, w, h float64) bool {
	return !f.Layout(s, st, w, h).Clipped
}

// WidestWord returns the width of the widest word of s at size, in pixels:
// a line can be no narrower without breaking that word.
func (f *Fonts) WidestWord(s string, size float64, bold bool) float64 {
	widest := 0.0
	for _, p := range f.measured(printable.Visible(s), bold) {
		for _, w := range p.widths {
			widest = max(widest, w*size/measureSize)
		}
	}
	return widest
}

// fitSize returns the size s is drawn at in a w × h box in the style: the
// largest between Size and Min at which it fits (Min when none does).
func (f *Fonts) fitSize(s string, st Style, w, h float64) float64 {
	return f.Layout(s, st, w, h).Size
}

// Measure returns the width of the widest line and the height of the lines
// s takes in the style in a box w wide and h high, in pixels.
func (f *Fonts) Measure(s string, st Style, w, h float64) (float64, float64) {
	b := f.Layout(s, st, w, h)
	mw := 0.0
	for _, lw := range b.Widths {
		mw = math.Max(mw, lw)
	}
	return mw, b.Height()
}

// PathLines breaks a file path into lines no wider than w in the style at
// its size (never shrunk), after its separators (/ or \), and returns them
// joined by newlines: a path has no spaces to wrap at, and a long one
// shrunk to one line cannot be read from the back of a room.
func (f *Fonts) PathLines(path string, st Style, w float64) string {
	st.Min = st.Size
	var parts []string
	for rest := path; rest != ""; {
		i := strings.IndexAny(rest, `/\`)
		if i < 0 {
			parts = append(parts, rest)
			break
		}
		parts = append(parts, rest[:i+1])
		rest = rest[i+1:]
	}
	var lines []string
	line := ""
	for _, part := range parts {
		if line != "" {
			if lw, _ := f.Measure(line+part, st, math.Inf(1), math.Inf(1)); lw > w {
				lines = append(lines, line)
				line = ""
			}
		}
		line += part
	}
	return strings.Join(append(lines, line), "\n")
}
