package editor

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"declic/cards"
	"declic/internal/safefile"
	"declic/store"
)

// DeckInfo is one deck of the list the page starts on.
type DeckInfo struct {
	Path     string `json:"path,omitempty"` // a user deck's file, inside Dir
	ID       string `json:"id"`
	Language string `json:"language"`
	Title    string `json:"title"`
	Cards    int    `json:"cards"`
	Problem  string `json:"problem,omitempty"` // why a user deck cannot be opened
}

// userDecks lists the deck files of Dir, valid or not, in path order.
func (s *Server) userDecks() []DeckInfo {
	var out []DeckInfo
	filepath.WalkDir(s.Dir, func(file string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if strings.HasPrefix(e.Name(), ".") && file != s.Dir {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() || !strings.HasSuffix(strings.ToLower(e.Name()), ".toml") {
			return nil
		}
		rel, err := filepath.Rel(s.Dir, file)
		if err != nil {
			return nil
		}
		info := DeckInfo{Path: filepath.ToSlash(rel)}
		d, problems := cards.LoadFile(file)
		if d == nil {
			info.Title = info.Path
			for _, p := range problems {
				if p.Severity == cards.Error {
					info.Problem = p.Message(s.Lang)
					break
				}
			}
		} else {
			info.ID, info.Language, info.Title, info.Cards = d.ID, d.Language, d.Title, len(d.Cards)
		}
		out = append(out, info)
		return nil
	})
	return out
}

// bundledDecks returns the bundled decks, read once: they do not change
// while the editor runs.
func (s *Server) bundledDecks() []*cards.Deck {
	s.bundledOnce.Do(func() {
		if s.Bundled != nil {
			// As the game reads them: their pictures' headers only,
			// which the program's tests decode whole.
			var lib cards.Library
			lib.AddBuiltIn(s.Bundled, "bundled/", false)
			s.bundled = lib.Decks
		}
	})
	return s.bundled
}

// userIDs returns the ids of the user's decks of a language, their files
// read without their pictures.
func (s *Server) userIDs(language string) map[string]bool {
	ids := map[string]bool{}
	filepath.WalkDir(s.Dir, func(file string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(strings.ToLower(e.Name()), ".toml") {
			return nil
		}
		if src, err := safefile.ReadFile(file, cards.MaxFileSize); err == nil {
			if d, _ := cards.Parse(file, src, nil); d != nil && d.Language == language {
				ids[d.ID] = true
			}
		}
		return nil
	})
	return ids
}

func (s *Server) listDecks(w http.ResponseWriter, r *http.Request) {
	list := struct {
		User    []DeckInfo `json:"user"`
		Bundled []DeckInfo `json:"bundled"`
		Lang    string     `json:"lang"`
	}{User: s.userDecks(), Bundled: []DeckInfo{}, Lang: s.Lang}
	if list.User == nil {
		list.User = []DeckInfo{}
	}
	for _, d := range s.bundledDecks() {
		list.Bundled = append(list.Bundled, DeckInfo{ID: d.ID, Language: d.Language, Title: d.Title, Cards: len(d.Cards)})
	}
	sort.SliceStable(list.Bundled, func(i, j int) bool {
		// The person's language first.
		return list.Bundled[i].Language == s.Lang && list.Bundled[j].Language != s.Lang
	})
	writeJSON(w, http.StatusOK, list)
}

// opened is what the page gets when it opens a deck.
type opened struct {
	Path string `json:"path"`
	Form *Form  `json:"form"`
	New  bool   `json:"new,omitempty"`
}

func (s *Server) open(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Path    string `json:"path"`
		Bundled *struct {
			ID       string `json:"id"`
			Language string `json:"language"`
		} `json:"bundled"`
	}
	if err := s.readJSON(w, r, &req); err != nil {
		s.fail(w, err)
		return
	}
	if req.Bundled != nil {
		rel, err := s.copyBundled(req.Bundled.ID, req.Bundled.Language)
		if err != nil {
			s.fail(w, err)
			return
		}
		req.Path = rel
	}
	res, err := s.openDeck(req.Path)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// openDeck reads a user deck into its form.
func (s *Server) openDeck(rel string) (*opened, error) {
	file, err := s.deckFile(rel)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(file); err != nil {
		return nil, &apiError{http.StatusNotFound, s.say("no_deck")}
	}
	d, problems := cards.LoadFile(file)
	if d == nil {
		msg := s.say("unreadable")
		for _, p := range problems {
			if p.Severity == cards.Error {
				msg += "\u00a0: " + p.Text(s.Lang)
				break
			}
		}
		return nil, &apiError{http.StatusUnprocessableEntity, msg}
	}
	return &opened{Path: rel, Form: FormOf(d)}, nil
}

// copyBundled copies a bundled deck, with its pictures and sounds, into a
// folder of its own in Dir and returns its file. The copy gets an id of its
// own (infox-copie): cards.Library loads the bundled decks first and
// refuses a second deck of the same id and language, so a copy under the
// same id would be left out of the game, with an error in declic check.
func (s *Server) copyBundled(id, language string) (string, error) {
	var d *cards.Deck
	for _, b := range s.bundledDecks() {
		if b.ID == id && b.Language == language {
			d = b
		}
	}
	if d == nil {
		return "", &apiError{http.StatusNotFound, s.say("no_deck")}
	}
	suffix := "-copie"
	if language == "en" {
		suffix = "-copy"
	}
	text, err := fs.ReadFile(s.Bundled, strings.TrimPrefix(d.Path, "bundled/"))
	if err != nil {
		return "", err
	}
	return s.copyDeck(d, text, s.freeID(id+suffix, language), fmt.Sprintf(s.say("copy_title"), d.Title))
}

// copyDeck writes a loaded deck (text, its file's text, whose comments
// are kept) into a folder of its own in Dir, with its pictures and sounds,
// under id and title, and returns its file.
func (s *Server) copyDeck(d *cards.Deck, text []byte, id, title string) (string, error) {
	folder := id + "." + d.Language
	rel := folder + "/" + path.Base(filepath.ToSlash(d.Path))
	file, err := s.deckFile(rel)
	if err != nil {
		return "", err
	}
	for _, c := range d.Cards {
		for _, f := range []string{c.Image, c.Sound} {
			if f == "" {
				continue
			}
			data, err := safefile.ReadFS(d.Assets, f, cards.MaxAssetSize)
			if err != nil {
				return "", err
			}
			if err := store.WriteDeckFile(filepath.Join(s.Dir, folder, filepath.FromSlash(f)), data); err != nil {
				return "", err
			}
		}
	}
	form := FormOf(d)
	form.Deck["id"] = id
	form.Deck["title"] = title
	c := check(form, text, file, safefile.Dir(filepath.Dir(file)), s.Lang, nil, nil)
	if c.Errors > 0 {
		return "", fmt.Errorf("copying %s: %s", d.Path, c.Faults[0].Message)
	}
	if err := store.WriteDeckFile(file, c.Text); err != nil {
		return "", err
	}
	return rel, nil
}

// others returns the decks the game loads beside the deck in file: the
// bundled decks, then the user's other decks (read without their
// pictures, each once per version of its file).
func (s *Server) others(file string) []*cards.Deck {
	out := append([]*cards.Deck(nil), s.bundledDecks()...)
	s.lightMu.Lock()
	defer s.lightMu.Unlock()
	if s.light == nil {
		s.light = map[string]lightDeck{}
	}
	filepath.WalkDir(s.Dir, func(f string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || f == file || strings.HasPrefix(e.Name(), ".") || !strings.HasSuffix(strings.ToLower(e.Name()), ".toml") {
			return nil
		}
		info, err := e.Info()
		if err != nil {
			return nil
		}
		l, ok := s.light[f]
		if !ok || l.size != info.Size() || !l.time.Equal(info.ModTime()) {
			l = lightDeck{size: info.Size(), time: info.ModTime()}
			if src, err := safefile.ReadFile(f, cards.MaxFileSize); err == nil {
				l.deck, _ = cards.Parse(f, src, nil)
			}
			s.light[f] = l
		}
		if l.deck != nil {
			out = append(out, l.deck)
		}
		return nil
	})
	return out
}

// lightDeck is a user deck as others read it.
type lightDeck struct {
	size int64
	time time.Time
	deck *cards.Deck
}

// freeID returns id, or id-2, id-3…, the first that names no deck of
// that language, bundled or the user's, and no folder in Dir.
func (s *Server) freeID(id, language string) string {
	taken := s.userIDs(language)
	for _, d := range s.bundledDecks() {
		if d.Language == language {
			taken[d.ID] = true
		}
	}
	free := func(c string) bool {
		_, err := os.Lstat(filepath.Join(s.Dir, c+"."+language))
		return !taken[c] && errors.Is(err, fs.ErrNotExist)
	}
	if free(id) {
		return id
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s-%d", id, n); free(c) {
			return c
		}
	}
}

