package lan_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"

	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/lan"
	"declic/store"
)

// TestRoomLoad is the room's load benchmark (issue 14, BENCHMARKS.md "Issue
// 14 — the room"): 60 phones, real coder/websocket clients over loopback,
// seated in a real lan.Room over a real host.Host saving to a real
// store.Folder, whose loop pumps when woken as the game's does, all
// answering the same card; against a bare coder/websocket echo server with
// the same 60 clients in the same run, the two alternating. It prints the
// figures and fails only when the room misbehaves (a move lost, a phone
// not seated), never on a time: timings on a shared machine are figures,
// not assertions.
//
//	DECLIC_BENCH_ROOM=3 go test -count 1 -run TestRoomLoad -v ./lan/
//
// DECLIC_BENCH_ROOM is the number of runs of each server; DECLIC_BENCH_IDLE
// the seconds of the idle CPU window (10 by default).
func TestRoomLoad(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("DECLIC_BENCH_ROOM"))
	if runs < 1 {
		t.Skip("DECLIC_BENCH_ROOM=RUNS not set: `make bench` runs it")
	}
	idle := 10 * time.Second
	if s, err := strconv.Atoi(os.Getenv("DECLIC_BENCH_IDLE")); err == nil && s > 0 {
		idle = time.Duration(s) * time.Second
	}
	var room, bare, echo []figures
	for r := 0; r < runs; r++ {
		echo = append(echo, runEcho(t, idle))
		room = append(room, runRoom(t, idle, true))
		bare = append(bare, runRoom(t, idle, false))
	}
	e, m, n := medianFigures(echo), medianFigures(room), medianFigures(bare)
	fmt.Printf("room load: %d phones in %d teams, %d cards a run, idle window %v, medians of %d runs of each (a run's p50/p99: over its %d answers back, and over its answers the host applied)\n",
		phones, teams, rounds, idle, runs, phones*rounds)
	fmt.Printf("  %-40s %12s %12s %7s %14s\n", "", "echo", "room", "ratio", "room, no save")
	row := func(name string, a, b, c float64, unit string) {
		ratio := "-"
		if a > 0 {
			ratio = fmt.Sprintf("%.2f×", b/a)
		}
		fmt.Printf("  %-40s %10.3f%-2s %10.3f%-2s %7s %12.3f%-2s\n", name, a, unit, b, unit, ratio, c, unit)
	}
	row("send → applied (echo: read), p50", e.appliedP50, m.appliedP50, n.appliedP50, "ms")
	row("send → applied (echo: read), p99", e.appliedP99, m.appliedP99, n.appliedP99, "ms")
	row("send → phone's answer back, p50", e.tripP50, m.tripP50, n.tripP50, "ms")
	row("send → phone's answer back, p99", e.tripP99, m.tripP99, n.tripP99, "ms")
	row("CPU, 60 phones idle (% of a core)", e.idleCPU, m.idleCPU, n.idleCPU, "%")
	row("memory per phone, heap + stacks", e.perPhone/1024, m.perPhone/1024, n.perPhone/1024, "KB")
	row("60 phones dial and sit (echo: dial)", e.join, m.join, n.join, "ms")
	for i := range room {
		fmt.Printf("  run %d: echo %s\n         room %s\n         no save %s\n", i+1, echo[i], room[i], bare[i])
	}
}

const (
	phones = 60
	teams  = 6
	rounds = 20
)

// figures are one run's measures. Times in ms.
type figures struct {
	appliedP50, appliedP99 float64
	tripP50, tripP99       float64
	idleCPU                float64        // % of a core
	perPhone               float64        // bytes
	join                   float64        // ms from the first dial to the last phone seated (echo: connected)
	refused                map[string]int // the taps by outcome: applied, or why refused
}

func (f figures) String() string {
	s := fmt.Sprintf("applied %.2f/%.2f ms, trip %.2f/%.2f ms, idle %.2f %%, %.1f KB/phone",
		f.appliedP50, f.appliedP99, f.tripP50, f.tripP99, f.idleCPU, f.perPhone/1024)
	if len(f.refused) > 0 {
		s += fmt.Sprintf(", taps %v", f.refused)
	}
	return s
}

