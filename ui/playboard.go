package ui

import (
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
)

// boardLayout places a "Qui est-ce ?" board: the characters' tiles, the
// questions to ask, and the number being typed.
type boardLayout struct {
	tiles     []Rect
	questions []Rect
	typed     Rect
	list      Rect
}

func (p *playScene) boardLayout(l playLayout) boardLayout {
	v := p.d.View
	var b boardLayout
	d := p.g.TheDeck()
	board, side := l.body.Left(l.body.W * 0.64)
	_, side = side.Left(v.Px(28))
	n := len(d.Cards)
	cols := int(math.Ceil(math.Sqrt(float64(n) * board.W / board.H)))
	cols = max(3, min(cols, 8))
	b.tiles = board.Grid(n, cols, v.Px(12))
	head, list := side.Top(v.Px(60))
	b.typed = head
	list, _ = list.Top(list.H - v.Px(10))
	b.list = list
	rows := len(d.Questions)
	h := min(v.Px(84), (list.H-float64(rows-1)*v.Px(8))/float64(rows))
	list, _ = list.Top(float64(rows)*h + float64(rows-1)*v.Px(8))
	b.questions = list.Rows(rows, v.Px(8))
	return b
}

func (p *playScene) updateBoard(in *Input, l playLayout) {
	b := p.boardLayout(l)
	d := p.g.TheDeck()
	team := p.answering()
	if team == game.NoTeam && p.g.Settings.Mode != cards.ModeBuzzer {
		team = p.focus
	}
	guess := func(i int) {
		if team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
			return
		}
		p.apply(game.Move{Kind: game.MoveGuess, Team: team, Choice: i})
	}
	for i, r := range b.tiles {
		if in.Tapped(r) {
			guess(i)
			return
		}
	}
	for i, r := range b.questions {
		if in.Tapped(r) {
			p.focusItem = i
			p.ask(i)
			return
		}
	}
	for _, ch := range in.Chars {
		if ch >= '0' && ch <= '9' && len(p.typed) < 2 {
			p.typed += string(ch)
		}
	}
	in.Actions = slices.DeleteFunc(in.Actions, func(a Action) bool { _, ok := a.Answer(); return ok })
	switch {
	case in.Has(ActionUndo) || in.Has(ActionBack):
		if p.typed != "" {
			p.typed = p.typed[:len(p.typed)-1]
		}
	case in.Has(ActionUp):
		p.focusItem = max(0, p.focusItem-1)
	case in.Has(ActionDown):
		p.focusItem = min(len(d.Questions)-1, p.focusItem+1)
	case in.Has(ActionNext):
		if p.typed != "" {
			n, _ := strconv.Atoi(p.typed)
			p.typed = ""
			if n >= 1 && n <= len(d.Cards) {
				guess(n - 1)
			}
			return
		}
		p.ask(p.focusItem)
	}
}

// ask asks a board question and says the answer.
func (p *playScene) ask(q int) {
	if p.apply(game.Move{Kind: game.MoveAsk, Choice: q}) {
		p.since = 0
		answer := p.d.View.Tr.T("answer_no")
		if p.g.Answer(q) {
			answer = p.d.View.Tr.T("answer_yes")
		}
		p.flash = p.g.TheDeck().Questions[q].Text + " " + answer
	}
}

func (p *playScene) drawBoard(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	b := p.boardLayout(l)
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
		fillRoundRect(dst, r, v.Px(16), bg)
		num, rest := r.Inset(v.Px(8)).Top(v.Px(34))
		v.Fonts.Text(dst, strconv.Itoa(i+1), v.style(SizeTiny, true, Start, v.Theme.Accent), num)
		name, pic := rest.Bottom(math.Min(v.Px(72), rest.H*0.42)) // two lines for long names
		drawImageIn(dst, p.images.get(d, card), pic)
		v.Fonts.Text(dst, card.Text, Style{Size: v.Px(SizeTiny), Min: v.Px(16), Bold: true, Align: Center, VAlign: Center, Colour: v.Theme.Text}, name)
		if !alive {
			// Greyed out; just eliminated tiles fade in over a moment.
			shade := v.Theme.Background
			shade.A = 0xd0
			if lastAsked > 0 && p.wasCandidateBefore(i) {
				shade.A = uint8(float64(shade.A) * fade)
			}
			fillRoundRect(dst, r, v.Px(16), shade)
		}
	}
	if p.typed != "" {
		v.Fonts.Text(dst, v.Tr.T("board_typed", "N", p.typed), v.style(SizeBody, true, Start, v.Theme.Accent), b.typed)
	} else {
		v.Fonts.Text(dst, v.Tr.N("board_questions", len(st.Asked), "Asked", len(st.Asked), "Points", game.BoardPoints(len(st.Asked))), v.style(SizeSmall, true, Start, v.Theme.Accent), b.typed)
	}
	for i, r := range b.questions {
		q := d.Questions[i]
		asked := slices.Contains(st.Asked, i)
		bg := v.Theme.Panel
		if r.Contains(v.Pointer) && !asked {
			bg = v.Theme.PanelHover
		}
		fillRoundRect(dst, r, v.Px(14), bg)
		if p.focusItem == i {
			strokeRoundRect(dst, r.Inset(-v.Px(3)), v.Px(16), v.Px(4), v.Theme.Accent)
		}
		word, question := r.InsetXY(v.Px(16), 0).Right(v.Px(90))
		fg := v.Theme.Text
		if asked {
			fg = v.Theme.Muted
			answer, c := v.Tr.T("answer_no"), v.Theme.Wrong
			if p.g.Answer(i) {
				answer, c = v.Tr.T("answer_yes"), v.Theme.Right
			}
			v.Fonts.Text(dst, answer, v.style(SizeSmall, true, End, c), word)
		}
		v.Fonts.Text(dst, q.Text, Style{Size: v.Px(SizeSmall), Min: v.Px(18), Align: Start, VAlign: Center, Colour: fg}, question)
	}
}

// wasCandidateBefore reports whether tile i was still possible before the
// last question: it is the one whose greying animates.
func (p *playScene) wasCandidateBefore(i int) bool {
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
