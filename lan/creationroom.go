package lan

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	_ "image/jpeg" // a phone's picture
	_ "image/png"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"

	"golang.org/x/time/rate"

	"declic/cards"
)

// creationMsg is what a team's phones see of the creation workshop while
// it runs, in place of the game: the form's kind, the verdicts to choose
// from, and the team's own cards (never another team's) with their state.
type creationMsg struct {
	T        string         `json:"t"`
	Kind     cards.Kind     `json:"kind"`
	Verdicts []verdictInfo  `json:"verdicts,omitempty"`
	Closed   bool           `json:"closed,omitempty"`
	Mine     []mineCard     `json:"mine"`
	Limits   map[string]int `json:"limits"`
}

// verdictInfo is a verdict as a button shows it.
type verdictInfo struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// mineCard is a team's card as its phones list it.
type mineCard struct {
	ID      int    `json:"id"`
	Nonce   string `json:"nonce"`
	Text    string `json:"text"`
	State   string `json:"state"`
	Picture bool   `json:"picture"`
}

// consoleCreation is the creation workshop on the console: every card,
// its problems, and the deck written.
type consoleCreation struct {
	Kind     cards.Kind    `json:"kind"`
	Base     string        `json:"base,omitempty"`
	Verdicts []verdictInfo `json:"verdicts,omitempty"`
	Subs     []*submission `json:"subs"`
	Written  []int         `json:"written"`
	Accepted []int         `json:"accepted"`
	Closed   bool          `json:"closed,omitempty"`
	Deck     string        `json:"deck,omitempty"`
	Title    string        `json:"title,omitempty"`
	Problem  string        `json:"problem,omitempty"`
}

// creationLimits are the form's limits, which the phone's page holds its
// fields to.
var creationLimits = map[string]int{
	"claim": maxClaim, "answer": maxClaim, "why": maxWhy, "source": maxSource, "clue": maxClue,
	"clues": maxClues, "side": maxPictureSide, "picture": maxPicture,
}

// Workshop returns what the projector shows of the creation workshop: whether
// one is open, and per team of the live workshop the cards it wrote and
// those accepted (never their text: the cards are to be played).
func (r *Room) Workshop() (open bool, written, accepted []int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.creation == nil {
		return false, nil, nil
	}
	written, accepted = r.creation.counts(len(r.snap.teams))
	return true, written, accepted
}

// NewDecks returns, and forgets, the files of the decks the creation
// workshop wrote since the last call: the game adds them to its decks.
func (r *Room) NewDecks() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	d := r.newDecks
	r.newDecks = nil
	return d
}

// PlayDeck returns, and forgets, the file of the deck the console asked to
// play now ("Jouer ce deck"), "" when none.
func (r *Room) PlayDeck() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.playDeck
	r.playDeck = ""
	return p
}

// handleCreation plays the console's message of the creation workshop:
// act "start" (kind "verdict", "clues" or "deck" for the deck in play),
// "edit" (id, card), "accept", "refuse", "finish" (write the deck),
// "play" (the deck written), "stop".
func (r *Room) handleCreation(c *conn, m in) bool {
	switch m.Act {
	case "start":
		r.startCreation(c, m.Kind)
	case "edit":
		if m.Card == nil {
			return false
		}
		d := *m.Card
		if !d.clean() {
			c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
			return true
		}
		r.mu.Lock()
		cr := r.creation
		var s *submission
		if cr != nil && !cr.closed {
			s = cr.byID(m.ID)
		}
		if s == nil {
			r.mu.Unlock()
			return false
		}
		pic := s.picture
		r.mu.Unlock()
		problems := cr.judge(d, pic)
		r.mu.Lock()
		if r.creation == cr {
			s.Card, s.Problems, s.Edited = d, problems, true
			if s.State == stateAccepted && s.errors() {
				s.State = stateWaiting
			}
		}
		r.creationChanged()
		r.mu.Unlock()
	case "accept", "refuse":
		r.mu.Lock()
		defer r.mu.Unlock()
		cr := r.creation
		if cr == nil || cr.closed {
			return false
		}
		s := cr.byID(m.ID)
		if s == nil {
			return false
		}
		if m.Act == "accept" {
			if s.errors() {
				c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
				return true
			}
			s.State = stateAccepted
		} else {
			s.State = stateRefused
		}
		r.creationChanged()
	case "finish":
		r.finishCreation(c)
	case "play":
		r.mu.Lock()
		if r.creation != nil && r.creation.deck != "" {
			r.playDeck = r.creation.deck
			r.creation = nil // the workshop is over: the phones go back to the game
			r.creationChanged()
		}
		r.mu.Unlock()
		r.h.Wake()
	case "stop":
		r.mu.Lock()
		r.creation = nil
		r.creationChanged()
		r.mu.Unlock()
	default:
		return false
	}
	return true
}

