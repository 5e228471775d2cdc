package cards

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"declic/internal/safefile"
	"declic/internal/tomlguard"
)

// MaxFileSize is the largest deck file read, far above any real deck (a
// 10,000-card deck is about 2 MB): a bigger file is refused unread.
const MaxFileSize = 16 << 20

// Parse reads and checks one deck from its text. name is how the deck is
// named in messages (its path, usually). assets is the deck's folder, where
// pictures and sounds are looked for; with a nil assets, their paths are only
// checked not to leave the folder.
//
// The deck is nil when any problem is an error; warnings come with a deck.
// Parse never panics, whatever src holds.
func Parse(name string, src []byte, assets fs.FS) (*Deck, Problems) {
	return parse(name, src, folder{fsys: assets})
}

// LoadFile reads and checks the deck in a file. Its pictures and sounds are
// looked for in the file's folder, and may not leave it, not even through a
// symbolic link.
func LoadFile(file string) (*Deck, Problems) {
	src, problem := readFile(file)
	if problem != nil {
		return nil, Problems{*problem}
	}
	dir := filepath.Dir(file)
	assets := safefile.Dir(dir)
	if _, err := assets.Stat("."); err != nil {
		return nil, Problems{fileProblem(file, err)}
	}
	d, problems := parse(file, src, folder{fsys: assets})
	if d != nil {
		d.Assets = assets
	}
	return d, problems
}

// LoadPath reads and checks the deck in a file, or every deck (*.toml) in a
// folder and its sub-folders, in path order. A folder without any deck is a
// problem: whoever named it expected decks there.
func LoadPath(p string) ([]*Deck, Problems) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, Problems{fileProblem(p, err)}
	}
	if !info.IsDir() {
		d, problems := LoadFile(p)
		if d == nil {
			return nil, problems
		}
		return []*Deck{d}, problems
	}
	var files []string
	var unreadable Problems
	err = filepath.WalkDir(p, func(file string, e fs.DirEntry, err error) error {
		if err != nil {
			// A folder that cannot be listed is said so, not taken for an
			// empty one; an unreadable sub-folder leaves the others playable.
			problem := Problem{Path: file, id: msgFolderUnreadable}
			if file != p {
				problem.Severity = Warning
			}
			unreadable = append(unreadable, problem)
			return nil
		}
		if e.IsDir() && file != p && strings.HasPrefix(e.Name(), ".") {
			return filepath.SkipDir
		}
		if !e.IsDir() && isDeckFile(e.Name()) {
			files = append(files, file)
		}
		return nil
	})
	if err != nil {
		return nil, Problems{fileProblem(p, err)}
	}
	if len(files) == 0 {
		if len(unreadable) > 0 {
			unreadable[0].Severity = Error // nothing to play: whoever named the folder expected decks
			return nil, unreadable
		}
		return nil, Problems{{Path: p, id: msgNoDecks}}
	}
	var decks []*Deck
	problems := unreadable
	folder := safefile.Dir(p)
	for _, file := range files {
		// A deck found in the folder stays in it, as its pictures do: a
		// symbolic link to a file outside (another user's, /etc/passwd) is
		// not read, whose lines the messages would quote.
		if rel, err := filepath.Rel(p, file); err == nil {
			if _, err := folder.Stat(filepath.ToSlash(rel)); safefile.Escapes(err) {
				problems = append(problems, Problem{Path: file, id: msgDeckLeaves, args: []any{pathArg(p)}})
				continue
			}
		}
		d, ps := LoadFile(file)
		problems = append(problems, ps...)
		if d != nil {
			decks = append(decks, d)
		}
	}
	return decks, problems
}

// LoadFS reads and checks every deck (*.toml) under dir in fsys, such as the
// decks embedded in the program. Messages name each file prefix + its path.
func LoadFS(fsys fs.FS, dir, prefix string) ([]*Deck, Problems) {
	return loadFS(fsys, dir, prefix, false)
}

func loadFS(fsys fs.FS, dir, prefix string, builtIn bool) ([]*Deck, Problems) {
	var decks []*Deck
	var problems Problems
	err := fs.WalkDir(fsys, dir, func(file string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !isDeckFile(e.Name()) {
			return err
		}
		name := prefix + file
		src, err := safefile.ReadFS(fsys, file, MaxFileSize)
		if errors.Is(err, safefile.ErrTooLarge) {
			problems = append(problems, Problem{Path: name, id: msgTooLarge, args: []any{MaxFileSize >> 20}})
			return nil
		}
		if err != nil {
			problems = append(problems, fileProblem(name, err))
			return nil
		}
		assets, err := fs.Sub(fsys, path.Dir(file))
		if err != nil {
			return err
		}
		d, ps := parse(name, src, folder{fsys: assets, builtIn: builtIn})
		problems = append(problems, ps...)
		if d != nil {
			d.Assets = assets
			decks = append(decks, d)
		}
		return nil
	})
	if err != nil {
		problems = append(problems, fileProblem(prefix+dir, err))
	}
	return decks, problems
}

