package cli

import (
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"

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

// DeckTools runs the commands that make decks: declic import and declic
// sheet (spreadsheets, with package workbook) and declic edit (the editor,
// a web server). They are passed in by the program (cmd/declic) rather
// than imported here: they link excelize and net/http, whose
// initialisation Go runs after Ebitengine's (in the order of import
// paths), and the game's build runs the commands that need no window
// before Ebitengine starts (package internal/cli/headless), which must not
// wait for them.
type DeckTools interface {
	Import(c *Command, args []string) int
	Sheet(c *Command, args []string) int
	Edit(c *Command, args []string) int
}

// Main runs the command line of os.Args and returns the exit status. window
// and tools are nil in builds without them.
func Main(window Window, tools DeckTools) int {
	attachConsole()
	e := system()
	e.window, e.tools = window, tools
	return run(os.Args[1:], e)
}

// World is what Run gives a command line instead of the process's own
// streams, environment and data folder.
type World struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Home           string // Déclic's data folder
	Window         Window
	DeckTools      DeckTools
}

// Run runs the command line args in w and returns the exit status: for the
// tests of the commands that live in other packages (DeckTools).
func Run(args []string, w World) int {
	e := env{stdout: w.Stdout, stderr: w.Stderr, getenv: w.Getenv, home: w.Home, window: w.Window, tools: w.DeckTools}
	return run(args, e)
}

// Browser runs the web build: no command line, the game on its title screen
// in the language getenv gives, with the decks a family page carries. query
// is the page address's query (location.search, "?" or not): its seed
// (?seed=42) is the desktop's --seed (see PageOptions); a wrong one is said
// on stderr (the browser's console) and the game draws at random.
func Browser(getenv func(string) string, query string, family fs.FS, window Window) int {
	e := env{stdout: os.Stdout, stderr: os.Stderr, getenv: getenv, family: family, window: window}
	c := &Command{env: e, opts: Options{Sound: "on"}, tr: translator(assets.PickLanguage("", getenv))}
	o, err := PageOptions(query)
	if err != nil {
		fmt.Fprintln(e.stderr, c.tr.T("option_bad_value", "Option", "seed", "Value", o.bad))
	}
	c.opts.Seed = o.Seed
	return c.openGame("")
}

// PageOptions reads the options of the web build from the query of its
// page's address, with or without its "?": seed=N is the desktop's
// --seed N, every game drawn with that seed so that its deck order is
// known (0 or none: at random). Other parameters are left alone. A seed
// that is not an integer is an error wrapping strconv.ErrSyntax or
// strconv.ErrRange, and Seed is 0.
func PageOptions(query string) (PageOpts, error) {
	// ParseQuery keeps the parameters it could read: one badly escaped
	// spoils none of the others.
	q, _ := url.ParseQuery(strings.TrimPrefix(query, "?"))
	v := q.Get("seed")
	if v == "" {
		return PageOpts{}, nil
	}
	seed, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return PageOpts{bad: v}, fmt.Errorf("reading the page's seed: %w", err)
	}
	return PageOpts{Seed: seed}, nil
}

// PageOpts are the options the web build's page address gives.
type PageOpts struct {
	// Seed is the seed of every game's draw, 0 for a random one.
	Seed int64
	bad  string // the seed given, when it is wrong
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

// Stdout is where the command writes its answers (the room's addresses).
func (c *Command) Stdout() io.Writer { return c.env.stdout }

// Stderr is where the command writes its errors.
func (c *Command) Stderr() io.Writer { return c.env.stderr }

// Unwritable says, in the command's language, why path could not be
// written: the disk is full, permission is refused, or key's message.
func (c *Command) Unwritable(key, path string, err error) string { return c.unwritable(key, path, err) }

// Getenv reads the command's environment.
func (c *Command) Getenv(key string) string { return c.env.getenv(key) }

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
