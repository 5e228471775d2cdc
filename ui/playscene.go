package ui

import (
	"errors"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/sound"
	"declic/ui/draw"
)

// playScene plays the current game of a session, card after card: the card
// and its answers, the team in turn, the timer, the scores, then the reveal.
// Every move goes through the engine and the session is saved after each.
type playScene struct {
	d *Deps
	s *game.Session
	g *game.Game

	focus int // the team + and − give points to: the team in turn (Tab moves it)
	// turn is the team the focus last followed (see followTurn).
	turn int
	// panel is the card in play's part of the screen, with its draft: a
	// new one for each card.
	panel panel
	// heads is set while a scale without target is played by counting
	// heads instead of placing teams; it stays from card to card.
	heads bool
	// handed is, in all mode, the team the laptop was handed to: its answer
	// screen shows; NoTeam shows the pass-the-laptop screen.
	handed int
	// page is the page of the reveal shown, when its explanation is too
	// long for one.
	page int
	// zoom shows the card's picture full screen (Z, or a tap on it).
	zoom  bool
	card  int // the card and phase the fields above belong to
	phase game.Phase

	// since counts the time since the last change of card or phase, for
	// the short animations of a reveal and of the board.
	since time.Duration
	// shown counts the time the question has been on screen: since the last
	// change of card or phase, or since the laptop was handed over. A reveal
	// waits for revealDelay of it (see apply).
	shown  time.Duration
	images *cardImages
	flash  string // a short message over the card (a buzz, a refused move)
	// flashLeft, when positive, is how long flash stays: a word that
	// something went well, which must not sit over the next card's text.
	// A flash without it stays until the next move.
	flashLeft time.Duration
	// confirming is set while a reveal that would leave teams without an
	// answer (a second vote, a test) waits for its second press (see
	// unanswered).
	confirming bool
}

// noticeFor is how long a flash that only informs stays on screen.
const noticeFor = 3 * time.Second

func newPlayScene(d *Deps, s *game.Session) Scene {
	images := d.pictures
	if images == nil {
		images = newCardImages()
	}
	d.live(s)
	p := &playScene{d: d, s: s, g: s.Current(), handed: game.NoTeam, card: -1, turn: game.NoTeam, images: images}
	p.sync()
	p.followTurn()
	return p
}

// sync follows the engine to another card or phase: a new card gets a new
// panel (its drafts go with the old one), a new phase of the same card
// tells its panel; the laptop is handed over afresh and the screen's times
// start again.
func (p *playScene) sync() {
	st := p.g.State()
	switch {
	case st.Card == p.card && st.Phase == p.phase:
		return
	case st.Card != p.card && !p.g.Over():
		if p.g.Blind() && p.card >= 0 && st.Card == p.card+1 {
			// A test of the workshop's effect shows no answer: the card
			// goes once every team has judged it, and the room is told
			// why, briefly.
			p.flash, p.flashLeft = p.d.View.Tr.T("measure_recorded"), noticeFor
		}
		p.panel = newPanel(p)
	case st.Card == p.card:
		p.panel.nextRound()
	}
	p.handed = game.NoTeam
	p.card, p.phase, p.since, p.shown, p.page = st.Card, st.Phase, 0, 0, 0
}

// revealDelay is how long a question stays on screen before Space can
// reveal it: Space pressed twice quickly on a new card (one press to go on,
// one too many) must not give its answer away.
const revealDelay = time.Second

// unanswered returns how many teams a move would leave without an answer
// where one Space too many must not lose answers, and the message that
// then asks for a second press: in all mode on a card answered on the
// shared laptop, a reveal during the second vote before every team has
// voted again (a clicker's press, or a team keeping its first vote, ended
// the vote of the teams after it); in a test of the workshop's effect, a
// reveal or the hints before every team has judged the card (a test's
// answers are its measure). Elsewhere, and for a team whose time ran out,
// it returns 0.
func (p *playScene) unanswered(m game.Move) (int, string) {
	st := p.g.State()
	n := 0
	switch {
	case m.Kind == game.MoveReveal && st.Phase == game.PhaseSecond && p.g.SecretAnswers():
		for t, a := range st.Answers {
			if a == nil && !st.Out[t] {
				n++
			}
		}
		return n, "second_vote_confirm_reveal"
	case p.g.Settings.Measure != game.MeasureNone && (m.Kind == game.MoveReveal || m.Kind == game.MoveSecondRound):
		for t, a := range st.Answers {
			kept := t < len(st.First) && st.First[t] != nil // a second vote keeps the first
			if a == nil && !kept && !st.Out[t] {
				n++
			}
		}
		return n, "measure_confirm_reveal"
	}
	return 0, ""
}