// creationChanged tells every phone and console the workshop changed, and
// the loop (the projector's counts); the room's mutex is held.
func (r *Room) creationChanged() {
	for c := range r.clients {
		c.poke()
	}
	r.h.Wake()
}

// startCreation opens a creation workshop of a kind, or of the deck in play
// (its verdicts, or its riddles). The deck is read on the loop.
func (r *Room) startCreation(c *conn, kind string) {
	r.h.Do(func() {
		cr := &creation{lang: r.o.Lang, started: r.now()}
		switch kind {
		case "verdict":
			cr.kind = cards.KindVerdict
		case "clues":
			cr.kind = cards.KindClues
		case "deck":
			s := r.h.Session()
			if s == nil || s.Current() == nil {
				c.send(encode(refusedMsg{T: "refused", Why: whyClosed}))
				return
			}
			d := s.Current().TheDeck()
			cr.base, cr.lang = d.Title, d.Language
			switch {
			case slices.ContainsFunc(d.Cards, func(c cards.Card) bool { return c.Kind == cards.KindVerdict }):
				cr.kind, cr.verdicts = cards.KindVerdict, slices.Clone(d.Verdicts)
			case slices.ContainsFunc(d.Cards, func(c cards.Card) bool { return len(c.Clues) > 0 }):
				cr.kind = cards.KindClues
			default:
				// Its cards are not a kind a phone's form writes: the
				// facilitator chooses a kind.
				c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
				return
			}
		default:
			c.send(encode(refusedMsg{T: "refused", Why: whyInvalid}))
			return
		}
		if cr.kind == cards.KindVerdict && cr.verdicts == nil {
			cr.verdicts = defaultVerdicts(cr.lang)
		}
		if r.h.Session() == nil || len(r.h.Session().Teams) == 0 {
			c.send(encode(refusedMsg{T: "refused", Why: whyClosed}))
			return
		}
		r.mu.Lock()
		r.creation = cr
		r.creationChanged()
		r.mu.Unlock()
	})
}

// finishCreation writes the deck of the accepted cards into the user's
// folder, checks it as declic check does (cards.LoadFile), and tells the
// game (NewDecks). No more cards are taken.
func (r *Room) finishCreation(c *conn) {
	r.mu.Lock()
	cr := r.creation
	if cr == nil || cr.closed || r.o.Decks == nil {
		r.mu.Unlock()
		c.send(encode(refusedMsg{T: "refused", Why: whyClosed}))
		return
	}
	key, id, title, files, err := cr.deckFiles(r.snap.teams, r.written)
	r.mu.Unlock()
	if err != nil {
		r.failCreation(cr, err)
		return
	}
	dir, err := r.o.Decks.Write(key, files)
	if err != nil {
		r.failCreation(cr, err)
		return
	}
	file := filepath.Join(dir, id+".toml")
	if d, problems := cards.LoadFile(file); d == nil || problems.Errors() > 0 {
		r.failCreation(cr, errors.New(tr(r.o.Lang, "le deck écrit ne passe pas la vérification", "the deck written does not pass the check")))
		return
	}
	r.logf("salle : l'atelier création a écrit %s", "room: the creation workshop wrote %s", file)
	r.mu.Lock()
	if r.creation == cr {
		cr.closed, cr.deck, cr.title, cr.problem = true, file, title, ""
		r.written = append(r.written, id)
		r.newDecks = append(r.newDecks, file)
		r.creationChanged()
	}
	r.mu.Unlock()
}

