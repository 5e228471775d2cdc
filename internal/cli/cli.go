package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"declic/assets"
	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/printable"
)

// Exit statuses of DESIGN.md.
const (
	ExitOK      = 0
	ExitInvalid = 1 // a deck is invalid, or the command failed
	ExitUsage   = 2 // bad usage
)

// env is what a command reads from the world, passed in so that tests run
// commands without touching the real environment.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	home           string // where Déclic keeps its data (see home.go)
	homeNotice     string // the message key saying home is not the usual folder; "" when it is
	besideProgram  string // the decks/ folder beside the executable; "" if unknown
	program        string // the running executable; "" if unknown
	workDir        string // the current folder; "" if unknown
	// family holds the decks this copy of the game carries (declic
	// bundle): appended to the program, or in the web page; nil for the
	// program as built.
	family fs.FS
	// window opens the game's window; nil in the build without one.
	window Window
	// tools runs import, sheet and edit; nil where the program does not
	// pass them (the game's build before its display opens, the browser).
	tools DeckTools
}

func system() env {
	exe := program()
	wd, _ := os.Getwd()
	home, notice := dataHome(os.Getenv)
	e := env{stdout: printable.NewWriter(os.Stdout), stderr: printable.NewWriter(os.Stderr), getenv: os.Getenv, home: home, homeNotice: notice,
		besideProgram: besideProgram(exe), program: exe, workDir: wd}
	if exe != "" {
		family, err := bundle.Appended(exe)
		if err != nil {
			fmt.Fprintln(e.stderr, "declic:", err)
		}
		e.family = family
	}
	return e
}

// Options holds the flags every command accepts (DESIGN.md's game flags)
// and the play command's own.
type Options struct {
	Decks      []string
	Lang       string
	Fullscreen bool
	Windowed   bool
	Sound      string
	Output     string
	From       string // declic bundle: the page or program to start from

	// ID and Title are declic import's --id and --title: the deck's, in
	// place of what the file's name gives.
	ID, Title string

	Teams   string
	Mode    string
	Cards   int
	InOrder bool
	Seed    int64

	// Salle opens the room on the local network as the game starts
	// (--salle): phones as answer pads, the facilitator's console.
	Salle bool
	// Port is the room's port (--port N, 0 for any free one), when PortSet
	// says it was given; else the room takes its default port.
	Port    int
	PortSet bool
}

type repeated struct{ values *[]string }

func (r repeated) String() string {
	if r.values == nil {
		return ""
	}
	return strings.Join(*r.values, ",")
}
func (r repeated) Set(v string) error { *r.values = append(*r.values, v); return nil }

// errBadPort refuses a --port that is no port number (0 to 65535).
var errBadPort = errors.New("a port is a number from 0 to 65535")

