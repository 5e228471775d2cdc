package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"declic/cards"
	"declic/decks"
)

// findDeck finds the deck a command names (declic play, declic print): by
// id among lib's, in the player's language first, else by the path of its
// file. It says what is wrong, and returns nil, when it finds none.
func (c *Command) findDeck(lib *cards.Library, name string) *cards.Deck {
	if deck := lib.Find(name, c.tr.Lang()); deck != nil {
		return deck
	}
	if strings.HasSuffix(strings.ToLower(name), ".toml") {
		deck, problems := cards.LoadFile(name)
		for _, p := range problems {
			fmt.Fprintln(c.env.stderr, p.Text(c.tr.Lang()))
		}
		if deck != nil {
			return deck
		}
	}
	fmt.Fprintln(c.env.stderr, c.tr.T("play_no_deck", "Deck", name))
	return nil
}

// library loads the decks a command works on: the paths named, or with none
// the bundled decks, the user's decks, the decks beside the program; and
// every --decks folder in both cases. A family copy's own decks come first,
// and the bundled decks give way to them.
func (c *Command) library(paths []string) *cards.Library {
	var lib cards.Library
	if len(paths) == 0 {
		if c.env.family != nil {
			lib.AddFS(c.env.family, "famille/")
			c.family = lib.Decks[:len(lib.Decks):len(lib.Decks)]
			lib.AddBuiltIn(decks.FS, "bundled/", true)
		} else {
			lib.AddBuiltIn(decks.FS, "bundled/", false)
		}
		if c.env.home != "" { // "" in the browser, which has no files
			lib.AddFolder(filepath.Join(c.env.home, "decks"))
		}
		if c.env.besideProgram != "" {
			lib.AddFolder(c.env.besideProgram)
		}
	}
	for _, p := range paths {
		lib.AddPath(p)
	}
	for _, dir := range c.opts.Decks {
		lib.AddPath(dir)
	}
	return &lib
}