func medianFigures(fs []figures) figures {
	med := func(get func(figures) float64) float64 {
		v := make([]float64, len(fs))
		for i, f := range fs {
			v[i] = get(f)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	return figures{
		appliedP50: med(func(f figures) float64 { return f.appliedP50 }),
		appliedP99: med(func(f figures) float64 { return f.appliedP99 }),
		tripP50:    med(func(f figures) float64 { return f.tripP50 }),
		tripP99:    med(func(f figures) float64 { return f.tripP99 }),
		idleCPU:    med(func(f figures) float64 { return f.idleCPU }),
		perPhone:   med(func(f figures) float64 { return f.perPhone }),
		join:       med(func(f figures) float64 { return f.join }),
	}
}

// quantile returns the q-quantile (nearest rank) of ds, in ms.
func quantile(ds []time.Duration, q float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	i = max(0, min(len(s)-1, i))
	return float64(s[i].Microseconds()) / 1000
}

// cpuTime is the process's user + system time so far.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// live is the heap in use and the goroutine stacks after a collection.
func live() float64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc + m.StackInuse)
}

// idleCPU measures the process's CPU over window, as a % of a core.
func idleCPU(t *testing.T, window time.Duration) float64 {
	before, start := cpuTime(t), time.Now()
	time.Sleep(window) // the window measured, not a wait for something
	return 100 * float64(cpuTime(t)-before) / float64(time.Since(start))
}

// deck is 40 choice cards of four choices, all teams answering at once,
// no timer: a still card once answered.
func deck(t *testing.T) *cards.Deck {
	var b strings.Builder
	b.WriteString("format = 1\n\n[deck]\nid = \"charge\"\ntitle = \"Charge\"\nlanguage = \"fr\"\n\n[defaults]\nmode = \"all\"\nseconds = 0\n")
	for i := 0; i < rounds+2; i++ {
		fmt.Fprintf(&b, "\n[[card]]\ntype = \"choice\"\nid = \"c%d\"\nquestion = \"Question %d : laquelle de ces quatre réponses est la bonne ?\"\n"+
			"choices = [\"Première réponse\", \"Deuxième réponse\", \"Troisième réponse\", \"Quatrième réponse\"]\nanswer = %d\n"+
			"explanation = \"L'explication de la carte %d.\"\n", i, i, 1+i%4, i)
	}
	d, problems := cards.Parse("charge.toml", []byte(b.String()), nil)
	if len(problems) > 0 {
		t.Fatalf("the bench deck: %v", problems)
	}
	return d
}

// noSave is a host.Saver that keeps nothing.
type noSave struct{}

func (noSave) Save(*game.Session) error { return nil }

// loop is the game's loop: a goroutine that pumps the host when woken (the
// game passes ebiten.ScheduleFrame to SetWake), and runs nothing else.
type loop struct {
	h    *host.Host
	stop chan struct{}
	done chan struct{}
}

func newLoop(h *host.Host) *loop {
	l := &loop{h: h, stop: make(chan struct{}), done: make(chan struct{})}
	wake := make(chan struct{}, 1)
	h.SetWake(func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	})
	go func() {
		defer close(l.done)
		for {
			select {
			case <-l.stop:
				return
			case <-wake:
				h.Pump()
			}
		}
	}()
	return l
}

// do runs f on the loop and waits for it.
func (l *loop) do(f func()) {
	done := make(chan struct{})
	l.h.Do(func() { f(); close(done) })
	<-done
}

func (l *loop) close() { close(l.stop); <-l.done }

// phone is one simulated phone of the room.
type phone struct {
	ws   *websocket.Conn
	team int
	seat string // the seat's id, as the host's Source names it
	out  chan<- sample
	// applied reports whether the host applied this seat's answer to a
	// card: the first view after it is the phone's answer back, even when
	// that view no longer shows it (views are coalesced: a teammate's
	// change, or the reveal once every team answered, may come first).
	applied func(seat string, card int) bool

	mu     sync.Mutex
	card   int // the card answered last; card 0 is not answered (the phones join on it)
	sentAt time.Time
	id     int
	done   bool
	last   []byte // the last message received, to say what went wrong
}

