package lan

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"declic/host"
)

// Options are how a room is opened.
type Options struct {
	// Port is the port asked: DefaultPort (then the next nine, then any)
	// when the flag is absent, 0 for any free port. The port kept from
	// the last run (Keeper) is tried first, so that the phones' pages find
	// the room again.
	Port int
	// Lang is the pages' language: "fr" or "en".
	Lang string
	// Keeper keeps the room between runs; nil keeps nothing.
	Keeper Keeper
	// Log, when set, is told what the room does that the facilitator may
	// want to know (a phone joined, a connection cut off, a save failed).
	Log func(format string, args ...any)
	// Pages holds the pages served: phone.html at "/", console.html at
	// "/animateur" (with the key), and the files they share; nil serves
	// only the WebSocket at /ws (and 404 elsewhere).
	Pages fs.FS
	// Decks is where the creation workshop writes the decks the teams
	// make (the user's decks folder); nil writes none.
	Decks DeckFolder

	// now is the room's clock (tests inject one); nil is time.Now.
	now func() time.Time
	// addr is the address listened on: "" for every interface (tests use
	// 127.0.0.1).
	addr string
}

// Room is the room on the local network: an HTTP server on every
// interface serving the phones' page, the console's page and one
// WebSocket, whose moves reach the host like the keyboard's. Make one with
// Open; its methods may be called from any goroutine.
type Room struct {
	h    *host.Host
	o    Options
	now  func() time.Time
	code string
	key  string
	port int

	srv   *http.Server
	ln    net.Listener
	pages *pages
	count atomic.Int32 // connections open
	// cut counts the connections closed for breaking the limits.
	cut atomic.Int32
	wg  sync.WaitGroup

	saveMu sync.Mutex    // one save at a time, in order
	stop   chan struct{} // closed by Close: keepSeen ends

	mu      sync.Mutex // guards everything below
	nets    []network
	net     int
	seats   *seats
	clients map[*conn]bool
	snap    snapshot
	actions []string
	closed  bool // closed from the console
	shut    bool // Close called: the server is down
	says    []said
	locks   []teamLock
	votes   votes
	unsaved bool // seats changed since the last save

	// creation is the creation workshop running, nil when none; posts
	// limits each seat's cards; newDecks are the decks it wrote that the
	// game has not taken yet (NewDecks), playDeck the one the console asked
	// to play (PlayDeck).
	creation *creation
	posts    map[string]*rate.Limiter
	newDecks []string
	playDeck string
	// written are the ids of the decks the workshops wrote in this run.
	written []string
}

// teamLock is the 2 s after a team's answer changed, during which only the
// phone that changed it may change it again, and which phone gave the
// team's answer.
type teamLock struct {
	seat  string
	until time.Time
}

// Open opens the room of the live workshop of h: it listens (see
// Options.Port), reopens the room kept by o.Keeper (same code, key, port
// and seats) or makes a new one, and from now on tells the phones every
// change of the host. Call it on the game's loop goroutine (or before the
// loop runs), like every use of the host: the room reads the session only
// there, in its listener.
func Open(h *host.Host, o Options) (*Room, error) {
	r := &Room{h: h, o: o, now: o.now, seats: newSeats(), clients: map[*conn]bool{}, posts: map[string]*rate.Limiter{}, stop: make(chan struct{})}
	if r.now == nil {
		r.now = time.Now
	}
	if r.o.Lang != "en" {
		r.o.Lang = "fr"
	}
	var kept Saved
	if o.Keeper != nil {
		k, err := load(o.Keeper)
		if err != nil {
			r.logf("salle : la salle gardée ne se relit pas (%v), une nouvelle est ouverte", "room: the room kept does not read back (%v), a new one is opened", err)
		} else if validCode(k.Code) && len(k.Key) >= 22 {
			kept = k
		}
	}
	var err error
	if kept.Code != "" {
		r.code, r.key = kept.Code, kept.Key
		r.seats.restore(kept.Seats, r.now())
	} else {
		if r.code, err = randomCode(); err != nil {
			return nil, err
		}
		if r.key, err = randomToken(32); err != nil {
			return nil, err
		}
	}
	if r.pages, err = newPages(o.Pages); err != nil {
		return nil, err
	}
	r.ln, err = listen(o.addr, o.Port, kept.Port)
	if err != nil {
		return nil, err
	}
	r.port = r.ln.Addr().(*net.TCPAddr).Port
	r.nets = networks()
	r.snap = r.build(host.Event{Rev: h.Rev()})
	h.Listen(r.onEvent)
	r.srv = &http.Server{
		Handler:           r.handler(),
		ReadHeaderTimeout: 10 * time.Second,
		MaxHeaderBytes:    8 << 10,
	}
	go func() {
		if err := r.srv.Serve(r.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			r.logf("salle : le serveur s'est arrêté : %v", "room: the server stopped: %v", err)
		}
	}()
	r.mu.Lock()
	r.unsaved = true
	r.mu.Unlock()
	r.save()
	if o.Keeper != nil {
		go r.keepSeen()
	}
	return r, nil
}

// seenEvery is how often the room keeps when its phones were last seen.
const seenEvery = time.Minute

// keepSeen keeps, every seenEvery until Close, that the phones connected
// are still there: a game killed (kill -9, a flat battery) says no
// goodbye, and its restart holds a seat HoldSeat from the time kept.
// Without it a phone that joined at the start of an hour's workshop would
// lose its seat to a crash at its end.
func (r *Room) keepSeen() {
	t := time.NewTicker(seenEvery)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
			r.touch()
		}
	}
}

