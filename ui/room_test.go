package ui

import (
	"errors"
	"fmt"
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	qr "github.com/piglig/go-qr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/ui/draw"
)

// fakeRoom is a room without a network: the tests say who joined and what
// the console asked for.
type fakeRoom struct {
	code     string
	networks []string
	network  int
	phones   []int
	people   int
	actions  []string
	closed   bool // closed from the console
	closes   int  // calls of Close
	// The creation workshop: open, each team's cards written and
	// accepted, the decks it wrote, the deck the console asked to play.
	workshop          bool
	written, accepted []int
	newDecks          []string
	playDeck          string
}

func newFakeRoom(teams int) *fakeRoom {
	return &fakeRoom{code: "KXRT", networks: []string{"wlan0 192.168.100.123", "eth0 10.0.0.3"}, phones: make([]int, teams)}
}

func (r *fakeRoom) addr() string {
	return [...]string{"192.168.100.123", "10.0.0.3"}[r.network%2]
}
func (r *fakeRoom) PlayersURL() string { return "http://" + r.addr() + ":8427/?c=" + r.code }
func (r *fakeRoom) Code() string       { return r.code }
func (r *fakeRoom) Networks() []string { return r.networks }
func (r *fakeRoom) Network() int       { return r.network }
func (r *fakeRoom) UseNetwork(i int)   { r.network = i }
func (r *fakeRoom) Phones() []int      { return append([]int(nil), r.phones...) }
func (r *fakeRoom) People() int        { return r.people }
func (r *fakeRoom) Actions() []string {
	a := r.actions
	r.actions = nil
	return a
}
func (r *fakeRoom) Closed() bool { return r.closed }
func (r *fakeRoom) Workshop() (bool, []int, []int) {
	return r.workshop, append([]int(nil), r.written...), append([]int(nil), r.accepted...)
}
func (r *fakeRoom) NewDecks() []string { d := r.newDecks; r.newDecks = nil; return d }
func (r *fakeRoom) PlayDeck() string   { p := r.playDeck; r.playDeck = ""; return p }
func (r *fakeRoom) Close() error       { r.closes++; return nil }

// withRoom makes d open room when asked.
func withRoom(d *Deps, room *fakeRoom) *fakeRoom {
	d.OpenRoom = func() (Room, error) { return room, nil }
	return room
}

// roomSizes are the screens the overlay must read on: a projector's and a
// laptop's, normal and largest text, and smaller ones it must still fit.
var roomSizes = [][3]float64{{1920, 1080, 1}, {1920, 1080, 1.4}, {1366, 768, 1}, {1366, 768, 1.4}, {1024, 768, 1.4}, {800, 600, 1.4}, {3840, 2160, 1}}

