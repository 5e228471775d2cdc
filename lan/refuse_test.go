package lan

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
)

// events returns how many moves the game holds, read on the loop.
func (rg *rig) events() (n int) {
	rg.do(func() { n = len(rg.h.Session().Current().Events) })
	return n
}

// TestUnauthorisedRequestsAreRefusedBeforeTheUpgrade: a wrong code or key,
// or a page from another site, gets 403 and no WebSocket.
func TestUnauthorisedRequestsAreRefusedBeforeTheUpgrade(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	wrongCode := "AAAA"
	if rg.room.Code() == wrongCode {
		wrongCode = "CCCC"
	}
	for name, tc := range map[string]struct {
		query  string
		header http.Header
	}{
		"no code":      {"", nil},
		"wrong code":   {"c=" + wrongCode, nil},
		"wrong key":    {"k=" + strings.Repeat("x", 43), nil},
		"empty key":    {"k=", nil},
		"other origin": {"c=" + rg.room.Code(), http.Header{"Origin": {"http://evil.example"}}},
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			ws, resp, err := websocket.Dial(ctx, rg.url(tc.query), &websocket.DialOptions{HTTPHeader: tc.header})
			require.Error(t, err)
			if ws != nil {
				ws.CloseNow()
			}
			require.NotNil(t, resp)
			assert.Equal(t, http.StatusForbidden, resp.StatusCode)
		})
	}
	// The code as the room shows it, typed in small letters, is the code.
	p := rg.dial("c=" + strings.ToLower(rg.room.Code()))
	p.send(map[string]any{"t": "hello"})
	p.next("room", nil)
}

// TestBadMessagesChangeNothing: stale, repeated, malformed, unknown,
// seatless and badly-tokened messages are refused or ignored and leave the
// session as it was; an oversized one closes its connection.
func TestBadMessagesChangeNothing(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	p, _, v := rg.joinTeam(0)
	p.send(move(v.Rev, 5, "answer", 1))
	p.view(func(pv PhoneView) bool { return pv.Mine != nil })
	before := rg.events()

	p.send(move(v.Rev, 5, "answer", 2)) // the same id again: ignored
	p.send(move(v.Rev, 4, "answer", 2)) // an older id: ignored
	p.send(move(v.Rev+1, 6, "answer", 2))
	assert.Equal(t, whyStale, p.next("refused", nil).Why)
	p.send(move(v.Rev, 7, "answer", 9))
	assert.Equal(t, whyInvalid, p.next("refused", nil).Why)
	p.send(move(v.Rev, 8, "teleport", 0))
	assert.Equal(t, whyInvalid, p.next("refused", nil).Why)
	p.send(map[string]any{"t": "say", "rev": v.Rev, "text": strings.Repeat("é", maxSay+1)})
	assert.Equal(t, whyInvalid, p.next("refused", nil).Why)
	p.send(map[string]any{"t": "join", "team": 7})
	assert.Equal(t, whyInvalid, p.next("refused", nil).Why)
	for _, bad := range []string{"{not json", `"just a string"`, `{"t":"nonsense"}`, `[]`, ``} {
		require.NoError(t, p.raw([]byte(bad)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, p.ws.Write(ctx, websocket.MessageBinary, []byte(`{"t":"leave"}`)))
	p.send(map[string]any{"t": "vote", "rev": v.Rev, "step": 2}) // a team's phone casts no person's vote
	assert.Equal(t, whyInvalid, p.next("refused", nil).Why)

	// A phone with an unknown token gets the room, no seat; its moves
	// have no team.
	q := rg.dial("c=" + rg.room.Code())
	q.send(map[string]any{"t": "hello", "token": "bm90LWEtdG9rZW4tYXQtYWxs"})
	q.next("room", nil)
	q.send(move(v.Rev, 1, "answer", 0))
	assert.Equal(t, whyInvalid, q.next("refused", nil).Why)

	// An oversized message closes the connection.
	big := `{"t":"say","rev":1,"text":"` + strings.Repeat("a", maxMessage) + `"}`
	require.NoError(t, q.raw([]byte(big)))
	<-q.gone

	st, _ := rg.state()
	assert.Equal(t, before, rg.events(), "nothing was played")
	require.NotNil(t, st.Answers[0])
	assert.Equal(t, 1, st.Answers[0].Choice)
	assert.Equal(t, game.PhaseAnswering, st.Phase)
	// The phone that sent them all is still seated and answers.
	rg.clock.add(time.Second)
	p.send(move(v.Rev, 9, "answer", 0))
	p.view(func(pv PhoneView) bool { return pv.Mine != nil && pv.Mine.Choice == 0 })
}

// TestTheServerServesOnlyItsPages: the phone page at "/", the console page
// only with its key and never kept in a cache, the shared files, and 404
// for everything else, with a policy that allows nothing from elsewhere.
func TestTheServerServesOnlyItsPages(t *testing.T) {
	pages := fstest.MapFS{
		"phone.html":   {Data: []byte("<!doctype html><title>Déclic</title><script>start()</script>")},
		"console.html": {Data: []byte("<!doctype html><title>Animateur</title>")},
		"room.js":      {Data: []byte("function start(){}")},
	}
	rg := newLoop(t, &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)})
	rg.open(Options{Pages: pages})
	base := "http://" + rg.room.ln.Addr().String()
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		var b strings.Builder
		_, err = io.Copy(&b, resp.Body)
		require.NoError(t, err)
		return resp, b.String()
	}
	resp, body := get("/?c=" + rg.room.Code())
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, body, "Déclic")
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	csp := resp.Header.Get("Content-Security-Policy")
	assert.Contains(t, csp, "default-src 'self'")
	assert.Contains(t, csp, "'sha256-", "the page's inline script, by its hash")
	assert.Equal(t, "no-referrer", resp.Header.Get("Referrer-Policy"))
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))

	resp, _ = get("/animateur")
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	resp, _ = get("/animateur?k=" + strings.Repeat("A", 43))
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	resp, body = get("/animateur?k=" + rg.room.key)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, body, "Animateur")
	assert.Equal(t, "no-store", resp.Header.Get("Cache-Control"))
	resp, body = get("/room.js")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "function start(){}", body)
	for _, path := range []string{"/console.html", "/phone.html", "/etc/passwd", "/../go.mod", "/ws/../room.js/x", "/favicon.ico"} {
		resp, _ = get(path)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, path)
	}
	r, err := http.Post(base+"/", "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	r.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, r.StatusCode)

	// Without pages the room serves its WebSocket alone.
	bare := newLoop(t, &clock{t: time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)})
	bare.open(Options{})
	r, err = http.Get("http://" + bare.room.ln.Addr().String() + "/")
	require.NoError(t, err)
	r.Body.Close()
	assert.Equal(t, http.StatusNotFound, r.StatusCode)
}

