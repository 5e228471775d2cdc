package lan

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
)

// creationRig is a room whose workshop plays a verdict deck with two
// teams, its decks folder a temporary one, a console and a phone a team.
type creationRig struct {
	*rig
	decks    string
	console  *client
	phones   [2]*client
	tokens   [2]string
	verdicts *cards.Deck
}

func newCreationRig(t *testing.T) *creationRig {
	t.Helper()
	d, problems := cards.Parse("tout.toml", []byte(everyKind), nil)
	require.Zero(t, problems.Errors(), problems)
	rg := newLoop(t, &clock{t: time.Date(2026, 12, 2, 16, 5, 0, 0, time.UTC)})
	rg.do(func() {
		_, err := rg.h.NewSession("", game.NewTeams("Renards", "Hiboux"))
		require.NoError(t, err)
		_, err = rg.h.NewGame(d, game.Settings{Mode: cards.ModeAll})
		require.NoError(t, err)
	})
	cr := &creationRig{rig: rg, decks: t.TempDir(), verdicts: d}
	rg.open(Options{Decks: store.FolderShelf{Dir: cr.decks}})
	for team := range 2 {
		p, s, _ := rg.joinTeam(team)
		cr.phones[team], cr.tokens[team] = p, s.Token
	}
	cr.console = rg.dial("k=" + rg.room.key)
	return cr
}

// creationOf waits for a console message whose workshop holds ok.
func (cr *creationRig) creationOf(ok func(*consoleCreation) bool) *consoleCreation {
	cr.t.Helper()
	var cc *consoleCreation
	cr.console.next("console", func(b []byte) bool {
		var cm consoleMsg
		require.NoError(cr.t, json.Unmarshal(b, &cm))
		cc = cm.Creation
		return cc != nil && ok(cc)
	})
	return cc
}

// phoneCreation waits for a creation message on a team's phone for which
// ok holds.
func (cr *creationRig) phoneCreation(team int, ok func(creationMsg) bool) creationMsg {
	cr.t.Helper()
	var cm creationMsg
	cr.phones[team].next("creation", func(b []byte) bool {
		cm = creationMsg{}
		require.NoError(cr.t, json.Unmarshal(b, &cm))
		return ok(cm)
	})
	return cm
}

// post sends a card as a phone's page does; it returns the status and the
// answer.
func (cr *creationRig) post(token, nonce string, card draft, picture []byte, edit func(*http.Request)) (int, postAnswer) {
	cr.t.Helper()
	body := postCard{Token: token, Nonce: nonce, Card: card}
	if picture != nil {
		body.Picture = base64.StdEncoding.EncodeToString(picture)
	}
	return cr.postRaw(encode(body), edit)
}

func (cr *creationRig) postRaw(body []byte, edit func(*http.Request)) (int, postAnswer) {
	cr.t.Helper()
	addr := cr.room.ln.Addr().String()
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/atelier?c="+cr.room.Code(), bytes.NewReader(body))
	require.NoError(cr.t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "http://"+addr)
	if edit != nil {
		edit(req)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(cr.t, err)
	defer resp.Body.Close()
	var a postAnswer
	json.NewDecoder(resp.Body).Decode(&a)
	return resp.StatusCode, a
}

// photo returns a JPEG of w × h pixels.
func photo(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 128, 255})
		}
	}
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, img, &jpeg.Options{Quality: 80}))
	return b.Bytes()
}