// TestRoomLayoutReadsFromTheBack: at every size and text size, with one to
// six teams and one or several networks, the QR code is a square of whole
// modules, large enough to be scanned from the back (at least 14 pixels a
// module on a laptop's screen, 20 on a projector's), with its quiet zone;
// nothing overlaps or leaves the panel, the buttons are big enough for a
// finger, and no text of the overlay is cut, the longest address included.
func TestRoomLayoutReadsFromTheBack(t *testing.T) {
	d := sceneDeps(t)
	// The longest address a room gives: a version 3 code.
	long := "http://192.168.100.123:65535/?c=KXRT"
	code, err := qrCode(long)
	require.NoError(t, err)
	require.Equal(t, 29, code.Size())
	for _, size := range roomSizes {
		for _, teams := range []int{0, 1, 2, 3, 6} {
			for _, networks := range []int{1, 2} {
				name := fmt.Sprintf("%v×%v text %.1f, %d teams, %d networks", size[0], size[1], size[2], teams, networks)
				m := draw.NewMetrics(int(size[0]), int(size[1]), size[2])
				l := layoutRoom(m, code.Size(), teams, networks)
				assert.Equal(t, l.qr.W, l.qr.H, name)
				assert.Equal(t, l.module*float64(code.Size()+2*quietZone), l.qr.W, "%s: whole modules and the quiet zone", name)
				assert.Equal(t, l.module, float64(int(l.module)), "%s: whole pixels a module", name)
				switch {
				case size[0] >= 1920:
					assert.GreaterOrEqual(t, l.module, 20.0, name)
				case size[0] >= 1366:
					assert.GreaterOrEqual(t, l.module, 14.0, name)
				default:
					assert.GreaterOrEqual(t, l.module, 6.0, name)
				}
				parts := []draw.Rect{l.qr, l.title, l.hint, l.address, l.codeLabel, l.code, l.people, l.network, l.hide, l.close}
				if networks > 1 {
					parts = append(parts, l.networkButton)
				} else {
					assert.Zero(t, l.networkButton.W, "%s: no network to pick", name)
				}
				parts = append(parts, l.teams...)
				require.Len(t, l.teams, teams)
				assert.True(t, l.panel.Within(m.Screen()), name)
				for i, r := range parts {
					assert.Truef(t, r.Within(l.panel), "%s: part %d %v leaves the panel %v", name, i, r, l.panel)
					assert.Positivef(t, r.W*r.H, "%s: part %d is empty", name, i)
					for j := i + 1; j < len(parts); j++ {
						assert.Falsef(t, r.Overlaps(parts[j]), "%s: parts %d %v and %d %v overlap", name, i, r, j, parts[j])
					}
				}
				minSide := 60 * draw.NewMetrics(int(m.W), int(m.H), 1).U
				for _, b := range []draw.Rect{l.hide, l.close} {
					assert.GreaterOrEqual(t, b.H, minSide, "%s: a button for a finger", name)
				}

				d.View.Metrics = m
				room := newFakeRoom(teams)
				room.network = 0
				room.networks = room.networks[:networks]
				room.people = 12
				d.room = room
				o := &roomOverlay{d: d, code: code, url: long}
				o.overlay = newOverlay(d.View, nil, o)
				for _, text := range o.texts(l) {
					b := d.View.Fonts.Layout(text.text, text.style, text.rect.W, text.rect.H)
					assert.Falsef(t, b.Clipped, "%s: %q is cut in %v", name, text.text, text.rect)
				}
				for _, button := range o.buttons(l) {
					parts := d.View.ButtonParts(button)
					b := d.View.Fonts.Layout(button.Label, parts.LabelStyle, parts.Label.W, parts.Label.H)
					assert.Falsef(t, b.Clipped, "%s: the button %q is cut", name, button.Label)
				}
				d.room = nil
			}
		}
	}
	// The code is the largest text of the game: read from the back.
	m := draw.NewMetrics(1366, 768, 1.4)
	l := layoutRoom(m, 29, 6, 2)
	assert.Greater(t, l.code.H, m.Px(draw.SizeHuge)*0.9)
}

// TestRoomOverlayDrawsAQRCodeOfThePlayersAddress draws the overlay and reads
// its QR code back from the screen's pixels, as a phone would: it is the
// players' address, with the room's code. Another network gives another
// address, and the QR code follows.
func TestRoomOverlayDrawsAQRCodeOfThePlayersAddress(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(2))
	d.View.Metrics = draw.NewMetrics(1366, 768, 1.4)
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	scene := d.showRoom(p)
	o, ok := scene.(*roomOverlay)
	require.True(t, ok, "R shows the room")
	screen := ebiten.NewImage(1366, 768)
	defer screen.Deallocate()
	read := func() string {
		t.Helper()
		screen.Clear()
		o.Draw(screen)
		l := o.layout()
		qrImg := image.NewRGBA(image.Rect(0, 0, int(l.qr.W), int(l.qr.H)))
		for y := 0; y < int(l.qr.H); y++ {
			for x := 0; x < int(l.qr.W); x++ {
				qrImg.Set(x, y, screen.At(int(l.qr.X)+x, int(l.qr.Y)+y))
			}
		}
		text, err := qr.Decode(qrImg)
		require.NoError(t, err)
		return text
	}
	assert.Equal(t, "http://192.168.100.123:8427/?c=KXRT", read())
	o.Update(&Input{Actions: []Action{ActionNetwork}})
	assert.Equal(t, 1, room.network, "N advertises the next network")
	assert.Equal(t, "http://10.0.0.3:8427/?c=KXRT", read())
	assert.Equal(t, "http://10.0.0.3:8427", roomAddress(room.PlayersURL()), "the address in letters leaves the code to its own line")

	// High contrast: still dark modules on white.
	d.View.Settings.HighContrast = true
	d.applySettings()
	d.View.Metrics = draw.NewMetrics(1366, 768, 1.4)
	assert.Equal(t, "http://10.0.0.3:8427/?c=KXRT", read())
}

