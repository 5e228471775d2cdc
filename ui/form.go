package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
)

// focusGrid is a keyboard focus over the targets of a screen laid out in
// rows: ↑ and ↓ go to the nearest target in the row below or above (wrapping
// round), Tab to the next target in the order they are given, which is
// reading order. Space and Enter act on the focused target: the scene does
// that, focusGrid only moves.
type focusGrid struct{ focus int }

// move handles ↑ ↓ and Tab over rects, skipping the targets ok rejects (nil
// accepts every one), and reports whether one of those keys was pressed.
func (f *focusGrid) move(in *Input, rects []draw.Rect, ok func(int) bool) bool {
	n := len(rects)
	if n == 0 {
		return false
	}
	if ok == nil {
		ok = func(int) bool { return true }
	}
	// The focus may rest on a disabled target (Continue, until the form is
	// complete): it leaves it only with a key.
	f.focus = min(max(f.focus, 0), n-1)
	switch {
	case in.Has(ActionFocusNext):
		f.next(n, ok)
	case in.Has(ActionDown):
		f.vertical(rects, ok, 1)
	case in.Has(ActionUp):
		f.vertical(rects, ok, -1)
	default:
		return false
	}
	return true
}

// across handles ← and → over rects: the focus goes to the nearest target
// of its own row (one that overlaps it in height) on that side, and stays
// at the row's end rather than wrap or leave the screen. It reports
// whether one of those keys was pressed.
func (f *focusGrid) across(in *Input, rects []draw.Rect) bool {
	var dir float64
	switch {
	case in.Has(ActionRight):
		dir = 1
	case in.Has(ActionLeft):
		dir = -1
	default:
		return false
	}
	if f.focus < 0 || f.focus >= len(rects) {
		return true
	}
	cur := rects[f.focus]
	best, nearest := -1, math.Inf(1)
	for j, r := range rects {
		if j == f.focus || r.Y >= cur.Y+cur.H || cur.Y >= r.Y+r.H {
			continue
		}
		if d := dir * (r.X - cur.X); d > 0 && d < nearest {
			best, nearest = j, d
		}
	}
	if best >= 0 {
		f.focus = best
	}
	return true
}

// next moves the focus to the next target in order.
func (f *focusGrid) next(n int, ok func(int) bool) {
	for k := 1; k <= n; k++ {
		if i := (f.focus + k) % n; ok(i) {
			f.focus = i
			return
		}
	}
}

// vertical moves the focus to the nearest row below (dir 1) or above (-1),
// to the target of that row nearest across; past the last row it wraps to
// the first.
func (f *focusGrid) vertical(rects []draw.Rect, ok func(int) bool, dir float64) {
	cur := rects[f.focus]
	cx, cy := cur.X+cur.W/2, cur.Y+cur.H/2
	// distance along the way the focus goes; rows behind come after every
	// row ahead (the wrap), the focus's own row last.
	dist := func(r draw.Rect) float64 {
		d := dir * (r.Y + r.H/2 - cy)
		if d <= 1 {
			d += 1e7
		}
		return d
	}
	best, bestRow := -1, math.Inf(1)
	for j, r := range rects {
		if j != f.focus && ok(j) && dist(r) < bestRow {
			best, bestRow = j, dist(r)
		}
	}
	if best < 0 {
		return
	}
	tol := rects[best].H / 2
	nearest := math.Inf(1)
	for j, r := range rects {
		if j == f.focus || !ok(j) || dist(r) > bestRow+tol {
			continue
		}
		if dx := math.Abs(r.X + r.W/2 - cx); dx < nearest {
			best, nearest = j, dx
		}
	}
	f.focus = best
}

// choice is a setting picked among a few options, shown as a row: its name
// with the number key that moves it to its next option, then its options as
// chips that a tap, or the focus and Space, picks.
type choice struct {
	Label    string
	Hint     string   // a small line under the label; may be empty
	Options  []string // what each option is called
	Details  []string // a small line under each option saying what it does; nil for none
	Selected int
}

// choiceRects are where a choice row is drawn: its label and its options.
type choiceRects struct {
	Label   draw.Rect
	Options []draw.Rect
}