// failCreation tells the console the deck could not be written.
func (r *Room) failCreation(cr *creation, err error) {
	r.logf("salle : l'atelier création n'a pas écrit son deck : %v", "room: the creation workshop did not write its deck: %v", err)
	r.mu.Lock()
	if r.creation == cr {
		cr.problem = err.Error()
		r.creationChanged()
	}
	r.mu.Unlock()
}

// creationView returns the creation workshop as a team's phones see it;
// the room's mutex is held.
func (r *Room) creationView(team int) []byte {
	cr := r.creation
	cm := creationMsg{T: "creation", Kind: cr.kind, Closed: cr.closed, Mine: []mineCard{}, Limits: creationLimits}
	for _, v := range cr.verdicts {
		cm.Verdicts = append(cm.Verdicts, verdictInfo{v.Key, v.Label})
	}
	for _, s := range cr.subs {
		if s.Team != team {
			continue
		}
		text := s.Card.Claim
		if cr.kind == cards.KindClues {
			text = s.Card.Answer
		}
		cm.Mine = append(cm.Mine, mineCard{ID: s.ID, Nonce: s.nonce, Text: text, State: s.State, Picture: s.picture != nil})
	}
	return encode(cm)
}

// consoleCreationOf returns the creation workshop as the console sees it,
// nil when none runs; the room's mutex is held.
func (r *Room) consoleCreationOf() *consoleCreation {
	cr := r.creation
	if cr == nil {
		return nil
	}
	cc := &consoleCreation{Kind: cr.kind, Base: cr.base, Subs: cr.subs, Closed: cr.closed, Deck: cr.deck, Title: cr.title, Problem: cr.problem}
	if cc.Subs == nil {
		cc.Subs = []*submission{}
	}
	for _, v := range cr.verdicts {
		cc.Verdicts = append(cc.Verdicts, verdictInfo{v.Key, v.Label})
	}
	cc.Written, cc.Accepted = cr.counts(len(r.snap.teams))
	return cc
}

// postCard is a card a phone sends (POST /atelier?c=CODE): its seat's
// token, the phone's own id of the card (a retry after a lost answer is
// not a second card), the card, and its picture as base64 JPEG or PNG.
type postCard struct {
	Token   string `json:"token"`
	Nonce   string `json:"nonce"`
	Card    draft  `json:"card"`
	Picture string `json:"picture"`
}

// postAnswer is the answer to a card sent: its id, or why it was refused.
type postAnswer struct {
	ID  int    `json:"id,omitempty"`
	Why string `json:"why,omitempty"`
}