// TestRoomOpensHidesAndCloses: R opens the room and shows it; R, Esc or
// Space hide it and the room stays open (the play screen's badge says so);
// R shows it again without opening another; Delete closes the room, and so
// does the console; quitting closes it too.
func TestRoomOpensHidesAndCloses(t *testing.T) {
	d := sceneDeps(t)
	opened := 0
	room := newFakeRoom(2)
	d.OpenRoom = func() (Room, error) { opened++; return room, nil }
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	var scene Scene = p
	key := func(a Action) {
		t.Helper()
		in := &Input{Actions: []Action{a}}
		scene = d.roomKeys(scene, in)
		scene = scene.Update(in)
	}
	key(ActionRoom)
	require.IsType(t, &roomOverlay{}, scene)
	assert.Equal(t, 1, opened)
	for _, hide := range []Action{ActionRoom, ActionPause, ActionNext} {
		key(hide)
		assert.Same(t, p, scene, "%v hides the room", hide)
		assert.NotNil(t, d.room, "the room stays open")
		key(ActionRoom)
		require.IsType(t, &roomOverlay{}, scene)
	}
	assert.Equal(t, 1, opened, "one room, shown again")
	l := p.layout()
	assert.InDelta(t, d.View.Px(roomBadgeWidth(true)), l.room.W, 0.01, "the badge: the code and the phones")
	assert.False(t, l.room.Overlaps(l.timer) || l.room.Overlaps(l.pause) || l.room.Overlaps(l.turn) || l.room.Overlaps(l.title))

	key(ActionCloseRoom)
	assert.Same(t, p, scene)
	assert.Nil(t, d.room)
	assert.Equal(t, 1, room.closes)
	assert.InDelta(t, d.View.Px(roomBadgeWidth(false)), p.layout().room.W, 0.01, "the room's button again")

	// Closed from the console: the loop lets it go and the overlay goes.
	key(ActionRoom)
	require.IsType(t, &roomOverlay{}, scene)
	assert.Equal(t, 2, opened)
	room.closed = true
	_, changed := d.pollRoom(nil)
	assert.True(t, changed)
	assert.Nil(t, d.room)
	scene = scene.Update(&Input{})
	assert.Same(t, p, scene)
	assert.Equal(t, 2, room.closes)

	// The tap on the button opens it too; quitting closes it.
	room.closed = false
	button := p.layout().room
	scene = p.Update(&Input{Taps: []draw.Point{{X: button.X + button.W/2, Y: button.Y + button.H/2}}})
	require.IsType(t, &roomOverlay{}, scene)
	d.CloseRoom()
	assert.Equal(t, 3, room.closes)
}

// TestRoomUnavailable: where no room can be served (the browser), R says so
// and nothing else happens; a room that fails to open says so too.
func TestRoomUnavailable(t *testing.T) {
	d := sceneDeps(t)
	p, _, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true})
	in := &Input{Actions: []Action{ActionRoom}}
	assert.Same(t, p, d.roomKeys(p, in))
	assert.Equal(t, d.View.Tr.T("room_unavailable"), d.View.Notice)
	assert.Contains(t, d.View.Notice, "navigateur")
	assert.Zero(t, p.layout().room.W, "no button for a room that cannot open")

	d.View.Notice = ""
	d.OpenRoom = func() (Room, error) { return nil, errors.New("listen tcp :8427: address already in use") }
	assert.Same(t, p, d.roomKeys(p, &Input{Actions: []Action{ActionRoom}}))
	assert.Equal(t, d.View.Tr.T("room_failed"), d.View.Notice)
	assert.Nil(t, d.room)
}