// TestCreationWorkshop: two teams write cards on their phones, the console
// sees them with their problems, edits and accepts one, refuses one, cannot
// accept one with an error, writes the deck, which passes the check with
// each card credited to its team, and plays it.
func TestCreationWorkshop(t *testing.T) {
	cr := newCreationRig(t)
	cr.console.send(map[string]any{"t": "create", "act": "start", "kind": "verdict"})
	cr.creationOf(func(cc *consoleCreation) bool { return cc.Kind == cards.KindVerdict })
	form := cr.phoneCreation(0, func(creationMsg) bool { return true })
	assert.Equal(t, []verdictInfo{{"vrai", "Vrai"}, {"faux", "Faux"}, {"trompeur", "Trompeur"}}, form.Verdicts)
	assert.Empty(t, form.Mine)

	pic := photo(t, 64, 48)
	status, a := cr.post(cr.tokens[0], "r1", draft{Claim: "Les chats ont neuf vies.", Verdict: "faux", Why: "Une légende", Source: "https://fr.wikipedia.org/wiki/Chat"}, pic, nil)
	require.Equal(t, http.StatusOK, status)
	renards := a.ID
	status, a = cr.post(cr.tokens[0], "r1", draft{Claim: "Les chats ont neuf vies.", Verdict: "faux"}, pic, nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, renards, a.ID, "a retry of the same card is not a second card")
	_, a = cr.post(cr.tokens[1], "h1", draft{Claim: "La Lune est un fromage.", Verdict: "faux"}, nil, nil)
	hiboux := a.ID
	_, a = cr.post(cr.tokens[1], "h2", draft{Verdict: "vrai", Why: "Parce que."}, nil, nil)
	noClaim := a.ID

	cc := cr.creationOf(func(cc *consoleCreation) bool { return len(cc.Subs) == 3 })
	assert.Equal(t, []int{1, 2}, cc.Written)
	assert.Equal(t, []int{0, 0}, cc.Accepted)
	byID := map[int]*submission{}
	for _, s := range cc.Subs {
		byID[s.ID] = s
	}
	assert.Equal(t, 0, byID[renards].Team)
	assert.True(t, byID[renards].Picture)
	assert.Empty(t, byID[renards].Problems, "a card as check wants it")
	require.Len(t, byID[hiboux].Problems, 1)
	assert.Equal(t, fieldProblem{Field: "why", Text: byID[hiboux].Problems[0].Text}, byID[hiboux].Problems[0], "no explanation: a warning on the why field")
	assert.Contains(t, byID[hiboux].Problems[0].Text, "explanation")
	require.NotEmpty(t, byID[noClaim].Problems)
	assert.True(t, byID[noClaim].Problems[0].Error, "no claim: an error")
	assert.Equal(t, "claim", byID[noClaim].Problems[0].Field)
	assert.Contains(t, byID[noClaim].Problems[0].Text, "claim")

	// The phones see their own team's cards only.
	mine := cr.phoneCreation(1, func(m creationMsg) bool { return len(m.Mine) == 2 })
	assert.Equal(t, "La Lune est un fromage.", mine.Mine[0].Text)
	assert.Equal(t, stateWaiting, mine.Mine[0].State)

	// The console's photo, with its key only.
	resp, err := http.Get("http://" + cr.room.ln.Addr().String() + "/atelier/photo?id=1&k=" + cr.room.key)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "image/jpeg", resp.Header.Get("Content-Type"))
	resp, err = http.Get("http://" + cr.room.ln.Addr().String() + "/atelier/photo?id=1&k=nope")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)

	// An error cannot be accepted; a warning fixed by an edit can.
	cr.console.send(map[string]any{"t": "create", "act": "accept", "id": noClaim})
	cr.console.next("refused", nil)
	cr.console.send(map[string]any{"t": "create", "act": "edit", "id": hiboux, "card": draft{Claim: "La Lune est un fromage.", Verdict: "faux", Why: "C'est une roche."}})
	cc = cr.creationOf(func(cc *consoleCreation) bool {
		for _, s := range cc.Subs {
			if s.ID == hiboux && s.Edited {
				return true
			}
		}
		return false
	})
	cr.console.send(map[string]any{"t": "create", "act": "accept", "id": hiboux})
	cr.console.send(map[string]any{"t": "create", "act": "accept", "id": renards})
	cr.console.send(map[string]any{"t": "create", "act": "refuse", "id": noClaim})
	cc = cr.creationOf(func(cc *consoleCreation) bool { return cc.Accepted[0] == 1 && cc.Accepted[1] == 1 })
	open, written, accepted := cr.room.Workshop()
	assert.True(t, open)
	assert.Equal(t, []int{1, 2}, written)
	assert.Equal(t, []int{1, 1}, accepted)
	mine = cr.phoneCreation(1, func(m creationMsg) bool { return len(m.Mine) == 2 && m.Mine[1].State == stateRefused })
	assert.Equal(t, stateAccepted, mine.Mine[0].State)

	cr.console.send(map[string]any{"t": "create", "act": "finish"})
	cc = cr.creationOf(func(cc *consoleCreation) bool { return cc.Deck != "" || cc.Problem != "" })
	require.Empty(t, cc.Problem)
	assert.Equal(t, filepath.Join(cr.decks, "creation-20261202-1605.fr", "creation-20261202-1605.toml"), cc.Deck)
	assert.Equal(t, "Atelier création — 2 décembre 2026, 16\u00a0h\u00a005", cc.Title)
	assert.Equal(t, []string{cc.Deck}, cr.room.NewDecks())
	assert.Empty(t, cr.room.NewDecks(), "told once")

	d, problems := cards.LoadFile(cc.Deck)
	require.NotNil(t, d, problems)
	assert.Empty(t, problems)
	assert.Equal(t, "creation-20261202-1605", d.ID)
	assert.Equal(t, "Équipes Renards, Hiboux", d.Author)
	require.Len(t, d.Cards, 2)
	assert.Equal(t, "Les chats ont neuf vies.", d.Cards[0].Text)
	assert.Equal(t, "Une légende.\n\nCarte écrite par l'équipe Renards.", d.Cards[0].Explanation)
	assert.Equal(t, "photos/1.jpg", d.Cards[0].Image)
	assert.Equal(t, "C'est une roche.\n\nCarte écrite par l'équipe Hiboux.", d.Cards[1].Explanation)
	kept, err := os.ReadFile(filepath.Join(filepath.Dir(cc.Deck), "photos", "1.jpg"))
	require.NoError(t, err)
	assert.Equal(t, pic, kept)

	// Closed: no more cards; then played, the phones go back to the game.
	status, _ = cr.post(cr.tokens[0], "r2", draft{Claim: "Trop tard.", Verdict: "vrai"}, nil, nil)
	assert.Equal(t, http.StatusConflict, status)
	cr.console.send(map[string]any{"t": "create", "act": "play"})
	cr.phones[0].view(nil)
	require.Eventually(t, func() bool { return cr.room.PlayDeck() == cc.Deck }, waitFor, tick)
	open, _, _ = cr.room.Workshop()
	assert.False(t, open)
}

