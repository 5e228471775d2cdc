package editor

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// deckID is what the deck format allows as an id, and what names a new
// deck's folder.
var deckID = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)

// fileName is what a picture uploaded may be called once cleaned.
var fileName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,60}\.(png|jpg|jpeg|gif|webp)$`)

// inside resolves rel, a slash-separated path the page sent, to a file
// inside Dir, or refuses it: an empty or absolute path, a "..", a hidden
// element, a backslash, or a symbolic link that leads out of Dir (the
// file itself or any folder on its way). The file need not exist.
func (s *Server) inside(rel string) (string, error) {
	bad := &apiError{http.StatusForbidden, s.say("bad_path")}
	if rel == "" || strings.ContainsAny(rel, "\\\x00:") || path.IsAbs(rel) || filepath.IsAbs(rel) || path.Clean(rel) != rel {
		return "", bad
	}
	for _, part := range strings.Split(rel, "/") {
		if part == ".." || part == "." || strings.HasPrefix(part, ".") {
			return "", bad
		}
	}
	root, err := filepath.EvalSymlinks(s.Dir)
	if err != nil {
		return "", bad
	}
	file := filepath.Join(s.Dir, filepath.FromSlash(rel))
	// The deepest part of the path that exists, links resolved, must be
	// within the folder; what does not exist yet will be made in it.
	probe := file
	for {
		real, err := filepath.EvalSymlinks(probe)
		if err == nil {
			if real != root && !strings.HasPrefix(real, root+string(filepath.Separator)) {
				return "", bad
			}
			break
		}
		if _, lerr := os.Lstat(probe); lerr == nil {
			return "", bad // a dangling link
		}
		parent := filepath.Dir(probe)
		if parent == probe {
			return "", bad
		}
		probe = parent
	}
	return file, nil
}

// deckFile resolves the path of a deck file inside Dir: a .toml file.
func (s *Server) deckFile(rel string) (string, error) {
	if !strings.HasSuffix(rel, ".toml") {
		return "", &apiError{http.StatusForbidden, s.say("bad_path")}
	}
	return s.inside(rel)
}
