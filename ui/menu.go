package ui

import "declic/ui/draw"

// menu is a column of buttons picked with a tap, their number key, or the
// focus moved with ↑ ↓ Tab and confirmed with Space or Enter.
type menu struct {
	focus int
}

// update returns the index of the item chosen this frame, or -1. rects are
// the items' rectangles; disabled items cannot be chosen or focused.
func (m *menu) update(in *Input, rects []draw.Rect, disabled func(int) bool) int {
	n := len(rects)
	if n == 0 {
		return -1
	}
	ok := func(i int) bool { return disabled == nil || !disabled(i) }
	move := func(step int) {
		for k := 1; k <= n; k++ {
			i := ((m.focus+step*k)%n + n) % n
			if ok(i) {
				m.focus = i
				return
			}
		}
	}
	if !ok(m.focus) {
		move(1)
	}
	for i, r := range rects {
		if ok(i) && in.Tapped(r) {
			m.focus = i
			return i
		}
	}
	for i := 0; i < n && i < MaxAnswers; i++ {
		if in.Has(ActionAnswer1+Action(i)) && ok(i) {
			m.focus = i
			return i
		}
	}
	if in.Has(ActionDown) || in.Has(ActionFocusNext) {
		move(1)
	}
	if in.Has(ActionUp) {
		move(-1)
	}
	if in.Has(ActionNext) && ok(m.focus) {
		return m.focus
	}
	return -1
}