// tooSoon reports a move that would show a card's answer or hints while
// its question has been on screen for less than revealDelay.
func (p *playScene) tooSoon(m game.Move) bool {
	return (m.Kind == game.MoveReveal || m.Kind == game.MoveSecondRound) && p.shown < revealDelay
}

// followTurn moves the focus to the team that plays when that changes (the
// next team in turn, the team that buzzed, the team the laptop was handed
// to), so that + and − go to the team playing; Tab still moves it after.
// Called after every change of the game and of the hand-over.
func (p *playScene) followTurn() {
	t := p.answering()
	if t == p.turn {
		return
	}
	p.turn = t
	if t != game.NoTeam {
		p.focus = t
	}
}

// apply plays a move through the host, which saves the session and tells
// the screens (Deps.heard plays its cue). A refused move is shown briefly,
// never fatal.
func (p *playScene) apply(m game.Move) bool {
	if p.tooSoon(m) {
		p.flash = p.d.View.Tr.T("reveal_too_soon")
		return false
	}
	if n, id := p.unanswered(m); n > 0 && !p.confirming {
		p.confirming = true
		p.flash, p.flashLeft = p.d.View.Tr.N(id, n), noticeFor
		return false
	}
	p.confirming = false
	if _, err := p.d.play(p.s, m); err != nil {
		p.refused(err)
		return false
	}
	p.flash, p.flashLeft = "", 0
	p.sync()
	return true
}

// refused says in words why a move was not played.
func (p *playScene) refused(err error) {
	id := "refused"
	switch {
	case errors.Is(err, game.ErrNotYourTurn):
		id = "refused_turn"
	case errors.Is(err, game.ErrLockedOut):
		id = "refused_locked"
	case errors.Is(err, game.ErrAlreadyAnswered):
		id = "refused_answered"
	case errors.Is(err, game.ErrNothingToUndo):
		id = "refused_undo"
	case errors.Is(err, game.ErrNoMoreClues):
		id = "refused_clues"
	case errors.Is(err, game.ErrAlreadyAsked):
		id = "refused_asked"
	case errors.Is(err, game.ErrPointsLimit):
		id = "refused_points"
	}
	p.flash = p.d.View.Tr.T(id)
}

func (p *playScene) Update(in *Input) Scene {
	defer p.followTurn()
	p.followTurn()
	p.since += in.Dt
	if p.flashLeft > 0 {
		if p.flashLeft -= in.Dt; p.flashLeft <= 0 {
			p.flash, p.flashLeft, p.confirming = "", 0, false
		}
	}
	if p.g.Over() {
		return newScoresScene(p.d, p.s)
	}
	p.settleHandover()
	if !p.needsHandover() {
		p.shown += in.Dt
	}
	p.runTimer(in.Dt)
	if k, ok := p.panel.(keyTaker); ok {
		k.takeKeys(in) // + − and undo act on a head count
	}
	if p.updateZoom(in, p.pictureRect()) {
		return p
	}
	switch {
	case in.Has(ActionPause):
		return newPauseOverlay(p.d, p.s, p, p)
	case in.Has(ActionScores):
		return newScoresOverlay(p.d, p.s, p)
	case !p.editing() && in.Has(ActionUndo):
		if p.apply(game.Move{Kind: game.MoveUndo}) {
			p.card, p.phase = -1, -1
			p.sync()
		}
		return p
	case in.Has(ActionFocusNext):
		p.focus = (p.focus + 1) % len(p.s.Teams)
	case in.Has(ActionPointPlus):
		p.apply(game.Move{Kind: game.MovePoints, Team: p.focus, Points: 1, Reason: p.d.View.Tr.T("points_by_hand")})
	case in.Has(ActionPointMinus):
		p.apply(game.Move{Kind: game.MovePoints, Team: p.focus, Points: -1, Reason: p.d.View.Tr.T("points_by_hand")})
	}
	l := p.layout()
	minus, plus := p.pointButtons(l)
	switch {
	case in.Tapped(minus):
		p.apply(game.Move{Kind: game.MovePoints, Team: p.focus, Points: -1, Reason: p.d.View.Tr.T("points_by_hand")})
	case in.Tapped(plus):
		p.apply(game.Move{Kind: game.MovePoints, Team: p.focus, Points: 1, Reason: p.d.View.Tr.T("points_by_hand")})
	}
	for i, r := range l.teams {
		if in.Tapped(r) {
			p.focus = i
		}
	}
	if in.Tapped(l.pause) {
		return newPauseOverlay(p.d, p.s, p, p)
	}
	if in.Tapped(l.room) {
		return p.d.showRoom(p)
	}
	st := p.g.State()
	if st.Phase == game.PhaseRevealed {
		if in.Has(ActionBack) && p.page > 0 {
			p.page--
			return p
		}
		if in.Has(ActionNext) || in.Tapped(l.next) {
			if p.page+1 < p.revealPages(l) {
				p.page++ // the rest of a long explanation
				return p
			}
			p.apply(game.Move{Kind: game.MoveNext})
			if p.g.Over() {
				return newScoresScene(p.d, p.s)
			}
		}
		return p
	}
	if p.needsHandover() {
		if in.Has(ActionNext) || in.Tapped(l.body) {
			p.handed = p.nextOnLaptop()
			p.shown, p.flash = 0, ""
			p.panel.fresh()
		}
		return p
	}
	if d, ok := p.panel.(discussion); ok && d.updateDiscussion(in, l) {
		return p
	}
	for i := 0; i < MaxBuzzers && i < len(p.s.Teams); i++ {
		if in.Has(ActionBuzz1 + Action(i)) {
			if p.g.Settings.Mode == cards.ModeBuzzer {
				if p.apply(game.Move{Kind: game.MoveBuzz, Team: i}) {
					p.flash = p.d.View.Tr.T("buzzed", "Team", p.s.Teams[i].Name)
				}
			}
		}
	}
	p.panel.update(in, l)
	return p
}