// touch keeps the room when a phone is connected: its seat seen now.
func (r *Room) touch() {
	r.mu.Lock()
	for _, s := range r.seats.byToken {
		if s.conns > 0 {
			r.unsaved = true
			break
		}
	}
	r.mu.Unlock()
	r.save()
}

// validCode reports a room code as randomCode makes them.
func validCode(c string) bool {
	if len(c) != 4 {
		return false
	}
	for i := range len(c) {
		if strings.IndexByte(codeLetters, c[i]) < 0 {
			return false
		}
	}
	return true
}

// Code returns the room's code: 4 letters from "ACDEFHJKMNPRTUVWXY".
func (r *Room) Code() string { return r.code }

// Port returns the port the room listens on.
func (r *Room) Port() int { return r.port }

// address returns the address advertised: the chosen network's IPv4,
// 127.0.0.1 when the machine has none (the room then serves this machine
// alone).
func (r *Room) address() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	ip := "127.0.0.1"
	if r.o.addr != "" {
		ip = r.o.addr
	} else if r.net < len(r.nets) {
		ip = r.nets[r.net].ip.String()
	}
	return net.JoinHostPort(ip, strconv.Itoa(r.port))
}

// PlayersURL returns the phones' address, "http://ADDR:PORT/?c=CODE": the
// QR code on the projector, and the "salle: " line of the standard output.
func (r *Room) PlayersURL() string { return "http://" + r.address() + "/?c=" + r.code }

// ConsoleURL returns the console's address, "http://ADDR:PORT/animateur?k=KEY":
// the "animateur: " line of the standard output, never on the projector.
func (r *Room) ConsoleURL() string { return "http://" + r.address() + "/animateur?k=" + r.key }

// Networks returns the machine's networks a phone may reach the room on,
// "wlan0 192.168.1.12", best first.
func (r *Room) Networks() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, len(r.nets))
	for i, n := range r.nets {
		out[i] = n.String()
	}
	return out
}

// Network returns the index in Networks of the network advertised.
func (r *Room) Network() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.net
}

// UseNetwork advertises network i of Networks (the server listens on all);
// an index out of range is ignored.
func (r *Room) UseNetwork(i int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if i >= 0 && i < len(r.nets) {
		r.net = i
	}
}

// Phones returns, per team of the live workshop, how many of its phones
// are connected.
func (r *Room) Phones() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]int, len(r.snap.teams))
	for c := range r.clients {
		if s := c.seat; s != nil && !s.person && s.team >= 0 && s.team < len(out) {
			out[s.team]++
		}
	}
	return out
}

// People returns how many person seats (per-person votes) are connected.
func (r *Room) People() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for c := range r.clients {
		if c.seat != nil && c.seat.person {
			n++
		}
	}
	return n
}

// Actions returns, and forgets, the console's actions waiting for the
// loop, in the order given: "next", "back", "undo", "pause", "blank",
// "scores", "judge-right", "judge-wrong", "clue", "reveal". The loop plays
// them as the keys that mean the same.
func (r *Room) Actions() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	a := r.actions
	r.actions = nil
	return a
}

// Closed reports a room closed from the console: the server is down, and
// the game drops its overlay.
func (r *Room) Closed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.closed
}

// Close says goodbye to every phone and console, closes the server and
// every connection, and keeps the room (Keeper) for the next run. It may
// be called more than once.
func (r *Room) Close() error {
	r.mu.Lock()
	if r.shut {
		r.mu.Unlock()
		return nil
	}
	r.shut = true
	close(r.stop)
	r.unsaved = true
	clients := make([]*conn, 0, len(r.clients))
	for c := range r.clients {
		clients = append(clients, c)
	}
	r.mu.Unlock()
	r.save() // the seats seen now, before their connections go
	bye := encode(struct {
		T string `json:"t"`
	}{"bye"})
	for _, c := range clients {
		c.sendLast(bye)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, c := range clients { // each says goodbye, or is cut at the deadline
		select {
		case <-c.done:
		case <-ctx.Done():
		}
	}
	err := r.srv.Shutdown(ctx) // stops listening; hijacked connections are ours
	for _, c := range clients {
		c.close()
	}
	r.wg.Wait()
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("closing the room: %w", err)
	}
	return nil
}

// save keeps the room (Keeper) when its seats changed since the last save.
func (r *Room) save() {
	if r.o.Keeper == nil {
		return
	}
	r.saveMu.Lock()
	defer r.saveMu.Unlock()
	r.mu.Lock()
	if !r.unsaved {
		r.mu.Unlock()
		return
	}
	r.unsaved = false
	k := Saved{Code: r.code, Key: r.key, Port: r.port, Seats: r.seats.saved(r.now())}
	r.mu.Unlock()
	if err := keep(r.o.Keeper, k); err != nil {
		r.logf("salle : la salle ne s'enregistre pas : %v", "room: the room cannot be saved: %v", err)
	}
}

// logf tells Options.Log, in the room's language, what the facilitator
// may want to know.
func (r *Room) logf(fr, en string, args ...any) {
	if r.o.Log == nil {
		return
	}
	if r.o.Lang == "en" {
		r.o.Log(en, args...)
		return
	}
	r.o.Log(fr, args...)
}
