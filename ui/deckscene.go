package ui

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// deckScene is the choice of a deck: the loaded decks as tiles, a filter by
// language, pages when they do not fit. With a workshop under way, a deck
// chosen goes on to the game settings; browsing from the title screen, it
// shows the deck's description and offers a new workshop with it.
type deckScene struct {
	d    *Deps
	s    *game.Session // nil when browsing
	back Scene

	langs  []string // the base languages of the decks, the player's first
	filter string   // the base language shown, "" for every deck
	top    int      // index of the first deck shown, a multiple of the columns
	focus  focusGrid
	// wheel reads the mouse wheel (ebiten.Wheel); tests replace it.
	wheel    func() (float64, float64)
	wheelAcc float64

	// detail is the deck whose description is shown, when browsing.
	detail *cards.Deck
	// played holds, by deckKey, what the tiles of the decks the workshop
	// has played say: played already, or that an after test waits.
	played map[string]string
}

// deckKey names a deck among the loaded ones: its id and its language (a
// deck and its translation share an id).
func deckKey(id, lang string) string { return id + "\x00" + lang }

// newDeckScene returns the list of decks; s is the workshop a deck is chosen
// for, or nil to browse them.
func newDeckScene(d *Deps, s *game.Session, back Scene) Scene {
	sc := &deckScene{d: d, s: s, back: back, wheel: ebiten.Wheel}
	ui := baseLanguage(d.View.Tr.Lang())
	seen := map[string]bool{}
	for _, deck := range d.Library.Decks {
		if l := baseLanguage(deck.Language); !seen[l] {
			seen[l] = true
			sc.langs = append(sc.langs, l)
		}
	}
	for i, l := range sc.langs {
		if l == ui {
			copy(sc.langs[1:i+1], sc.langs[:i])
			sc.langs[0] = ui
			sc.filter = ui
		}
	}
	if len(sc.langs) < 2 {
		sc.filter = ""
	}
	sc.focus.focus = sc.chipCount() // the first deck
	sc.recall()
	return sc
}

