package draw

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"

	"declic/assets"
)

// textRun is a piece of a line in one direction.
type textRun struct {
	s   string
	rtl bool
	at  int // where s starts in the line, in bytes
}

// visualRuns cuts a line into runs of one direction, in the order they
// stand from left to right; rtl is the direction of the line's paragraph.
//
// Drawn whole in one direction, a line that mixes Arabic and Latin loses
// its spaces where the direction changes: the fonts' fallback cuts the line
// by font, not by direction, and the space after an Arabic word, shaped
// right to left with it, lands at the far end of the word. Cut by the
// Unicode bidirectional algorithm (golang.org/x/text/unicode/bidi, which
// the shaper uses too), each space stays between the words it separates.
// The runs are put in order by their embedding levels, which the package
// does not give: a run in the paragraph's direction is at its level, one in
// the other direction a level up, and numbers in a left-to-right paragraph
// two up (so that they stand with the Arabic words around them).
func visualRuns(line string, rtl bool) []textRun {
	if !mixed(line, rtl) {
		return []textRun{{line, rtl, 0}}
	}
	// The paragraph's direction is the line's first strong character's: a
	// mark of the paragraph's direction in front sets it for a line that
	// starts with a word in the other direction.
	mark := "\u200e"
	if rtl {
		mark = "\u200f"
	}
	var p bidi.Paragraph
	if _, err := p.SetString(mark + line); err != nil {
		return []textRun{{line, rtl, 0}}
	}
	o, err := p.Order()
	if err != nil {
		return []textRun{{line, rtl, 0}}
	}
	var runs []textRun
	var levels []int
	at := -len(mark)
	for i := 0; i < o.NumRuns(); i++ {
		r := o.Run(i)
		s := r.String()
		start := at
		at += len(s)
		if i == 0 {
			s = strings.TrimPrefix(s, mark)
			start += len(mark)
		}
		if s == "" {
			continue
		}
		run := textRun{s: s, rtl: r.Direction() == bidi.RightToLeft, at: start}
		runs = append(runs, run)
		levels = append(levels, level(run, rtl))
	}
	if len(runs) == 0 {
		return []textRun{{line, rtl, 0}}
	}
	reorder(runs, levels)
	return runs
}

// mixed reports whether a line holds characters against its paragraph's
// direction: letters of the other direction, or numbers in Arabic.
func mixed(line string, rtl bool) bool {
	for _, r := range line {
		switch class(r) {
		case bidi.R, bidi.AL:
			if !rtl {
				return true
			}
		case bidi.L, bidi.EN, bidi.AN:
			if rtl {
				return true
			}
		}
	}
	return false
}

func class(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// level returns the embedding level of a run in a paragraph of direction
// rtl.
func level(r textRun, rtl bool) int {
	switch {
	case rtl && r.rtl:
		return 1
	case rtl:
		return 2
	case r.rtl:
		return 1
	}
	for _, c := range r.s {
		if class(c) == bidi.L {
			return 0
		}
	}
	if strings.ContainsFunc(r.s, func(c rune) bool { k := class(c); return k == bidi.EN || k == bidi.AN }) {
		return 2 // numbers: they go with the Arabic around them
	}
	return 0
}

// reorder puts runs in their visual order (rule L2 of the bidirectional
// algorithm): from the highest level down to 1, every stretch of runs at
// that level or above is turned around.
func reorder(runs []textRun, levels []int) {
	top := slices.Max(levels)
	for lv := top; lv >= 1; lv-- {
		for i := 0; i < len(runs); {
			if levels[i] < lv {
				i++
				continue
			}
			j := i
			for j < len(runs) && levels[j] >= lv {
				j++
			}
			slices.Reverse(runs[i:j])
			slices.Reverse(levels[i:j])
			i = j
		}
	}
}

// rtlFonts are the fonts of a right-to-left face, in the order it falls
// back from one to the next (see Fonts.face).
var rtlFonts = []assets.Font{assets.ArabicRegular, assets.Regular, assets.Symbols}

// fontPieces cuts a right-to-left run by the font that draws each of its
// characters, as the right-to-left face picks them: the face lays the
// pieces of its fonts out from left to right in the order of the text,
// which for a right-to-left run puts a closing bracket or an ellipsis
// (which the Arabic font lacks) at the wrong end. Drawn piece by piece,
// from the right, they stand where they are read.
func fontPieces(r textRun) []textRun {
	var pieces []textRun
	last := -1
	for i := 0; i < len(r.s); {
		c, size := utf8.DecodeRuneInString(r.s[i:])
		font := len(rtlFonts) - 1
		for k, f := range rtlFonts {
			if f.Has(c) {
				font = k
				break
			}
		}
		if font != last {
			pieces = append(pieces, textRun{rtl: true, at: r.at + i})
			last = font
		}
		i += size
		p := &pieces[len(pieces)-1]
		p.s = r.s[p.at-r.at : i]
	}
	return pieces
}