// sample is one phone's answer to one card.
type sample struct {
	phone   int
	card    int
	sent    time.Time
	decided time.Time // its own answer shown back, or its refusal
	refused string
}

// inbound is the part of a server message a phone reads.
type inbound struct {
	T    string `json:"t"`
	ID   any    `json:"id"`
	Why  string `json:"why"`
	Rev  int    `json:"rev"`
	Card int    `json:"card"`
	// Phase is "answering" before the reveal.
	Phase   string `json:"phase"`
	Pending *struct {
		By string `json:"by"`
	} `json:"pending"`
}

func dial(t *testing.T, url string) *websocket.Conn {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		t.Fatalf("dialling %s: %v", url, err)
	}
	ws.SetReadLimit(1 << 20)
	return ws
}

func send(ws *websocket.Conn, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return ws.Write(ctx, websocket.MessageText, b)
}

// run reads the phone's messages: it joins its team, and answers every
// card the moment it sees it, as a player does.
func (p *phone) run(i int, seated chan<- string) {
	for {
		_, b, err := p.ws.Read(context.Background())
		if err != nil {
			return
		}
		p.mu.Lock()
		p.last = b
		p.mu.Unlock()
		var m inbound
		if json.Unmarshal(b, &m) != nil {
			continue
		}
		switch m.T {
		case "room":
			send(p.ws, map[string]any{"t": "join", "team": p.team})
		case "seat":
			var s struct {
				ID string `json:"id"`
			}
			json.Unmarshal(b, &s)
			p.seat = s.ID
			seated <- s.ID
		case "refused":
			p.mu.Lock()
			id, _ := m.ID.(float64)
			if !p.done && int(id) == p.id && !p.sentAt.IsZero() {
				p.done = true
				p.out <- sample{phone: i, card: p.card, sent: p.sentAt, decided: time.Now(), refused: m.Why}
			}
			p.mu.Unlock()
		case "view":
			p.mu.Lock()
			switch {
			// A card new to the phone is answered, whatever its phase:
			// views are coalesced, and a phone whose writer was behind
			// may first see a card already revealed (every team
			// answered); its tap is then refused as stale, as a late
			// player's is.
			case m.Card > p.card && p.seat != "":
				p.card, p.id, p.done = m.Card, p.id+1, false
				p.sentAt = time.Now()
				send(p.ws, map[string]any{"t": "move", "rev": m.Rev, "id": p.id, "kind": "answer", "choice": (i + m.Card) % 4})
			case !p.done && m.Card == p.card && !p.sentAt.IsZero() &&
				(m.Pending != nil && m.Pending.By == p.seat || p.applied(p.seat, p.card)):
				p.done = true
				p.out <- sample{phone: i, card: p.card, sent: p.sentAt, decided: time.Now()}
			}
			p.mu.Unlock()
		}
	}
}

