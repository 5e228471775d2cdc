package editor

import (
	"net/http"
	"path/filepath"
	"strings"

	"declic/cards"
	"declic/internal/safefile"
)

// Find returns the deck file a command line names (declic edit DECK), as
// a path inside Dir: a user deck by its id (in lang first), a deck file
// inside Dir by its path, a deck file elsewhere by its path, copied first
// into Dir with its pictures (under its id, or id-2… when taken), or a
// bundled deck by its id, copied first into Dir as the page's "make my
// version" does. A deck file with errors is not copied: its problems are
// the error.
func (s *Server) Find(name, lang string) (string, error) {
	if strings.HasSuffix(strings.ToLower(name), ".toml") {
		abs, err := filepath.Abs(name)
		if err != nil {
			return "", err
		}
		root, _ := filepath.Abs(s.Dir)
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		if r, err := filepath.EvalSymlinks(root); err == nil {
			root = r
		}
		rel, err := filepath.Rel(root, abs)
		if err != nil || strings.HasPrefix(rel, "..") {
			return s.copyFile(abs)
		}
		rel = filepath.ToSlash(rel)
		_, err = s.deckFile(rel)
		return rel, err
	}
	var best *DeckInfo
	for _, d := range s.userDecks() {
		if d.ID == name && (best == nil || d.Language == lang) {
			d := d
			best = &d
		}
	}
	if best != nil {
		return best.Path, nil
	}
	var bundled *cards.Deck
	for _, d := range s.bundledDecks() {
		if d.ID == name && (bundled == nil || d.Language == lang) {
			bundled = d
		}
	}
	if bundled == nil {
		return "", &apiError{http.StatusNotFound, s.say("no_deck") + "\u00a0: " + name}
	}
	return s.copyBundled(bundled.ID, bundled.Language)
}

// copyFile copies a deck file from outside Dir into it; see Find.
func (s *Server) copyFile(file string) (string, error) {
	d, problems := cards.LoadFile(file)
	if d == nil {
		var lines []string
		for _, p := range problems {
			if p.Severity == cards.Error {
				lines = append(lines, p.Text(s.Lang))
			}
		}
		return "", &apiError{http.StatusUnprocessableEntity, strings.Join(lines, "\n")}
	}
	text, err := safefile.ReadFile(file, cards.MaxFileSize)
	if err != nil {
		return "", err
	}
	return s.copyDeck(d, text, s.freeID(d.ID, d.Language), d.Title)
}
