package cli

import (
	"io"
	"io/fs"
	"os"

	"declic/assets"
	"declic/cards"
)

// Version is set at build time: go build -ldflags "-X declic/internal/cli.Version=…".
var Version = "dev"

// Window opens the game's window for the commands that need one: on the
// title screen (deck "") or on the first card of a new game of deck
// (declic play). It returns the exit status. The game's build (the gui tag)
// gives one, reading what it needs from c; without one, the game is handed
// over to declic-game.
type Window func(c *Command, deck string) int

// Main runs the command line of os.Args and returns the exit status.
func Main(window Window) int {
	attachConsole()
	e := system()
	e.window = window
	return run(os.Args[1:], e)
}

// Browser runs the web build: no command line, the game on its title screen
// in the language getenv gives, with the decks a family page carries.
func Browser(getenv func(string) string, family fs.FS, window Window) int {
	e := env{stdout: os.Stdout, stderr: os.Stderr, getenv: getenv, family: family, window: window}
	c := &Command{env: e, opts: Options{Sound: "on"}, tr: translator(assets.PickLanguage("", getenv))}
	return c.openGame("")
}

// NeedsWindow reports whether the command line args opens the game's
// window: no command, or play. Every other command, and a command line
// that is wrong, only writes its answer.
func NeedsWindow(args []string) bool {
	_, rest, err := parse(args)
	if err != nil {
		return false // run says what is wrong
	}
	return len(rest) == 0 || rest[0] == "play"
}

// Options returns the command's flags.
func (c *Command) Options() Options { return c.opts }

// Tr returns the translator of the command's language.
func (c *Command) Tr() *assets.Translator { return c.tr }

// Speak switches the command to lang, one of assets.Languages (a setting
// saved in the game may differ from the system's language).
func (c *Command) Speak(lang string) { c.tr = translator(lang) }

// Stderr is where the command writes its errors.
func (c *Command) Stderr() io.Writer { return c.env.stderr }

// Home is Déclic's data folder (see dataHome).
func (c *Command) Home() string { return c.env.home }

// HomeNotice returns, in the command's language, the notice saying that
// Déclic's data folder is not the usual one because the system gives none
// (see dataHome), for the game to show on its first screen; "" when it is
// the usual one.
func (c *Command) HomeNotice() string {
	if c.env.homeNotice == "" {
		return ""
	}
	return c.tr.T(c.env.homeNotice, "Path", c.env.home)
}

// Library loads every deck the game offers: the family's, the bundled
// ones, the user's, those beside the program and those of --decks.
func (c *Command) Library() *cards.Library { return c.library(nil) }

// Family returns the decks this copy of the game carries (declic bundle),
// once Library has run.
func (c *Command) Family() []*cards.Deck { return c.family }

// FamilyFS returns the folder of the decks this copy carries, nil for the
// program as built.
func (c *Command) FamilyFS() fs.FS { return c.env.family }

// FindDeck returns the deck named by id or by path, loaded into lib when
// given by path, or nil after saying what is wrong.
func (c *Command) FindDeck(lib *cards.Library, name string) *cards.Deck { return c.findDeck(lib, name) }