// runRoom is one run of the room: saving the session to a store.Folder at
// every move, as the game does, or (save false) keeping it in memory, to
// tell the room's cost from the disk's.
func runRoom(t *testing.T, idle time.Duration, save bool) figures {
	var saver host.Saver = store.Folder{Dir: t.TempDir()}
	if !save {
		saver = noSave{}
	}
	h := host.New(saver, time.Now)
	l := newLoop(h)
	defer l.close()

	// The moment the host applies each phone's answer: a listener added
	// before the room's, so that the room's own work on the event (the
	// views) is not counted in it.
	var amu sync.Mutex
	applied := map[[2]any]time.Time{} // {seat, card} → when
	var room *lan.Room
	l.do(func() {
		var names []string
		for i := 0; i < teams; i++ {
			names = append(names, fmt.Sprintf("Équipe %d", i+1))
		}
		if _, err := h.NewSession("charge", game.NewTeams(names...)); err != nil {
			t.Fatal(err)
		}
		if _, err := h.NewGame(deck(t), game.Settings{InOrder: true, Seed: 1, Mode: cards.ModeAll}); err != nil {
			t.Fatal(err)
		}
		h.Listen(func(ev host.Event) {
			if ev.Kind != game.MoveAnswer {
				return
			}
			now := time.Now()
			seat, _ := strings.CutPrefix(string(ev.From), "phone ")
			amu.Lock()
			applied[[2]any{seat, ev.Card}] = now
			amu.Unlock()
		})
		var err error
		if room, err = lan.Open(h, lan.Options{Port: 0, Lang: "fr"}); err != nil {
			t.Fatal(err)
		}
	})
	defer room.Close()
	url := fmt.Sprintf("ws://127.0.0.1:%d/ws?c=%s", room.Port(), room.Code())

	before := live()
	joinStart := time.Now()
	out := make(chan sample, phones*4)
	seated := make(chan string, phones)
	ps := make([]*phone, phones)
	for i := range ps {
		ps[i] = &phone{ws: dial(t, url), team: i % teams, out: out, card: 0, applied: func(seat string, card int) bool {
			amu.Lock()
			defer amu.Unlock()
			_, ok := applied[[2]any{seat, card}]
			return ok
		}}
		go ps[i].run(i, seated)
		if err := send(ps[i].ws, map[string]any{"t": "hello", "token": ""}); err != nil {
			t.Fatal(err)
		}
	}
	defer func() {
		for _, p := range ps {
			p.ws.CloseNow()
		}
	}()
	seats := map[string]int{}
	for i := 0; i < phones; i++ {
		select {
		case s := <-seated:
			seats[s]++
		case <-time.After(30 * time.Second):
			t.Fatalf("%d of %d phones seated after 30 s", i, phones)
		}
	}
	// Card 0 in play, unanswered and without a timer: the still card on
	// which the memory and the idle CPU are measured. From card 1 on,
	// every phone answers each card the moment it sees it.
	f := figures{refused: map[string]int{}}
	f.join = float64(time.Since(joinStart).Microseconds()) / 1000
	f.perPhone = (live() - before) / phones
	f.idleCPU = idleCPU(t, idle)
	var trips, apps []time.Duration
	collect := func(card int) {
		for n := 0; n < phones; n++ {
			select {
			case s := <-out:
				if s.card != card {
					t.Fatalf("phone %d answered card %d during card %d", s.phone, s.card, card)
				}
				trips = append(trips, s.decided.Sub(s.sent))
				if s.refused != "" {
					f.refused[s.refused]++
					continue
				}
				f.refused["applied"]++
				amu.Lock()
				at, ok := applied[[2]any{ps[s.phone].seat, card}]
				amu.Unlock()
				if !ok {
					t.Fatalf("phone %d's answer to card %d shown back, but the host applied none", s.phone, card)
				}
				apps = append(apps, at.Sub(s.sent))
			case <-time.After(30 * time.Second):
				for i, p := range ps {
					p.mu.Lock()
					if !p.done {
						t.Logf("phone %d (team %d, seat %q): card %d, move %d sent at %v, not decided; last message %s", i, p.team, p.seat, p.card, p.id, p.sentAt, p.last)
					}
					p.mu.Unlock()
				}
				t.Fatalf("card %d: %d of %d phones decided after 30 s (%v)", card, n, phones, f.refused)
			}
		}
	}
	for card := 1; card <= rounds; card++ {
		l.do(func() {
			g := h.Session().Current()
			if g.State().Phase != game.PhaseRevealed {
				if _, err := h.Apply(host.Local, h.Rev(), game.Move{Kind: game.MoveReveal}); err != nil {
					t.Errorf("reveal: %v", err)
				}
			}
			if _, err := h.Apply(host.Local, h.Rev(), game.Move{Kind: game.MoveNext}); err != nil {
				t.Errorf("next: %v", err)
			}
		})
		collect(card)
	}
	f.tripP50, f.tripP99 = quantile(trips, 0.5), quantile(trips, 0.99)
	f.appliedP50, f.appliedP99 = quantile(apps, 0.5), quantile(apps, 0.99)
	return f
}

