package lan

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
)

// twoTeamsPlaying starts, on the loop, a workshop of two teams (Renards,
// Hiboux) playing two verdict cards in all mode.
func (rg *rig) twoTeamsPlaying() {
	rg.t.Helper()
	rg.do(func() {
		_, err := rg.h.NewSession("", game.NewTeams("Renards", "Hiboux"))
		require.NoError(rg.t, err)
		_, err = rg.h.NewGame(parseDeck(rg.t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll})
		require.NoError(rg.t, err)
	})
}

// memKeeper keeps a room in memory, as store.Folder keeps it in a file.
type memKeeper struct {
	mu    sync.Mutex
	saved []byte
}

func (k *memKeeper) LoadRoom() ([]byte, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.saved, nil
}

func (k *memKeeper) SaveRoom(b []byte) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.saved = b
	return nil
}

// TestAPhoneComesBackToItsSeatAfterARestart: the room is closed (the game
// quit) and opened again with the same keeper: same code, key and port,
// and the phone's token gives its seat back.
func TestAPhoneComesBackToItsSeatAfterARestart(t *testing.T) {
	t.Run("memory", func(t *testing.T) { comesBack(t, &memKeeper{}) })
	t.Run("store.Folder", func(t *testing.T) { comesBack(t, store.Folder{Dir: filepath.Join(t.TempDir(), "sessions")}) })
}

func comesBack(t *testing.T, k Keeper) {
	rg := newLoop(t, &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)})
	rg.twoTeamsPlaying()
	rg.open(Options{Keeper: k})
	code, key, port := rg.room.Code(), rg.room.key, rg.room.Port()
	p, s, v := rg.joinTeam(1)
	p.send(move(v.Rev, 1, "answer", 0))
	p.view(func(pv PhoneView) bool { return pv.Mine != nil })

	require.NoError(t, rg.room.Close())
	p.next("bye", nil)
	<-p.gone
	rg.clock.add(5 * time.Minute)
	rg.open(Options{Keeper: k})
	assert.Equal(t, code, rg.room.Code())
	assert.Equal(t, key, rg.room.key)
	assert.Equal(t, port, rg.room.Port(), "the phones' pages find the room where it was")

	back := rg.dial("c=" + code)
	back.send(map[string]any{"t": "hello", "token": s.Token})
	var again seatReply
	require.NoError(t, jsonDecode(back.next("seat", nil).body, &again))
	assert.Equal(t, s, again)
	require.Len(t, again.Teams, 2, "a phone back by itself draws its team as the buttons did")
	assert.Equal(t, "Hiboux", again.Teams[1].Name)
	assert.NotEmpty(t, again.Teams[1].Colour)
	assert.NotEmpty(t, again.Teams[1].Symbol)
	v = back.view(nil)
	assert.Equal(t, 1, v.Team)
	require.NotNil(t, v.Mine, "its answer is still the team's")
	assert.Equal(t, []int{0, 1}, rg.room.Phones())

	// A game started again long after: the seats are no longer held.
	require.NoError(t, rg.room.Close())
	<-back.gone
	rg.clock.add(HoldSeat)
	rg.open(Options{Keeper: k})
	assert.Equal(t, code, rg.room.Code(), "the same room")
	late := rg.dial("c=" + code)
	late.send(map[string]any{"t": "hello", "token": s.Token})
	late.next("room", nil)
}

// TestSeatsAreHeldTenMinutes: a phone gone comes back by its token up to
// HoldSeat after it left; after that its seat is freed and it is told the
// room.
func TestSeatsAreHeldTenMinutes(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	p, s, _ := rg.joinTeam(0)
	p.ws.CloseNow()
	require.Eventually(t, func() bool { return rg.room.Phones()[0] == 0 }, waitFor, tick)

	rg.clock.add(HoldSeat - time.Second)
	p = rg.dial("c=" + rg.room.Code())
	p.send(map[string]any{"t": "hello", "token": s.Token})
	p.next("seat", nil)
	p.ws.CloseNow()
	require.Eventually(t, func() bool { return rg.room.Phones()[0] == 0 }, waitFor, tick)

	rg.clock.add(HoldSeat) // counted from when it left the second time
	p = rg.dial("c=" + rg.room.Code())
	p.send(map[string]any{"t": "hello", "token": s.Token})
	p.next("room", nil)
}

// TestTheTwoSecondLock: a team's phones share its answer; a change by one
// holds the others off for lockFor (the same phone may correct itself),
// then the last tap counts.
func TestTheTwoSecondLock(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	a, sa, v := rg.joinTeam(0)
	b, sb, _ := rg.joinTeam(0)
	a.send(move(v.Rev, 1, "answer", 0))
	got := b.view(func(pv PhoneView) bool { return pv.Pending != nil })
	assert.Equal(t, sa.ID, got.Pending.By, "a team's phones see each other's choice")
	assert.Equal(t, 0, got.Pending.Choice)
	assert.Equal(t, lockFor.Milliseconds(), got.LockMS)

	rg.clock.add(lockFor - time.Millisecond)
	b.send(move(v.Rev, 1, "answer", 2))
	assert.Equal(t, whyLocked, b.next("refused", nil).Why)
	a.send(move(v.Rev, 2, "answer", 1)) // the same phone corrects itself
	got = b.view(func(pv PhoneView) bool { return pv.Pending != nil && pv.Pending.Choice == 1 })
	assert.Equal(t, lockFor.Milliseconds(), got.LockMS, "a change starts the lock again")

	rg.clock.add(lockFor)
	b.send(move(v.Rev, 2, "answer", 2))
	got = a.view(func(pv PhoneView) bool { return pv.Pending != nil && pv.Pending.Choice == 2 })
	assert.Equal(t, sb.ID, got.Pending.By)
	st, _ := rg.state()
	assert.Equal(t, 2, st.Answers[0].Choice, "the last tap counts")
	assert.Nil(t, st.Answers[1])
}