// TestConsoleActionsAreTheKeyboards: the console's words come in as the
// keys of the frame, after the phones' moves, and do what the keys do: the
// card revealed, the next card, an undo, a riddle judged; "pause" stops
// the timer and the next one lets it run; a word it does not know does
// nothing.
func TestConsoleActionsAreTheKeyboards(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(2))
	require.NoError(t, d.openRoom())
	p, _, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns, Timer: true, Seconds: 30})
	app := NewApp(d.View, p)
	app.deps = d
	now := time.Date(2025, 3, 14, 15, 0, 0, 0, time.UTC)
	frame := func(words ...string) {
		t.Helper()
		room.actions = words
		now = now.Add(100 * time.Millisecond)
		require.NoError(t, app.update(&Input{}, now))
	}
	p.shown, p.since = revealDelay, time.Minute
	frame("pause")
	assert.True(t, d.Host.Paused(), "the console paused the timer")
	left, _ := p.g.TimeLeftFor(game.NoTeam)
	for range 5 {
		frame()
	}
	after, _ := p.g.TimeLeftFor(game.NoTeam)
	assert.Equal(t, left, after, "no time runs while paused")
	assert.False(t, p.Animating(), "a paused timer costs no frame")
	frame("pause")
	assert.False(t, d.Host.Paused())
	frame()
	after, _ = p.g.TimeLeftFor(game.NoTeam)
	assert.Less(t, after, left, "the time runs again")

	// Card 1 is a verdict with hints: next gives the hints, next again reveals.
	frame("next")
	assert.Equal(t, game.PhaseSecond, p.g.State().Phase)
	p.shown = revealDelay
	frame("next")
	assert.Equal(t, game.PhaseRevealed, p.g.State().Phase)
	frame("undo")
	assert.NotEqual(t, game.PhaseRevealed, s.Current().State().Phase, "undo took the reveal back")

	// An unknown word, and a judgement on a card that is no riddle, do nothing.
	rev := d.Host.Rev()
	frame("explode", "judge-right")
	assert.Equal(t, rev, d.Host.Rev())
	frame("scores")
	assert.IsType(t, &scoresOverlay{}, app.scene, "scores, as S")
}

// TestConsoleJudgesARiddle: on a clues card, judge-right and judge-wrong are
// the keys 1 and 2.
func TestConsoleJudgesARiddle(t *testing.T) {
	d := sceneDeps(t)
	withRoom(d, newFakeRoom(2))
	require.NoError(t, d.openRoom())
	p, _, s := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeTurns})
	for p.g.Kind() != cards.KindClues {
		_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
	}
	p.sync()
	assert.Equal(t, ActionAnswer1, d.remoteAction("judge-right"))
	assert.Equal(t, ActionAnswer2, d.remoteAction("judge-wrong"))
	p.shown = revealDelay
	p.Update(&Input{Actions: []Action{d.remoteAction("judge-right")}})
	assert.Equal(t, game.PhaseRevealed, p.g.State().Phase, "a right answer ends the riddle")
	assert.Positive(t, s.Totals()[0])
	assert.Zero(t, d.remoteAction("judge-right"), "no riddle left to judge")
}

