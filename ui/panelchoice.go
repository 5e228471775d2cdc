package ui

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// choicePanel plays a choice card: one answer given at once, or several
// picked and then confirmed.
type choicePanel struct {
	p      *playScene
	picked []int // the answers picked before confirming several
}

// several reports a card with more than one right answer: answers are
// picked, then confirmed.
func (cp *choicePanel) several() bool { return len(cp.p.g.Card().Correct) > 1 }

func (cp *choicePanel) update(in *Input, l playLayout) {
	p := cp.p
	c := p.cardLayout(l)
	team := p.keyTeam()
	if chosen := p.chosenAnswer(in, c); chosen >= 0 {
		switch {
		case team == game.NoTeam:
			p.flash = p.d.View.Tr.T("buzz_first")
		case cp.several():
			if i := slices.Index(cp.picked, chosen); i >= 0 {
				cp.picked = slices.Delete(cp.picked, i, i+1)
			} else {
				cp.picked = append(cp.picked, chosen)
			}
		default:
			p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: chosen})
		}
		return
	}
	if in.Has(ActionBack) {
		cp.picked = nil
	}
	if in.Has(ActionNext) {
		if cp.several() && len(cp.picked) > 0 && team != game.NoTeam {
			if p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choices: cp.picked}) {
				cp.picked = nil
			}
			return
		}
		p.apply(game.Move{Kind: game.MoveReveal})
	}
}

func (cp *choicePanel) draw(dst *ebiten.Image, l playLayout) {
	p := cp.p
	v := p.d.View
	c := p.cardLayout(l)
	p.drawFace(dst, c, p.kindLabel())
	if cp.several() {
		v.Fonts.Text(dst, v.Tr.T("several_answers"), v.Style(draw.SizeSmall, false, draw.End, v.Theme.Muted), c.kind)
	}
	team := p.answering()
	p.drawAnswerButtons(dst, c, func(i int, b *draw.Button) {
		b.Selected = slices.Contains(cp.picked, i)
		b.Disabled = p.outOfCard(team)
	})
}

func (cp *choicePanel) editing() bool { return false }

// fresh keeps the answers picked: in all mode the laptop is handed over
// once a team has answered, which drops them.
func (cp *choicePanel) fresh()     {}
func (cp *choicePanel) nextRound() { cp.picked = nil }
