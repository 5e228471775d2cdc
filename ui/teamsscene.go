package ui

import (
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// The longest names typed here: those of the game's name rules.
const (
	maxNameRunes     = game.MaxNameRunes
	maxWorkshopRunes = game.MaxWorkshopRunes
)

// teamsScene starts a workshop: how many teams, and each team's name, colour
// and symbol. One team is a family playing together.
type teamsScene struct {
	d    *Deps
	back Scene
	// deck is the deck chosen in the list before the teams, when the person
	// came from there; the game settings follow the teams directly.
	deck *cards.Deck
	// session is the workshop made by Continue, kept so that coming back
	// here and going on again changes it instead of making another.
	session *game.Session

	// workshop is the workshop's name, which may stay empty.
	workshop []rune
	n        int
	teams    [game.MaxTeams]teamDraft
	focus    focusGrid
	// fresh is set while the focused name is the one offered: typing
	// replaces it, as a selected text is replaced.
	fresh bool
}

// teamDraft is a team as it is being set up. Its name follows the offered
// names (which change between one team and several) until someone types it.
type teamDraft struct {
	name   string
	edited bool
	colour game.Colour
	symbol game.Symbol
}

// newTeamsScene returns the new-workshop screen; back is where Esc goes.
func newTeamsScene(d *Deps, back Scene) Scene {
	return newTeamsSceneFor(d, back, nil)
}

// newTeamsSceneFor returns the new-workshop screen for a deck already
// chosen, or for none.
func newTeamsSceneFor(d *Deps, back Scene, deck *cards.Deck) *teamsScene {
	t := &teamsScene{d: d, back: back, deck: deck, n: 2}
	for i := range t.teams {
		t.teams[i].colour, t.teams[i].symbol = game.Colour(i), game.Symbol(i)
	}
	t.focus.focus = t.nextTarget()
	return t
}

// The targets of the keyboard focus, in reading order: the workshop's
// name, −, +, then each team's symbol, colour and name, then Back and
// Continue.
const (
	targetWorkshop = iota
	targetMinus
	targetPlus
	targetTeams
)

func (t *teamsScene) symbolTarget(i int) int { return targetTeams + 3*i }
func (t *teamsScene) colourTarget(i int) int { return targetTeams + 3*i + 1 }
func (t *teamsScene) nameTarget(i int) int   { return targetTeams + 3*i + 2 }
func (t *teamsScene) backTarget() int        { return targetTeams + 3*t.n }
func (t *teamsScene) nextTarget() int        { return targetTeams + 3*t.n + 1 }

// typing returns the team whose name has the focus, or -1.
func (t *teamsScene) typing() int {
	f := t.focus.focus - targetTeams
	if f >= 0 && f < 3*t.n && f%3 == 2 {
		return f / 3
	}
	return -1
}

// Typing reports whether a name (a team's or the workshop's) is being
// typed: every key that types is then text, not a shortcut (the App reads
// the keys with TypingActionsFor).
func (t *teamsScene) Typing() bool {
	return t.typing() >= 0 || t.focus.focus == targetWorkshop
}

// fieldAfter returns the target Enter and Tab go to from the field f: the
// next name, and Continue after the last.
func (t *teamsScene) fieldAfter(f int) int {
	switch i := t.typing(); {
	case f == targetWorkshop:
		return t.nameTarget(0)
	case i >= 0 && i+1 < t.n:
		return t.nameTarget(i + 1)
	}
	return t.nextTarget()
}

// name returns the name of team i as it stands.
func (t *teamsScene) name(i int) string {
	if t.teams[i].edited {
		return t.teams[i].name
	}
	return DefaultTeamNames(t.d.View.Tr, t.n)[i]
}

// problem returns why the teams cannot go on, and the team at fault, or ""
// and -1 when they can.
func (t *teamsScene) problem() (string, int) {
	seen := make(map[string]int)
	for i := 0; i < t.n; i++ {
		name := strings.ToLower(game.TeamName(t.name(i)))
		if name == "" {
			return t.d.View.Tr.T("teams_blank", "Number", i+1), i
		}
		if _, dup := seen[name]; dup {
			return t.d.View.Tr.T("teams_same", "Name", game.TeamName(t.name(i))), i
		}
		seen[name] = i
	}
	return "", -1
}

// setCount changes the number of teams, keeping the focus on the same
// control and every colour and symbol its own.
func (t *teamsScene) setCount(n int) {
	n = min(max(n, 1), game.MaxTeams)
	if n == t.n {
		return
	}
	f := t.focus.focus
	switch {
	case f >= t.backTarget():
		f += 3 * (n - t.n)
	case f >= t.symbolTarget(n):
		f = targetPlus
	}
	t.n = n
	t.focus.focus = f
	t.fresh = false
	usedC, usedS := make(map[game.Colour]bool), make(map[game.Symbol]bool)
	for i := 0; i < t.n; i++ {
		tm := &t.teams[i]
		for usedC[tm.colour] {
			tm.colour = (tm.colour + 1) % game.Colour(len(game.Palette))
		}
		for usedS[tm.symbol] {
			tm.symbol = (tm.symbol + 1) % (game.Cross + 1)
		}
		usedC[tm.colour], usedS[tm.symbol] = true, true
	}
}

// cycleColour gives team i the next colour no other team has, or swaps with
// the team holding the next one when every colour is taken.
func (t *teamsScene) cycleColour(i int) {
	n := game.Colour(len(game.Palette))
	owner := func(c game.Colour) int {
		for j := 0; j < t.n; j++ {
			if j != i && t.teams[j].colour == c {
				return j
			}
		}
		return -1
	}
	cur := t.teams[i].colour
	for k := game.Colour(1); k < n; k++ {
		if c := (cur + k) % n; owner(c) < 0 {
			t.teams[i].colour = c
			return
		}
	}
	next := (cur + 1) % n
	if j := owner(next); j >= 0 {
		t.teams[j].colour, t.teams[i].colour = cur, next
	}
}

// cycleSymbol is cycleColour for symbols.
func (t *teamsScene) cycleSymbol(i int) {
	n := game.Cross + 1
	owner := func(s game.Symbol) int {
		for j := 0; j < t.n; j++ {
			if j != i && t.teams[j].symbol == s {
				return j
			}
		}
		return -1
	}
	cur := t.teams[i].symbol
	for k := game.Symbol(1); k < n; k++ {
		if s := (cur + k) % n; owner(s) < 0 {
			t.teams[i].symbol = s
			return
		}
	}
	next := (cur + 1) % n
	if j := owner(next); j >= 0 {
		t.teams[j].symbol, t.teams[i].symbol = cur, next
	}
}

// focusOn moves the focus to target f; a name keeps the offered text
// selected, so that typing replaces it.
func (t *teamsScene) focusOn(f int) {
	t.focus.focus = f
	t.fresh = false
	if i := t.typing(); i >= 0 {
		t.fresh = !t.teams[i].edited
	}
}

// typeInto applies the typed characters and Backspace to name i.
func (t *teamsScene) typeInto(i int, chars []rune, erase bool) {
	tm := &t.teams[i]
	name := []rune(t.name(i))
	if t.fresh && (erase || len(chars) > 0) {
		name = nil
		erase = false
		t.fresh = false
	}
	tm.name, tm.edited = string(editLine(name, chars, erase, maxNameRunes)), true
}

func (t *teamsScene) Update(in *Input) Scene {
	l := layoutTeams(t.d.View.Metrics, t.n)
	targets := l.targets()
	prob, _ := t.problem()
	enabled := func(i int) bool {
		switch i {
		case targetMinus:
			return t.n > 1
		case targetPlus:
			return t.n < game.MaxTeams
		case t.nextTarget():
			return prob == ""
		}
		return true
	}
	for i, r := range targets {
		if enabled(i) && in.Tapped(r) {
			t.focusOn(i)
			if t.Typing() {
				return t
			}
			return t.activate(i)
		}
	}
	if t.Typing() {
		return t.updateTyping(in, targets, enabled)
	}
	switch {
	case in.Has(ActionBack), in.Has(ActionPause):
		return t.back
	case in.Has(ActionPointPlus):
		t.setCount(t.n + 1)
		return t
	case in.Has(ActionPointMinus):
		t.setCount(t.n - 1)
		return t
	}
	for k := 0; k < game.MaxTeams; k++ {
		if in.Has(ActionAnswer1 + Action(k)) {
			t.setCount(k + 1)
			return t
		}
	}
	if t.focus.move(in, targets, enabled) {
		t.focusOn(t.focus.focus)
		return t
	}
	if in.Has(ActionNext) && enabled(t.focus.focus) {
		return t.activate(t.focus.focus)
	}
	return t
}

// updateTyping handles the keys while a name (a team's or the
// workshop's) has the focus: characters go into the name, Backspace (the
// undo key) erases, Enter and Tab go to the next name and from the last
// one to Continue, Esc leaves the name for Continue, ↑ ↓ move the focus.
// The keymap gives no action for a key that types (TypingActionsFor): B,
// ".", the digits, + and − and the buzzer letters are characters here.
func (t *teamsScene) updateTyping(in *Input, targets []draw.Rect, enabled func(int) bool) Scene {
	erase := in.Has(ActionUndo)
	if len(in.Chars) > 0 || erase {
		if i := t.typing(); i >= 0 {
			t.typeInto(i, in.Chars, erase)
		} else {
			t.workshop = editLine(t.workshop, in.Chars, erase, maxWorkshopRunes)
		}
	}
	switch {
	case in.Has(ActionPause):
		t.focusOn(t.nextTarget())
	case in.Has(ActionNext), in.Has(ActionFocusNext):
		t.focusOn(t.fieldAfter(t.focus.focus))
	case t.focus.move(in, targets, enabled):
		t.focusOn(t.focus.focus)
	}
	in.Actions = nil
	return t
}

// activate does what the target f does on Space, Enter or a tap.
func (t *teamsScene) activate(f int) Scene {
	switch {
	case f == targetMinus:
		t.setCount(t.n - 1)
	case f == targetPlus:
		t.setCount(t.n + 1)
	case f == t.backTarget():
		return t.back
	case f == t.nextTarget():
		return t.proceed()
	case f < targetTeams:
	case (f-targetTeams)%3 == 0:
		t.cycleSymbol((f - targetTeams) / 3)
	case (f-targetTeams)%3 == 1:
		t.cycleColour((f - targetTeams) / 3)
	}
	return t
}

// proceed makes the workshop, saves it and goes on to the choice of deck,
// or straight to the game settings when the deck is already chosen.
func (t *teamsScene) proceed() Scene {
	if prob, _ := t.problem(); prob != "" {
		return t
	}
	teams := make([]game.Team, t.n)
	for i := range teams {
		teams[i] = game.Team{Name: game.TeamName(t.name(i)), Colour: t.teams[i].colour, Symbol: t.teams[i].symbol}
	}
	name := game.WorkshopName(string(t.workshop))
	if t.session != nil && len(t.session.Games) == 0 && t.session == t.d.Host.Session() {
		// Back from the deck choice: the same workshop, renamed.
		if err := t.d.Host.Rename(name, teams); err != nil {
			t.d.View.Notice = t.d.View.Tr.T("teams_invalid")
			return t
		}
	} else {
		s, err := t.d.Host.NewSession(name, teams)
		if err != nil {
			t.d.View.Notice = t.d.View.Tr.T("teams_invalid")
			return t
		}
		t.session = s
	}
	decks := newDeckScene(t.d, t.session, t)
	if t.deck != nil {
		return newGameSetupScene(t.d, t.session, t.deck, decks)
	}
	return decks
}

func (t *teamsScene) Animating() bool { return false }

// teamsLayout is where the parts of the teams screen go.
type teamsLayout struct {
	title                   draw.Rect
	question, count, hint   draw.Rect
	minus, plus             draw.Rect
	workshopLabel, workshop draw.Rect
	symbols, colours, names []draw.Rect
	back, message, next     draw.Rect
}

// targets returns the rectangles of the focus targets, in their order.
func (l teamsLayout) targets() []draw.Rect {
	out := []draw.Rect{l.workshop, l.minus, l.plus}
	for i := range l.names {
		out = append(out, l.symbols[i], l.colours[i], l.names[i])
	}
	return append(out, l.back, l.next)
}

// layoutTeams lays the teams screen out for n teams: one column of teams up
// to three, two columns beyond.
func layoutTeams(m draw.Metrics, n int) teamsLayout {
	var l teamsLayout
	scr := m.Screen().Inset(m.Px(draw.SizeMargin))
	header, rest := scr.Top(math.Min(m.Px(96), scr.H*0.12))
	// The title, then the workshop's name: the first field of the form.
	var right draw.Rect
	l.title, right = header.Left(header.W * 0.36)
	_, right = right.Left(m.Px(24))
	l.workshopLabel, l.workshop = right.Left(math.Min(right.W*0.3, m.Px(330)))
	footer, rest := rest.Bottom(math.Min(m.Px(104), rest.H*0.16))
	_, rest = rest.Bottom(m.Px(28))
	l.back, l.message, l.next = footerLayout(m, footer)

	_, rest = rest.Top(m.Px(12))
	row, rest := rest.Top(math.Min(m.Px(124), rest.H*0.22))
	l.question, row = row.Left(math.Min(m.Px(600), row.W*0.32))
	side := row.H
	l.minus, row = row.Left(side * 1.15)
	l.count, row = row.Left(side * 1.15)
	l.plus, row = row.Left(side * 1.15)
	_, l.hint = row.Left(m.Px(32))
	_, area := rest.Top(m.Px(40))

	cols := 1
	if n > 3 {
		cols = 2
	}
	rows := (n + cols - 1) / cols
	rowGap, colGap := m.Px(22), m.Px(56)
	cellH := math.Min(m.Px(124), (area.H-rowGap*float64(rows-1))/float64(rows))
	blockW := area.W
	if cols == 1 {
		blockW = math.Min(area.W, m.Px(1240))
	}
	block := area.Centered(blockW, cellH*float64(rows)+rowGap*float64(rows-1))
	var cells []draw.Rect
	for _, r := range block.Rows(rows, rowGap) {
		cells = append(cells, r.Cols(cols, colGap)...)
	}
	for _, c := range cells[:n] {
		sym, rest := c.Left(c.H)
		_, rest = rest.Left(m.Px(14))
		col, rest := rest.Left(c.H * 0.8)
		_, name := rest.Left(m.Px(20))
		l.symbols = append(l.symbols, sym)
		l.colours = append(l.colours, col)
		l.names = append(l.names, name)
	}
	return l
}

func (t *teamsScene) Draw(dst *ebiten.Image) {
	v := t.d.View
	th := v.Theme
	l := layoutTeams(v.Metrics, t.n)
	focus := t.focus.focus
	v.Fonts.Text(dst, v.Tr.T("teams_title"), v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)

	v.Fonts.Text(dst, v.Tr.T("teams_question"), v.Style(draw.SizeLarge, true, draw.Start, nil), l.question)
	t.drawStep(dst, l.minus, false, t.n > 1, focus == targetMinus)
	t.drawStep(dst, l.plus, true, t.n < game.MaxTeams, focus == targetPlus)
	v.Fonts.Text(dst, string(rune('0'+t.n)), v.Style(draw.SizeHuge, true, draw.Center, nil), l.count)
	hint := v.Tr.T("teams_keys")
	if t.n == 1 {
		hint = v.Tr.T("teams_family")
	}
	hintR := l.hint
	if t.deck != nil {
		var deckLine draw.Rect
		deckLine, hintR = hintR.Top(hintR.H * 0.42)
		v.Fonts.Text(dst, v.Tr.T("teams_deck", "Title", t.deck.Title), v.Style(draw.SizeSmall, true, draw.Start, nil), deckLine)
	}
	v.Fonts.Text(dst, hint, v.Style(draw.SizeSmall, t.n == 1, draw.Start, th.Muted), hintR)

	prob, bad := t.problem()
	for i := 0; i < t.n; i++ {
		tm := t.teams[i]
		c := TeamColour(game.Team{Colour: tm.colour})
		r := l.symbols[i]
		t.drawSwatch(dst, r, focus == t.symbolTarget(i))
		drawSymbol(dst, tm.symbol, r.Inset(r.W*0.2), c)
		r = l.colours[i]
		t.drawSwatch(dst, r, focus == t.colourTarget(i))
		draw.FillRoundRect(dst, r.Inset(r.W*0.2), v.Px(10), c)
		t.drawName(dst, i, l.names[i], focus == t.nameTarget(i), i == bad)
	}
	v.Fonts.Text(dst, v.Tr.T("teams_workshop"), v.Style(draw.SizeSmall, true, draw.End, th.Muted), l.workshopLabel.InsetXY(v.Px(12), 0))
	v.drawField(dst, l.workshop, field{Text: string(t.workshop), Placeholder: v.Tr.T("teams_workshop_placeholder"), Focused: focus == targetWorkshop})

	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back, Focused: focus == t.backTarget()}, l.back.Contains(v.Pointer))
	msg, colour := t.footer(), th.Muted
	if prob != "" {
		msg, colour = prob, th.Wrong
	}
	v.Fonts.Text(dst, msg, v.Style(draw.SizeSmall, prob != "", draw.Center, colour), l.message)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_continue"), Key: v.Tr.T("key_enter"), Rect: l.next, Primary: prob == "", Disabled: prob != "", Focused: focus == t.nextTarget()}, l.next.Contains(v.Pointer))
	v.drawNotice(dst)
}

