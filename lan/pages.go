package lan

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"

	"github.com/coder/websocket"
)

// pages are the files the room serves, read once from Options.Pages:
// nothing is read from the file system while the room is open.
type pages struct {
	phone, console []byte
	// files are the other files at the top of Pages (a shared script or
	// style sheet, an icon), by name.
	files map[string][]byte
	// inline are the CSP sources of the pages' inline scripts and styles
	// ('sha256-…'), so that a page may hold its script without the policy
	// allowing any other.
	scripts, styles []string
}

// inlineScript and inlineStyle find a page's inline script and style
// elements, whose contents the policy allows by their hash.
var (
	inlineScript = regexp.MustCompile(`(?is)<script(?:\s[^>]*)?>(.*?)</script>`)
	inlineStyle  = regexp.MustCompile(`(?is)<style(?:\s[^>]*)?>(.*?)</style>`)
)

// newPages reads the pages of fsys; nil holds none.
func newPages(fsys fs.FS) (*pages, error) {
	p := &pages{files: map[string][]byte{}}
	if fsys == nil {
		return p, nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("reading the room's pages: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || path.Ext(e.Name()) == ".go" {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("reading the room's page %s: %w", e.Name(), err)
		}
		switch e.Name() {
		case "phone.html":
			p.phone = b
		case "console.html":
			p.console = b
		default:
			p.files[e.Name()] = b
			continue
		}
		p.scripts = append(p.scripts, hashes(inlineScript, b)...)
		p.styles = append(p.styles, hashes(inlineStyle, b)...)
	}
	return p, nil
}

// hashes returns the CSP hash sources of the elements re finds in page.
func hashes(re *regexp.Regexp, page []byte) []string {
	var out []string
	for _, m := range re.FindAllSubmatch(page, -1) {
		if len(m[1]) == 0 {
			continue
		}
		sum := sha256.Sum256(m[1])
		out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	return out
}

// policy returns the Content-Security-Policy of the pages: nothing but the
// room itself (no CDN, no font, no request elsewhere), the inline scripts
// and styles of the pages by hash, no frame around them.
func (p *pages) policy(wsHost string) string {
	connect := "'self'"
	if wsHost != "" {
		connect += " ws://" + wsHost
	}
	return "default-src 'self'; script-src 'self' " + strings.Join(p.scripts, " ") +
		"; style-src 'self' " + strings.Join(p.styles, " ") +
		"; img-src 'self' data:; connect-src " + connect +
		"; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

// hostPattern is a Host header as a phone sends it: a name or address
// and a port, nothing to inject into a header.
var hostPattern = regexp.MustCompile(`^[A-Za-z0-9.\-\[\]:]{1,100}$`)

// handler returns the room's HTTP handler: the phone page at "/", the
// console page at "/animateur" with the key, their shared files, and the
// WebSocket at /ws; nothing else (no file system behind it).
func (r *Room) handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer") // the console's key is in its address
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		switch req.URL.Path {
		case "/atelier":
			r.serveCard(w, req)
			return
		case "/atelier/photo":
			if req.Method == http.MethodGet {
				r.servePhoto(w, req)
				return
			}
		}
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if req.URL.Path == "/ws" {
			r.serveWS(w, req)
			return
		}
		wsHost := ""
		if hostPattern.MatchString(req.Host) {
			wsHost = req.Host
		}
		h.Set("Content-Security-Policy", r.pages.policy(wsHost))
		switch name := strings.TrimPrefix(req.URL.Path, "/"); {
		case name == "" && r.pages.phone != nil:
			h.Set("Cache-Control", "no-cache")
			serve(w, req, "phone.html", r.pages.phone)
		case name == "animateur" && r.pages.console != nil:
			if !same(req.URL.Query().Get("k"), r.key) {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			h.Set("Cache-Control", "no-store")
			serve(w, req, "console.html", r.pages.console)
		case r.pages.files[name] != nil:
			h.Set("Cache-Control", "no-cache")
			serve(w, req, name, r.pages.files[name])
		default:
			http.NotFound(w, req)
		}
	})
}

// serve writes one file.
func serve(w http.ResponseWriter, req *http.Request, name string, body []byte) {
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	if req.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// same compares a secret given with the room's in constant time.
func same(given, secret string) bool {
	return given != "" && subtle.ConstantTimeCompare([]byte(given), []byte(secret)) == 1
}

// serveWS upgrades a phone's (?c=CODE) or the console's (?k=KEY) request
// to the room's WebSocket, once the code or key is checked: a wrong one is
// refused with 403 before the upgrade. The origin is checked by
// coder/websocket (the page must come from the room itself).
func (r *Room) serveWS(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query()
	console := q.Has("k")
	if console && !same(q.Get("k"), r.key) || !console && !same(strings.ToUpper(q.Get("c")), r.code) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if r.count.Add(1) > maxConns {
		r.count.Add(-1)
		http.Error(w, "the room is full", http.StatusServiceUnavailable)
		return
	}
	defer r.count.Add(-1)
	ws, err := websocket.Accept(w, req, nil)
	if err != nil {
		return // Accept answered (a foreign origin: 403)
	}
	ws.SetReadLimit(maxMessage)
	if console {
		// The console edits a card of the creation workshop whole: its
		// key is 256 bits, and a card's fields take more than 2 KB.
		ws.SetReadLimit(maxConsoleMessage)
	}
	c := newConn(r, ws, console)
	r.mu.Lock()
	if r.shut {
		r.mu.Unlock()
		ws.Close(websocket.StatusGoingAway, "closed")
		return
	}
	r.clients[c] = true
	r.wg.Add(1)
	r.mu.Unlock()
	defer r.wg.Done()
	go c.write()
	if console {
		c.poke()
		r.mu.Lock()
		r.pokeConsoles()
		r.mu.Unlock()
	}
	c.read()
	c.close()
	<-c.done
	r.mu.Lock()
	delete(r.clients, c)
	r.detach(c)
	r.pokeConsoles()
	r.mu.Unlock()
	r.save()
	r.h.Wake()
}
