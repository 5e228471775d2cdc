package editor

import (
	"errors"
	"io/fs"
	"net"
	"net/http"
	"sync"
)

// Local is the editor opened from the game's decks screen: served on the
// loopback address the first time it is opened, for as long as the game
// runs, each deck it saves told to the game so that it plays at once.
type Local struct {
	Dir     string // the user's decks folder
	Bundled fs.FS  // the decks built into the game
	Lang    string // the page's language
	// Wake is called after a deck is saved, from the server's goroutine:
	// the game loop then reads Saved (ebiten.ScheduleFrame).
	Wake func()

	mu    sync.Mutex
	srv   *Server
	ln    net.Listener
	http  *http.Server
	saved chan string
}

// errClosed refuses opening an editor already closed.
var errClosed = errors.New("the editor is closed")

// Open starts the server if it is not running yet and returns the page's
// address, on deck (a path inside Dir) when not "". It does not open the
// browser: the caller does (OpenBrowser), and shows the address should
// the browser not open.
func (l *Local) Open(deck string) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.srv == nil {
		if l.saved != nil {
			return "", errClosed
		}
		srv, err := New(l.Dir, l.Bundled, l.Lang)
		if err != nil {
			return "", err
		}
		ln, err := Listen(0)
		if err != nil {
			return "", err
		}
		l.saved = make(chan string, 64)
		srv.Saved = func(file string) {
			select {
			case l.saved <- file:
			default: // the game reads them every frame: 64 unread is a game not running
			}
			if l.Wake != nil {
				l.Wake()
			}
		}
		l.srv, l.ln = srv, ln
		l.http = &http.Server{Handler: srv.Handler(ln.Addr().String()), MaxHeaderBytes: 16 << 10}
		go l.http.Serve(ln)
	}
	return l.srv.URL(l.ln.Addr().String(), deck), nil
}

// Saved returns the files of the decks the editor saved, in order; nil
// until the editor is opened.
func (l *Local) Saved() <-chan string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.saved
}

// Close stops the server; the editor cannot be opened again.
func (l *Local) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.http == nil {
		return nil
	}
	err := l.http.Close()
	l.http, l.srv = nil, nil
	return err
}
