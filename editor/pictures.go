package editor

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"declic/cards"
	"declic/internal/safefile"
	"declic/store"
)

// picture serves a picture of a deck, for the page's previews: ?path= the
// deck's file, &image= the picture's path in the deck's folder.
func (s *Server) picture(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	image := q.Get("image")
	if !strings.HasSuffix(q.Get("path"), ".toml") || image == "" || strings.Contains(image, "..") || path.IsAbs(image) {
		s.fail(w, &apiError{http.StatusForbidden, s.say("bad_path")})
		return
	}
	file, err := s.inside(path.Join(path.Dir(q.Get("path")), image))
	if err != nil {
		s.fail(w, err)
		return
	}
	data, err := safefile.ReadFile(file, cards.MaxAssetSize)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ct := http.DetectContentType(data)
	if !strings.HasPrefix(ct, "image/") {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Write(data)
}

var notName = regexp.MustCompile(`[^a-z0-9_-]+`)

// pictureName makes the name of a file the person picked into one the
// deck's folder may hold: lower case, no spaces or accents, its extension
// kept.
func pictureName(name string) string {
	name = strings.ToLower(filepath.Base(strings.ReplaceAll(name, "\\", "/")))
	ext := path.Ext(name)
	stem := strings.Trim(notName.ReplaceAllString(strings.TrimSuffix(name, ext), "-"), "-_")
	if stem == "" {
		stem = "image"
	}
	if len(stem) > 40 {
		stem = stem[:40]
	}
	return stem + ext
}

// upload takes a picture for a deck (?path= the deck's file, &name= the
// file's name), writes it into the deck's img/ folder and lets the rules
// of declic check judge it, as they will judge the deck: a picture they
// refuse is removed, and their message returned.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	deck, err := s.deckFile(q.Get("path"))
	if err != nil {
		s.fail(w, err)
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxPicture))
	if err != nil {
		s.fail(w, &apiError{http.StatusRequestEntityTooLarge, s.say("too_large")})
		return
	}
	name := pictureName(q.Get("name"))
	if !fileName.MatchString(name) {
		s.fail(w, &apiError{http.StatusUnprocessableEntity, s.say("bad_picture")})
		return
	}
	dir := filepath.Dir(deck)
	rel := "img/" + name
	for n := 2; ; n++ {
		old, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil || bytes.Equal(old, data) {
			break
		}
		ext := path.Ext(name)
		rel = "img/" + strings.TrimSuffix(name, ext) + "-" + strconv.Itoa(n) + ext
	}
	deckRel := q.Get("path")
	file, err := s.inside(path.Join(path.Dir(deckRel), rel))
	if err != nil {
		s.fail(w, err)
		return
	}
	if err := store.WriteDeckFile(file, data); err != nil {
		s.fail(w, err)
		return
	}
	if msg := s.judgePicture(dir, rel); msg != "" {
		os.Remove(file)
		s.fail(w, &apiError{http.StatusUnprocessableEntity, msg})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"image": rel})
}

// judgePicture checks a picture in a deck's folder as declic check does;
// "" when the rules take it.
func (s *Server) judgePicture(dir, rel string) string { return s.judgeFile(dir, "image", rel) }

// judgeFile checks a card's picture or sound (key "image" or "sound") in
// a deck's folder as declic check does, through a deck of one card using
// it; "" when the rules take it. The verdict is kept for as long as the
// file keeps its size and time: the page's live checks then read no file
// twice.
func (s *Server) judgeFile(dir, key, rel string) string {
	id := ""
	if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel))); err == nil && !strings.Contains(rel, "..") {
		id = fmt.Sprintf("%s\x00%s\x00%s\x00%d\x00%d", dir, key, rel, info.Size(), info.ModTime().UnixNano())
		s.judgedMu.Lock()
		msg, ok := s.judged[id]
		s.judgedMu.Unlock()
		if ok {
			return msg
		}
	}
	text := fmt.Sprintf("format = 1\n[deck]\nid = \"x\"\ntitle = \"x\"\nlanguage = \"fr\"\n[[card]]\ntype = \"open\"\nquestion = \"x\"\n%s = %q\n", key, rel)
	_, problems := cards.Parse("picture", []byte(text), safefile.Dir(dir))
	msg := ""
	for _, p := range problems {
		if p.Severity == cards.Error {
			msg = p.Message(s.Lang)
			break
		}
	}
	if id != "" {
		s.judgedMu.Lock()
		if s.judged == nil || len(s.judged) > 10000 {
			s.judged = map[string]string{}
		}
		s.judged[id] = msg
		s.judgedMu.Unlock()
	}
	return msg
}