// hintUnit is the least height of a plain row of choices, in units, at
// which a row with a hint (1.25 as tall) has room for its label at the
// rows' size and its hint at a readable size (labelAndHint); below it, hints
// are left out and their rows made as tall as the others.
const hintUnit = 81

// layoutChoices places rows of choices in r, one under the other, centred
// in its height: rows with details are taller, and so are rows with a hint
// where there is room to read it. The label takes the left part of a row;
// the options share the rest, each no wider than it needs to be read from
// the back of a room.
func layoutChoices(m draw.Metrics, r draw.Rect, rows []choice) []choiceRects {
	if len(rows) == 0 {
		return nil
	}
	gap := m.Px(18)
	unitFor := func(hints bool) (float64, []float64) {
		weights, total := make([]float64, len(rows)), 0.0
		for i, c := range rows {
			weights[i] = 1
			switch {
			case c.Details != nil:
				weights[i] = 1.55
			case c.Hint != "" && hints:
				weights[i] = 1.25
			}
			total += weights[i]
		}
		return math.Min(m.Px(108), (r.H-gap*float64(len(rows)-1))/total), weights
	}
	unit, weights := unitFor(true)
	if unit < m.Px(hintUnit) {
		unit, weights = unitFor(false)
	}
	height := gap * float64(len(rows)-1)
	for _, w := range weights {
		height += unit * w
	}
	area := r.Centered(r.W, height)
	labelW := math.Min(m.Px(660), area.W*0.37)
	chipGap := m.Px(16)
	out := make([]choiceRects, len(rows))
	y := area.Y
	for i, c := range rows {
		row := draw.Rect{X: area.X, Y: y, W: area.W, H: unit * weights[i]}
		y += row.H + gap
		label, rest := row.Left(labelW)
		_, opts := rest.Left(m.Px(24))
		// Rows of up to three options share one column grid, so that their
		// chips line up; a row of more options divides its whole width.
		n := len(c.Options)
		w := math.Min(m.Px(440), (opts.W-chipGap*2)/3)
		if n > 3 {
			w = (opts.W - chipGap*float64(n-1)) / float64(n)
		}
		opts, _ = opts.Left(w*float64(n) + chipGap*float64(n-1))
		out[i] = choiceRects{Label: label, Options: opts.Cols(n, chipGap)}
	}
	return out
}

// choiceTargets returns the options of every row in one list, for a focus
// grid: the focus rests on options, not on labels.
func choiceTargets(rects []choiceRects) []draw.Rect {
	var out []draw.Rect
	for _, r := range rects {
		out = append(out, r.Options...)
	}
	return out
}

// pickChoice handles a frame's number keys and taps on choice rows: a number
// key or a tap on a label moves its row to the next option, a tap on an
// option picks it. It returns the row changed and its new option, or -1.
func pickChoice(in *Input, rows []choice, rects []choiceRects) (row, option int) {
	for i, r := range rects {
		if key := DigitAction(i + 1); key != 0 && in.Has(key) || in.Tapped(r.Label) {
			return i, (rows[i].Selected + 1) % len(rows[i].Options)
		}
		for j, o := range r.Options {
			if in.Tapped(o) {
				return i, j
			}
		}
	}
	return -1, -1
}

// optionsIn returns the number of options of every row.
func optionsIn(rows []choice) int {
	n := 0
	for _, r := range rows {
		n += len(r.Options)
	}
	return n
}

// choiceTargetIndex returns the index among all rows' options of option o
// of row r.
func choiceTargetIndex(rows []choice, r, o int) int {
	return optionsIn(rows[:r]) + o
}

// flatChoice returns the row and option of the index-th option of all rows.
func flatChoice(rows []choice, index int) (row, option int) {
	for i, c := range rows {
		if index < len(c.Options) {
			return i, index
		}
		index -= len(c.Options)
	}
	return -1, -1
}

// drawChoices draws rows of choices; focus is the index of the focused
// option among all rows' options, or -1.
func (v *View) drawChoices(dst *ebiten.Image, rows []choice, rects []choiceRects, focus int) {
	size := v.choiceSize(rects)
	k := 0
	for i, c := range rows {
		r := rects[i]
		v.drawLabelKey(dst, choiceKey(i), c.Label, c.Hint, size, r.Label, r.Label.Contains(v.Pointer))
		for j, o := range r.Options {
			detail := ""
			if j < len(c.Details) {
				detail = c.Details[j]
			}
			v.drawChip(dst, c.Options[j], detail, size, o, j == c.Selected, k == focus, o.Contains(v.Pointer))
			k++
		}
	}
}