// baseID is the id of a new deck before it has a title of its own.
func baseID(lang string) string {
	if lang == "en" {
		return "my-deck"
	}
	return "mon-deck"
}

// idFor answers /api/id {title, language}: the id a new deck's title
// makes (slug, free among the decks of that language, see freeID) and
// the deck file it names, {id, path}. The page asks it while the person
// has typed no id of their own.
func (s *Server) idFor(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Title    string `json:"title"`
		Language string `json:"language"`
	}
	if err := s.readJSON(w, r, &req); err != nil {
		s.fail(w, err)
		return
	}
	lang := req.Language
	if lang != "en" {
		lang = "fr"
	}
	base := cards.IDOf(req.Title)
	if base == "" {
		base = baseID(lang)
	}
	id := s.freeID(base, lang)
	writeJSON(w, http.StatusOK, map[string]string{"id": id, "path": id + "." + lang + "/" + id + ".toml"})
}

func (s *Server) newDeck(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Language string `json:"language"`
	}
	if err := s.readJSON(w, r, &req); err != nil {
		s.fail(w, err)
		return
	}
	lang := req.Language
	if lang != "en" {
		lang = "fr"
	}
	id := s.freeID(baseID(lang), lang)
	form := &Form{
		Deck:      map[string]any{"id": id, "title": s.say("new_title"), "language": lang},
		Defaults:  map[string]any{},
		Verdicts:  defaultVerdicts(lang),
		Questions: []Question{},
		Cards:     []map[string]any{},
	}
	writeJSON(w, http.StatusOK, &opened{Path: id + "." + lang + "/" + id + ".toml", Form: form, New: true})
}

