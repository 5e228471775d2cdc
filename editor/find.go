package editor

import (
	"net/http"
	"path/filepath"
	"strings"

	"declic/cards"
)

// Find returns the deck file a command line names (declic edit DECK), as
// a path inside Dir: a user deck by its id (in lang first), a deck file
// inside Dir by its path, or a bundled deck by its id, copied first into
// Dir as the page's "make my version" does.
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
			return "", &apiError{http.StatusForbidden, s.say("not_in_folder") + " " + s.Dir}
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
