package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// verdictPanel plays a verdict card: a claim and the deck's verdicts, with
// hints and a second vote when the card has some. A verdict is given at
// once: it has no draft.
type verdictPanel struct{ p *playScene }

func (vp *verdictPanel) update(in *Input, l playLayout) {
	p := vp.p
	c := p.cardLayout(l)
	if chosen := p.chosenAnswer(in, c); chosen >= 0 {
		if team := p.keyTeam(); team == game.NoTeam {
			p.flash = p.d.View.Tr.T("buzz_first")
		} else {
			p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: chosen})
		}
		return
	}
	if in.Has(ActionNext) {
		if p.g.State().Phase == game.PhaseAnswering && len(p.g.Card().Hints) > 0 {
			p.apply(game.Move{Kind: game.MoveSecondRound})
		} else {
			p.apply(game.Move{Kind: game.MoveReveal})
		}
	}
}

func (vp *verdictPanel) draw(dst *ebiten.Image, l playLayout) {
	p := vp.p
	v := p.d.View
	c := p.cardLayout(l)
	st := p.g.State()
	label := p.kindLabel()
	if st.Phase == game.PhaseSecond {
		label = v.Tr.T("second_vote")
	}
	p.drawFace(dst, c, label)
	first := vp.firstVote()
	if st.Phase == game.PhaseSecond {
		hints, caption := c.extra, draw.Rect{}
		if first != nil {
			caption, hints = c.extra.Bottom(v.Px(60))
			v.Fonts.Text(dst, v.Tr.T("first_vote", "Answer", p.answerText(first)), v.Style(draw.SizeSmall, true, draw.Center, v.Theme.Accent), caption)
		}
		p.drawList(dst, v.Tr.T("hints_title"), p.g.Card().Hints, hints)
	}
	team := p.answering()
	p.drawAnswerButtons(dst, c, func(i int, b *draw.Button) {
		b.Disabled = p.outOfCard(team)
		if first != nil && first.Choice == i && team >= 0 {
			colour := TeamColour(p.s.Teams[team])
			b.Colour = &colour // the first vote, kept unless the team votes again
		}
	})
}

// firstVote returns, in the second round, the first vote of the team whose
// vote the keys give, which counts unless it votes again; nil when there
// is none, when the team has voted again, or when the screen may not show
// it: the screen sees what the room sees (game.View of no team) unless the
// laptop was handed to a team, which sees its own. A team voting on its
// phones sees its vote there, never on the projector.
func (vp *verdictPanel) firstVote() *game.Answer {
	p := vp.p
	team := p.keyTeam()
	viewer := game.NoTeam
	if h := p.handed; h != game.NoTeam && !p.onPhones(h) {
		viewer = h
	}
	view := p.g.View(viewer)
	if view.Phase != game.PhaseSecond || team < 0 || view.Answers[team] != nil {
		return nil
	}
	return view.First[team]
}

func (vp *verdictPanel) editing() bool { return false }
func (vp *verdictPanel) fresh()        {}
func (vp *verdictPanel) nextRound()    {}
