package ui

import (
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// boardPanel plays a "Qui est-ce ?" board: questions asked about the
// secret character, then a team's guess of it.
type boardPanel struct {
	p *playScene
	// focusItem is the question the keys act on.
	focusItem int
	typed     string // the number of a portrait being typed
	// marked is the portrait tapped or typed, which a second tap, the
	// confirm button or Enter gives as the guess; -1 when none.
	marked int
}

// editing reports a number being typed or a portrait marked: Backspace
// deletes or unmarks instead of undoing.
func (bp *boardPanel) editing() bool { return bp.typed != "" || bp.marked >= 0 }

// fresh keeps the board as it is: its questions and answers are the
// room's, and a team's guess ends its round.
func (bp *boardPanel) fresh()     {}
func (bp *boardPanel) nextRound() {}

// boardShare is the share of the body's width the portraits take; the
// questions have the rest.
const boardShare = 0.7

// boardArea returns where the portraits are on the play screen.
func boardArea(l playLayout) draw.Rect {
	board, _ := l.body.Left(l.body.W * boardShare)
	return board
}

// boardLayout places a "Qui est-ce ?" board: the characters' tiles, the
// questions to ask, and the number being typed.
type boardLayout struct {
	tiles     []draw.Rect
	questions []draw.Rect
	typed     draw.Rect
	list      draw.Rect
	confirm   draw.Rect // "That's the one!": the marked portrait as the guess
	board     draw.Rect // where the tiles are
	// first is the question shown first, when they do not all fit; more,
	// moreAbove and moreBelow are then the list and its "more" marks.
	first                      int
	more, moreAbove, moreBelow draw.Rect
}

func (bp *boardPanel) boardLayout(l playLayout) boardLayout {
	p := bp.p
	v := p.d.View
	var b boardLayout
	d := p.g.TheDeck()
	board, side := l.body.Left(l.body.W * boardShare)
	b.board = board
	_, side = side.Left(v.Px(28))
	n := len(d.Cards)
	cols := int(math.Ceil(math.Sqrt(float64(n) * board.W / board.H)))
	cols = max(3, min(cols, 8))
	b.tiles = board.Grid(n, cols, v.Px(12))
	head, list := side.Top(v.Px(60))
	b.typed = head
	b.confirm, list = list.Bottom(v.Px(110))
	b.confirm, _ = b.confirm.Top(v.Px(100))
	list, _ = list.Top(list.H - v.Px(16))
	b.list = list
	// As many questions as fit at a readable height; when they are more, a
	// window of them that follows the focus (↑ ↓), with how many are above
	// and below it.
	rows := len(d.Questions)
	gap := v.Px(8)
	if fit := int((list.H + gap) / (v.Px(minQuestion) + gap)); fit < rows {
		rows = max(3, fit-1) // a line for the "more" marks
		b.more = list
		b.first = min(max(0, bp.focusItem-rows/2), len(d.Questions)-rows)
		b.moreAbove, list = list.Top(v.Px(minQuestion) / 2)
		b.moreBelow, list = list.Bottom(v.Px(minQuestion) / 2)
	}
	h := min(v.Px(84), (list.H-float64(rows-1)*gap)/float64(rows))
	list, _ = list.Top(float64(rows)*h + float64(rows-1)*gap)
	b.questions = list.Rows(rows, gap)
	return b
}

// boardNameStyle is the style of a portrait's name on the board: it shrinks
// further than other texts rather than be cut, on the small tiles of a
// laptop at the largest text size, where the picture says who it is too.
func boardNameStyle(v *View) draw.Style {
	return draw.Style{Size: v.Px(draw.SizeTiny), Min: v.Px(13), Bold: true, Align: draw.Center, VAlign: draw.Center, Colour: v.Theme.Text}
}

// tileName returns where a portrait's name is on its tile.
func tileName(v *View, tile draw.Rect) draw.Rect {
	rest := tile.Inset(v.Px(8))
	name, _ := rest.Bottom(math.Min(v.Px(72), rest.H*0.5)) // two lines for long names
	return name
}

// minQuestion is the lowest a board's question row gets, in units: lower,
// the questions show a window at a time.
const minQuestion = 56

func (bp *boardPanel) update(in *Input, l playLayout) {
	p := bp.p
	b := bp.boardLayout(l)
	d := p.g.TheDeck()
	team := p.keyTeam()
	guess := func(i int) {
		if team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
			return
		}
		bp.marked, bp.typed = -1, ""
		p.apply(game.Move{Kind: game.MoveGuess, Team: team, Choice: i})
	}
	// A tap marks a portrait; the guess needs a second tap on it, the
	// confirm button or Enter: children touch the board.
	for i, r := range b.tiles {
		if in.Tapped(r) {
			if bp.marked == i {
				guess(i)
			} else {
				bp.marked, bp.typed = i, ""
			}
			return
		}
	}
	if in.Tapped(b.confirm) && bp.marked >= 0 {
		guess(bp.marked)
		return
	}
	for i, r := range b.questions {
		if in.Tapped(r) {
			bp.focusItem = b.first + i
			bp.ask(b.first + i)
			return
		}
	}
	switch {
	case b.moreAbove.H > 0 && in.Tapped(b.moreAbove):
		bp.focusItem = max(0, b.first-1)
	case b.moreBelow.H > 0 && in.Tapped(b.moreBelow):
		bp.focusItem = min(len(d.Questions)-1, b.first+len(b.questions))
	}
	// The number typed marks its portrait.
	markTyped := func() {
		bp.marked = -1
		if n, err := strconv.Atoi(bp.typed); err == nil && n >= 1 && n <= len(d.Cards) {
			bp.marked = n - 1
		}
	}
	for _, ch := range in.Chars {
		if ch >= '0' && ch <= '9' && len(bp.typed) < 2 {
			bp.typed += string(ch)
			markTyped()
		}
	}
	in.Actions = slices.DeleteFunc(in.Actions, func(a Action) bool { _, ok := a.Answer(); return ok })
	switch {
	case in.Has(ActionUndo) || in.Has(ActionBack):
		if bp.typed != "" {
			bp.typed = bp.typed[:len(bp.typed)-1]
			markTyped()
		} else {
			bp.marked = -1
		}
	case in.Has(ActionUp):
		bp.focusItem = max(0, bp.focusItem-1)
	case in.Has(ActionDown):
		bp.focusItem = min(len(d.Questions)-1, bp.focusItem+1)
	case in.Has(ActionNext):
		if bp.marked >= 0 {
			guess(bp.marked)
			return
		}
		bp.typed = ""
		bp.ask(bp.focusItem)
	}
}