// Unique reports every deck whose id and language another deck before it in
// decks already has: DESIGN.md wants (id, language) unique among the decks
// loaded together, so that a deck id names one deck.
func Unique(decks []*Deck) Problems {
	seen := make(map[idLang]*Deck)
	var problems Problems
	for _, d := range decks {
		k := idLang{d.ID, d.Language}
		if first, ok := seen[k]; ok {
			problems = append(problems, duplicateDeck(d, first))
			continue
		}
		seen[k] = d
	}
	return problems
}

type idLang struct{ id, lang string }

func duplicateDeck(d, first *Deck) Problem {
	return Problem{Path: d.Path, Line: d.idPos.line, Col: d.idPos.col, id: msgDuplicateDeck, args: []any{d.ID, d.Language, pathArg(first.Path)}}
}

func isDeckFile(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".toml") && !strings.HasPrefix(name, ".")
}

func readFile(file string) ([]byte, *Problem) {
	src, err := safefile.ReadFile(file, MaxFileSize)
	switch {
	case safefile.IsDir(err):
		return nil, &Problem{Path: file, id: msgNoDecks}
	case errors.Is(err, safefile.ErrTooLarge):
		return nil, &Problem{Path: file, id: msgTooLarge, args: []any{MaxFileSize >> 20}}
	case err != nil:
		p := fileProblem(file, err)
		return nil, &p
	}
	return src, nil
}

// fileProblem turns an error opening or reading a file into words.
func fileProblem(name string, err error) Problem {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Problem{Path: name, id: msgNotFound}
	case errors.Is(err, fs.ErrPermission):
		return Problem{Path: name, id: msgPermission}
	case errors.Is(err, safefile.ErrNotRegular):
		return Problem{Path: name, id: msgNotRegular}
	default:
		return Problem{Path: name, id: msgUnreadable}
	}
}

// parse reads a deck's text. It recovers from a panic in the TOML parser
// (its internal errors panic) so that no input stops the program.
func parse(name string, src []byte, assets folder) (d *Deck, problems Problems) {
	defer func() {
		if r := recover(); r != nil {
			d, problems = nil, Problems{{Path: name, Line: 1, id: msgInternal}}
		}
	}()
	if len(src) > MaxFileSize {
		return nil, Problems{{Path: name, id: msgTooLarge, args: []any{MaxFileSize >> 20}}}
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		line, col := firstInvalidByte(src)
		return nil, Problems{{Path: name, Line: line, Col: col, id: msgNotUTF8}}
	}
	text := string(src)
	if strings.Contains(text, "\r\n") {
		text = strings.ReplaceAll(text, "\r\n", "\n")
	}
	raw, md, err := decode(text)
	if err != nil {
		return nil, syntaxProblems(name, text, err)
	}
	c := &checker{path: name, text: text, assets: assets}
	return c.check(raw, verdictOrder(md))
}

// check reads a decoded deck and returns it with its problems, sorted; no
// deck when one of them is an error.
func (c *checker) check(raw map[string]any, verdictOrder []string) (*Deck, Problems) {
	d := c.deck(raw, verdictOrder)
	c.problems = c.problems.compact()
	c.problems.Sort()
	if c.problems.Errors() > 0 {
		return nil, c.problems
	}
	return d, c.problems
}

// verdictOrder lists the keys of [verdicts] in the order the text gives
// them.
func verdictOrder(md toml.MetaData) []string {
	var order []string
	for _, k := range md.Keys() {
		if len(k) == 2 && k[0] == "verdicts" {
			order = append(order, k[1])
		}
	}
	return order
}

// decode parses a deck's text as TOML, once tomlguard has made sure that the
// parser can read it in bounded memory and stack: its errors are a
// *tomlguard.Error or the parser's toml.ParseError.
func decode(text string) (map[string]any, toml.MetaData, error) {
	if err := tomlguard.Check(text); err != nil {
		return nil, toml.MetaData{}, err
	}
	var raw map[string]any
	md, err := toml.Decode(text, &raw)
	return raw, md, err
}

// firstInvalidByte returns the line and column of the first byte that is not
// UTF-8, counting the characters before it on its line.
func firstInvalidByte(src []byte) (line, col int) {
	line, col = 1, 1
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		src = src[size:]
	}
	return line, col
}

// lineCol returns the 1-based line and character column of a byte offset.
func lineCol(text string, offset int) (line, col int) {
	if offset < 0 {
		offset = 0
	}
	if offset > len(text) {
		offset = len(text)
	}
	before := text[:offset]
	line = strings.Count(before, "\n") + 1
	start := strings.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCountInString(before[start:]) + 1
}