// choiceSize returns the one text size of every row's label and options,
// fitting the shortest row (its chips' insets and a line's leading
// included): sizes that change from row to row look like a mistake.
func (v *View) choiceSize(rects []choiceRects) float64 {
	_, line := v.Fonts.Measure("A", draw.Style{Size: 100, Min: 100, Bold: true}, math.Inf(1), math.Inf(1))
	line /= 100 // a line's height for a size of 1
	size := v.Px(draw.SizeBody)
	for _, r := range rects {
		if len(r.Options) > 0 {
			h := r.Options[0].H
			size = math.Min(size, math.Min(h*0.55, (h-v.Px(12))/line))
		}
	}
	return size
}

// choiceKey returns the digit that moves row i (0-based) of a screen of
// choices to its next option, "" past MaxDigits: no screen has that many
// rows (the game's setup has eight at most), and a row without a digit
// still lines up with the others (labelParts).
func choiceKey(i int) string {
	if i < MaxDigits {
		return strconv.Itoa(i + 1)
	}
	return ""
}

// drawKeyCap draws a key's name in a small box, as on a keyboard: a dark
// box on a panel, a panel-coloured one on the background.
func (v *View) drawKeyCap(dst *ebiten.Image, key string, box draw.Rect, onPanel bool) {
	bg := v.Theme.Panel
	if onPanel {
		bg = v.Theme.Background
		bg.A = 0x90
	}
	draw.FillRoundRect(dst, box, v.Px(10), bg)
	fg := v.Theme.Text
	v.Fonts.Text(dst, key, draw.Style{Size: box.H * 0.58, Min: box.H * 0.35, Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: fg}, box.InsetXY(v.Px(4), 0))
}

// keyCapWidth returns the width of the key box of drawKeyCap for key, h high.
func keyCapWidth(key string, h float64) float64 {
	n := float64(len([]rune(key)))
	return h * (0.75 + 0.42*(n-1))
}

// labelParts splits a choice's label rectangle r into the box of its key
// and the room of its name, for text of size pixels. The box is a digit's
// wide, whatever the row's key and even when the row has none (keyed
// false leaves the whole room to the name): the names of every row then
// start at one line.
func (v *View) labelParts(r draw.Rect, size float64, keyed bool) (box, text draw.Rect) {
	inner := r.InsetXY(v.Px(12), v.Px(6))
	if !keyed {
		return draw.Rect{}, inner
	}
	// The box's width follows the text's size only, never its row's
	// height: a taller row (one with details) lines its name up with the
	// others.
	h := math.Min(v.Px(draw.SizeSmall)*1.4, size*1.15)
	box, rest := inner.Left(keyCapWidth("0", h))
	_, text = rest.Left(v.Px(18))
	return box.Centered(box.W, math.Min(h, inner.H)), text
}

// drawLabelKey draws a choice's name at size pixels with its number key in
// front and its hint under it. The label is a target (a tap moves to the
// next option), so it lights up under the pointer.
func (v *View) drawLabelKey(dst *ebiten.Image, key, label, hint string, size float64, r draw.Rect, hover bool) {
	if hover {
		draw.FillRoundRect(dst, r, v.Px(18), v.Theme.PanelHover)
	}
	box, inner := v.labelParts(r, size, true)
	if key != "" {
		v.drawKeyCap(dst, key, box, false)
	}
	if hint == "" {
		v.Fonts.Text(dst, label, draw.Style{Size: size, Min: size * 0.6, Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}, inner)
		return
	}
	top, bottom, hintSize := v.labelAndHint(inner, size)
	if hintSize == 0 {
		v.Fonts.Text(dst, label, draw.Style{Size: size, Min: size * 0.6, Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}, inner)
		return
	}
	v.Fonts.Text(dst, label, draw.Style{Size: size, Min: size * 0.6, Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}, top)
	v.Fonts.Text(dst, hint, draw.Style{Size: hintSize, Min: hintSize * 0.7, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Muted}, bottom)
}

