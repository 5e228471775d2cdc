package ui

import (
	"math"
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// timerPerCard is the timer choice that keeps each card's own time.
const timerPerCard = -1

// gameSetupScene sets a game of a deck up before it starts: how many cards,
// in what order, who answers, the timer, the points. Everything starts at
// what the deck suggests, so that Enter alone starts a sensible game.
type gameSetupScene struct {
	d    *Deps
	s    *game.Session
	deck *cards.Deck
	back Scene

	setupChoices
	// measure makes the game a test of the workshop's effect, of
	// testCount cards for a before test. It is not remembered: a deck's
	// setup always opens on a game.
	measure   game.Measure
	testCount int

	focus focusGrid
}

// setupChoices are the settings of a game a workshop remembers for each
// deck (Deps.setups), the test's aside.
type setupChoices struct {
	count    int // cards to draw, or rounds of a board; 0 for all the cards
	inOrder  bool
	mode     cards.Mode
	timer    int // seconds; 0 for none, timerPerCard for each card's own
	unscored bool
	pass     bool
	riddles  bool
	// confidence asks after each verdict how sure the team is.
	confidence bool
	// noHints plays the cards with hints in one vote (game.Settings.NoHints).
	noHints bool
}

// newGameSetupScene returns the settings of a game of deck in workshop s;
// back is the list of decks.
func newGameSetupScene(d *Deps, s *game.Session, deck *cards.Deck, back Scene) *gameSetupScene {
	g := &gameSetupScene{d: d, s: s, deck: deck, back: back}
	g.mode = deck.Defaults.Mode
	if g.mode == "" || s.Coop() {
		g.mode = cards.ModeTurns
	}
	if deck.Timed() && !s.Coop() {
		g.timer = timerPerCard
	}
	g.count = g.defaultCount()
	if s == d.setupsOf {
		if c, ok := d.setups[deckKey(deck.ID, deck.Language)]; ok {
			g.recall(c)
		}
	}
	g.focus.focus = g.startTarget(g.rows())
	return g
}

// recall sets the choices the workshop made last for the deck, but for a
// number of cards it no longer offers (an after test keeps some).
func (g *gameSetupScene) recall(c setupChoices) {
	count := g.count
	g.setupChoices = c
	g.riddles = c.riddles && g.deck.IsBoard() && g.hasRiddles()
	values := g.cardValues()
	if g.board() {
		values = g.roundValues()
	}
	if !slices.Contains(values, g.count) {
		g.count = count
	}
}

// remember keeps the choices made for the deck in the workshop, for its
// next setup.
func (g *gameSetupScene) remember() {
	d := g.d
	if d.setupsOf != g.s {
		d.setups, d.setupsOf = map[string]setupChoices{}, g.s
	}
	d.setups[deckKey(g.deck.ID, g.deck.Language)] = g.setupChoices
}

// board reports a "Qui est-ce ?" game: a board deck not played as riddles.
func (g *gameSetupScene) board() bool { return g.deck.IsBoard() && !g.riddles }

// pool returns the number of cards the game can draw from: with riddles,
// the characters with clues; never the cards kept for an after test, which
// the engine leaves out of every other game of the deck.
func (g *gameSetupScene) pool() int {
	kept := g.kept()
	n := 0
	for _, c := range g.deck.Cards {
		if !kept[c.ID] && (!g.riddles || len(c.Clues) > 0) {
			n++
		}
	}
	return n
}

// kept returns the cards the workshop keeps for the after test of the
// deck's before test, nil when none waits.
func (g *gameSetupScene) kept() map[string]bool {
	before := g.s.OpenBefore(g.deck.ID)
	if before == nil || len(before.Reserved) == 0 {
		return nil
	}
	out := make(map[string]bool, len(before.Reserved))
	for _, id := range before.Reserved {
		out[id] = true
	}
	return out
}

// facts returns the header's line under the title: the cards the game can
// play, and how many are kept for the after test, then the deck's kinds.
func (g *gameSetupScene) facts() (size, kinds string) {
	v := g.d.View
	kept := len(g.kept())
	size, kinds = deckFactsOf(v, g.deck, len(g.deck.Cards)-kept)
	if kept > 0 {
		size += " · " + v.Tr.N("setup_kept", kept)
	}
	return size, kinds
}

// defaultCount returns the rounds the engine plays on a board by default
// (two a team, three for a family), every card otherwise.
func (g *gameSetupScene) defaultCount() int {
	if !g.board() {
		return 0
	}
	n := 2 * len(g.s.Teams)
	if g.s.Coop() {
		n = 3
	}
	return min(n, g.pool())
}

// setupRow is one setting as a choice row, with the values its options
// stand for and what picking one does.
type setupRow struct {
	id string
	choice
	pick func(option int)
}

// yesNo returns the options No and Yes, with Yes selected when on.
func (g *gameSetupScene) yesNo(label, hint string, on bool) choice {
	tr := g.d.View.Tr
	sel := 0
	if on {
		sel = 1
	}
	return choice{Label: label, Hint: hint, Options: []string{tr.T("option_no"), tr.T("option_yes")}, Selected: sel}
}

// rows returns the settings that apply to this deck and these teams: no
// order for a board deck (its characters are drawn at random, riddles
// too), no turn mode for a family, passing only in turns. The rows that
// make others come and go (the test, the turn mode) come before those they
// change, and a row that comes and goes (passing) comes last, so that the
// digit of every row that stays never moves.
func (g *gameSetupScene) rows() []setupRow {
	tr := g.d.View.Tr
	var rows []setupRow
	coop := g.s.Coop()

	// The measure row comes first: its digit stays 1 when the test's rows
	// replace the game's, so that pressing it again moves the same row.
	if row, ok := g.measureRow(); ok {
		rows = append(rows, row)
	}
	if g.measure != game.MeasureNone {
		return append(rows, g.measureRows()...)
	}
	if g.board() {
		values := g.roundValues()
		c := choice{Label: tr.T("setup_rounds"), Hint: tr.T("setup_rounds_hint")}
		for _, n := range values {
			c.Options = append(c.Options, strconv.Itoa(n))
		}
		c.Selected = max(0, slices.Index(values, g.count))
		rows = append(rows, setupRow{"count", c, func(i int) { g.count = values[i] }})
	} else {
		values := g.cardValues()
		c := choice{Label: tr.T("setup_cards")}
		for _, n := range values {
			if n == 0 {
				c.Options = append(c.Options, tr.T("setup_all", "Count", g.pool()))
			} else {
				c.Options = append(c.Options, strconv.Itoa(n))
			}
		}
		c.Selected = max(0, slices.Index(values, g.count))
		rows = append(rows, setupRow{"count", c, func(i int) { g.count = values[i] }})
	}
	if !g.deck.IsBoard() {
		c := choice{Label: tr.T("setup_order"), Options: []string{tr.T("setup_shuffled"), tr.T("setup_in_order")}}
		if g.inOrder {
			c.Selected = 1
		}
		rows = append(rows, setupRow{"order", c, func(i int) { g.inOrder = i == 1 }})
	}

	if !coop {
		modes := []cards.Mode{cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer}
		c := choice{Label: tr.T("setup_mode")}
		for _, m := range modes {
			c.Options = append(c.Options, tr.T("mode_"+string(m)))
			c.Details = append(c.Details, tr.T("mode_"+string(m)+"_hint"))
		}
		c.Selected = max(0, slices.Index(modes, g.mode))
		rows = append(rows, setupRow{"mode", c, func(i int) { g.mode = modes[i] }})
	}

	values, labels := g.timerValues()
	c := choice{Label: tr.T("setup_timer"), Options: labels}
	if coop {
		c.Hint = tr.T("setup_timer_family")
	}
	c.Selected = max(0, slices.Index(values, g.timer))
	rows = append(rows, setupRow{"timer", c, func(i int) { g.timer = values[i] }})

	c = choice{Label: tr.T("setup_points"), Hint: tr.T("setup_points_hint"), Options: []string{tr.T("setup_scored"), tr.T("setup_unscored")}}
	if g.unscored {
		c.Selected = 1
	}
	rows = append(rows, setupRow{"points", c, func(i int) { g.unscored = i == 1 }})

	if g.verdictCards() > 0 {
		rows = append(rows, setupRow{"confidence", g.yesNo(tr.T("setup_confidence"), tr.T("setup_confidence_hint"), g.confidence), func(i int) { g.confidence = i == 1 }})
	}
	if g.hintedCards() {
		rows = append(rows, setupRow{"hints", g.yesNo(tr.T("setup_hints"), tr.T("setup_hints_hint"), !g.noHints), func(i int) { g.noHints = i == 0 }})
	}
	if g.deck.IsBoard() && g.hasRiddles() {
		rows = append(rows, setupRow{"riddles", g.yesNo(tr.T("setup_riddles"), tr.T("setup_riddles_hint"), g.riddles), func(i int) {
			if g.riddles != (i == 1) {
				g.riddles = i == 1
				g.count = g.defaultCount()
			}
		}})
	}
	// Passing comes and goes with the turn mode: last, so that no other
	// row's digit moves with it.
	if !coop && g.mode == cards.ModeTurns {
		rows = append(rows, setupRow{"pass", g.yesNo(tr.T("setup_pass"), tr.T("setup_pass_hint"), g.pass), func(i int) { g.pass = i == 1 }})
	}
	return rows
}

// verdictCards counts the deck's verdict cards, those a test of the
// workshop's effect draws from.
func (g *gameSetupScene) verdictCards() int {
	n := 0
	for _, c := range g.deck.Cards {
		if c.Kind == cards.KindVerdict {
			n++
		}
	}
	return n
}

// hintedCards reports whether a verdict card of the deck has hints, which
// come before a second vote unless the game is played without them.
func (g *gameSetupScene) hintedCards() bool {
	return slices.ContainsFunc(g.deck.Cards, func(c cards.Card) bool { return c.Kind == cards.KindVerdict && len(c.Hints) > 0 })
}

// minTestCards is the shortest test of the workshop's effect offered: room
// for MinItems true items and MinItems intox, the least a comparison of
// before and after needs.
const minTestCards = 2 * game.MinItems

// testValues returns the lengths of a before test offered, from
// minTestCards up to half the deck's verdict cards (as many are kept for
// the after test).
func (g *gameSetupScene) testValues() []int {
	var values []int
	for n := minTestCards; n <= 12; n += 2 {
		if n <= g.verdictCards()/2 {
			values = append(values, n)
		}
	}
	return values
}

// measureRow returns the choice of "mesurer l'effet de l'atelier", for a
// deck with enough verdict cards for two tests: no test, the before test,
// and the after test once a before test of the deck waits for it. Its hint
// warns, before the test is played, when the deck cannot give both tests
// MinItems true items and MinItems intox: the end of the workshop could
// then only say that there were too few.
func (g *gameSetupScene) measureRow() (setupRow, bool) {
	tests := g.testValues()
	if len(tests) == 0 {
		return setupRow{}, false
	}
	tr := g.d.View.Tr
	values := []game.Measure{game.MeasureNone, game.MeasureBefore}
	c := choice{Label: tr.T("setup_measure"), Hint: tr.T("setup_measure_hint"), Options: []string{tr.T("option_no"), tr.T("setup_measure_before")}}
	if before := g.s.OpenBefore(g.deck.ID); before != nil {
		values = append(values, game.MeasureAfter)
		c.Options = append(c.Options, tr.T("setup_measure_after"))
		c.Hint = tr.N("setup_measure_waiting", len(before.Reserved))
	}
	if !game.MeasureComparable(g.deck) {
		c.Hint = tr.T("setup_measure_too_few") // and why, under the rows (message)
	}
	c.Selected = max(0, slices.Index(values, g.measure))
	return setupRow{"measure", c, func(i int) {
		if g.measure == values[i] {
			return
		}
		g.measure = values[i]
		if g.measure == game.MeasureBefore && !slices.Contains(tests, g.testCount) {
			// The longest length offered up to the usual one, so that the
			// length shown selected is the one played.
			g.testCount = tests[0]
			for _, n := range tests {
				if n <= game.MeasureCards {
					g.testCount = n
				}
			}
		}
	}}, true
}

// measureRows returns the settings of a test of the workshop's effect, after
// the choice of test: its length (the after test plays as many cards as its
// before test) and the timer. A test is played by every team on every
// card without points, so that neither turn nor points are asked.
func (g *gameSetupScene) measureRows() []setupRow {
	tr := g.d.View.Tr
	var rows []setupRow
	if g.measure == game.MeasureBefore {
		values := g.testValues()
		c := choice{Label: tr.T("setup_measure_cards"), Hint: tr.T("setup_measure_cards_hint")}
		for _, n := range values {
			c.Options = append(c.Options, strconv.Itoa(n))
		}
		c.Selected = max(0, slices.Index(values, g.testCount))
		rows = append(rows, setupRow{"test_count", c, func(i int) { g.testCount = values[i] }})
	}
	values, labels := g.timerValues()
	c := choice{Label: tr.T("setup_timer"), Options: labels}
	c.Selected = max(0, slices.Index(values, g.timer))
	return append(rows, setupRow{"timer", c, func(i int) { g.timer = values[i] }})
}

// hasRiddles reports whether a board deck's characters have clues, so that
// they can be played as riddles.
func (g *gameSetupScene) hasRiddles() bool {
	for _, c := range g.deck.Cards {
		if len(c.Clues) > 0 {
			return true
		}
	}
	return false
}

// cardValues returns the numbers of cards offered: all, then 5, 10, 15…
// below the deck's size, six options at most.
func (g *gameSetupScene) cardValues() []int {
	values := []int{0}
	for _, n := range []int{5, 10, 15, 20, 30, 40, 50} {
		if n < g.pool() && len(values) < 6 {
			values = append(values, n)
		}
	}
	return values
}

// roundValues returns the numbers of rounds offered on a board: one, two,
// three or four rounds a team (one to five for a family), as many as there
// are characters at most.
func (g *gameSetupScene) roundValues() []int {
	teams := len(g.s.Teams)
	var values []int
	for k := 1; k <= 5; k++ {
		n := k * teams
		if teams > 1 && k == 5 {
			break
		}
		if n <= g.pool() {
			values = append(values, n)
		}
	}
	if def := g.defaultCount(); !slices.Contains(values, def) {
		values = append(values, def)
		slices.Sort(values)
	}
	return values
}

// timerValues returns the timers offered, with their labels: none, each
// card's own time when the deck sets some (shown as its seconds when they
// are all the same), then 30, 60 and 90 s: five at most, so that each
// can be read.
func (g *gameSetupScene) timerValues() ([]int, []string) {
	tr := g.d.View.Tr
	values, labels := []int{0}, []string{tr.T("setup_timer_off")}
	times := map[int]bool{}
	allTimed := true
	for _, c := range g.deck.Cards {
		if c.Seconds > 0 {
			times[c.Seconds] = true
		} else {
			allTimed = false
		}
	}
	uniform := 0
	if len(times) == 1 && allTimed {
		for s := range times {
			uniform = s
		}
	}
	if len(times) > 0 && uniform == 0 {
		values, labels = append(values, timerPerCard), append(labels, tr.T("setup_timer_card"))
	}
	fixed := []int{30, 60, 90}
	if uniform > 0 && !slices.Contains(fixed, uniform) {
		fixed = append(fixed, uniform)
		slices.Sort(fixed)
	}
	for _, s := range fixed {
		v := s
		if s == uniform {
			v = timerPerCard
		}
		values, labels = append(values, v), append(labels, tr.T("setup_seconds", "Seconds", s))
	}
	return values, labels
}

// settings returns the game settings chosen.
func (g *gameSetupScene) settings() game.Settings {
	cardCount := g.count
	switch g.measure {
	case game.MeasureBefore:
		cardCount = g.testCount
	case game.MeasureAfter:
		cardCount = 0 // as many as its before test
	}
	st := game.Settings{
		Cards:    cardCount,
		InOrder:  g.inOrder && !g.deck.IsBoard(),
		Seed:     g.d.Now().UnixNano(),
		Mode:     g.mode,
		Timer:    g.timer != 0,
		Unscored: g.unscored,
		Pass:     g.pass && g.mode == cards.ModeTurns && !g.s.Coop(),
		Riddles:  g.riddles,
		Measure:  g.measure,
		// The tests of the workshop's effect have their own rows, none of
		// them this one.
		Confidence: g.confidence && g.measure == game.MeasureNone,
		NoHints:    g.noHints && g.measure == game.MeasureNone,
	}
	if g.timer > 0 {
		st.Seconds = g.timer
	}
	return st
}

// start starts the game, saves the workshop and goes to the first card.
func (g *gameSetupScene) start() Scene {
	if _, err := g.d.live(g.s).NewGame(g.deck, g.settings()); err != nil {
		g.d.View.Notice = g.d.View.Tr.T("play_no_cards")
		return g
	}
	g.remember()
	return newPlayScene(g.d, g.s)
}

func choicesOf(rows []setupRow) []choice {
	out := make([]choice, len(rows))
	for i, r := range rows {
		out[i] = r.choice
	}
	return out
}

// optionCount returns the number of options of every row.
func optionCount(rows []setupRow) int { return optionsIn(choicesOf(rows)) }

func (g *gameSetupScene) backTarget(rows []setupRow) int  { return optionCount(rows) }
func (g *gameSetupScene) startTarget(rows []setupRow) int { return optionCount(rows) + 1 }

// setupLayout is where the parts of the settings screen go.
type setupLayout struct {
	title, facts, teams draw.Rect
	// room is the room's button, or its badge once open (see
	// layoutSetup); empty where no room can be served.
	room                draw.Rect
	rows                []choiceRects
	back, message, next draw.Rect
}

// layoutSetup places the settings screen; room, when set, keeps a place
// for the room's button at the right of the header (roomWidth units wide).
func layoutSetup(m draw.Metrics, rows []choice, roomWidth float64) setupLayout {
	var l setupLayout
	scr := m.Screen().Inset(m.Px(draw.SizeMargin))
	var header, rest draw.Rect
	if scr.H >= m.Px(760) {
		header, rest = scr.Top(math.Min(m.Px(150), scr.H*0.18))
		header, l.facts = header.Top(header.H * 0.6)
	} else {
		// A short screen (a laptop with very large text) keeps its room
		// for the settings; the facts are on the list of decks.
		header, rest = scr.Top(math.Min(m.Px(96), scr.H*0.12))
	}
	title := 0.6
	if roomWidth > 0 {
		title = 0.5 // the teams share their part with the room's button
	}
	l.title, l.teams = header.Left(header.W * title)
	if roomWidth > 0 {
		var room draw.Rect
		room, l.teams = l.teams.Right(m.Px(roomWidth + 28))
		l.room, _ = room.Right(m.Px(roomWidth))
		l.room = l.room.Centered(l.room.W, math.Min(m.Px(90), l.room.H))
	}
	footer, rest := rest.Bottom(math.Min(m.Px(104), rest.H*0.16))
	_, rest = rest.Bottom(m.Px(28))
	_, rest = rest.Top(m.Px(24))
	l.back, l.message, l.next = footerLayout(m, footer)
	l.rows = layoutChoices(m, rest, rows)
	return l
}

// Update handles the keys of a keyboard and of a presenter clicker: a
// digit moves its row to the next option, ↑ ↓ go from row to row (landing
// on the row's selected option), ← → from option to option, Space picks
// the option with the focus; Enter and Page Down start the game, as the
// button says, wherever the focus is but on the Back button.
func (g *gameSetupScene) Update(in *Input) Scene {
	rows := g.rows()
	l := g.layout(rows)
	back, start := g.backTarget(rows), g.startTarget(rows)
	if in.Tapped(l.room) {
		return g.d.showRoom(g)
	}
	if r, o := pickChoice(in, choicesOf(rows), l.rows); r >= 0 {
		g.pick(rows, r, o)
		g.focusRow(rows[r].id)
		return g
	}
	targets := append(choiceTargets(l.rows), l.back, l.next)
	if g.focus.across(in, targets) {
		return g
	}
	switch {
	case in.Tapped(l.back), in.Has(ActionBack), in.Has(ActionPause):
		return g.back
	case in.Tapped(l.next):
		return g.start()
	}
	vertical := peek(in, ActionUp) || peek(in, ActionDown)
	if g.focus.move(in, targets, nil) {
		if r, _ := flatChoice(choicesOf(rows), g.focus.focus); r >= 0 && vertical {
			g.focusRow(rows[r].id)
		}
		return g
	}
	if in.Has(ActionSelect) {
		switch f := g.focus.focus; {
		case f == back:
			return g.back
		case f == start:
			return g.start()
		default:
			if r, o := flatChoice(choicesOf(rows), f); r >= 0 {
				g.pick(rows, r, o)
				g.focusRow(rows[r].id)
			}
		}
		return g
	}
	if in.Has(ActionNext) {
		if g.focus.focus == back {
			return g.back
		}
		return g.start()
	}
	return g
}

// focusRow moves the focus to the selected option of the row id, so that
// the focus and the selection agree after a pick; a row gone (the test's
// rows replace the game's) leaves the focus on Start.
func (g *gameSetupScene) focusRow(id string) {
	rows := g.rows()
	k := 0
	for _, row := range rows {
		if row.id == id {
			g.focus.focus = k + row.Selected
			return
		}
		k += len(row.Options)
	}
	g.focus.focus = g.startTarget(rows)
}

// pick picks option o of row r, and keeps the focus where it was: rows may
// come and go (passing only exists in turns mode).
func (g *gameSetupScene) pick(rows []setupRow, r, o int) {
	f := g.focus.focus
	id, opt := "", 0
	if f >= optionCount(rows) {
		id, opt = "footer", f-optionCount(rows)
	} else if fr, fo := flatChoice(choicesOf(rows), f); fr >= 0 {
		id, opt = rows[fr].id, fo
	}
	rows[r].pick(o)
	rows = g.rows()
	if id == "footer" {
		g.focus.focus = optionCount(rows) + opt
		return
	}
	k := 0
	for _, row := range rows {
		if row.id == id {
			g.focus.focus = k + min(opt, len(row.Options)-1)
			return
		}
		k += len(row.Options)
	}
	g.focus.focus = g.startTarget(rows)
}

func (g *gameSetupScene) Animating() bool { return false }

func (g *gameSetupScene) Draw(dst *ebiten.Image) {
	v := g.d.View
	th := v.Theme
	rows := g.rows()
	l := g.layout(rows)
	if l.room.W > 0 {
		g.d.drawRoomBadge(dst, l.room)
	}
	v.Fonts.Text(dst, g.deck.Title, v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)
	drawTeamStrip(v, dst, g.s.Teams, l.teams)
	size, kinds := g.facts()
	if l.facts.H > 0 {
		v.Fonts.Text(dst, size+" · "+kinds, v.Style(draw.SizeSmall, false, draw.Start, th.Muted), l.facts)
	}
	focus := g.focus.focus
	optFocus := -1
	if focus < optionCount(rows) {
		optFocus = focus
	}
	v.drawChoices(dst, choicesOf(rows), l.rows, optFocus)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back, Focused: focus == g.backTarget(rows)}, l.back.Contains(v.Pointer))
	v.Fonts.Text(dst, g.message(), v.Style(draw.SizeSmall, false, draw.Center, th.Muted), l.message)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_start"), Key: v.Tr.T("key_enter"), Rect: l.next, Primary: true, Focused: focus == g.startTarget(rows)}, l.next.Contains(v.Pointer))
	v.drawNotice(dst)
}

// message returns the line between the footer's buttons: why a test
// chosen cannot be compared when the deck is short of true items or intox
// (the row's hint has room for a few words only, or none with many rows);
// the hint of the row in focus when its row has no room for it (many rows,
// large text), so that every hint can be read at a readable size; else
// how to change a setting.
func (g *gameSetupScene) message() string {
	tr := g.d.View.Tr
	if g.measure != game.MeasureNone && !game.MeasureComparable(g.deck) {
		return tr.T("setup_measure_too_few_help", "Min", game.MinItems)
	}
	rows := g.rows()
	if hint := g.d.View.focusedHint(choicesOf(rows), g.layout(rows).rows, g.focus.focus); hint != "" {
		return hint
	}
	if g.s.Coop() {
		return tr.T("setup_family")
	}
	return tr.T("setup_help")
}

// layout places the screen, with the room's button where a room can be
// served.
func (g *gameSetupScene) layout(rows []setupRow) setupLayout {
	w := 0.0
	if g.d.OpenRoom != nil {
		w = roomBadgeWidth(g.d.room != nil)
	}
	return layoutSetup(g.d.View.Metrics, choicesOf(rows), w)
}
