package lan

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// The times of a connection.
const (
	// writeTimeout is how long a message may take to leave: a phone that
	// does not read for that long is dropped (its page reconnects).
	writeTimeout = 10 * time.Second
	// pingEvery is how often an idle connection is pinged, so that a phone
	// gone without a word (out of the Wi-Fi) frees its connection.
	pingEvery = 30 * time.Second
	// maxQueued is the most replies waiting for a connection; a client
	// that makes more without reading them is dropped.
	maxQueued = 32
)

// conn is one WebSocket: a phone (seated or not yet) or a console. Its
// reader runs in the HTTP handler's goroutine and its writer in its own.
// What it is sent is coalesced: the replies wait in a short queue, and of
// the views only the latest is sent, fetched from the room's snapshot when
// the writer gets to it, so that a slow phone gets the newest view and
// never a growing backlog.
type conn struct {
	r       *Room
	ws      *websocket.Conn
	console bool
	ctx     context.Context
	cancel  context.CancelFunc
	lim     *limit
	lastID  int
	wake    chan struct{} // cap 1: something to write
	done    chan struct{} // closed when the writer is over

	// seat is the conn's seat, nil before hello or join. The room's
	// mutex guards it.
	seat *seat

	mu    sync.Mutex // guards the fields below
	queue [][]byte
	view  bool   // the latest view is to be sent
	last  []byte // the goodbye, after which the writer closes
}

func newConn(r *Room, ws *websocket.Conn, console bool) *conn {
	ctx, cancel := context.WithCancel(context.Background())
	return &conn{r: r, ws: ws, console: console, ctx: ctx, cancel: cancel, lim: newLimit(), wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// send queues a reply; a client with too many unread replies is dropped.
func (c *conn) send(b []byte) {
	c.mu.Lock()
	if len(c.queue) >= maxQueued {
		c.mu.Unlock()
		c.close()
		return
	}
	c.queue = append(c.queue, b)
	c.mu.Unlock()
	c.signal()
}

// poke says the latest view is to be sent.
func (c *conn) poke() {
	c.mu.Lock()
	c.view = true
	c.mu.Unlock()
	c.signal()
}

// kick takes the phone off its seat and tells it so (the page goes back
// to the team buttons). Called with the room's mutex held.
func (c *conn) kick() {
	c.r.detach(c)
	c.mu.Lock()
	c.queue = append(c.queue, encode(struct {
		T string `json:"t"`
	}{"kicked"}), c.r.snap.room)
	c.mu.Unlock()
	c.signal()
}

// sendLast queues the connection's last message ("bye"), after which the
// writer closes it.
func (c *conn) sendLast(b []byte) {
	c.mu.Lock()
	c.last = b
	c.mu.Unlock()
	c.signal()
}

func (c *conn) signal() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// close ends the connection now.
func (c *conn) close() {
	c.cancel()
	c.ws.CloseNow()
}

// write runs the connection's writer until the connection ends.
func (c *conn) write() {
	defer close(c.done)
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-ping.C:
			ctx, cancel := context.WithTimeout(c.ctx, writeTimeout)
			err := c.ws.Ping(ctx)
			cancel()
			if err != nil {
				c.close()
				return
			}
			continue
		case <-c.wake:
		}
		c.mu.Lock()
		queue, view, last := c.queue, c.view, c.last
		c.queue, c.view = nil, false
		c.mu.Unlock()
		for _, b := range queue {
			if !c.put(b) {
				return
			}
		}
		if view {
			if b := c.r.viewFor(c); b != nil && !c.put(b) {
				return
			}
		}
		if last != nil {
			c.put(last)
			c.ws.Close(websocket.StatusGoingAway, "bye")
			c.cancel()
			return
		}
	}
}

// put writes one message, and reports whether the connection still holds.
func (c *conn) put(b []byte) bool {
	ctx, cancel := context.WithTimeout(c.ctx, writeTimeout)
	defer cancel()
	if err := c.ws.Write(ctx, websocket.MessageText, b); err != nil {
		c.close()
		return false
	}
	return true
}

// read runs the connection's reader until the connection ends: every
// message is checked (size by the read limit, rate, form) and handed to the
// room; too many bad ones close the connection.
func (c *conn) read() {
	for {
		typ, data, err := c.ws.Read(c.ctx)
		if err != nil {
			if errors.Is(err, websocket.ErrMessageTooBig) {
				c.r.cut.Add(1)
				c.r.logf("salle : une connexion coupée (message trop long)", "room: a connection cut off (message too long)")
			}
			return
		}
		if !c.lim.allow(c.r.now()) {
			if c.lim.fault() {
				c.cutOff("trop de messages / too many messages")
				return
			}
			if c.lim.bad == 1 {
				c.send(encode(refusedMsg{T: "refused", Why: whyLimit}))
			}
			continue
		}
		var m in
		if typ != websocket.MessageText || json.Unmarshal(data, &m) != nil || !c.r.handle(c, m) {
			if c.lim.fault() {
				c.cutOff("messages illisibles / unreadable messages")
				return
			}
		}
	}
}

// cutOff closes a connection that broke the limits.
func (c *conn) cutOff(why string) {
	c.r.cut.Add(1)
	c.r.logf("salle : une connexion coupée (%s)", "room: a connection cut off (%s)", why)
	c.ws.Close(websocket.StatusPolicyViolation, why)
	c.close()
}
