package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// pauseOverlay is the pause menu over a game (Esc, F5, a clicker's start
// button): resume, the scores, undo the last action, end the game,
// settings, quit. Ending the game asks first.
type pauseOverlay struct {
	overlay
	d    *Deps
	s    *game.Session
	menu menu
	// confirm is on while "Terminer la partie" waits for a yes or a no.
	confirm     bool
	confirmMenu menu
}

// The items of the pause menu, in order; quitting, the last, only where a
// program can quit (not in a browser).
var pauseItems = func() []string {
	items := []string{"pause_resume", "pause_scores", "pause_undo", "pause_end_game", "pause_settings", "pause_quit"}
	if !canQuit {
		items = items[:len(items)-1]
	}
	return items
}()

const (
	pauseResume = iota
	pauseScores
	pauseUndo
	pauseEndGame
	pauseSettings
	pauseQuit
)

// newPauseOverlay pauses the game of s. under is the scene the menu covers
// and "Reprendre" goes back to; play is the game's play scene, which is
// resumed when there is no scene under. After an undo the game goes on in
// a fresh play scene, so that nothing of the undone answer stays on screen.
func newPauseOverlay(d *Deps, s *game.Session, under Scene, play Scene) Scene {
	if under == nil {
		under = play
	}
	p := &pauseOverlay{d: d, s: s}
	p.overlay = newOverlay(d.View, under, p)
	return p
}

// layoutPause places the menu in a panel: the title, then a button an item.
func layoutPause(v *View) (panel, title draw.Rect, items []draw.Rect) {
	panel = v.panel(1000, 872)
	inner := panel.Inset(v.Px(36))
	title, rest := inner.Top(v.Px(100))
	_, rest = rest.Top(v.Px(24)) // the title clear of the first button
	n := len(pauseItems)
	gap := v.Px(16)
	h := math.Min(v.Px(100), (rest.H-gap*float64(n-1))/float64(n))
	list, _ := rest.Top(h*float64(n) + gap*float64(n-1))
	list = list.Centered(math.Min(list.W, v.Px(820)), list.H)
	return panel, title, list.Rows(n, gap)
}

// layoutPauseConfirm places the question "end the game?" and its two answers.
func layoutPauseConfirm(v *View) (panel, question, detail draw.Rect, answers []draw.Rect) {
	panel = v.panel(1200, 700)
	inner := panel.Inset(v.Px(40))
	bottom, top := inner.Bottom(math.Min(inner.H*0.48, v.Px(236)))
	top, _ = top.Top(top.H - v.Px(28))
	question, detail = top.Top(top.H * 0.45)
	return panel, question, detail, bottom.Rows(2, v.Px(24))
}

// closesOn lets Esc answer "no" to "end the game?" while it is asked;
// else Esc closes the menu.
func (p *pauseOverlay) closesOn() closeRule {
	if p.confirm {
		return closeByContent
	}
	return closeOnEsc
}

func (p *pauseOverlay) handle(in *Input) Scene {
	if p.confirm {
		return p.updateConfirm(in)
	}
	switch {
	case in.Has(ActionUndo):
		return p.undo()
	case in.Has(ActionScores):
		return newScoresOverlay(p.d, p.s, p)
	}
	_, _, items := layoutPause(p.d.View)
	switch p.menu.update(in, items, nil) {
	case pauseResume:
		return p.close()
	case pauseScores:
		return newScoresOverlay(p.d, p.s, p)
	case pauseUndo:
		return p.undo()
	case pauseEndGame:
		p.confirm, p.confirmMenu = true, menu{focus: 1}
	case pauseSettings:
		return newSettingsScene(p.d, p)
	case pauseQuit:
		return newQuitOverlay(p.d.View, p)
	}
	return p
}

func (p *pauseOverlay) updateConfirm(in *Input) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		p.confirm = false
		return p
	}
	_, _, _, answers := layoutPauseConfirm(p.d.View)
	switch p.confirmMenu.update(in, answers, nil) {
	case 0:
		return p.endGame()
	case 1:
		p.confirm = false
	}
	return p
}

// undo takes back the last answer or point of the game and goes back to the
// game; with nothing to take back it says so and stays.
func (p *pauseOverlay) undo() Scene {
	v := p.d.View
	if _, err := p.d.play(p.s, game.Move{Kind: game.MoveUndo}); err != nil {
		v.Notice = v.Tr.T("pause_nothing_to_undo")
		return p
	}
	v.Notice = v.Tr.T("pause_undone")
	return newPlayScene(p.d, p.s)
}

// endGame ends the game before its last card and shows the scores.
func (p *pauseOverlay) endGame() Scene {
	if g := p.s.Current(); g != nil && !g.Over() {
		if _, err := p.d.play(p.s, game.Move{Kind: game.MoveEnd}); err != nil {
			p.confirm = false
			p.d.View.Notice = p.d.View.Tr.T("refused")
			return p
		}
	}
	return newScoresScene(p.d, p.s)
}

func (p *pauseOverlay) box() (draw.Rect, boxLook) {
	if p.confirm {
		panel, _, _, _ := layoutPauseConfirm(p.v)
		return panel, boxMenu
	}
	panel, _, _ := layoutPause(p.v)
	return panel, boxMenu
}

func (p *pauseOverlay) drawContent(dst *ebiten.Image) {
	v := p.v
	th := v.Theme
	if p.confirm {
		_, question, detail, answers := layoutPauseConfirm(v)
		v.Fonts.Text(dst, v.Tr.T("pause_end_question"), v.Style(draw.SizeLarge, true, draw.Center, nil), question)
		v.Fonts.Text(dst, v.Tr.T("pause_end_detail"), v.Style(draw.SizeSmall, false, draw.Center, th.Muted), detail)
		labels := []string{v.Tr.T("pause_end_yes"), v.Tr.T("pause_end_no")}
		for i, r := range answers {
			v.DrawButton(dst, draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Primary: i == 1, Focused: p.confirmMenu.focus == i}, r.Contains(v.Pointer))
		}
		v.drawNotice(dst)
		return
	}
	_, title, items := layoutPause(v)
	v.Fonts.Text(dst, v.Tr.T("pause_title"), v.Style(draw.SizeTitle, true, draw.Center, th.Accent), title)
	for i, r := range items {
		v.DrawButton(dst, draw.Button{Label: v.Tr.T(pauseItems[i]), Key: string(rune('1' + i)), Rect: r, Primary: i == pauseResume, Focused: p.menu.focus == i}, r.Contains(v.Pointer))
	}
	v.drawNotice(dst)
}
