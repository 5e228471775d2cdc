package ui

import (
	"strconv"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// verdictPanel plays a verdict card: a claim and the deck's verdicts, with
// hints and a second vote when the card has some and the game plays them
// (game.Game.Hinted). A verdict is given at once, unless the game asks how
// sure the team is (Settings.Confidence): the verdict picked is then a
// draft, and the three ratings replace the verdicts until one is given.
type verdictPanel struct {
	p *playScene
	// picked is the verdict a team picked and has not rated yet, -1 for
	// none; by is the team it answers for.
	picked, by int
}

func newVerdictPanel(p *playScene) *verdictPanel {
	return &verdictPanel{p: p, picked: -1, by: game.NoTeam}
}

// rating reports whether the panel asks how sure the team is of the
// verdict it picked.
func (vp *verdictPanel) rating() bool { return vp.picked >= 0 }

func (vp *verdictPanel) update(in *Input, l playLayout) {
	p := vp.p
	c := p.cardLayout(l)
	if vp.rating() {
		vp.updateRating(in, c)
		return
	}
	if chosen := p.chosenAnswer(in, c); chosen >= 0 {
		switch team := p.keyTeam(); {
		case team == game.NoTeam:
			p.flash = p.d.View.Tr.T("buzz_first")
		case p.g.Settings.Confidence:
			// Checked now, so that a verdict the engine would refuse (not
			// the team's turn, answered already) is said at once, not
			// after its rating.
			m := game.Move{Kind: game.MoveAnswer, Team: team, Choice: chosen}
			if err := p.g.Allowed(m); err != nil {
				p.refused(err)
				return
			}
			vp.picked, vp.by, p.flash = chosen, team, ""
		default:
			p.apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: chosen})
		}
		return
	}
	if in.Has(ActionNext) {
		if p.g.State().Phase == game.PhaseAnswering && p.g.Hinted() {
			p.apply(game.Move{Kind: game.MoveSecondRound})
		} else {
			p.apply(game.Move{Kind: game.MoveReveal})
		}
	}
}

// updateRating takes the rating of the verdict picked: 1, 2, 3 or a tap on
// its button give the verdict with it; → (Space, a clicker's next) gives
// it unrated; ← (a clicker's back) and Backspace go back to the verdicts.
func (vp *verdictPanel) updateRating(in *Input, c cardLayout) {
	for i, r := range vp.sureRects(c) {
		if in.Tapped(r) || in.Has(ActionAnswer1+Action(i)) {
			vp.give(game.SureCertain + i)
			return
		}
	}
	switch {
	case in.Has(ActionBack), in.Has(ActionUndo):
		vp.picked, vp.by = -1, game.NoTeam
	case in.Has(ActionNext):
		vp.give(game.SureUnsaid)
	}
}

// give answers the verdict picked with its rating; the draft goes whether
// the engine takes it or not (a refusal is said on the screen).
func (vp *verdictPanel) give(sure int) {
	m := game.Move{Kind: game.MoveAnswer, Team: vp.by, Choice: vp.picked, Sure: sure}
	vp.picked, vp.by = -1, game.NoTeam
	vp.p.apply(m)
}

// beforeTimeout gives the verdict picked without its rating when the clock
// of its team (game.NoTeam: the card's) runs out within dt: a team that
// chose its verdict in time keeps it, though it had no time to say how
// sure it was.
func (vp *verdictPanel) beforeTimeout(clock int, dt time.Duration) {
	if !vp.rating() || (clock != game.NoTeam && clock != vp.by) {
		return
	}
	if left, running := vp.p.g.TimeLeftFor(clock); running && dt >= left {
		vp.give(game.SureUnsaid)
	}
}

// sureBand is the height, in units, of the question's line above the
// ratings (see cardLayout), its gap included.
const sureBand = 76

// sureRects returns the buttons of the three ratings, where the verdicts'
// buttons were, as large.
func (vp *verdictPanel) sureRects(c cardLayout) []draw.Rect {
	v := vp.p.d.View
	area := c.answers.Centered(min(c.answers.W, float64(game.SureLevels)*v.Px(520)), c.answers.H)
	return area.Cols(game.SureLevels, v.Px(24))
}

// sureQuestion returns the question's line (cardLayout.sure), split in
// two: "Vous êtes sûrs ?" on the left, the verdict picked on the right.
func (vp *verdictPanel) sureQuestion(c cardLayout) (question, picked draw.Rect) {
	v := vp.p.d.View
	question, picked = c.sure.Left(c.sure.W * 0.5)
	_, picked = picked.Left(v.Px(24))
	return question, picked
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
	if vp.rating() && c.sureInline {
		label = "" // the question takes the kind's line
	}
	p.drawFace(dst, c, label)
	first := vp.firstVote()
	if st.Phase == game.PhaseSecond {
		hints, caption := c.extra, draw.Rect{}
		if vp.rating() {
			_, hints = c.extra.Bottom(v.Px(60)) // the question's line instead of the first vote's
		} else if first != nil {
			caption, hints = c.extra.Bottom(v.Px(60))
			v.Fonts.Text(dst, v.Tr.T("first_vote", "Answer", p.answerText(first)), v.Style(draw.SizeSmall, true, draw.Center, v.Theme.Accent), caption)
		}
		p.drawList(dst, v.Tr.T("hints_title"), p.g.Card().Hints, hints)
	}
	if vp.rating() {
		vp.drawRating(dst, c)
		return
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

// drawRating draws the question of confidence: on a line above the
// ratings, the question and the verdict picked (the team that picked it
// sees it; the laptop is handed on before the next team looks), the three
// ratings as big buttons in the team's colour where the verdicts were, and
// on the kind's line the keys that go back or give the verdict unrated.
func (vp *verdictPanel) drawRating(dst *ebiten.Image, c cardLayout) {
	p := vp.p
	v := p.d.View
	th := v.Theme
	ask, picked := vp.sureQuestion(c)
	v.Fonts.Text(dst, v.Tr.T("sure_question"), v.Style(draw.SizeLarge, true, draw.End, th.Accent), ask)
	labels := p.answerButtons()
	if vp.picked < len(labels) {
		v.Fonts.Text(dst, v.Tr.T("sure_answer", "Answer", labels[vp.picked]), v.Style(draw.SizeBody, false, draw.Start, th.Text), picked)
	}
	colour := th.Accent
	if vp.by >= 0 && vp.by < len(p.s.Teams) {
		colour = TeamColour(p.s.Teams[vp.by])
	}
	for i, r := range vp.sureRects(c) {
		b := draw.Button{Label: v.Tr.T("sure_" + strconv.Itoa(i+1)), Key: strconv.Itoa(i + 1), Rect: r, Colour: &colour}
		v.DrawButton(dst, b, r.Contains(v.Pointer))
	}
	if !c.sureInline {
		// On the kind's line; a long claim leaves it to the question, the
		// keys being on the buttons.
		v.Fonts.Text(dst, v.Tr.T("sure_keys"), v.Style(draw.SizeSmall, false, draw.End, th.Muted), c.kind)
	}
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

// editing reports a verdict waiting for its rating: Backspace then goes
// back to the verdicts instead of undoing the move before.
func (vp *verdictPanel) editing() bool { return vp.rating() }

// fresh drops the verdict picked: the laptop goes to another team.
func (vp *verdictPanel) fresh() { vp.picked, vp.by = -1, game.NoTeam }

// nextRound drops the verdict picked with the round it was picked in.
func (vp *verdictPanel) nextRound() { vp.fresh() }