// recall marks the decks the workshop has played, and puts the focus on
// the last one (its language's filter, its page): after « Une autre
// partie » the facilitator finds the list where the workshop left it, not
// at its first deck.
func (sc *deckScene) recall() {
	if sc.s == nil || len(sc.s.Games) == 0 {
		return
	}
	sc.played = map[string]string{}
	for _, g := range sc.s.Games {
		// A before test alone is no game of the deck: its tile says that
		// the after test waits, not that the deck was played.
		key := deckKey(g.Deck.ID, g.Deck.Language)
		if !g.Test() {
			sc.played[key] = "decks_played"
		}
		if sc.s.OpenBefore(g.Deck.ID) != nil {
			sc.played[key] = "decks_after_waiting"
		}
	}
	last := sc.s.Games[len(sc.s.Games)-1].Deck
	if sc.filter != "" && baseLanguage(last.Language) != sc.filter {
		sc.filter = baseLanguage(last.Language)
	}
	decks := sc.decks()
	i := slices.IndexFunc(decks, func(d *cards.Deck) bool { return d.ID == last.ID && d.Language == last.Language })
	if i < 0 {
		return // a deck no longer loaded
	}
	l := layoutDecks(sc.d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	if page := len(l.tiles); i >= page {
		sc.top = min(i/l.cols*l.cols, max(0, (len(decks)-page+l.cols-1)/l.cols*l.cols))
	}
	sc.focus.focus = sc.chipCount() + i - sc.top
}

// baseLanguage returns the language of a BCP 47 tag without its region:
// fr for fr-BE.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}

// languageName returns a language's name in that language, capitalised:
// Français, English, العربية.
func languageName(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	name := display.Self.Name(t)
	if name == "" {
		return tag
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}

// decks returns the decks the filter shows.
func (sc *deckScene) decks() []*cards.Deck {
	var out []*cards.Deck
	for _, deck := range sc.d.decks() {
		if sc.filter == "" || baseLanguage(deck.Language) == sc.filter {
			out = append(out, deck)
		}
	}
	return out
}

// chipCount returns the number of filter chips: none when every deck is in
// one language.
func (sc *deckScene) chipCount() int {
	if len(sc.langs) < 2 {
		return 0
	}
	return len(sc.langs) + 1
}

// chipLanguage returns the language of filter chip i, "" for all.
func (sc *deckScene) chipLanguage(i int) string {
	if i == 0 {
		return ""
	}
	return sc.langs[i-1]
}

// deckLayout is where the parts of the deck list go.
type deckLayout struct {
	title, subtitle draw.Rect
	chips           []draw.Rect
	list            draw.Rect
	body            draw.Rect   // between the header and the footer
	tiles           []draw.Rect // the places of one page of decks
	cols            int
	back, message   draw.Rect
	up, down        draw.Rect // previous and next page
	add             draw.Rect // Add decks, at the right of the chips' row
	edit            draw.Rect // Edit decks (in the browser), left of Add decks
}

// layoutDecks lays the deck list out with chips filter chips: two columns of
// tiles on a wide screen, as many rows as fit, six tiles at most so that each
// has a number key.
func layoutDecks(m draw.Metrics, chips int, add, edit bool) deckLayout {
	var l deckLayout
	scr := m.Screen().Inset(m.Px(draw.SizeMargin))
	header, rest := scr.Top(math.Min(m.Px(96), scr.H*0.12))
	l.title, l.subtitle = header.Left(header.W * 0.5)
	footer, rest := rest.Bottom(math.Min(m.Px(104), rest.H*0.16))
	_, rest = rest.Bottom(m.Px(28))
	var right draw.Rect
	l.back, l.message, right = footerLayout(m, footer)
	l.down, right = right.Right(right.H * 1.2)
	_, right = right.Right(m.Px(16))
	l.up, _ = right.Right(right.H * 1.2)
	_, l.body = rest.Top(m.Px(8))
	if chips > 0 || add {
		_, rest = rest.Top(m.Px(8))
		var row draw.Rect
		row, rest = rest.Top(math.Min(m.Px(80), rest.H*0.14))
		gap := m.Px(16)
		if add {
			l.add, row = row.Right(math.Min(m.Px(520), row.W*0.34))
			row, _ = row.Left(row.W - m.Px(32))
			if edit {
				l.edit, row = row.Right(math.Min(m.Px(440), row.W*0.3))
				row, _ = row.Left(row.W - m.Px(32))
			}
		}
		if chips > 0 {
			w := math.Min(m.Px(340), (row.W-gap*float64(chips-1))/float64(chips))
			row, _ = row.Left(w*float64(chips) + gap*float64(chips-1))
			l.chips = row.Cols(chips, gap)
		}
		_, rest = rest.Top(m.Px(28))
	}
	l.list = rest
	gap := m.Px(24)
	l.cols = 1
	if rest.W >= m.Px(1500) {
		l.cols = 2
	}
	rows := int(math.Floor((rest.H + gap) / (m.Px(150) + gap)))
	rows = min(max(rows, 1), MaxAnswers/l.cols)
	tileH := math.Min(m.Px(230), (rest.H-gap*float64(rows-1))/float64(rows))
	block, _ := rest.Top(tileH*float64(rows) + gap*float64(rows-1))
	l.tiles = block.Grid(rows*l.cols, l.cols, gap)
	return l
}

// detailLayout is where the description of a deck goes, when browsing.
func detailLayout(m draw.Metrics, area draw.Rect) (panel, title, meta, body, open draw.Rect) {
	panel = area
	inner := panel.Inset(m.Px(36))
	open, inner = inner.Bottom(math.Min(m.Px(104), math.Max(m.Px(80), inner.H*0.3)))
	title, inner = inner.Top(math.Min(m.Px(84), inner.H*0.25))
	meta, inner = inner.Top(math.Min(m.Px(100), inner.H*0.3))
	open, _ = open.Left(math.Min(m.Px(760), open.W))
	_, body = inner.Top(m.Px(12))
	body, _ = body.Bottom(body.H - m.Px(20))
	return panel, title, meta, body, open
}

// targets returns the focus targets: the filter chips, the tiles shown,
// Back, and the page buttons when there are pages.
func (sc *deckScene) targets(l deckLayout, shown int, paged bool) []draw.Rect {
	out := append([]draw.Rect{}, l.chips...)
	out = append(out, l.tiles[:shown]...)
	out = append(out, l.back)
	if paged {
		out = append(out, l.up, l.down)
	}
	if sc.canAdd() {
		out = append(out, l.add)
		if sc.canEdit() {
			out = append(out, l.edit)
		}
	}
	return out
}

// addTarget returns the index of the Add decks button among the targets;
// Edit decks is the next.
func (sc *deckScene) addTarget(chips, shown int, paged bool) int {
	if paged {
		return chips + shown + 3
	}
	return chips + shown + 1
}

// canAdd reports the Add decks button: where decks can be kept.
func (sc *deckScene) canAdd() bool { return sc.d.Shelf != nil }

// askForDecks opens the browser's file picker, or says on a computer how to
// add decks: drop them on the window, or copy them into the decks folder.
func (sc *deckScene) askForDecks() {
	if canPick {
		openPicker()
		return
	}
	sc.d.View.Notice = sc.d.View.Tr.T("add_how", "Folder", sc.d.Shelf.Where())
}

func (sc *deckScene) Update(in *Input) Scene {
	if sc.detail != nil {
		return sc.updateDetail(in)
	}
	l := layoutDecks(sc.d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	decks := sc.decks()
	page := len(l.tiles)
	sc.top = min(sc.top, max(0, (len(decks)-1)/l.cols*l.cols))
	sc.top -= sc.top % l.cols
	shown := min(page, len(decks)-sc.top)
	paged := len(decks) > page
	targets := sc.targets(l, shown, paged)
	chips := len(l.chips)
	firstTile, back := chips, chips+shown
	enabled := func(i int) bool {
		switch {
		case paged && i == back+1:
			return sc.top > 0
		case paged && i == back+2:
			return sc.top+page < len(decks)
		}
		return true
	}

	if sc.wheel != nil {
		_, dy := sc.wheel()
		sc.wheelAcc += dy
		for sc.wheelAcc >= 1 {
			sc.wheelAcc--
			sc.scroll(-l.cols, len(decks), page, l.cols)
		}
		for sc.wheelAcc <= -1 {
			sc.wheelAcc++
			sc.scroll(l.cols, len(decks), page, l.cols)
		}
	}
	for i, r := range targets {
		if enabled(i) && in.Tapped(r) {
			sc.focus.focus = i
			return sc.activate(i, chips, shown, decks, page, l.cols)
		}
	}
	switch {
	case in.Has(ActionBack), in.Has(ActionPause):
		return sc.back
	case in.Has(ActionPointPlus) && sc.canAdd():
		sc.askForDecks()
		return sc
	}
	for k := 0; k < shown; k++ {
		if in.Has(ActionAnswer1 + Action(k)) {
			return sc.choose(decks[sc.top+k])
		}
	}
	// Down from the last row shown, or Tab from the last tile, turns the page
	// by a row; up from the first row turns it back.
	if f := sc.focus.focus; f >= firstTile && f < back {
		i := sc.top + f - firstTile
		nextRow := (i/l.cols + 1) * l.cols
		switch {
		case peek(in, ActionDown) && nextRow >= sc.top+page && nextRow < len(decks):
			in.Has(ActionDown)
			sc.top += l.cols
			sc.focus.focus = firstTile + min(i+l.cols, len(decks)-1) - sc.top
			return sc
		case peek(in, ActionFocusNext) && f == back-1 && i+1 < len(decks):
			in.Has(ActionFocusNext)
			sc.top += l.cols
			sc.focus.focus = firstTile + i + 1 - sc.top
			return sc
		case peek(in, ActionUp) && i-l.cols < sc.top && sc.top > 0:
			in.Has(ActionUp)
			sc.top -= l.cols
			sc.focus.focus = firstTile + i - l.cols - sc.top
			return sc
		}
	}
	if sc.focus.move(in, targets, enabled) {
		return sc
	}
	if in.Has(ActionNext) && enabled(sc.focus.focus) {
		return sc.activate(sc.focus.focus, chips, shown, decks, page, l.cols)
	}
	return sc
}

// scroll moves the page by delta decks, within the list.
func (sc *deckScene) scroll(delta, total, page, cols int) {
	last := max(0, (total-page+cols-1)/cols*cols)
	sc.top = min(max(sc.top+delta, 0), last)
}

// activate does what target f does on a tap, Space or Enter.
func (sc *deckScene) activate(f, chips, shown int, decks []*cards.Deck, page, cols int) Scene {
	switch {
	case f < chips:
		sc.filter = sc.chipLanguage(f)
		sc.top = 0
	case f < chips+shown:
		return sc.choose(decks[sc.top+f-chips])
	case f == chips+shown:
		return sc.back
	case f == chips+shown+1 && len(decks) > page:
		sc.scroll(-page, len(decks), page, cols)
	case f == chips+shown+2 && len(decks) > page:
		sc.scroll(page, len(decks), page, cols)
	case f == sc.addTarget(chips, shown, len(decks) > page)+1:
		sc.openEditor() // the last target: Edit decks
	default:
		sc.askForDecks() // Add decks
	}
	return sc
}

// choose goes on with a deck: to the game settings for a workshop, to its
// description when browsing.
func (sc *deckScene) choose(deck *cards.Deck) Scene {
	if sc.s != nil {
		return newGameSetupScene(sc.d, sc.s, deck, sc)
	}
	sc.detail = deck
	return sc
}

// updateDetail handles the description of a deck: 1, Space or Enter starts
// a workshop with it, Esc goes back to the list.
func (sc *deckScene) updateDetail(in *Input) Scene {
	l := layoutDecks(sc.d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	_, _, _, _, open := detailLayout(sc.d.View.Metrics, l.body)
	switch {
	case in.Tapped(open), in.Has(ActionAnswer1), in.Has(ActionNext):
		return newTeamsSceneFor(sc.d, sc, sc.detail)
	case in.Tapped(l.back), in.Has(ActionBack), in.Has(ActionPause):
		sc.detail = nil
	}
	return sc
}

func (sc *deckScene) Animating() bool { return false }

func (sc *deckScene) Draw(dst *ebiten.Image) {
	v := sc.d.View
	th := v.Theme
	l := layoutDecks(v.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	title := v.Tr.T("decks_title_browse")
	if sc.s != nil {
		title = v.Tr.T("decks_title_choose")
	}
	v.Fonts.Text(dst, title, v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)
	if sc.s != nil {
		drawTeamStrip(v, dst, sc.s.Teams, l.subtitle)
	}
	if sc.detail != nil {
		sc.drawDetail(dst, l)
		v.drawNotice(dst)
		return
	}
	decks := sc.decks()
	page := len(l.tiles)
	shown := min(page, len(decks)-sc.top)
	paged := len(decks) > page
	chips := len(l.chips)
	focus := sc.focus.focus
	for i, r := range l.chips {
		lang := sc.chipLanguage(i)
		label := v.Tr.T("decks_all")
		if lang != "" {
			label = languageName(lang)
		}
		label += " · " + strconv.Itoa(sc.countIn(lang))
		v.drawChip(dst, label, "", v.Px(draw.SizeBody), r, lang == sc.filter, focus == i, r.Contains(v.Pointer))
	}
	if len(decks) == 0 {
		v.Fonts.Text(dst, v.Tr.T("no_decks"), v.Style(draw.SizeLarge, false, draw.Center, th.Muted), l.list)
	}
	for k := 0; k < shown; k++ {
		r := l.tiles[k]
		sc.drawTile(dst, decks[sc.top+k], k, r, focus == chips+k, r.Contains(v.Pointer))
	}
	back := chips + shown
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back, Focused: focus == back}, l.back.Contains(v.Pointer))
	if sc.canAdd() {
		add := sc.addTarget(chips, shown, paged)
		v.DrawButton(dst, draw.Button{Label: v.Tr.T("decks_add"), Key: "+", Rect: l.add, Focused: focus == add}, l.add.Contains(v.Pointer))
		if sc.canEdit() {
			v.DrawButton(dst, draw.Button{Label: v.Tr.T("decks_edit"), Rect: l.edit, Focused: focus == add+1}, l.edit.Contains(v.Pointer))
		}
	}
	msg := v.Tr.T("decks_pick")
	if paged {
		msg = v.Tr.T("decks_page", "First", sc.top+1, "Last", sc.top+shown, "Total", len(decks))
		sc.drawPageButton(dst, l.up, true, sc.top > 0, focus == back+1)
		sc.drawPageButton(dst, l.down, false, sc.top+page < len(decks), focus == back+2)
	}
	if len(decks) > 0 {
		v.Fonts.Text(dst, msg, v.Style(draw.SizeSmall, false, draw.Center, th.Muted), l.message)
	}
	v.drawNotice(dst)
}

// countIn returns the number of decks in a base language, or of every deck.
func (sc *deckScene) countIn(lang string) int {
	if lang == "" {
		return len(sc.d.Library.Decks)
	}
	n := 0
	for _, deck := range sc.d.Library.Decks {
		if baseLanguage(deck.Language) == lang {
			n++
		}
	}
	return n
}

// deckFacts returns what a facilitator weighs when choosing a deck: its
// size and length, its audience, then what kinds of cards it holds.
func deckFacts(v *View, deck *cards.Deck) (size, kinds string) {
	return deckFactsOf(v, deck, len(deck.Cards))
}

// deckFactsOf is deckFacts with n cards to play, fewer than the deck's
// when some are kept for a test of the workshop's effect.
func deckFactsOf(v *View, deck *cards.Deck, n int) (size, kinds string) {
	var parts []string
	if deck.IsBoard() {
		parts = append(parts, v.Tr.N("decks_kind_character", n))
	} else {
		parts = append(parts, v.Tr.N("cards_count", n))
	}
	if deck.Minutes > 0 {
		parts = append(parts, v.Tr.T("decks_minutes", "Minutes", deck.Minutes))
	}
	if len(deck.Audience) > 0 {
		parts = append(parts, strings.Join(deck.Audience, ", "))
	}
	size = strings.Join(parts, " · ")
	var ks []string
	if deck.IsBoard() {
		ks = append(ks, v.Tr.T("decks_board"), v.Tr.N("decks_questions", len(deck.Questions)))
		riddles := 0
		for _, c := range deck.Cards {
			if len(c.Clues) > 0 {
				riddles++
			}
		}
		if riddles > 0 {
			ks = append(ks, v.Tr.N("decks_kind_clues", riddles))
		}
		return size, strings.Join(ks, " · ")
	}
	// The commonest kinds first: a line cut short loses the rarest.
	counts := deck.CountByKind()
	slices.SortStableFunc(counts, func(a, b cards.KindCount) int { return b.Count - a.Count })
	for _, kc := range counts {
		if kc.Kind == cards.KindVerdict && deck.OwnVerdicts() {
			// Not "30 vrai ou faux" for a deck judged arnaque, légitime or
			// douteux: its own verdicts name what its cards ask.
			ks = append(ks, v.Tr.N("decks_kind_verdict_own", kc.Count, "Verdicts", strings.Join(deck.VerdictLabels(), " / ")))
			continue
		}
		ks = append(ks, v.Tr.N("decks_kind_"+string(kc.Kind), kc.Count))
	}
	return size, strings.Join(ks, " · ")
}

// drawTile draws deck k of the page: its number key, title and language,
// then its facts.
func (sc *deckScene) drawTile(dst *ebiten.Image, deck *cards.Deck, k int, r draw.Rect, focused, hover bool) {
	v := sc.d.View
	th := v.Theme
	bg := th.Panel
	if hover {
		bg = th.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(22), bg)
	if focused {
		draw.StrokeRoundRect(dst, r.Inset(-v.Px(5)), v.Px(27), v.Px(5), th.Accent)
	}
	inner := r.InsetXY(v.Px(26), v.Px(16))
	title, rest := inner.Top(inner.H * 0.42)
	capH := math.Min(v.Px(draw.SizeSmall)*1.4, title.H)
	key := strconv.Itoa(k + 1)
	box, title := title.Left(keyCapWidth(key, capH))
	v.drawKeyCap(dst, key, box.Centered(box.W, capH), true)
	_, title = title.Left(v.Px(18))
	if sc.filter == "" {
		// Decks of every language: each says its own.
		var lang draw.Rect
		lang, title = title.Right(math.Min(v.Px(220), title.W*0.3))
		v.Fonts.Text(dst, languageName(deck.Language), v.Style(draw.SizeSmall, false, draw.End, th.Muted), lang)
	}
	v.Fonts.Text(dst, deck.Title, draw.Style{Size: v.Px(draw.SizeLarge), Min: v.Px(draw.SizeSmall), Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: th.Text}, title)
	size, kinds := deckFacts(v, deck)
	if note := sc.played[deckKey(deck.ID, deck.Language)]; note != "" {
		size += " · " + v.Tr.T(note)
	}
	a, b := rest.Top(rest.H / 2)
	small := draw.Style{Size: v.Px(draw.SizeSmall), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Center, Colour: th.Text}
	v.Fonts.Text(dst, size, small, a)
	small.Colour = th.Muted
	v.Fonts.Text(dst, kinds, small, b)
}

// drawPageButton draws the button of the previous (up) or next page: a
// triangle, the fonts having no arrows.
func (sc *deckScene) drawPageButton(dst *ebiten.Image, r draw.Rect, up, enabled, focused bool) {
	fg := sc.d.View.DrawIconButton(dst, r, enabled, focused, r.Contains(sc.d.View.Pointer))
	drawTriangle(dst, r.Centered(r.H*0.42, r.H*0.42), up, fg)
}

// drawDetail draws the description of the deck being browsed.
func (sc *deckScene) drawDetail(dst *ebiten.Image, l deckLayout) {
	v := sc.d.View
	th := v.Theme
	deck := sc.detail
	panel, title, meta, body, open := detailLayout(v.Metrics, l.body)
	draw.FillRoundRect(dst, panel, v.Px(28), th.Panel)
	lang, title := title.Right(math.Min(v.Px(300), title.W*0.3))
	v.Fonts.Text(dst, languageName(deck.Language), v.Style(draw.SizeBody, false, draw.End, th.Muted), lang)
	v.Fonts.Text(dst, deck.Title, v.Style(draw.SizeTitle, true, draw.Start, nil), title)
	size, kinds := deckFacts(v, deck)
	a, b := meta.Top(meta.H / 2)
	v.Fonts.Text(dst, size, v.Style(draw.SizeSmall, true, draw.Start, nil), a)
	v.Fonts.Text(dst, kinds, v.Style(draw.SizeSmall, false, draw.Start, th.Muted), b)
	text := deck.Description
	if text == "" {
		text = deckExamples(v, deck)
	}
	var credits []string
	for _, c := range []string{deck.Author, deck.License} {
		if c != "" {
			credits = append(credits, c)
		}
	}
	if len(credits) > 0 {
		credit, rest := body.Bottom(math.Min(v.Px(50), body.H*0.2))
		body = rest
		v.Fonts.Text(dst, strings.Join(credits, " · "), v.Style(draw.SizeTiny, false, draw.Start, th.Muted), credit)
	}
	v.Fonts.Text(dst, text, draw.Style{Size: v.Px(draw.SizeBody), Min: v.Px(draw.SizeTiny), Align: draw.Start, VAlign: draw.Start, Colour: th.Text}, body)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("decks_new_workshop"), Key: "1", Rect: open, Primary: true, Focused: true}, open.Contains(v.Pointer))
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back}, l.back.Contains(v.Pointer))
}