// syntaxProblem turns a TOML parse error into words a facilitator can act
// on. The parser's own message is technical English; the frequent mistakes
// of a deck written by hand get a message of their own.
func syntaxProblem(name, text string, err error) Problem {
	var ge *tomlguard.Error
	if errors.As(err, &ge) {
		return Problem{Path: name, Line: ge.Line, Col: ge.Col, id: guardMessages[ge.Kind], args: []any{ge.Limit}}
	}
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return Problem{Path: name, Line: 1, id: msgSyntax}
	}
	line, col := lineCol(text, pe.Position.Start)
	if line != pe.Position.Line && pe.Position.Line > 0 {
		line, col = pe.Position.Line, 0
	}
	p := Problem{Path: name, Line: line, Col: col}
	m := pe.Message
	has := func(s string) bool { return strings.Contains(m, s) }
	// Every message of the parser (lex.go and parse.go of BurntSushi/toml
	// v1.6.0) that a deck can cause has words of its own here: none of its
	// English reaches a facilitator.
	switch {
	case has("NULL bytes"):
		p.id = msgNotUTF8 // UTF-16 without a byte order mark
	case has("control characters"):
		p.id = msgSyntaxControl
	case has("escape") || has("Escaped character") || has("hexadecimal digits after"):
		p.id = msgSyntaxEscape
	case has("out of range") || has("out of the safe"):
		p.id = msgSyntaxNumberRange
	case has("datetime"):
		p.id = msgSyntaxDate
	case has(`'""""""'`) || has(`"''''''"`):
		p.id = msgSyntaxTooManyQuotes
	case has("expected value but found") || has("expected value"):
		p.id = msgSyntaxValue
		for _, q := range []string{"“", "”", "«", "»", "‘", "’", "„"} {
			if has(q) || strings.HasPrefix(restOfLine(text, pe.Position.Start), q) {
				p.id, p.args = msgSyntaxCurlyQuote, []any{q}
				break
			}
		}
	case has(`expected '"'`) || has(`expected "'"`) || has(`expected '"""'`) || has(`expected "'''"`):
		p.id = msgSyntaxUnclosedString
	case has("strings cannot contain newlines"):
		p.id = msgSyntaxStringNewline
	case has("has already been defined"):
		p.id, p.args = msgSyntaxDuplicateKey, []any{lastKeyPart(m)}
	case has("already created") || has("is not a table"):
		p.id, p.args = msgSyntaxTableRedefined, []any{quotedKey(m)}
	case has("inline table"):
		p.id = msgSyntaxInlineTable
	case has("key separator") || has("expected '.' or '='") || has("unexpected '='") || has("key name appears blank"):
		p.id = msgSyntaxEquals
	case has("unexpected '.'"):
		p.id = msgSyntaxKeyDot
	case has("array terminator") || has("unexpected comma"):
		p.id = msgSyntaxArray
	case has("table name") || has("table array name"):
		p.id = msgSyntaxTableName
	case has("to end with a newline"):
		p.id = msgSyntaxEndOfLine
	case has("float") || has("number") || has("digit") || has("integer"):
		p.id = msgSyntaxNumber
	default:
		p.id = msgSyntax
	}
	return p
}

// guardMessages says in words each limit tomlguard checks.
var guardMessages = map[tomlguard.Kind]msgID{
	tomlguard.TooDeep:         msgTooDeep,
	tomlguard.TooManyKeyParts: msgKeyTooManyParts,
	tomlguard.KeyTooLong:      msgKeyTooLong,
	tomlguard.TooManyItems:    msgTooManyItems,
	tomlguard.TooManyValues:   msgTooManyValues,
}

func restOfLine(text string, offset int) string {
	if offset < 0 || offset >= len(text) {
		return ""
	}
	rest := text[offset:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// quotedKey returns the key a parser message quotes between '…' (or "…"),
// quotes inside the key included.
func quotedKey(m string) string {
	i := strings.IndexAny(m, `'"`)
	if i < 0 {
		return ""
	}
	j := strings.LastIndexByte(m[i+1:], m[i])
	if j < 0 {
		return m[i+1:]
	}
	return m[i+1 : i+1+j]
}

// unquoted returns a key part without the quotes the parser writes around
// a key that needs them ("l'ami").
func unquoted(k string) string {
	if len(k) >= 2 && k[0] == '"' && k[len(k)-1] == '"' {
		return k[1 : len(k)-1]
	}
	return k
}

// lastKeyPart returns the last part of the dotted key a parser message
// quotes: "card.claim" is reported as "claim", the word on the faulty line.
func lastKeyPart(m string) string {
	k := quotedKey(m)
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		return unquoted(k[i+1:])
	}
	return unquoted(k)
}
