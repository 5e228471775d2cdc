package ui

import (
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// cluesPanel plays a clues card (a riddle): the clues come one by one, and
// the facilitator judges the answer a team speaks. It has no draft.
type cluesPanel struct{ p *playScene }

func (cl *cluesPanel) update(in *Input, l playLayout) {
	p := cl.p
	c := p.cardLayout(l)
	switch chosen := p.chosenAnswer(in, c); chosen {
	case 0, 1: // right, wrong
		team := p.keyTeam()
		if team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
			return
		}
		p.apply(game.Move{Kind: game.MoveJudge, Team: team, Right: chosen == 0})
	case 2:
		p.apply(game.Move{Kind: game.MoveClue})
	}
	if in.Has(ActionNextClue) {
		p.apply(game.Move{Kind: game.MoveClue})
	}
	if in.Has(ActionNext) {
		p.apply(game.Move{Kind: game.MoveReveal})
	}
}

func (cl *cluesPanel) draw(dst *ebiten.Image, l playLayout) {
	p := cl.p
	c := p.cardLayout(l)
	card := p.g.Card()
	st := p.g.State()
	p.drawFace(dst, c, p.kindLabel())
	cl.drawClues(dst, c)
	p.drawAnswerButtons(dst, c, func(i int, b *draw.Button) {
		if i == 2 {
			b.Key = "C"
			b.Disabled = st.Clue >= len(card.Clues)-1
		}
	})
}

func (cl *cluesPanel) editing() bool { return false }
func (cl *cluesPanel) fresh()        {}
func (cl *cluesPanel) nextRound()    {}

// drawClues shows the clues given so far, the newest highlighted, and the
// points a right answer earns now.
func (cl *cluesPanel) drawClues(dst *ebiten.Image, c cardLayout) {
	p := cl.p
	v := p.d.View
	card := p.g.Card()
	st := p.g.State()
	rows, style := p.clueRows(c)
	offer := p.clueOffer(c)
	n := len(card.Clues)
	for i := 0; i <= st.Clue && i < n; i++ {
		bg := v.Theme.Panel
		fg := v.Theme.Muted
		if i == st.Clue {
			bg, fg = v.Theme.PanelHover, v.Theme.Text
		}
		draw.FillRoundRect(dst, rows[i], v.Px(16), bg)
		num, text := clueText(v, rows[i])
		v.Fonts.Text(dst, strconv.Itoa(i+1), v.Style(draw.SizeBody, true, draw.Start, v.Theme.Accent), num)
		style.Colour = fg
		v.Fonts.Text(dst, card.Clues[i], style, text)
	}
	for i := st.Clue + 1; i < n; i++ {
		draw.StrokeRoundRect(dst, rows[i], v.Px(16), v.Px(3), v.Theme.Panel)
	}
	pts := card.CluePoints[st.Clue]
	if p.g.Settings.Unscored {
		return
	}
	v.Fonts.Text(dst, v.Tr.N("clue_offer", pts), v.Style(draw.SizeBody, true, draw.End, v.Theme.Accent), offer)
}
