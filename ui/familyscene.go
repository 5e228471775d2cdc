package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// familyCards is how many cards a family game draws from a deck that is not
// a board: a round of about a quarter of an hour, played again at will.
const familyCards = 10

// familyMaxDecks is how many decks the family screen shows as big tiles;
// "All the decks" opens the full list.
const familyMaxDecks = 6

// familyScene is the start for a family at home: who plays (everyone
// together as one team, or two to four players), then which deck, in big
// buttons a child can tap; the game starts at once, without a timer.
type familyScene struct {
	d    *Deps
	back Scene

	players int // 0 while choosing who plays; 1 for everyone together
	focus   focusGrid
}

func newFamilyScene(d *Deps, back Scene) *familyScene {
	return &familyScene{d: d, back: back}
}

// decks returns the decks offered: those this copy was made with (declic
// bundle), else the decks in the player's language, else every deck.
func (f *familyScene) decks() []*cards.Deck {
	if len(f.d.Family) > 0 {
		return f.d.Family
	}
	ui := baseLanguage(f.d.View.Tr.Lang())
	var out []*cards.Deck
	for _, deck := range f.d.decks() {
		if baseLanguage(deck.Language) == ui {
			out = append(out, deck)
		}
	}
	if len(out) == 0 {
		return f.d.decks()
	}
	return out
}

// familyLayout is the screen: a title, the big choices, and a footer with
// Back and, choosing a deck, All the decks.
type familyLayout struct {
	title, question draw.Rect
	choices         []draw.Rect
	back, more      draw.Rect
}

func layoutFamily(m draw.Metrics, n int) familyLayout {
	var l familyLayout
	scr := m.Screen().Inset(m.Px(draw.SizeMargin))
	header, rest := scr.Top(math.Min(m.Px(96), scr.H*0.12))
	l.title, l.question = header.Left(header.W * 0.45)
	footer, rest := rest.Bottom(math.Min(m.Px(104), rest.H*0.16))
	l.back, _, l.more = footerLayout(m, footer)
	_, area := rest.Top(m.Px(40))
	area, _ = area.Top(area.H - m.Px(32))
	cols := 2
	if n == 1 {
		cols = 1
	}
	rows := (n + cols - 1) / cols
	gap := m.Px(32)
	cellH := math.Min(m.Px(260), (area.H-gap*float64(rows-1))/float64(rows))
	block := area.Centered(math.Min(area.W, m.Px(1560)), cellH*float64(rows)+gap*float64(rows-1))
	for _, r := range block.Rows(rows, gap) {
		l.choices = append(l.choices, r.Cols(cols, gap)...)
	}
	l.choices = l.choices[:n]
	return l
}

// choiceCount returns the number of big choices on the screen.
func (f *familyScene) choiceCount() int {
	if f.players == 0 {
		return 4
	}
	return min(len(f.decks()), familyMaxDecks)
}

// hasMore reports an "All the decks" button: more decks than tiles.
func (f *familyScene) hasMore() bool {
	return f.players > 0 && len(f.decks()) != len(f.d.Library.Decks)
}

// targets returns the choices, then Back, then All the decks if shown.
func (f *familyScene) targets(l familyLayout) []draw.Rect {
	t := append(append([]draw.Rect(nil), l.choices...), l.back)
	if f.hasMore() {
		t = append(t, l.more)
	}
	return t
}

func (f *familyScene) Update(in *Input) Scene {
	n := f.choiceCount()
	l := layoutFamily(f.d.View.Metrics, n)
	targets := f.targets(l)
	for i, r := range targets {
		if in.Tapped(r) {
			f.focus.focus = i
			return f.activate(i, n)
		}
	}
	if in.Has(ActionBack) || in.Has(ActionPause) {
		return f.activate(n, n)
	}
	for i := 0; i < n && i < MaxAnswers; i++ {
		if in.Has(ActionAnswer1 + Action(i)) {
			f.focus.focus = i
			return f.activate(i, n)
		}
	}
	if f.focus.move(in, targets, nil) {
		return f
	}
	if in.Has(ActionNext) {
		return f.activate(f.focus.focus, n)
	}
	return f
}