// serveCard takes a card from a team's phone. It is the one request of the
// room that is not a WebSocket message, because a picture does not fit the
// socket's 2 KB: the room's code and a team seat's token are checked as on
// the socket, the origin must be the room itself, the body is JSON (which a
// foreign page cannot post without asking first) of at most maxPostBody
// bytes, a seat sends at most one card every 3 s (burst 5) and a team
// maxCards in a workshop, and the picture must be one the deck check
// accepts, at most maxPictureSide pixels a side.
func (r *Room) serveCard(w http.ResponseWriter, req *http.Request) {
	answer := func(status int, a postAnswer) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		w.Write(encode(a))
	}
	if req.Method != http.MethodPost {
		answer(http.StatusMethodNotAllowed, postAnswer{Why: whyInvalid})
		return
	}
	if !same(req.URL.Query().Get("c"), r.code) || !sameOrigin(req) {
		answer(http.StatusForbidden, postAnswer{Why: whyInvalid})
		return
	}
	if ct := req.Header.Get("Content-Type"); ct != "application/json" {
		answer(http.StatusUnsupportedMediaType, postAnswer{Why: whyInvalid})
		return
	}
	var p postCard
	dec := json.NewDecoder(http.MaxBytesReader(w, req.Body, maxPostBody))
	if err := dec.Decode(&p); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			answer(http.StatusRequestEntityTooLarge, postAnswer{Why: "too-large"})
			return
		}
		answer(http.StatusBadRequest, postAnswer{Why: whyInvalid})
		return
	}
	r.mu.Lock()
	s := r.seats.find(p.Token)
	cr := r.creation
	switch {
	case s == nil || s.person:
		r.mu.Unlock()
		answer(http.StatusForbidden, postAnswer{Why: whyInvalid})
		return
	case cr == nil || cr.closed:
		r.mu.Unlock()
		answer(http.StatusConflict, postAnswer{Why: whyClosed})
		return
	}
	for _, x := range cr.subs {
		if p.Nonce != "" && x.Seat == s.id && x.nonce == p.Nonce {
			r.mu.Unlock()
			answer(http.StatusOK, postAnswer{ID: x.ID}) // a retry: the card is in
			return
		}
	}
	written, _ := cr.counts(max(s.team+1, len(r.snap.teams)))
	lim := r.posts[s.id]
	if lim == nil {
		lim = rate.NewLimiter(rate.Every(postEvery), postBurst)
		r.posts[s.id] = lim
	}
	if written[s.team] >= maxCards || !lim.AllowN(r.now(), 1) {
		r.mu.Unlock()
		answer(http.StatusTooManyRequests, postAnswer{Why: whyLimit})
		return
	}
	seat, team := s.id, s.team
	r.mu.Unlock()

	d := p.Card
	if !d.clean() || len(p.Nonce) > 64 {
		answer(http.StatusBadRequest, postAnswer{Why: whyInvalid})
		return
	}
	var picture []byte
	if p.Picture != "" {
		b, err := base64.StdEncoding.DecodeString(p.Picture)
		if err != nil || len(b) > maxPicture {
			answer(http.StatusRequestEntityTooLarge, postAnswer{Why: "too-large"})
			return
		}
		if why := pictureWhy(b); why != "" {
			answer(http.StatusBadRequest, postAnswer{Why: why})
			return
		}
		picture = b
	}
	problems := cr.judge(d, picture)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.creation != cr || cr.closed {
		answer(http.StatusConflict, postAnswer{Why: whyClosed})
		return
	}
	if cr.pictures+len(picture) > maxPictures {
		answer(http.StatusRequestEntityTooLarge, postAnswer{Why: "too-large"})
		return
	}
	cr.pictures += len(picture)
	cr.next++
	sub := &submission{ID: cr.next, Seat: seat, Team: team, Card: d, Picture: picture != nil, State: stateWaiting,
		Problems: problems, nonce: p.Nonce, picture: picture}
	cr.subs = append(cr.subs, sub)
	r.creationChanged()
	answer(http.StatusOK, postAnswer{ID: sub.ID})
}

// How often a seat may send a card: one every postEvery, postBurst at once.
const (
	postEvery = 3e9 // 3 s
	postBurst = 5
)

// pictureWhy returns why a phone's picture is refused, "" when it is not:
// a JPEG or PNG the deck check accepts (cards.PictureFits), at most
// maxPictureSide pixels a side.
func pictureWhy(b []byte) string {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || format != "jpeg" && format != "png" || !cards.PictureFits(b) {
		return "picture"
	}
	if cfg.Width > maxPictureSide || cfg.Height > maxPictureSide {
		return "too-large"
	}
	return ""
}

// sameOrigin reports a request sent by a page of the room itself: its
// Origin header names the host it was sent to (a browser always sends it
// with a POST from a script).
func sameOrigin(req *http.Request) bool {
	o := req.Header.Get("Origin")
	if o == "" {
		return false
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == req.Host
}

// servePhoto serves a card's picture to the console (GET
// /atelier/photo?k=KEY&id=N).
func (r *Room) servePhoto(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query()
	if !same(q.Get("k"), r.key) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	id, _ := strconv.Atoi(q.Get("id"))
	r.mu.Lock()
	var pic []byte
	if r.creation != nil {
		if s := r.creation.byID(id); s != nil {
			pic = s.picture
		}
	}
	r.mu.Unlock()
	if pic == nil {
		http.NotFound(w, req)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	_, format, _ := image.DecodeConfig(bytes.NewReader(pic))
	serve(w, req, "photo."+format, pic)
}