// rating reports a verdict picked that waits for its rating (see
// verdictPanel): the card's layout makes room for the question.
func (p *playScene) rating() bool {
	vp, ok := p.panel.(*verdictPanel)
	return ok && vp.rating()
}

// editing reports whether keys type into a field (the number of a board
// tile) or a portrait is marked, where Backspace deletes or unmarks instead
// of undoing.
func (p *playScene) editing() bool { return p.panel.editing() }

// answering returns the team playing now: the team in turn (turns), the
// team that buzzed (buzzer), the team the laptop was handed to (all);
// NoTeam when none.
func (p *playScene) answering() int { return p.g.Answerer(p.handed) }

// keyTeam returns the team whose answer the keys give: the laptop's keys
// speak for the team it was handed to, else for the team in focus, and the
// engine says whom that answers for (game.Game.Answerer).
func (p *playScene) keyTeam() int {
	from := p.handed
	if from == game.NoTeam {
		from = p.focus
	}
	return p.g.Answerer(from)
}

// needsHandover reports whether, in all mode, the pass-the-laptop screen
// must show: nobody sees the answers of the teams before them. Teams that
// answer on their phones in the room take no turn with the laptop: when
// every team does, the screen shows the question and who has answered.
func (p *playScene) needsHandover() bool {
	if !p.phonesPlay() {
		return p.g.NeedsHandover(p.handed)
	}
	if !p.g.SecretAnswers() {
		return false
	}
	if h := p.handed; h != game.NoTeam && !p.g.Answered(h) && !p.g.OutOfTime(h) {
		return false // the team the laptop went to is answering
	}
	return p.nextOnLaptop() != game.NoTeam
}

// onPhones reports whether team answers on phones: in all mode, with the
// room open and a phone seated for it.
func (p *playScene) onPhones(team int) bool {
	return p.g.Settings.Mode == cards.ModeAll && p.d.phonesOf(team) > 0
}

// phonesPlay reports whether a team answers on phones (onPhones).
func (p *playScene) phonesPlay() bool {
	for t := range p.s.Teams {
		if p.onPhones(t) {
			return true
		}
	}
	return false
}

// nextOnLaptop returns the team the laptop goes to next: the next team to
// answer (game.Game.NextToAnswer) among those without a phone; NoTeam when
// none is left.
func (p *playScene) nextOnLaptop() int {
	if !p.phonesPlay() {
		return p.g.NextToAnswer()
	}
	for t := range p.s.Teams {
		if !p.onPhones(t) && !p.g.Answered(t) && !p.g.OutOfTime(t) {
			return t
		}
	}
	return game.NoTeam
}

