package lan

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/host"
)

// The room's tests run a real host whose loop is a goroutine of the test,
// pumping when woken (as ebiten.ScheduleFrame does the game's), real
// WebSocket clients over loopback, and a clock the test moves.

// noSave is a host.Saver that keeps nothing.
type noSave struct{}

func (noSave) Save(*game.Session) error { return nil }

// clock is a clock the test moves by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// rig is a host, its loop and a room.
type rig struct {
	t     *testing.T
	h     *host.Host
	room  *Room
	clock *clock
	stop  chan struct{}
	done  chan struct{}
}

// newLoop returns a host whose loop runs until the test ends.
func newLoop(t *testing.T, c *clock) *rig {
	t.Helper()
	rg := &rig{t: t, h: host.New(noSave{}, c.now), clock: c, stop: make(chan struct{}), done: make(chan struct{})}
	wake := make(chan struct{}, 1)
	rg.h.SetWake(func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	})
	go func() {
		defer close(rg.done)
		for {
			select {
			case <-rg.stop:
				return
			case <-wake:
				rg.h.Pump()
			}
		}
	}()
	t.Cleanup(func() { close(rg.stop); <-rg.done })
	return rg
}

// do runs f on the loop and waits for it.
func (rg *rig) do(f func()) {
	rg.t.Helper()
	done := make(chan struct{})
	rg.h.Do(func() { f(); close(done) })
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		rg.t.Fatal("the loop did not run")
	}
}

// newRig starts a workshop of these teams playing deck with settings, and
// opens its room.
func newRig(t *testing.T, deck *cards.Deck, settings game.Settings, teams ...string) *rig {
	t.Helper()
	rg := newLoop(t, &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)})
	rg.do(func() {
		_, err := rg.h.NewSession("", game.NewTeams(teams...))
		require.NoError(t, err)
		_, err = rg.h.NewGame(deck, settings)
		require.NoError(t, err)
	})
	rg.open(Options{})
	return rg
}

// open opens the room on the loop, on 127.0.0.1.
func (rg *rig) open(o Options) {
	rg.t.Helper()
	o.addr, o.now = "127.0.0.1", rg.clock.now
	rg.do(func() {
		r, err := Open(rg.h, o)
		require.NoError(rg.t, err)
		rg.room = r
	})
	r := rg.room
	rg.t.Cleanup(func() { r.Close() })
}

// url returns the WebSocket address with a query.
func (rg *rig) url(query string) string {
	return "ws://" + rg.room.ln.Addr().String() + "/ws?" + query
}

// client is a real WebSocket client of the room, which keeps every
// message it received.
type client struct {
	t    *testing.T
	ws   *websocket.Conn
	in   chan []byte
	mu   sync.Mutex
	all  [][]byte
	gone chan struct{}
	// last is the last view read by view or await.
	last PhoneView
}

// dial connects a client; it fails the test when the room refuses.
func (rg *rig) dial(query string) *client {
	rg.t.Helper()
	c, err := rg.tryDial(query, nil)
	require.NoError(rg.t, err)
	return c
}

func (rg *rig) tryDial(query string, header http.Header) (*client, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, rg.url(query), &websocket.DialOptions{HTTPHeader: header})
	if err != nil {
		return nil, err
	}
	ws.SetReadLimit(1 << 20)
	c := &client{t: rg.t, ws: ws, in: make(chan []byte, 4096), gone: make(chan struct{})}
	go func() {
		defer close(c.gone)
		for {
			_, b, err := ws.Read(context.Background())
			if err != nil {
				return
			}
			c.mu.Lock()
			c.all = append(c.all, b)
			c.mu.Unlock()
			c.in <- b
		}
	}()
	rg.t.Cleanup(func() { ws.CloseNow() })
	return c, nil
}

// send sends a message, as JSON.
func (c *client) send(v any) {
	c.t.Helper()
	b, err := json.Marshal(v)
	require.NoError(c.t, err)
	c.raw(b)
}

func (c *client) raw(b []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return c.ws.Write(ctx, websocket.MessageText, b)
}

// msg is a message received, with its type and its text.
type msg struct {
	T    string `json:"t"`
	Why  string `json:"why"`
	body []byte
}