// ask asks a board question and says the answer.
func (bp *boardPanel) ask(q int) {
	p := bp.p
	if p.apply(game.Move{Kind: game.MoveAsk, Choice: q}) {
		p.since = 0
		answer := p.d.View.Tr.T("answer_no")
		if p.g.Answer(q) {
			answer = p.d.View.Tr.T("answer_yes")
		}
		// The secret character's note on this answer waits for the reveal:
		// shown now, it would name the character ("…mais le QR code n'est
		// pas un appareil").
		p.flash = p.g.TheDeck().Questions[q].Text + " " + answer
	}
}

func (bp *boardPanel) draw(dst *ebiten.Image, l playLayout) {
	p := bp.p
	v := p.d.View
	b := bp.boardLayout(l)
	d := p.g.TheDeck()
	st := p.g.State()
	fade := math.Min(1, p.since.Seconds()/0.6)
	lastAsked := len(st.Asked)
	for i, r := range b.tiles {
		card := &d.Cards[i]
		alive := st.Candidates == nil || st.Candidates[i]
		bg := v.Theme.Panel
		if alive && r.Contains(v.Pointer) {
			bg = v.Theme.PanelHover
		}
		draw.FillRoundRect(dst, r, v.Px(16), bg)
		// The number stands in the corner beside the picture, so that small
		// tiles (a laptop at the largest text size) keep room for the name.
		rest := r.Inset(v.Px(8))
		num, _ := rest.Top(v.Px(34))
		name := tileName(v, r)
		pic, _ := rest.Top(name.Y - rest.Y - v.Px(4))
		drawImageIn(dst, p.images.get(d, card), pic.InsetXY(v.Px(30), 0))
		v.Fonts.Text(dst, strconv.Itoa(i+1), v.Style(draw.SizeTiny, true, draw.Start, v.Theme.Accent), num)
		v.Fonts.Text(dst, card.Text, boardNameStyle(v), name)
		if i == bp.marked {
			draw.StrokeRoundRect(dst, r.Inset(-v.Px(6)), v.Px(22), v.Px(8), v.Theme.Accent)
		}
		if !alive {
			// Greyed out; just eliminated tiles fade in over a moment.
			shade := v.Theme.Background
			shade.A = 0xd0
			if lastAsked > 0 && bp.wasCandidateBefore(i) {
				shade.A = uint8(float64(shade.A) * fade)
			}
			draw.FillRoundRect(dst, r, v.Px(16), shade)
		}
	}
	if bp.marked >= 0 {
		v.Fonts.Text(dst, v.Tr.T("board_marked", "N", bp.marked+1, "Name", d.Cards[bp.marked].Text), draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Accent}, b.typed)
	} else if bp.typed != "" {
		v.Fonts.Text(dst, v.Tr.T("board_typed", "N", bp.typed), v.Style(draw.SizeBody, true, draw.Start, v.Theme.Accent), b.typed)
	} else {
		v.Fonts.Text(dst, v.Tr.N("board_questions", len(st.Asked), "Asked", len(st.Asked), "Points", game.BoardPoints(len(st.Asked))), v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), b.typed)
	}
	if b.more.H > 0 {
		if b.first > 0 {
			v.Fonts.Text(dst, v.Tr.N("board_more_above", b.first), v.Style(draw.SizeTiny, true, draw.Center, v.Theme.Muted), b.moreAbove)
		}
		if below := len(d.Questions) - b.first - len(b.questions); below > 0 {
			v.Fonts.Text(dst, v.Tr.N("board_more_below", below), v.Style(draw.SizeTiny, true, draw.Center, v.Theme.Muted), b.moreBelow)
		}
	}
	for row, r := range b.questions {
		i := b.first + row
		q := d.Questions[i]
		asked := slices.Contains(st.Asked, i)
		bg := v.Theme.Panel
		if r.Contains(v.Pointer) && !asked {
			bg = v.Theme.PanelHover
		}
		draw.FillRoundRect(dst, r, v.Px(14), bg)
		if bp.focusItem == i {
			draw.StrokeRoundRect(dst, r.Inset(-v.Px(3)), v.Px(16), v.Px(4), v.Theme.Accent)
		}
		word, question := r.InsetXY(v.Px(16), 0).Right(v.Px(90))
		fg := v.Theme.Text
		if asked {
			fg = v.Theme.Muted
			answer, c := v.Tr.T("answer_no"), v.Theme.Wrong
			if p.g.Answer(i) {
				answer, c = v.Tr.T("answer_yes"), v.Theme.Right
			}
			v.Fonts.Text(dst, answer, v.Style(draw.SizeSmall, true, draw.End, c), word)
		}
		v.Fonts.Text(dst, q.Text, draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeReadable) * 0.8, Align: draw.Start, VAlign: draw.Center, Colour: fg}, question)
	}
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("board_confirm"), Key: "↵", Rect: b.confirm, Primary: bp.marked >= 0, Disabled: bp.marked < 0},
		bp.marked >= 0 && b.confirm.Contains(v.Pointer))
}

// wasCandidateBefore reports whether tile i was still possible before the
// last question: it is the one whose greying animates.
func (bp *boardPanel) wasCandidateBefore(i int) bool {
	p := bp.p
	st := p.g.State()
	if len(st.Asked) == 0 || p.since > 600*time.Millisecond {
		return false
	}
	d := p.g.TheDeck()
	secret := p.g.Card()
	for _, q := range st.Asked[:len(st.Asked)-1] {
		id := d.Questions[q].ID
		if slices.Contains(d.Cards[i].Yes, id) != slices.Contains(secret.Yes, id) {
			return false
		}
	}
	return true
}