// TestCreationOnTheDeckInPlay: a riddle deck's workshop writes riddles; a
// riddle's problems land on its fields.
func TestCreationWritesRiddles(t *testing.T) {
	cr := newCreationRig(t)
	cr.console.send(map[string]any{"t": "create", "act": "start", "kind": "clues"})
	cr.phoneCreation(0, func(m creationMsg) bool { return m.Kind == cards.KindClues })
	_, a := cr.post(cr.tokens[0], "x", draft{Answer: "Le Wi-Fi", Clues: []string{"On ne me voit pas.", " ", "Je passe les murs."}, Why: "Des ondes radio."}, nil, nil)
	_, b := cr.post(cr.tokens[1], "y", draft{Answer: "Le Minitel", Clues: []string{"Je suis né en France."}}, nil, nil)
	cc := cr.creationOf(func(cc *consoleCreation) bool { return len(cc.Subs) == 2 })
	assert.Equal(t, []string{"On ne me voit pas.", "Je passe les murs."}, cc.Subs[0].Card.Clues, "empty clues dropped")
	assert.Empty(t, cc.Subs[0].Problems)
	assert.Equal(t, a.ID, cc.Subs[0].ID)
	require.NotEmpty(t, cc.Subs[1].Problems)
	assert.Equal(t, b.ID, cc.Subs[1].ID)
	assert.Equal(t, "clues", cc.Subs[1].Problems[0].Field)
	assert.True(t, cc.Subs[1].Problems[0].Error, "one clue: an error, 2 to 8")

	cr.console.send(map[string]any{"t": "create", "act": "accept", "id": a.ID})
	cr.creationOf(func(cc *consoleCreation) bool { return cc.Accepted[0] == 1 })
	cr.console.send(map[string]any{"t": "create", "act": "finish"})
	cc = cr.creationOf(func(cc *consoleCreation) bool { return cc.Deck != "" })
	d, problems := cards.LoadFile(cc.Deck)
	require.NotNil(t, d, problems)
	assert.Equal(t, cards.KindClues, d.Cards[0].Kind)
	assert.Equal(t, "Le Wi-Fi", d.Cards[0].Answer)
	assert.Equal(t, "Équipes Renards", d.Author)

	// Another workshop in the same minute writes another deck.
	cr.console.send(map[string]any{"t": "create", "act": "start", "kind": "clues"})
	cr.creationOf(func(cc *consoleCreation) bool { return len(cc.Subs) == 0 })
	_, a = cr.post(cr.tokens[1], "z", draft{Answer: "Le Minitel", Clues: []string{"Je suis né en France.", "On m'a éteint en 2012."}}, nil, nil)
	cr.console.send(map[string]any{"t": "create", "act": "accept", "id": a.ID})
	cr.creationOf(func(cc *consoleCreation) bool { return cc.Accepted[1] == 1 })
	cr.console.send(map[string]any{"t": "create", "act": "finish"})
	again := cr.creationOf(func(cc *consoleCreation) bool { return cc.Deck != "" })
	assert.Equal(t, filepath.Join(cr.decks, "creation-20261202-1605-2.fr", "creation-20261202-1605-2.toml"), again.Deck)
	d, problems = cards.LoadFile(cc.Deck)
	require.NotNil(t, d, problems)
	assert.Equal(t, "Le Wi-Fi", d.Cards[0].Answer, "the first deck is as it was")
}

