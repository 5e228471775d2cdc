package ui

import (
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// playLayout places the play screen: a header with the deck, the card
// number, the team in turn and the timer; the card in the middle; the teams
// and their scores at the bottom.
type playLayout struct {
	title, turn, timer, pause draw.Rect
	// room is the room's button, or its badge once open; empty where no
	// room can be served.
	room  draw.Rect
	body  draw.Rect
	teams []draw.Rect
	// above are the places above the teams, for their buzzer keys in
	// buzzer mode and the − and + buttons of the team in focus when the
	// teams are too narrow to hold them; nil when neither.
	above []draw.Rect
	next  draw.Rect // the "next" button of the reveal
}

// aboveH is the height of the row above the teams (playLayout.above).
const aboveH = 72

// narrowTeam is the narrowest team that holds its name beside the − and +
// buttons; narrower ones get the buttons above them.
const narrowTeam = 560

// minTeam is the narrowest a team's tile gets beside a wider one in focus.
const minTeam = 150

// teamTiles shares the row of teams: equal tiles when each holds its name
// beside the − and + buttons, or in buzzer mode (the buttons then go above
// the team in focus); else the team in focus gets the width it needs, as
// far as the others allow, so that its buttons never cover its name.
func (p *playScene) teamTiles(row draw.Rect, buzzer bool) []draw.Rect {
	v := p.d.View
	n := len(p.s.Teams)
	gap := v.Px(16)
	room := row.W - float64(n-1)*gap
	equal := room / float64(n)
	if buzzer || n < 2 || equal >= v.Px(narrowTeam) {
		return row.Cols(n, gap)
	}
	focused := max(equal, min(v.Px(narrowTeam), room-float64(n-1)*v.Px(minTeam)))
	other := (room - focused) / float64(n-1)
	tiles := make([]draw.Rect, n)
	x := row.X
	for i := range tiles {
		w := other
		if i == p.focus {
			w = focused
		}
		tiles[i] = draw.Rect{X: x, Y: row.Y, W: w, H: row.H}
		x += w + gap
	}
	return tiles
}

func (p *playScene) layout() playLayout {
	v := p.d.View
	var l playLayout
	scr := v.Metrics.Screen().InsetXY(v.Px(40), v.Px(24))
	header, rest := scr.Top(v.Px(110))
	n := len(p.s.Teams)
	footerH := v.Px(104)
	buzzer := p.g.Settings.Mode == cards.ModeBuzzer
	if buzzer {
		footerH += v.Px(aboveH)
	}
	footer, body := rest.Bottom(footerH)
	_, l.body = body.Top(v.Px(16))
	l.body, _ = l.body.Bottom(l.body.H - v.Px(0))
	l.body.H -= v.Px(16)
	var right draw.Rect
	right, header = header.Right(v.Px(260))
	if p.d.OpenRoom != nil {
		w := roomBadgeWidth(p.d.room != nil)
		var room draw.Rect
		room, header = header.Right(v.Px(w + 24))
		l.room, _ = room.Right(v.Px(w))
		l.room = l.room.Centered(l.room.W, v.Px(90))
	}
	l.pause, l.timer = right.Right(v.Px(110))
	l.timer = l.timer.Centered(v.Px(104), v.Px(104))
	l.pause = l.pause.Centered(v.Px(90), v.Px(90))
	l.title, l.turn = header.Left(header.W * 0.42)
	l.teams = p.teamTiles(footer.InsetXY(0, v.Px(8)), buzzer)
	if buzzer {
		l.above = make([]draw.Rect, n)
		for i := range l.teams {
			l.above[i], l.teams[i] = l.teams[i].Top(v.Px(aboveH))
		}
	}
	l.next, _ = l.body.Bottom(v.Px(100))
	l.next, _ = l.next.Right(v.Px(520))
	return l
}

func (p *playScene) drawHeader(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	st := p.g.State()
	title, progress := l.title.Top(l.title.H * 0.55)
	v.Fonts.Text(dst, p.g.Deck.Title, v.Style(draw.SizeBody, true, draw.Start, nil), title)
	progressID := "card_progress"
	switch {
	case p.g.TheDeck().IsBoard() && !p.g.Settings.Riddles:
		progressID = "round_progress" // each round has a secret character
	case p.g.Settings.Measure == game.MeasureBefore:
		progressID = "measure_before_progress"
	case p.g.Settings.Measure == game.MeasureAfter:
		progressID = "measure_after_progress"
	}
	v.Fonts.Text(dst, v.Tr.T(progressID, "N", st.Card+1, "Total", p.g.Len()), v.Style(draw.SizeSmall, false, draw.Start, v.Theme.Muted), progress)

	t := p.answering()
	if p.needsHandover() {
		t = p.nextOnLaptop() // the team the laptop goes to, not the one before
	}
	if t != game.NoTeam && st.Phase != game.PhaseRevealed && !p.g.Opinion() {
		team := p.s.Teams[t]
		chip := l.turn.Centered(v.Px(760), v.Px(84))
		draw.FillRoundRect(dst, chip, v.Px(42), v.Theme.Panel)
		sym, rest := chip.InsetXY(v.Px(22), v.Px(14)).Left(v.Px(56))
		drawSymbol(dst, team.Symbol, sym, TeamColour(team))
		_, rest = rest.Left(v.Px(16))
		v.Fonts.Text(dst, v.Tr.T("turn_of", "Team", team.Name), v.Style(draw.SizeBody, true, draw.Start, TeamColour(team)), rest)
	} else if p.phonesPlay() && p.g.SecretAnswers() && st.Phase != game.PhaseRevealed {
		v.Fonts.Text(dst, v.Tr.T("answer_on_phones"), v.Style(draw.SizeBody, true, draw.Center, v.Theme.Accent), l.turn)
	} else if p.g.Settings.Mode == cards.ModeBuzzer && st.Phase != game.PhaseRevealed && p.g.Buzzes() {
		v.Fonts.Text(dst, v.Tr.T("buzz_now"), v.Style(draw.SizeBody, true, draw.Center, v.Theme.Accent), l.turn)
	}

	if left, paused, running := p.timeLeft(); running {
		total := float64(p.g.Seconds())
		frac := left.Seconds() / total
		c := v.Theme.Accent
		if paused || p.d.Host.Paused() {
			c = v.Theme.Muted // on the hand-over screen the time waits for the next team
		} else if left.Seconds() <= 5 {
			c = v.Theme.Warning
		}
		draw.DrawRing(dst, l.timer, frac, v.Px(12), v.Theme.Panel, c)
		if p.d.Host.Paused() {
			// Paused (T, the console): the word in the accent colour
			// instead of seconds that do not move (the pause button
			// beside it already has the sign).
			v.Fonts.Text(dst, v.Tr.T("timer_paused"), v.Style(draw.SizeTiny, true, draw.Center, v.Theme.Accent), l.timer.Inset(v.Px(14)))
		} else {
			secs := int(left.Seconds() + 0.999)
			v.Fonts.Text(dst, strconv.Itoa(secs), v.Style(draw.SizeBody, true, draw.Center, c), l.timer)
		}
	}
	if l.room.W > 0 {
		p.d.drawRoomBadge(dst, l.room)
	}
	draw.FillRoundRect(dst, l.pause, v.Px(20), v.Theme.Panel)
	bars := l.pause.Centered(v.Px(34), v.Px(40))
	left, _ := bars.Left(v.Px(12))
	right, _ := bars.Right(v.Px(12))
	draw.FillRect(dst, left, v.Theme.Text)
	draw.FillRect(dst, right, v.Theme.Text)
}

// pointButtons returns the − and + buttons of the team in focus: points by
// hand with a mouse or a finger, as + and − do on the keyboard. They are in
// the team's place, or above it (at both ends, the buzzer key between)
// when the teams are too narrow.
func (p *playScene) pointButtons(l playLayout) (minus, plus draw.Rect) {
	v := p.d.View
	if l.above != nil && l.teams[p.focus].W < v.Px(narrowTeam) {
		row := l.above[p.focus]
		row.H -= v.Px(8)
		minus, rest := row.Left(v.Px(72))
		plus, _ = rest.Right(v.Px(72))
		return minus.Centered(v.Px(68), v.Px(68)), plus.Centered(v.Px(68), v.Px(68))
	}
	chip := l.teams[p.focus].InsetXY(v.Px(18), v.Px(10))
	_, rest := chip.Right(v.Px(130))
	buttons, _ := rest.Right(v.Px(2*64 + 12))
	minus, plus = buttons.Cols(2, v.Px(12))[0], buttons.Cols(2, v.Px(12))[1]
	return minus.Centered(v.Px(60), v.Px(60)), plus.Centered(v.Px(60), v.Px(60))
}

// drawTeams draws the teams at the bottom: colour, symbol, name, points;
// the team in focus for + and − (the team in turn, unless Tab moved it) is
// ringed and carries the − and + buttons, the one in turn raised.
func (p *playScene) drawTeams(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	st := p.g.State()
	totals := p.s.Totals()
	for i, r := range l.teams {
		team := p.s.Teams[i]
		bg := v.Theme.Panel
		if st.Turn == i || p.handed == i {
			bg = v.Theme.PanelHover
		}
		draw.FillRoundRect(dst, r, v.Px(20), bg)
		if p.focus == i && len(p.s.Teams) > 1 {
			// Thick enough to be seen from the back of the room: + and −
			// go to this team.
			draw.StrokeRoundRect(dst, r.Inset(-v.Px(7)), v.Px(27), v.Px(8), v.Theme.Accent)
		}
		if st.Out != nil && i < len(st.Out) && st.Out[i] && st.Phase != game.PhaseRevealed {
			draw.FillRoundRect(dst, r, v.Px(20), v.Theme.Shade)
		}
		inner := r.InsetXY(v.Px(18), v.Px(10))
		sym, rest := inner.Left(v.Px(48))
		drawSymbol(dst, team.Symbol, sym.Centered(v.Px(44), v.Px(44)), TeamColour(team))
		_, rest = rest.Left(v.Px(12))
		score, name := rest.Right(v.Px(130))
		if i == p.focus {
			minus, plus := p.pointButtons(l)
			fill := v.Theme.Panel // above the team
			if r.Contains(draw.Point{X: minus.X, Y: minus.Y}) {
				name.W = minus.X - name.X - v.Px(8)
				fill = v.Theme.Background
			}
			for _, b := range []struct {
				r      draw.Rect
				sign   string
				points int
			}{{minus, "−", -1}, {plus, "+", 1}} {
				draw.FillRoundRect(dst, b.r, v.Px(14), fill)
				colour := v.Theme.Accent
				if p.g.Allowed(game.Move{Kind: game.MovePoints, Team: i, Points: b.points}) != nil {
					colour = v.Theme.Muted // the rules refuse it: not offered
				}
				v.Fonts.Text(dst, b.sign, v.Style(draw.SizeBody, true, draw.Center, colour), b.r)
			}
		}
		if p.g.Answered(i) && st.Phase != game.PhaseRevealed && p.g.Settings.Mode == cards.ModeAll {
			// A tick in a disc before the score, big enough to be seen
			// from the back of the room: with the teams answering on
			// their phones it is all the projector says of their answers.
			var mark draw.Rect
			mark, score = score.Left(v.Px(52)) // a score takes two digits
			mark = mark.Centered(v.Px(46), v.Px(46))
			draw.FillRoundRect(dst, mark, v.Px(23), v.Theme.Right)
			draw.DrawMark(dst, mark.Inset(v.Px(11)), true, v.Theme.Background)
		}
		v.Fonts.Text(dst, team.Name, v.Style(draw.SizeSmall, true, draw.Start, nil), name)
		v.Fonts.Text(dst, strconv.Itoa(totals[i]), v.Style(draw.SizeLarge, true, draw.End, v.Theme.Accent), score)
		if l.above != nil && p.g.Settings.Mode == cards.ModeBuzzer {
			p.drawBuzzKey(dst, l.above[i], i)
		}

	}
}

// drawBuzzKey draws, above a team in buzzer mode, its buzzer key as a key
// cap with the letter printed on it: big enough to be read from the back of
// the room, so that every team knows which key is theirs.
func (p *playScene) drawBuzzKey(dst *ebiten.Image, r draw.Rect, team int) {
	v := p.d.View
	label := BuzzerKey(team)
	if label == "" {
		return
	}
	key := r.Centered(v.Px(96), r.H-v.Px(10))
	key.Y = r.Y + r.H - key.H - v.Px(8)
	draw.FillRoundRect(dst, key, v.Px(14), TeamColour(p.s.Teams[team]))
	face := key.Inset(v.Px(5))
	face.H -= v.Px(4) // the cap's lower edge shows, as on a key
	draw.FillRoundRect(dst, face, v.Px(10), v.Theme.Text)
	v.Fonts.Text(dst, label, v.Style(draw.SizeLarge, true, draw.Center, v.Theme.Background), face)
}

// drawHandover is the pass-the-laptop screen of all mode: the next team
// takes the laptop, and nobody sees the answers before theirs.
func (p *playScene) drawHandover(dst *ebiten.Image, l playLayout) {
	v := p.d.View
	t := p.nextOnLaptop()
	if t == game.NoTeam {
		return
	}
	team := p.s.Teams[t]
	text := p.handoverText()
	h := handoverLayoutOf(v, l.body, text)
	draw.FillRoundRect(dst, h.box, v.Px(32), v.Theme.Panel)
	drawSymbol(dst, team.Symbol, h.symbol, TeamColour(team))
	v.Fonts.Text(dst, v.Tr.T("handover", "Team", team.Name), v.Style(draw.SizeTitle, true, draw.Center, TeamColour(team)), h.name)
	v.Fonts.Text(dst, text, handoverTextStyle(v), h.text)
}

// handoverText is what the pass-the-laptop screen asks, and the time left
// when the card has a timer.
func (p *playScene) handoverText() string {
	v := p.d.View
	text := v.Tr.T("handover_go")
	if p.g.State().Phase == game.PhaseSecond && p.g.Card().Kind == cards.KindVerdict {
		// The same card comes back to the team: say why, or it looks
		// like the game went back.
		text = v.Tr.T("second_vote") + "\n" + text
	}
	if left, _, running := p.timeLeft(); running {
		text += "\n" + v.Tr.T("handover_time", "Seconds", int(left.Seconds()+0.999))
	}
	return text
}

func handoverTextStyle(v *View) draw.Style {
	return v.Style(draw.SizeBody, false, draw.Center, v.Theme.Muted)
}

// handoverLayout is where the pass-the-laptop screen puts the team's
// symbol, its name and what to do.
type handoverLayout struct {
	box, symbol, name, text draw.Rect
}

// handoverLayoutOf lays the pass-the-laptop screen out in body: a panel
// tall enough for its text at the text size chosen (the panel grows, then
// the symbol shrinks, before the text would be cut).
func handoverLayoutOf(v *View, body draw.Rect, text string) handoverLayout {
	pad, symH, nameH := v.Px(48), v.Px(150), v.Px(140)
	w := math.Min(v.Px(1200), body.W)
	_, th := v.Fonts.Measure(text, handoverTextStyle(v), w-2*pad, math.Inf(1))
	need := 2*pad + symH + nameH + th + v.Px(8)
	if need > body.H { // a short screen at a large text size: a smaller symbol
		symH = math.Max(v.Px(70), symH-(need-body.H))
		need = 2*pad + symH + nameH + th + v.Px(8)
	}
	var h handoverLayout
	h.box = body.Centered(w, math.Max(v.Px(560), need))
	inner := h.box.Inset(pad)
	sym, rest := inner.Top(symH)
	side := math.Min(v.Px(130), sym.H-v.Px(20))
	h.symbol = sym.Centered(side, side)
	h.name, h.text = rest.Top(nameH)
	return h
}
