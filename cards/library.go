package cards

import (
	"errors"
	"io/fs"
	"os"
)

// Library is the set of decks a run of Déclic plays from: bundled decks, user
// decks, decks beside the program and decks named on the command line,
// loaded together so that a deck id names one deck (DESIGN.md: "(id,
// language) unique among loaded decks").
type Library struct {
	// Decks holds the valid decks, in the order they were added.
	Decks []*Deck
	// Problems holds every problem found, file by file in the order the
	// files were read.
	Problems Problems
	// Files counts the deck files read, valid or not.
	Files int

	seen map[idLang]*Deck
}

// AddPath loads a deck file, or the decks of a folder, that somebody named:
// a missing path or a folder without decks is a problem.
func (l *Library) AddPath(p string) {
	decks, problems := LoadPath(p)
	l.add(decks, problems)
}

// AddFolder loads the decks of a folder the program looks in by itself (the
// user's decks, the decks beside the program): a folder that does not exist
// or holds no deck is not a problem.
func (l *Library) AddFolder(dir string) {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) || err == nil && !info.IsDir() {
		return
	}
	decks, problems := LoadPath(dir)
	if len(decks) == 0 && len(problems) == 1 && problems[0].id == msgNoDecks {
		return
	}
	l.add(decks, problems)
}

// AddFS loads the decks of a file system, such as the bundled decks.
func (l *Library) AddFS(fsys fs.FS, prefix string) {
	decks, problems := LoadFS(fsys, ".", prefix)
	l.add(decks, problems)
}

// AddBuiltIn loads the decks built into the program (decks/). They are
// checked like any other, but for their pictures, whose headers only are
// read: the program's tests decode them whole (decks/decks_test.go), and
// decoding them at every start would be most of the time it takes, in a
// browser above all. With givingWay, the decks give way to those already
// loaded: one whose id and language are taken is left out, without a
// problem. A family copy of the game (declic bundle) loads its decks of the
// day first, then the built-in decks this way, so that a deck of the day
// replaces the built-in deck it was made from.
func (l *Library) AddBuiltIn(fsys fs.FS, prefix string, givingWay bool) {
	decks, problems := loadFS(fsys, ".", prefix, true)
	if !givingWay {
		l.add(decks, problems)
		return
	}
	kept := decks[:0]
	for _, d := range decks {
		if _, taken := l.seen[idLang{d.ID, d.Language}]; !taken {
			kept = append(kept, d)
		}
	}
	l.add(kept, problems)
}

// Put adds a deck a player has just added (dropped on the window, picked
// in the browser), in place of the deck of the same id and language if
// there is one, which it returns.
func (l *Library) Put(d *Deck) (replaced *Deck) {
	if l.seen == nil {
		l.seen = make(map[idLang]*Deck)
	}
	k := idLang{d.ID, d.Language}
	if old, ok := l.seen[k]; ok {
		for i, x := range l.Decks {
			if x == old {
				l.Decks[i] = d
			}
		}
		l.seen[k] = d
		return old
	}
	l.seen[k] = d
	l.Decks = append(l.Decks, d)
	l.Files++
	return nil
}

func (l *Library) add(decks []*Deck, problems Problems) {
	files := make(map[string]bool)
	for _, d := range decks {
		files[d.Path] = true
	}
	for _, p := range problems {
		if p.id != msgNoDecks {
			files[p.Path] = true
		}
	}
	l.Files += len(files)
	if l.seen == nil {
		l.seen = make(map[idLang]*Deck)
	}
	for _, d := range decks {
		if first, ok := l.seen[idLang{d.ID, d.Language}]; ok {
			problems = append(problems, duplicateDeck(d, first))
			continue
		}
		l.seen[idLang{d.ID, d.Language}] = d
		l.Decks = append(l.Decks, d)
	}
	problems.Sort()
	l.Problems = append(l.Problems, problems...)
}

// Invalid counts the files read that hold an error.
func (l *Library) Invalid() int {
	files := make(map[string]bool)
	for _, p := range l.Problems {
		if p.Severity == Error && p.id != msgNoDecks {
			files[p.Path] = true
		}
	}
	return len(files)
}

// Resolve finds the deck a saved game was played with: the loaded deck of
// exactly that id and language, else the file at the path it was played
// from when that file is still that deck (same id and language: a file
// rewritten as another deck is not it). Nil when neither is. The game and
// the command line find saved games' decks through it alone.
func (l *Library) Resolve(id, language, path string) *Deck {
	for _, d := range l.Decks {
		if d.ID == id && d.Language == language {
			return d
		}
	}
	if path == "" {
		return nil
	}
	if d, _ := LoadFile(path); d != nil && d.ID == id && d.Language == language {
		return d
	}
	return nil
}

// Find returns the deck with the id, preferring the one in the language
// lang when several languages have it; nil when no deck has that id.
func (l *Library) Find(id, lang string) *Deck {
	var found *Deck
	for _, d := range l.Decks {
		if d.ID != id {
			continue
		}
		if d.Language == lang {
			return d
		}
		if found == nil {
			found = d
		}
	}
	return found
}