// runEcho is one run of the baseline: a bare coder/websocket server that
// sends each of the same 60 clients a message as large as the room's view
// of a card, and echoes back what they send; each client answers the
// message the moment it arrives with a message as large as a phone's
// answer, as a phone does.
func runEcho(t *testing.T, idle time.Duration) figures {
	var rmu sync.Mutex
	read := map[[2]int]time.Time{} // {client, round} → when the server read its answer
	var cmu sync.Mutex
	var conns []*websocket.Conn
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		cmu.Lock()
		conns = append(conns, ws)
		cmu.Unlock()
		for {
			typ, b, err := ws.Read(context.Background())
			if err != nil {
				return
			}
			var m struct{ C, R int }
			if json.Unmarshal(b, &m) == nil {
				rmu.Lock()
				read[[2]int{m.C, m.R}] = time.Now()
				rmu.Unlock()
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			ws.Write(ctx, typ, b)
			cancel()
		}
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv.Listener = ln
	srv.Start()
	defer srv.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/"

	// A view of a card as the room sends it (about 700 bytes), and an
	// answer as large as a phone's.
	view := []byte(`{"t":"view","rev":3,"team":0,"teams":["Équipe 1","Équipe 2","Équipe 3","Équipe 4","Équipe 5","Équipe 6"],"card":0,"cards":22,"kind":"choice","phase":"answering","turn":-1,` +
		`"text":"Question 0 : laquelle de ces quatre réponses est la bonne ?","choices":["Première réponse","Deuxième réponse","Troisième réponse","Quatrième réponse"],` +
		`"min":0,"max":0,"answered":[false,false,false,false,false,false],"totals":[0,0,0,0,0,0],"pad":"` + strings.Repeat("x", 300) + `"}`)
	type echoSample struct {
		c, r       int
		sent, back time.Time
	}
	out := make(chan echoSample, phones*4)
	before := live()
	joinStart := time.Now()
	clients := make([]*websocket.Conn, phones)
	for i := range clients {
		clients[i] = dial(t, url)
		go func(i int, ws *websocket.Conn) {
			round := 0
			var sent time.Time
			for {
				_, b, err := ws.Read(context.Background())
				if err != nil {
					return
				}
				if strings.HasPrefix(string(b), `{"t":"view"`) {
					sent = time.Now()
					// As long as a phone's move: {"t":"move","rev":12,"id":7,"kind":"answer","choice":1}
					send(ws, map[string]any{"t": "move", "C": i, "R": round, "id": round, "kind": "answer", "x": 1})
					continue
				}
				out <- echoSample{c: i, r: round, sent: sent, back: time.Now()}
				round++
			}
		}(i, clients[i])
	}
	defer func() {
		for _, c := range clients {
			c.CloseNow()
		}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		cmu.Lock()
		n := len(conns)
		cmu.Unlock()
		if n == phones {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d clients accepted after 30 s", n, phones)
		}
		time.Sleep(time.Millisecond) // polling the count, with a deadline
	}
	f := figures{join: float64(time.Since(joinStart).Microseconds()) / 1000}
	var trips, apps []time.Duration
	broadcast := func(round int) {
		cmu.Lock()
		cs := slices.Clone(conns)
		cmu.Unlock()
		for _, ws := range cs {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			ws.Write(ctx, websocket.MessageText, view)
			cancel()
		}
		for n := 0; n < phones; n++ {
			select {
			case s := <-out:
				trips = append(trips, s.back.Sub(s.sent))
				rmu.Lock()
				at, ok := read[[2]int{s.c, s.r}]
				rmu.Unlock()
				if !ok {
					t.Fatalf("echo of client %d round %d without its read", s.c, s.r)
				}
				apps = append(apps, at.Sub(s.sent))
			case <-time.After(30 * time.Second):
				t.Fatalf("round %d: %d of %d echoes after 30 s", round, n, phones)
			}
		}
	}
	broadcast(0)
	f.perPhone = (live() - before) / phones
	f.idleCPU = idleCPU(t, idle)
	for r := 1; r < rounds; r++ {
		broadcast(r)
	}
	f.tripP50, f.tripP99 = quantile(trips, 0.5), quantile(trips, 0.99)
	f.appliedP50, f.appliedP99 = quantile(apps, 0.5), quantile(apps, 0.99)
	return f
}