// settleHandover takes the laptop back from a team that has answered
// when no team without a phone is left to answer: the screen then shows
// the question to the room, with none of the laptop's draft.
func (p *playScene) settleHandover() {
	h := p.handed
	if h == game.NoTeam || !p.phonesPlay() || !p.g.SecretAnswers() || p.nextOnLaptop() != game.NoTeam {
		return
	}
	if p.g.Answered(h) || p.g.OutOfTime(h) {
		p.handed = game.NoTeam
		p.panel.fresh()
	}
}

// clocks returns whose timers run now: the one game.Game.Clock names on a
// shared laptop (none on the hand-over screen); with phones in the room,
// every team answering on its phones sees the card at once and its time
// runs, and so does the time of the team the laptop went to.
func (p *playScene) clocks() []int {
	if !p.phonesPlay() || !p.g.SecretAnswers() {
		if team, ok := p.g.Clock(p.handed); ok {
			return []int{team}
		}
		return nil
	}
	var teams []int
	for t := range p.s.Teams {
		if p.onPhones(t) {
			teams = append(teams, t)
		}
	}
	if !p.needsHandover() && p.handed != game.NoTeam && !p.onPhones(p.handed) {
		teams = append(teams, p.handed)
	}
	return teams
}

// timeLeft returns what the header's timer shows: the time of the clock that
// runs (the laptop's team's first, else a phone team's), or on the
// hand-over screen the full time the next team will get. paused is set on
// the hand-over screen; running is false without a timer.
func (p *playScene) timeLeft() (left time.Duration, paused, running bool) {
	clocks := p.clocks()
	if p.handed != game.NoTeam && slices.Contains(clocks, p.handed) {
		clocks = []int{p.handed}
	}
	for _, team := range clocks {
		if left, running = p.g.TimeLeftFor(team); running {
			return left, false, true
		}
	}
	if p.needsHandover() {
		left, running = p.g.TimeLeftFor(p.nextOnLaptop())
		return left, true, running
	}
	return 0, false, false
}

// runTimer runs the clocks of the moment by dt (none on the hand-over
// screen, where nobody is answering); when a time runs out, the room sees
// and hears it.
func (p *playScene) runTimer(dt time.Duration) {
	for _, team := range p.clocks() {
		if vp, ok := p.panel.(*verdictPanel); ok && !p.d.Host.Paused() {
			vp.beforeTimeout(team, dt)
		}
		if _, out := p.d.live(p.s).Advance(team, dt); out {
			if team == game.NoTeam {
				p.flash = p.d.View.Tr.T("time_up")
			} else {
				p.flash = p.d.View.Tr.T("time_up_team", "Team", p.s.Teams[team].Name)
			}
			p.sync()
			return
		}
	}
	if left, paused, running := p.timeLeft(); running && !paused && !p.d.Host.Paused() && left <= 5*time.Second && left > 5*time.Second-dt {
		p.d.Sound.Play(sound.Tick)
	}
}

// discussing reports a debate's discussion on show, between its rounds.
func (p *playScene) discussing() bool {
	d, ok := p.panel.(discussion)
	return ok && d.discussing()
}

func (p *playScene) Animating() bool {
	if _, paused, running := p.timeLeft(); running && !paused && !p.d.Host.Paused() {
		return true
	}
	return p.since < 900*time.Millisecond
}

func (p *playScene) Draw(dst *ebiten.Image) {
	if p.g.Over() {
		return // the scores scene takes over on the next frame
	}
	if p.zoom {
		p.drawZoom(dst)
		return
	}
	l := p.layout()
	p.drawHeader(dst, l)
	p.drawTeams(dst, l)
	switch {
	case p.g.State().Phase == game.PhaseRevealed:
		p.drawReveal(dst, l)
	case p.needsHandover():
		p.drawHandover(dst, l)
	case p.discussing():
		p.panel.(discussion).drawDiscussion(dst, l)
	default:
		p.panel.draw(dst, l)
	}
	if p.flash != "" {
		v := p.d.View
		area := l.body
		if p.g.TheDeck().IsBoard() && !p.g.Settings.Riddles && p.g.State().Phase != game.PhaseRevealed {
			area = boardArea(l) // the questions and the confirm button stay clear
		}
		bar := area.Centered(min(area.W, v.Px(1300)), v.Px(100))
		bar.Y = area.Y + area.H - bar.H
		draw.FillRoundRect(dst, bar, v.Px(20), v.Theme.Accent)
		v.Fonts.Text(dst, p.flash, v.Style(draw.SizeBody, true, draw.Center, v.Theme.OnAccent), bar.InsetXY(v.Px(20), v.Px(6)))
	}
	p.d.View.drawNotice(dst)
}