// deckExamples returns a few cards of a deck that has no description, to
// give an idea of it: the characters of a board, else the first cards.
func deckExamples(v *View, deck *cards.Deck) string {
	var lines []string
	for _, c := range deck.Cards {
		if len(lines) == 3 {
			break
		}
		if t := c.MainText(v.Settings.Easy); t != "" {
			lines = append(lines, quote(deck.Language, t))
		}
	}
	if deck.IsBoard() {
		var names []string
		for _, c := range deck.Cards {
			names = append(names, c.Text)
		}
		return v.Tr.T("decks_examples") + " " + strings.Join(names, ", ")
	}
	if len(lines) == 0 {
		return ""
	}
	return v.Tr.T("decks_examples") + "\n" + strings.Join(lines, "\n")
}

// quote puts a text between the quotation marks of its language.
func quote(lang, s string) string {
	if baseLanguage(lang) == "fr" {
		return "«\u00a0" + s + "\u00a0»"
	}
	return "“" + s + "”"
}

// drawTriangle draws a triangle pointing up or down in r.
func drawTriangle(dst *ebiten.Image, r draw.Rect, up bool, c color.Color) {
	top, bottom := float32(r.Y), float32(r.Y+r.H)
	if !up {
		top, bottom = bottom, top
	}
	var p vector.Path
	p.MoveTo(float32(r.X+r.W/2), top)
	p.LineTo(float32(r.X+r.W), bottom)
	p.LineTo(float32(r.X), bottom)
	p.Close()
	draw.FillPath(dst, &p, c)
}

