package editor

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"declic/cards"
)

// Request size limits: a deck of 10,000 cards is about 2 MB of TOML, a
// little more as the page's JSON; a picture may be as large as the rules
// read (cards.MaxAssetSize) but a facilitator's photo is a few MB.
const (
	maxJSON    = 8 << 20
	maxPicture = 16 << 20
)

// Server is the editor's HTTP server: the page and its API, for one
// person on this computer. Everything it reads and writes is inside Dir.
type Server struct {
	// Dir is the user's decks folder ($DECLIC_HOME/decks), which the
	// game loads at every start.
	Dir string
	// Bundled holds the decks built into the game (decks.FS), which
	// the editor copies into Dir before editing them.
	Bundled fs.FS
	// Lang is the language of the page and its messages: "fr" or "en".
	Lang string
	// Saved, when set, is told the file of every deck saved, from the
	// request's goroutine, once it is on disk.
	Saved func(file string)

	token       string
	bundledOnce sync.Once
	bundled     []*cards.Deck
	judgedMu    sync.Mutex
	judged      map[string]string // judgeFile's verdicts, by file version
	lightMu     sync.Mutex
	light       map[string]lightDeck // the user's decks as others read them, by file
	hosts       map[string]bool      // the Host headers accepted: 127.0.0.1:PORT, localhost:PORT
}

// New returns a server for the decks of dir, with a fresh random token
// of 128 bits that every request for data must carry.
func New(dir string, bundled fs.FS, lang string) (*Server, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if lang != "en" {
		lang = "fr"
	}
	return &Server{Dir: dir, Bundled: bundled, Lang: lang, token: hex.EncodeToString(b)}, nil
}

// Listen opens the server's socket on the loopback address, port 0 for
// any free one. Nothing on the network can reach it.
func Listen(port int) (net.Listener, error) {
	return net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
}

// URL returns the page's address for the server listening on addr (as
// net.Listener.Addr gives it), with the token; deck, when not "", names a
// deck to open at once (its path inside Dir).
func (s *Server) URL(addr string, deck string) string {
	page := "http://" + addr + "/?t=" + s.token
	if deck != "" {
		page += "&deck=" + url.QueryEscape(deck)
	}
	return page
}

// Handler returns the server's handler for requests that come to addr
// (127.0.0.1:PORT). It refuses, before anything else, a request whose
// Host header is not the loopback address at that port (a web page of
// another site reaching it through DNS rebinding), then any request for
// data without the token, and any request that changes something (POST)
// whose Origin is not the page's own.
func (s *Server) Handler(addr string) http.Handler {
	_, port, _ := net.SplitHostPort(addr)
	s.hosts = map[string]bool{"127.0.0.1:" + port: true, "localhost:" + port: true}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /static/{name}", s.static)
	mux.HandleFunc("GET /api/decks", s.listDecks)
	mux.HandleFunc("GET /api/picture", s.picture)
	mux.HandleFunc("POST /api/open", s.open)
	mux.HandleFunc("POST /api/new", s.newDeck)
	mux.HandleFunc("POST /api/id", s.idFor)
	mux.HandleFunc("POST /api/check", s.check)
	mux.HandleFunc("POST /api/save", s.save)
	mux.HandleFunc("POST /api/picture", s.upload)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer") // the token is in the page's address
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; "+
			"base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
		if !s.hosts[r.Host] {
			http.Error(w, "wrong host", http.StatusMisdirectedRequest)
			return
		}
		if !strings.HasPrefix(r.URL.Path, "/static/") && !s.tokenOK(r) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !s.sameOrigin(r) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// tokenOK reports whether the request carries the token: in the header
// the page's script sends, or in the address (the page, its pictures).
func (s *Server) tokenOK(r *http.Request) bool {
	given := r.Header.Get("X-Declic-Token")
	if given == "" {
		given = r.URL.Query().Get("t")
	}
	return given != "" && subtle.ConstantTimeCompare([]byte(given), []byte(s.token)) == 1
}

// sameOrigin reports whether a request comes from the editor's own page:
// its Origin is the server's, at the Host it was sent to (already known
// to be the loopback address), and the browser does not say otherwise.
func (s *Server) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return false
	}
	return r.Header.Get("Origin") == "http://"+r.Host
}

// apiError is an error the page shows: Message in the person's language.
type apiError struct {
	status  int
	Message string `json:"error"`
}

func (e *apiError) Error() string { return e.Message }

func (s *Server) fail(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{status: http.StatusInternalServerError, Message: s.say("failed") + " (" + err.Error() + ")"}
	}
	writeJSON(w, ae.status, ae)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// readJSON reads a request's body, within maxJSON, into v.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return &apiError{http.StatusUnsupportedMediaType, s.say("bad_request")}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxJSON))
	if err != nil {
		return &apiError{http.StatusRequestEntityTooLarge, s.say("too_large")}
	}
	if err := json.Unmarshal(body, v); err != nil {
		return &apiError{http.StatusBadRequest, s.say("bad_request")}
	}
	return nil
}