// footer returns the line between the screen's buttons: while a name is
// typed, where Enter and Tab go; else how to change the teams.
func (t *teamsScene) footer() string {
	tr := t.d.View.Tr
	switch i := t.typing(); {
	case t.focus.focus == targetWorkshop:
		return tr.T("teams_typing_workshop")
	case i >= 0 && i+1 < t.n:
		return tr.T("teams_typing_next")
	case i >= 0:
		return tr.T("teams_typing_last")
	}
	return tr.T("teams_help")
}

// drawStep draws the + or − button: the sign is its key.
func (t *teamsScene) drawStep(dst *ebiten.Image, r draw.Rect, plus, enabled, focused bool) {
	fg := t.d.View.DrawIconButton(dst, r, enabled, focused, r.Contains(t.d.View.Pointer))
	s := math.Min(r.W, r.H) * 0.42
	bar := math.Max(2, s*0.2)
	c := r.Centered(s, s)
	draw.FillRoundRect(dst, c.Centered(s, bar), bar/3, fg)
	if plus {
		draw.FillRoundRect(dst, c.Centered(bar, s), bar/3, fg)
	}
}

// drawSwatch draws the panel of a symbol or colour target.
func (t *teamsScene) drawSwatch(dst *ebiten.Image, r draw.Rect, focused bool) {
	v := t.d.View
	bg := v.Theme.Panel
	if r.Contains(v.Pointer) {
		bg = v.Theme.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(18), bg)
	if focused {
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(5)), v.Px(23), v.Px(5), v.Theme.Accent)
	}
}

// drawName draws team i's name field: the offered name selected while it
// has the focus, a red outline when it is why the teams cannot go on.
func (t *teamsScene) drawName(dst *ebiten.Image, i int, r draw.Rect, focused, bad bool) {
	v := t.d.View
	v.drawField(dst, r, field{
		Text:        t.name(i),
		Placeholder: v.Tr.T("teams_placeholder", "Number", i+1),
		Focused:     focused,
		Selected:    t.fresh,
		Bad:         bad,
	})
}