// TestNoHandOverWhenTeamsAnswerOnPhones: in all mode, the pass-the-laptop
// screen is for teams without a phone only. With every team on its phones
// the question shows with no answer, each team's tick comes as it answers,
// and the time runs for all at once; a team without a phone still gets the
// laptop, and answers with the keys.
func TestNoHandOverWhenTeamsAnswerOnPhones(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(3))
	p, dr, _ := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 30})
	require.True(t, p.g.SecretAnswers())
	assert.True(t, p.needsHandover(), "no room: the laptop goes round")

	require.NoError(t, d.openRoom())
	room.phones = []int{1, 2, 1}
	assert.False(t, p.needsHandover(), "every team on its phones: no hand-over")
	assert.ElementsMatch(t, []int{0, 1, 2}, p.clocks(), "every team's time runs")
	playStep(t, dr, p)
	p.Update(&Input{Dt: 2 * time.Second})
	for team := range 3 {
		left, running := p.g.TimeLeftFor(team)
		assert.True(t, running)
		assert.Equal(t, 28*time.Second, left, "team %d saw the card at once", team)
	}
	// A phone answers for team 2 (through the host, as the room does).
	_, err := d.Host.Apply("phone", d.Host.Rev(), game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 1})
	require.NoError(t, err)
	playStep(t, dr, p)
	assert.True(t, p.g.Answered(1), "the tick of team 2")
	assert.False(t, p.needsHandover())

	// Team 3's phone leaves: the laptop goes to it, and to it only.
	room.phones = []int{1, 2, 0}
	assert.True(t, p.needsHandover())
	assert.Equal(t, 2, p.nextOnLaptop())
	playStep(t, dr, p, ActionNext)
	assert.Equal(t, 2, p.handed)
	assert.False(t, p.needsHandover(), "team 3 answers on the laptop")
	assert.Contains(t, p.clocks(), 2)
	p.shown = revealDelay
	playStep(t, dr, p, ActionAnswer3)
	assert.True(t, p.g.Answered(2), "the keys answer for team 3")
	p.Update(&Input{})
	assert.Equal(t, game.NoTeam, p.handed, "no team without a phone is left: the laptop is back with the room")
	assert.False(t, p.needsHandover())
}

// TestPhoneVotesShowAsHeadCounts: on a debate, people voting on their
// phones come as head counts; the projector counts heads at once and shows
// the tally live.
func TestPhoneVotesShowAsHeadCounts(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(2))
	require.NoError(t, d.openRoom())
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	for !p.g.Opinion() {
		_, err := p.g.Apply(game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
	}
	p.sync()
	assert.False(t, p.heads)
	room.people = 3
	_, err := d.Host.Apply("room", d.Host.Rev(), game.Move{Kind: game.MoveHeadCount, Choices: []int{0, 1, 2, 0, 0, 0}})
	require.NoError(t, err)
	playStep(t, dr, p)
	assert.True(t, p.heads, "phone votes replace counting hands")
	assert.Equal(t, []int{0, 1, 2, 0, 0, 0}, panelOf[*spectrumPanel](t, p).roundCounts())
}

// TestTheProjectorKeepsPhoneVotesSecret: in the second vote of a card with
// hints, the shared laptop shows the team it was handed to its own first
// vote; when the teams vote on their phones the projector is the room's
// screen and shows nobody's (it showed the team in focus's to everyone).
func TestTheProjectorKeepsPhoneVotesSecret(t *testing.T) {
	d := sceneDeps(t)
	room := withRoom(d, newFakeRoom(2))
	p, dr, _ := newPlay(t, d, "decouverte", 2, game.Settings{InOrder: true, Mode: cards.ModeAll})
	for len(p.g.Card().Hints) == 0 || p.g.Kind() != cards.KindVerdict {
		_, err := d.Host.Apply(host.Local, d.Host.Rev(), game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
	}
	require.NoError(t, d.openRoom())
	room.phones = []int{1, 1}
	playStep(t, dr, p)
	for team := range 2 {
		_, err := d.Host.Apply("phone", d.Host.Rev(), game.Move{Kind: game.MoveAnswer, Team: team, Choice: team})
		require.NoError(t, err)
	}
	if p.g.State().Phase == game.PhaseAnswering {
		_, err := d.Host.Apply(host.Local, d.Host.Rev(), game.Move{Kind: game.MoveSecondRound})
		require.NoError(t, err)
	}
	playStep(t, dr, p)
	require.Equal(t, game.PhaseSecond, p.g.State().Phase)
	vp := panelOf[*verdictPanel](t, p)
	assert.Nil(t, vp.firstVote(), "no team's first vote on the room's screen")

	// Without phones, the laptop handed to the first team shows it its own.
	room.phones = []int{0, 0}
	p.handed = 0
	require.NotNil(t, vp.firstVote())
	assert.Equal(t, 0, vp.firstVote().Choice)
}
