package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// afterTestOverlay asks, when the facilitator ends a workshop whose before
// test still waits for its after test, whether to play it now: without it
// the end of the workshop cannot say what changed. "Jouer le test d'après"
// starts it at once, with the before test's timer; "Terminer sans" ends the
// workshop; Esc goes back to the scores.
type afterTestOverlay struct {
	overlay
	d      *Deps
	s      *game.Session
	before *game.Game
	menu   menu
}

// The answers of the after test's question, in order.
const (
	afterPlay = iota
	afterSkip
)

func newAfterTestOverlay(d *Deps, s *game.Session, before *game.Game, under Scene) *afterTestOverlay {
	a := &afterTestOverlay{d: d, s: s, before: before}
	a.overlay = newOverlay(d.View, under, a)
	return a
}

func (a *afterTestOverlay) closesOn() closeRule { return closeOnEsc }

func (a *afterTestOverlay) handle(in *Input) Scene {
	_, _, _, answers := layoutAfterPrompt(a.v)
	switch a.menu.update(in, answers, nil) {
	case afterPlay:
		return a.play()
	case afterSkip:
		return newEndScene(a.d, a.s)
	}
	return a
}

// play starts the after test of the before test waiting, timed as it was;
// a deck no longer loaded leaves the question up with a notice.
func (a *afterTestOverlay) play() Scene {
	settings := game.Settings{
		Measure: game.MeasureAfter,
		Timer:   a.before.Settings.Timer,
		Seconds: a.before.Settings.Seconds,
		Seed:    a.d.Now().UnixNano(),
	}
	if deck := a.deck(); deck != nil {
		if _, err := a.d.live(a.s).NewGame(deck, settings); err == nil {
			return newPlayScene(a.d, a.s)
		}
	}
	a.v.Notice = a.v.Tr.T("play_no_cards")
	return a
}

// deck returns the deck of the before test: the one it was played with,
// or the library's of the same id and language.
func (a *afterTestOverlay) deck() *cards.Deck {
	if d := a.before.TheDeck(); d != nil {
		return d
	}
	if a.d.Library == nil {
		return nil
	}
	return a.d.Library.Find(a.before.Deck.ID, a.before.Deck.Language)
}

// layoutAfterPrompt places the question, why it is asked (two lines, with
// the deck's title) and its two answers.
func layoutAfterPrompt(v *View) (panel, question, detail draw.Rect, answers []draw.Rect) {
	panel = v.panel(1400, 760)
	inner := panel.Inset(v.Px(40))
	bottom, top := inner.Bottom(math.Min(inner.H*0.45, v.Px(236)))
	top, _ = top.Top(top.H - v.Px(32))
	question, detail = top.Top(math.Min(top.H*0.4, v.Px(110)))
	return panel, question, detail, bottom.Rows(2, v.Px(24))
}

func (a *afterTestOverlay) box() (draw.Rect, boxLook) {
	panel, _, _, _ := layoutAfterPrompt(a.v)
	return panel, boxAccent
}

func (a *afterTestOverlay) drawContent(dst *ebiten.Image) {
	v := a.v
	_, question, detail, answers := layoutAfterPrompt(v)
	v.Fonts.Text(dst, v.Tr.T("after_prompt_question"), v.Style(draw.SizeLarge, true, draw.Center, nil), question)
	v.Fonts.Text(dst, v.Tr.N("after_prompt_detail", len(a.before.Reserved), "Deck", a.before.Deck.Title),
		v.Style(draw.SizeBody, false, draw.Center, v.Theme.Muted), detail)
	labels := []string{v.Tr.T("after_prompt_play"), v.Tr.T("after_prompt_skip")}
	for i, r := range answers {
		v.DrawButton(dst, draw.Button{Label: labels[i], Key: string(rune('1' + i)), Rect: r, Primary: i == afterPlay, Focused: a.menu.focus == i}, r.Contains(v.Pointer))
	}
	v.drawNotice(dst)
}