// activate does what target i does: a choice, Back (i == n) or All the
// decks (n+1).
func (f *familyScene) activate(i, n int) Scene {
	switch {
	case i == n && f.players == 0:
		return f.back
	case i == n:
		f.players, f.focus.focus = 0, 0
		return f
	case i > n:
		s, ok := f.session()
		if !ok {
			return f
		}
		return newDeckScene(f.d, s, f)
	case f.players == 0:
		f.players, f.focus.focus = i+1, 0
		return f
	}
	return f.start(f.decks()[i])
}

// session makes the workshop of the players chosen and saves it.
func (f *familyScene) session() (*game.Session, bool) {
	s, err := f.d.Host.NewSession("", game.NewTeams(DefaultTeamNames(f.d.View.Tr, f.players)...))
	if err != nil {
		f.d.View.Notice = f.d.View.Tr.T("teams_invalid")
		return nil, false
	}
	return s, true
}

// start starts a game of deck with the deck's own settings, but no timer
// and, unless it is a board, familyCards cards.
func (f *familyScene) start(deck *cards.Deck) Scene {
	s, ok := f.session()
	if !ok {
		return f
	}
	g := newGameSetupScene(f.d, s, deck, newDeckScene(f.d, s, f))
	g.timer = 0
	if !g.board() {
		g.count = min(familyCards, g.pool())
	}
	return g.start()
}

func (f *familyScene) Animating() bool { return false }

func (f *familyScene) Draw(dst *ebiten.Image) {
	v := f.d.View
	th := v.Theme
	n := f.choiceCount()
	l := layoutFamily(v.Metrics, n)
	focus := f.focus.focus
	v.Fonts.Text(dst, v.Tr.T("family_title"), v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)
	question := v.Tr.T("family_who")
	if f.players > 0 {
		question = v.Tr.T("family_which")
	}
	v.Fonts.Text(dst, question, v.Style(draw.SizeLarge, true, draw.End, nil), l.question)
	decks := f.decks()
	for i, r := range l.choices {
		var label, hint string
		switch {
		case f.players == 0 && i == 0:
			label, hint = v.Tr.T("family_together"), v.Tr.T("family_together_hint")
		case f.players == 0:
			label, hint = v.Tr.T("family_players", "Count", i+1), v.Tr.T("family_players_hint")
		default:
			deck := decks[i]
			label, hint = deck.Title, deck.Description
			if hint == "" {
				hint, _ = deckFacts(v, deck)
			}
		}
		f.drawChoice(dst, strconv.Itoa(i+1), label, hint, r, focus == i)
	}
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back, Focused: focus == n}, l.back.Contains(v.Pointer))
	if f.hasMore() {
		v.DrawButton(dst, draw.Button{Label: v.Tr.T("family_more"), Rect: l.more, Focused: focus == n+1}, l.more.Contains(v.Pointer))
	}
	v.drawNotice(dst)
}

// drawChoice draws a big choice: a panel with its number key, a label in
// large type and a hint of up to two lines under it.
func (f *familyScene) drawChoice(dst *ebiten.Image, key, label, hint string, r draw.Rect, focused bool) {
	v := f.d.View
	th := v.Theme
	bg := th.Panel
	if r.Contains(v.Pointer) {
		bg = th.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(26), bg)
	if focused {
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(6)), v.Px(32), v.Px(6), th.Accent)
	}
	inner := r.InsetXY(v.Px(32), v.Px(22))
	capH := math.Min(v.Px(draw.SizeLarge)*1.3, inner.H*0.5)
	box, rest := inner.Left(keyCapWidth(key, capH))
	v.drawKeyCap(dst, key, box.Centered(box.W, capH), true)
	_, rest = rest.Left(v.Px(28))
	top, bottom := rest.Top(rest.H * 0.5)
	v.Fonts.Text(dst, label, draw.Style{Size: v.Px(draw.SizeTitle), Min: v.Px(draw.SizeSmall), Bold: true, Align: draw.Start, VAlign: draw.End, Colour: th.Text}, top.InsetXY(0, v.Px(4)))
	v.Fonts.Text(dst, hint, draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Start, Colour: th.Muted}, bottom.InsetXY(0, v.Px(6)))
}