// TestConsoleFreesASeatAndClosesTheRoom: the console lists the seats
// (never a token), frees one (its phone is told and gets the teams
// again), queues actions for the loop, and closes the room.
func TestConsoleFreesASeatAndClosesTheRoom(t *testing.T) {
	rg := newRig(t, parseDeck(t, twoVerdicts), game.Settings{InOrder: true, Mode: cards.ModeAll}, "Renards", "Hiboux")
	p, s, _ := rg.joinTeam(1)
	con := rg.dial("k=" + rg.room.key)
	m := con.next("console", func(b []byte) bool { cm, _ := consoleOf(t, b); return len(cm.Seats) == 1 })
	assert.NotContains(t, string(m.body), s.Token)
	cm, cg := consoleOf(t, m.body)
	assert.Equal(t, consoleSeat{ID: s.ID, Team: 1, Connected: true, Seen: rg.clock.now()}, cm.Seats[0])
	require.NotNil(t, cg.Secret)
	assert.Equal(t, "Le 3 décembre 1992, chez Vodafone.", cg.Secret.Explanation, "the console holds the whole card")
	assert.Equal(t, "vrai", cg.Secret.Verdict)

	con.send(map[string]any{"t": "act", "act": "next"})
	con.send(map[string]any{"t": "act", "act": "rm -rf"}) // not an action: ignored
	con.send(map[string]any{"t": "act", "act": "undo"})
	var acts []string
	require.Eventually(t, func() bool { acts = append(acts, rg.room.Actions()...); return len(acts) >= 2 }, waitFor, tick)
	assert.Equal(t, []string{"next", "undo"}, acts, "in order, for the loop")
	assert.Empty(t, rg.room.Actions(), "drained")

	con.send(map[string]any{"t": "free", "seat": s.ID})
	p.next("kicked", nil)
	p.next("room", nil)
	p.send(map[string]any{"t": "hello", "token": s.Token})
	p.next("room", nil)

	con.send(map[string]any{"t": "close"})
	p.next("bye", nil)
	require.Eventually(t, rg.room.Closed, waitFor, tick)
	<-p.gone
	require.Eventually(t, func() bool { // the goodbyes said, the server goes down
		_, err := rg.tryDial("c="+rg.room.Code(), nil)
		return err != nil
	}, waitFor, tick, "the room is closed")
}