// The game's keeper is store.Folder.
var _ Keeper = store.Folder{}

// TestANewWorkshopWithFewerTeamsFreesTheSeatsOfTheTeamsGone: the phone of
// a team that no longer exists is told and gets the new teams; the others
// keep their seats.
func TestANewWorkshopWithFewerTeamsFreesTheSeatsOfTheTeamsGone(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux", "Loutres")
	gone, s, _ := rg.joinTeam(2)
	stays, _, _ := rg.joinTeam(0)
	waiting := rg.dial("c=" + rg.room.Code())
	waiting.send(map[string]any{"t": "hello"})
	waiting.next("room", nil)
	rg.do(func() {
		_, err := rg.h.NewSession("", game.NewTeams("Lynx", "Ours"))
		require.NoError(t, err)
	})
	gone.next("kicked", nil)
	var room roomMsg
	require.NoError(t, jsonDecode(gone.next("room", nil).body, &room))
	assert.Equal(t, "Lynx", room.Teams[0].Name)
	v := stays.view(func(pv PhoneView) bool { return len(pv.Teams) == 2 })
	assert.Equal(t, []string{"Lynx", "Ours"}, v.Teams)
	gone.send(map[string]any{"t": "hello", "token": s.Token})
	gone.next("room", nil)
	assert.Equal(t, []int{1, 0}, rg.room.Phones())
	require.NoError(t, jsonDecode(waiting.next("room", nil).body, &room), "a phone without a seat gets the new teams")
	assert.Equal(t, "Ours", room.Teams[1].Name)
}

// TestAPhoneWaitsWhileNoWorkshopIsOpen: a game restarted after a crash
// opens the kept room before the facilitator resumes the workshop; a phone
// back in its seat is told the room's language and shown no card (it kept
// showing the card it had, its countdown running out, its taps refused).
func TestAPhoneWaitsWhileNoWorkshopIsOpen(t *testing.T) {
	k := &memKeeper{}
	c := &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)}
	rg := newLoop(t, c)
	rg.twoTeamsPlaying()
	rg.open(Options{Keeper: k, Lang: "en"})
	p, s, v := rg.joinTeam(1)
	require.NotEmpty(t, v.Kind)
	require.NoError(t, rg.room.Close())
	<-p.gone

	again := newLoop(t, c) // the game restarted: no workshop open yet
	again.open(Options{Keeper: k, Lang: "en"})
	back := again.dial("c=" + again.room.Code())
	back.send(map[string]any{"t": "hello", "token": s.Token})
	var seat struct {
		Team int    `json:"team"`
		Lang string `json:"lang"`
	}
	require.NoError(t, jsonDecode(back.next("seat", nil).body, &seat))
	assert.Equal(t, 1, seat.Team)
	assert.Equal(t, "en", seat.Lang, "the page speaks the room's language, not the phone's")
	w := back.view(nil)
	assert.Empty(t, w.Kind, "no card before the workshop is resumed")
	assert.Equal(t, 1, w.Team)

	// The title screen tells the room of a change while no workshop is
	// open (its first frame holds the answer timer): the phone keeps its
	// seat, for no workshop is not a workshop without its team. Then the
	// facilitator resumes and the phone shows the card, without a tap.
	again.do(func() { again.h.SetPaused(true) })
	again.do(func() { again.h.SetPaused(false) })
	again.twoTeamsPlaying()
	w = back.view(func(pv PhoneView) bool { return pv.Kind != "" })
	assert.Equal(t, 1, w.Team)
	for _, b := range back.received() {
		assert.NotContains(t, string(b), `"kicked"`, "a seat kept while no workshop was open")
	}
	assert.Equal(t, []int{0, 1}, again.room.Phones())
}

// TestASeatOutlivesACrashLongAfterItsPhoneJoined: the game is killed (no
// Close, no goodbye) an hour after a phone joined; restarted at once, the
// room gives the phone its seat back, for the room kept, while the phone
// was there, that it was still seen.
func TestASeatOutlivesACrashLongAfterItsPhoneJoined(t *testing.T) {
	k := &memKeeper{}
	c := &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)}
	rg := newLoop(t, c)
	rg.twoTeamsPlaying()
	rg.open(Options{Keeper: k})
	_, s, _ := rg.joinTeam(1)
	for range 60 { // an hour of the workshop, the phone connected
		c.add(time.Minute)
		rg.room.touch()
	}
	crashed := &memKeeper{saved: append([]byte(nil), k.saved...)} // what the disk holds at the crash

	again := newLoop(t, c)
	again.open(Options{Keeper: crashed})
	back := again.dial("c=" + again.room.Code())
	back.send(map[string]any{"t": "hello", "token": s.Token})
	var seat seatReply
	require.NoError(t, jsonDecode(back.next("seat", nil).body, &seat))
	assert.Equal(t, 1, seat.Team)
}