// edited is a form the page sends, with the deck file it is for.
type edited struct {
	Path         string `json:"path"`
	Form         *Form  `json:"form"`
	DropComments bool   `json:"dropComments"`
}

// checkedReply is what /api/check and /api/save answer.
type checkedReply struct {
	Saved  bool    `json:"saved"`
	File   string  `json:"file,omitempty"` // where it was saved, for the person
	Errors int     `json:"errors"`
	Faults []Fault `json:"faults"`
	Lost   []Lost  `json:"lost"`
}

// checkEdited checks the form a request sends; live is the page's check
// as the person types (see check), else every picture is read.
func (s *Server) checkEdited(w http.ResponseWriter, r *http.Request, live bool) (string, checked, error) {
	var req edited
	if err := s.readJSON(w, r, &req); err != nil {
		return "", checked{}, err
	}
	if req.Form == nil {
		return "", checked{}, &apiError{http.StatusBadRequest, s.say("bad_request")}
	}
	file, err := s.deckFile(req.Path)
	if err != nil {
		return "", checked{}, err
	}
	old, err := safefile.ReadFile(file, cards.MaxFileSize)
	if err != nil {
		old = nil
	}
	dir := filepath.Dir(file)
	var files fileJudge
	if live {
		files = func(key, rel string) string { return s.judgeFile(dir, key, rel) }
	}
	c := check(req.Form, old, file, safefile.Dir(dir), s.Lang, files, s.others(file))
	if req.DropComments {
		c.Lost = nil
	}
	return file, c, nil
}

func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	_, c, err := s.checkEdited(w, r, true)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, reply(c, false, ""))
}

func reply(c checked, saved bool, file string) checkedReply {
	out := checkedReply{Saved: saved, File: file, Errors: c.Errors, Faults: c.Faults, Lost: c.Lost}
	if out.Lost == nil {
		out.Lost = []Lost{}
	}
	return out
}

// save writes the deck when the rules find no error in it and, unless the
// person said so, when no comment of the file on disk would be lost: a
// deck saved by the editor is always one the game plays.
func (s *Server) save(w http.ResponseWriter, r *http.Request) {
	file, c, err := s.checkEdited(w, r, false)
	if err != nil {
		s.fail(w, err)
		return
	}
	if c.Errors > 0 || len(c.Lost) > 0 {
		writeJSON(w, http.StatusOK, reply(c, false, ""))
		return
	}
	if err := store.WriteDeckFile(file, c.Text); err != nil {
		s.fail(w, err)
		return
	}
	if s.Saved != nil {
		s.Saved(file)
	}
	writeJSON(w, http.StatusOK, reply(c, true, file))
}