// parse reads flags wherever they stand among the arguments (declic check
// decks/ --lang en works as well as declic --lang en check decks/), and
// returns the other arguments in order.
func parse(args []string) (Options, []string, error) {
	var o Options
	fs := flag.NewFlagSet("declic", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(repeated{&o.Decks}, "decks", "")
	fs.StringVar(&o.Lang, "lang", "", "")
	fs.BoolVar(&o.Fullscreen, "fullscreen", false, "")
	fs.BoolVar(&o.Windowed, "windowed", false, "")
	fs.StringVar(&o.Sound, "sound", "on", "")
	fs.StringVar(&o.Output, "o", "", "")
	fs.StringVar(&o.From, "from", "", "")
	fs.StringVar(&o.ID, "id", "", "")
	fs.StringVar(&o.Title, "title", "", "")
	fs.StringVar(&o.Teams, "teams", "", "")
	fs.StringVar(&o.Mode, "mode", "", "")
	fs.IntVar(&o.Cards, "cards", 0, "")
	fs.BoolVar(&o.InOrder, "in-order", false, "")
	fs.Int64Var(&o.Seed, "seed", 0, "")
	fs.BoolVar(&o.Salle, "salle", false, "")
	fs.Func("port", "", func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 65535 {
			return errBadPort
		}
		o.Port, o.PortSet = n, true
		return nil
	})
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return o, rest, nil
		}
		if args[0] == "--" {
			return o, append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// run runs one command line and returns the exit status. Everything it
// writes passes through printable.NewWriter: the texts it shows come from
// people's files (deck titles, team names, paths), and no control
// character of theirs may reach the terminal.
func run(args []string, e env) int {
	e.stdout, e.stderr = printable.NewWriter(e.stdout), printable.NewWriter(e.stderr)
	o, rest, err := parse(args)
	tr := translator(assets.PickLanguage(o.Lang, e.getenv))
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(e.stdout, tr.T("usage", "Home", e.home))
		return ExitOK
	}
	if err != nil {
		fmt.Fprintln(e.stderr, flagError(tr, err))
		return ExitUsage
	}
	// declic import's --lang is the deck's language, any one (ar, fr-BE):
	// its messages are then in the person's.
	importing := len(rest) > 0 && rest[0] == "import"
	if o.Lang != "" && o.Lang != tr.Lang() && !importing {
		fmt.Fprintln(e.stderr, tr.T("bad_lang", "Value", o.Lang))
		return ExitUsage
	}
	if o.Sound != "on" && o.Sound != "off" {
		fmt.Fprintln(e.stderr, tr.T("bad_sound", "Value", o.Sound))
		return ExitUsage
	}
	command := ""
	if len(rest) > 0 {
		command, rest = rest[0], rest[1:]
	}
	if e.homeNotice != "" && command != "" && command != "play" {
		// The game's window says it on its first screen (HomeNotice).
		fmt.Fprintln(e.stderr, tr.T(e.homeNotice, "Path", e.home))
	}
	c := &Command{env: e, opts: o, tr: tr}
	switch command {
	case "":
		return c.openGame("")
	case "check":
		return c.check(rest)
	case "list":
		return c.list(rest)
	case "version":
		fmt.Fprintln(e.stdout, tr.T("version", "Version", Version))
		return ExitOK
	case "help":
		fmt.Fprintln(e.stdout, tr.T("usage", "Home", e.home))
		return ExitOK
	case "sessions":
		return c.sessions(rest)
	case "export":
		return c.export(rest)
	case "report":
		return c.report(rest)
	case "play":
		if len(rest) != 1 {
			fmt.Fprintln(e.stderr, tr.T("play_usage"))
			return ExitUsage
		}
		return c.openGame(rest[0])
	case "bundle":
		return c.bundle(rest)
	case "sheet", "import", "edit":
		if e.tools == nil {
			fmt.Fprintln(e.stderr, tr.T("tools_missing", "Command", command))
			return ExitInvalid
		}
		switch command {
		case "sheet":
			return e.tools.Sheet(c, rest)
		case "import":
			return e.tools.Import(c, rest)
		}
		return e.tools.Edit(c, rest)
	case "print":
		return c.print(rest)
	default:
		fmt.Fprintln(e.stderr, tr.T("unknown_command", "Command", command))
		return ExitUsage
	}
}

// Command is one command being run.
type Command struct {
	env  env
	opts Options
	tr   *assets.Translator

	// family is, once library has run, the decks of env.family.
	family []*cards.Deck
}

func translator(lang string) *assets.Translator {
	tr, err := assets.NewTranslator(lang)
	if err != nil {
		// The translations are embedded: failing to read them is a broken
		// build, caught by the tests, not a user's mistake.
		panic(err)
	}
	return tr
}

// flagError says in words what the flag package found wrong; its own
// messages are English and name Go's types.
func flagError(tr *assets.Translator, err error) string {
	msg := err.Error()
	name := msg
	if i := strings.LastIndex(msg, ": -"); i >= 0 {
		name = msg[i+2:]
	}
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined"):
		return tr.T("unknown_option", "Option", name)
	case strings.HasPrefix(msg, "flag needs an argument"):
		return tr.T("option_needs_value", "Option", name)
	case strings.HasPrefix(msg, "invalid"):
		// invalid value "x" for flag -cards: parse error
		if f := strings.Fields(msg); len(f) >= 6 {
			return tr.T("option_bad_value", "Option", strings.TrimSuffix(f[5], ":"), "Value", strings.Trim(f[2], `"`))
		}
	}
	return tr.T("bad_option", "Detail", msg)
}