// drawTeamStrip draws the teams of a workshop in one line, each as its
// symbol in its colour and its name, right-aligned in r.
func drawTeamStrip(v *View, dst *ebiten.Image, teams []game.Team, r draw.Rect) {
	st := v.Style(draw.SizeSmall, true, draw.Start, nil)
	sym := math.Min(v.Px(draw.SizeSmall)*1.1, r.H)
	gap := v.Px(28)
	widths := make([]float64, len(teams))
	total := 0.0
	for i, t := range teams {
		w, _ := v.Fonts.Measure(t.Name, st, r.W, r.H)
		widths[i] = math.Min(w, v.Px(360))
		total += sym + v.Px(10) + widths[i]
	}
	total += gap * float64(len(teams)-1)
	scale := 1.0
	if total > r.W {
		scale = r.W / total
	}
	x := r.X + r.W - total*scale
	for i, t := range teams {
		s := sym * scale
		drawSymbol(dst, t.Symbol, draw.Rect{X: x, Y: r.Y + (r.H-s)/2, W: s, H: s}, TeamColour(t))
		x += s + v.Px(10)*scale
		w := widths[i] * scale
		tst := st
		tst.Size, tst.Min = st.Size*scale, st.Min*scale
		// One line a name: a long one shrinks, it never wraps under the
		// strip's other names.
		line := math.Min(r.H, tst.Size*1.5)
		v.Fonts.Text(dst, t.Name, tst, draw.Rect{X: x, Y: r.Y + (r.H-line)/2, W: w + 1, H: line})
		x += w + gap*scale
	}
}