// TestCreationRefusesWhatItMustRefuse: a card sent without the room's code,
// from another origin, not as JSON, with no seat or a person's, while no
// workshop runs, too large, with a picture the check refuses or larger than
// 1280 px, or too often, is refused and changes nothing.
func TestCreationRefusesWhatItMustRefuse(t *testing.T) {
	cr := newCreationRig(t)
	good := draft{Claim: "Une phrase.", Verdict: "vrai", Why: "Oui."}
	status, a := cr.post(cr.tokens[0], "", good, nil, nil)
	assert.Equal(t, http.StatusConflict, status, "no workshop yet")
	assert.Equal(t, whyClosed, a.Why)

	cr.console.send(map[string]any{"t": "create", "act": "start", "kind": "deck"})
	cc := cr.creationOf(func(*consoleCreation) bool { return true })
	assert.Equal(t, cards.KindVerdict, cc.Kind, "the deck in play has verdict cards")
	assert.Equal(t, "Tout", cc.Base)

	person, _ := cr.joinPerson()
	person.send(map[string]any{"t": "hello", "token": ""})
	var personToken string
	{
		p := cr.dial("c=" + cr.room.Code())
		p.send(map[string]any{"t": "join", "person": true})
		var s seatReply
		require.NoError(t, json.Unmarshal(p.next("seat", nil).body, &s))
		personToken = s.Token
	}
	cases := []struct {
		name   string
		token  string
		body   []byte
		pic    []byte
		edit   func(*http.Request)
		status int
	}{
		{"no code", cr.tokens[0], nil, nil, func(r *http.Request) { r.URL.RawQuery = "" }, http.StatusForbidden},
		{"wrong code", cr.tokens[0], nil, nil, func(r *http.Request) { r.URL.RawQuery = "c=AAAA" }, http.StatusForbidden},
		{"no origin", cr.tokens[0], nil, nil, func(r *http.Request) { r.Header.Del("Origin") }, http.StatusForbidden},
		{"another origin", cr.tokens[0], nil, nil, func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }, http.StatusForbidden},
		{"a form", cr.tokens[0], nil, nil, func(r *http.Request) { r.Header.Set("Content-Type", "text/plain") }, http.StatusUnsupportedMediaType},
		{"a GET", cr.tokens[0], nil, nil, func(r *http.Request) { r.Method = http.MethodGet }, http.StatusMethodNotAllowed},
		{"no seat", "", nil, nil, nil, http.StatusForbidden},
		{"a wrong token", strings.Repeat("A", 22), nil, nil, nil, http.StatusForbidden},
		{"a person's seat", personToken, nil, nil, nil, http.StatusForbidden},
		{"not JSON", cr.tokens[0], []byte("{claim"), nil, nil, http.StatusBadRequest},
		{"too large", cr.tokens[0], []byte(`{"picture":"` + strings.Repeat("A", maxPostBody) + `"}`), nil, nil, http.StatusRequestEntityTooLarge},
		{"a claim too long", cr.tokens[0], encode(postCard{Token: cr.tokens[0], Card: draft{Claim: strings.Repeat("é", maxClaim+1), Verdict: "vrai"}}), nil, nil, http.StatusBadRequest},
		{"not a picture", cr.tokens[0], nil, []byte("GIF89a not really"), nil, http.StatusBadRequest},
		{"a picture over 1280 px", cr.tokens[1], nil, photo(t, 1281, 20), nil, http.StatusBadRequest},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var status int
			if c.body != nil {
				status, _ = cr.postRaw(c.body, c.edit)
			} else {
				status, _ = cr.post(c.token, "", good, c.pic, c.edit)
			}
			assert.Equal(t, c.status, status)
		})
	}
	status, _ = cr.post(cr.tokens[1], "", good, photo(t, 1280, 20), nil)
	assert.Equal(t, http.StatusOK, status, "1280 px is within the limit")

	// Five cards at once, then one every 3 s (the refused ones counted).
	cr.clock.add(time.Minute)
	for i := range postBurst {
		status, _ := cr.post(cr.tokens[0], string(rune('a'+i)), good, nil, nil)
		require.Equal(t, http.StatusOK, status, i)
	}
	status, a = cr.post(cr.tokens[0], "z", good, nil, nil)
	assert.Equal(t, http.StatusTooManyRequests, status)
	assert.Equal(t, whyLimit, a.Why)
	cr.clock.add(3 * time.Second)
	status, _ = cr.post(cr.tokens[0], "z", good, nil, nil)
	assert.Equal(t, http.StatusOK, status)

	cc = cr.creationOf(func(cc *consoleCreation) bool { return len(cc.Subs) == postBurst+2 })
	assert.Equal(t, []int{postBurst + 1, 1}, cc.Written, "only the cards let in")

	// A phone cannot drive the workshop.
	cr.phones[0].send(map[string]any{"t": "create", "act": "finish"})
	cr.phones[0].send(map[string]any{"t": "create", "act": "stop"})
	cr.console.send(map[string]any{"t": "create", "act": "refuse", "id": 1})
	cc = cr.creationOf(func(cc *consoleCreation) bool { return cc.Subs[0].State == stateRefused })
	assert.Empty(t, cc.Deck)
	open, _, _ := cr.room.Workshop()
	assert.True(t, open)
}