// focusedHint returns the hint of the row whose option has the focus
// when the row has no room for it under its label (many rows, large
// text), with the row's name in front: the screen's message line shows it,
// so that every hint can be read at a readable size. It returns "" when
// the hint shows in its row, or the row has none.
func (v *View) focusedHint(rows []choice, rects []choiceRects, focus int) string {
	r, _ := flatChoice(rows, focus)
	if r < 0 || r >= len(rects) || rows[r].Hint == "" {
		return ""
	}
	size := v.choiceSize(rects)
	_, inner := v.labelParts(rects[r].Label, size, true)
	if _, _, hintSize := v.labelAndHint(inner, size); hintSize > 0 {
		return ""
	}
	return v.Tr.T("setup_row_hint", "Label", rows[r].Label, "Hint", rows[r].Hint)
}

// labelAndHint places a choice's label at size pixels and its hint under
// it in inner, the two centred together, and returns the hint's size, 0
// when it has no room. Each is given a whole line of its size, the lines
// overlapping by their leading: given less, a label shrank below the
// labels of the rows without a hint.
func (v *View) labelAndHint(inner draw.Rect, size float64) (label, hint draw.Rect, hintSize float64) {
	lineH := func(size float64) float64 {
		_, h := v.Fonts.Measure("A", draw.Style{Size: size, Min: size, Bold: true}, math.Inf(1), math.Inf(1))
		return h
	}
	const leading = 1.1 // draw's line height over its glyphs' height
	labelH := lineH(size)
	hintSize = math.Min(math.Min(v.Px(draw.SizeTiny), size*0.7), (inner.H-labelH/leading)*size/labelH*leading)
	if hintSize < v.Px(draw.SizeTiny)*0.8 {
		return inner, draw.Rect{}, 0
	}
	hintH := lineH(hintSize)
	block := inner.Centered(inner.W, (labelH+hintH)/leading)
	label, hint = block.Top(labelH / leading)
	label = label.InsetXY(0, (label.H-labelH)/2) // a negative inset: the leading outside
	hint = hint.InsetXY(0, (hint.H-hintH)/2)
	return label, hint, hintSize
}

// drawChip draws one option of a choice: the selected one in the accent
// colour and bold, so that it stands out by its lightness and its weight,
// not by its hue alone.
func (v *View) drawChip(dst *ebiten.Image, label, detail string, size float64, r draw.Rect, selected, focused, hover bool) {
	t := v.Theme
	bg, fg, sub := t.Panel, t.Text, t.Muted
	switch {
	case selected:
		bg, fg, sub = t.Accent, t.OnAccent, t.OnAccent
	case hover:
		bg = t.PanelHover
	}
	radius := v.Px(18)
	draw.FillRoundRect(dst, r, radius, bg)
	if focused {
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(5)), radius+v.Px(5), v.Px(5), t.Accent)
	}
	inner := r.InsetXY(v.Px(16), v.Px(6))
	if detail == "" {
		v.Fonts.Text(dst, label, draw.Style{Size: size, Min: size * 0.55, Bold: selected, Align: draw.Center, VAlign: draw.Center, Colour: fg}, inner)
		return
	}
	top, bottom := inner.Top(inner.H * 0.46)
	v.Fonts.Text(dst, label, draw.Style{Size: size, Min: size * 0.55, Bold: selected, Align: draw.Center, VAlign: draw.End, Colour: fg}, top)
	hint := math.Min(v.Px(draw.SizeTiny), size*0.7)
	v.Fonts.Text(dst, detail, draw.Style{Size: hint, Min: hint * 0.7, Align: draw.Center, VAlign: draw.Start, Colour: sub}, bottom.InsetXY(0, v.Px(2)))
}

// footerLayout splits the bottom band of a screen into a back button on the
// left, a message in the middle and the main button on the right.
func footerLayout(m draw.Metrics, band draw.Rect) (back, message, next draw.Rect) {
	gap := m.Px(32)
	back, rest := band.Left(math.Min(m.Px(380), band.W*0.26))
	next, rest = rest.Right(math.Min(m.Px(500), band.W*0.32))
	message = rest.InsetXY(gap, 0)
	return back, message, next
}

// peek reports whether the input holds the action, leaving it there.
func peek(in *Input, a Action) bool {
	for _, x := range in.Actions {
		if x.counts(a) {
			return true
		}
	}
	return false
}