// next waits for the next message whose type is t and for which ok (nil:
// any) holds, and returns it.
func (c *client) next(t string, ok func([]byte) bool) msg {
	c.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case b := <-c.in:
			var m msg
			require.NoError(c.t, json.Unmarshal(b, &m))
			m.body = b
			if m.T == t && (ok == nil || ok(b)) {
				return m
			}
		case <-c.gone:
			if len(c.in) > 0 {
				continue // read what came before the close first
			}
			c.t.Fatalf("the connection closed while waiting for %q", t)
		case <-deadline:
			c.t.Fatalf("no %q message came", t)
		}
	}
}

// view waits for a view for which ok holds.
func (c *client) view(ok func(PhoneView) bool) PhoneView {
	c.t.Helper()
	var pv PhoneView
	c.next("view", func(b []byte) bool {
		pv = PhoneView{}
		require.NoError(c.t, json.Unmarshal(b, &pv))
		c.last = pv
		return ok == nil || ok(pv)
	})
	return pv
}

// received returns every message the client received so far.
func (c *client) received() [][]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([][]byte(nil), c.all...)
}

// seatOf is a seat message.
type seatReply struct {
	Token  string `json:"token"`
	ID     string `json:"id"`
	Team   int    `json:"team"`
	Person bool   `json:"person"`
}

// joinTeam connects a phone and seats it with team; it returns the phone,
// its seat and its first view.
func (rg *rig) joinTeam(team int) (*client, seatReply, PhoneView) {
	rg.t.Helper()
	p := rg.dial("c=" + rg.room.Code())
	p.send(map[string]any{"t": "hello", "token": ""})
	p.next("room", nil)
	p.send(map[string]any{"t": "join", "team": team})
	var s seatReply
	require.NoError(rg.t, json.Unmarshal(p.next("seat", nil).body, &s))
	return p, s, p.view(nil)
}

// state returns the game's state, read on the loop.
func (rg *rig) state() (st game.State, rev int) {
	rg.do(func() {
		st = rg.h.Session().Current().State()
		rev = rg.h.Rev()
	})
	return st, rev
}

// apply plays a move of the facilitator on the loop, at the host's
// revision.
func (rg *rig) apply(m game.Move) {
	rg.t.Helper()
	var err error
	rg.do(func() { _, err = rg.h.Apply(host.Local, rg.h.Rev(), m) })
	require.NoError(rg.t, err, "%+v", m)
}

// joinPerson connects a phone seated as a person.
func (rg *rig) joinPerson() (*client, PhoneView) {
	rg.t.Helper()
	p := rg.dial("c=" + rg.room.Code())
	p.send(map[string]any{"t": "hello", "token": ""})
	p.next("room", nil)
	p.send(map[string]any{"t": "join", "person": true})
	p.next("seat", nil)
	return p, p.view(nil)
}

// consoleMsgOf decodes a console message.
func consoleOf(t *testing.T, b []byte) (cm consoleMsg, cg consoleGame) {
	t.Helper()
	require.NoError(t, json.Unmarshal(b, &cm))
	require.NoError(t, json.Unmarshal(cm.Game, &cg))
	return cm, cg
}

// move is a phone's move message.
func move(rev, id int, kind string, choice int, choices ...int) map[string]any {
	m := map[string]any{"t": "move", "rev": rev, "id": id, "kind": kind, "choice": choice}
	if choices != nil {
		m["choices"] = choices
	}
	return m
}

// waitFor and tick bound the waits of require.Eventually: a guard against
// a test hanging, never a measure of speed.
const (
	waitFor = 10 * time.Second
	tick    = 2 * time.Millisecond
)

func jsonDecode(b []byte, v any) error { return json.Unmarshal(b, v) }

// await waits, after the client sent move id, for its answer: a refusal
// of that move, or a view for which ok holds, which it returns. It reports
// whether the move was refused.
func (c *client) await(id int, ok func(PhoneView) bool) (PhoneView, bool) {
	c.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case b := <-c.in:
			var head struct {
				T  string `json:"t"`
				ID int    `json:"id"`
			}
			require.NoError(c.t, json.Unmarshal(b, &head))
			switch head.T {
			case "refused":
				if head.ID == id {
					return PhoneView{}, true
				}
			case "view":
				var pv PhoneView
				require.NoError(c.t, json.Unmarshal(b, &pv))
				c.last = pv
				if ok(pv) {
					return pv, false
				}
			}
		case <-c.gone:
			if len(c.in) > 0 {
				continue // read what came before the close first
			}
			c.t.Fatal("the connection closed while waiting for an answer")
		case <-deadline:
			c.t.Fatalf("no answer to move %d", id)
		}
	}
}
