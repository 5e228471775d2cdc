package cards

import (
	"errors"
	"strings"
	"unicode/utf8"

	"declic/internal/tomlguard"
)

// maxSyntaxRounds bounds how many times a deck with syntax errors is parsed
// again with its faulty lines left out: far more than a deck written by hand
// holds, few enough that a file of garbage costs little.
const maxSyntaxRounds = 50

// maxSyntaxBytes bounds the text those rounds parse in all: a parse of a
// large deck takes seconds (450,000 keys, 5 MB: 1.8 s), and 50 of them took
// 90 s. A deck written by hand gets its 50 rounds; a 2 MB one 4.
const maxSyntaxBytes = 8 << 20

// curlyQuotes are the quotes a word processor or a phone types instead of the
// straight " that TOML's texts need.
var curlyQuotes = []string{"“", "”", "«", "»", "‘", "’", "„"}

// syntaxProblems reports every syntax error of a deck's text that can be
// found in one run, in line order. The TOML parser stops at its first error,
// which would take a facilitator one run per mistake; so a line-based scan
// first reports every text left unclosed and every curly quote used as a
// quote, then the parser runs again and again with each faulty line left
// out, as long as leaving it out cannot change how the lines after it read.
// It returns nil when the text parses.
func syntaxProblems(name, text string, err error) Problems {
	var ge *tomlguard.Error
	if errors.As(err, &ge) {
		// Past a limit, the text is not read at all: nothing more to find.
		return Problems{syntaxProblem(name, text, err)}
	}
	first, firstText := err, text
	lines := strings.Split(text, "\n")
	scan := scanLines(lines)
	var problems Problems
	bad := make(map[int]bool) // 0-based lines left out of the next parse
	for _, f := range scan.faults {
		problems = append(problems, Problem{Path: name, Line: f.line + 1, Col: f.col, id: f.id, args: f.args})
		bad[f.line] = true
	}
	// Parsing goes on only up to the first faulty line that cannot be left
	// out cleanly (a table header, an array left open): past it, the parser's
	// errors might come from the leaving out.
	limit := len(lines)
	for l := range bad {
		if !scan.separate[l] && l < limit {
			limit = l
		}
	}
	if len(bad) > 0 {
		text = leaveOut(lines, bad)
		_, _, err = decode(text)
	}
	parsed := len(text)
	for round := 0; err != nil && round < maxSyntaxRounds; round++ {
		if errors.As(err, &ge) {
			// Leaving lines out made a text the limits refuse (a line that
			// opened a text now left out): what follows cannot be trusted.
			break
		}
		p := syntaxProblem(name, text, err)
		if p.Line < 1 || p.Line-1 > limit || bad[p.Line-1] {
			break
		}
		problems = append(problems, p)
		bad[p.Line-1] = true
		if !scan.separate[p.Line-1] || parsed+len(text) > maxSyntaxBytes {
			break
		}
		text = leaveOut(lines, bad)
		_, _, err = decode(text)
		parsed += len(text)
	}
	if len(problems) == 0 && first != nil {
		problems = append(problems, syntaxProblem(name, firstText, first))
	}
	problems.Sort()
	return problems
}

// leaveOut returns the lines joined, the bad ones blanked so that every
// other line keeps its number.
func leaveOut(lines []string, bad map[int]bool) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !bad[i] {
			b.WriteString(l)
		}
	}
	return b.String()
}

// lineFault is a syntax error the line scan sees for sure.
type lineFault struct {
	line, col int // 0-based line, 1-based column in characters
	id        msgID
	args      []any
}

// lineScan is what scanLines learns of a text's lines.
type lineScan struct {
	faults []lineFault
	// separate tells the lines that can be left out without changing how the
	// others read: they start and end outside a multi-line text, are not a
	// table header, and close every bracket they open.
	separate map[int]bool
}

// scanLines reads a TOML text line by line, knowing just enough of TOML to
// tell the texts from the rest: texts in "…" and '…', multi-line texts
// between three double or three single quotes, comments. It reports a text left unclosed at the end
// of its line and a curly quote outside any text (one a line: the one that
// opens the text). It never fails: whatever it cannot read, it skips.
func scanLines(lines []string) lineScan {
	scan := lineScan{separate: make(map[int]bool)}
	var inMulti string // the closing delimiter of the multi-line text a line starts in
	depth := 0         // brackets open across lines (an array written on several lines)
	for n, line := range lines {
		startsInMulti := inMulti != ""
		header := false
		lineDepth := 0
		afterValueStart := true // at the start of a line, after =, [ , or {: where a text may open
		i := 0
		if startsInMulti {
			end := closingIndex(line, inMulti)
			if end < 0 {
				continue
			}
			i, inMulti = end, ""
		}
		if !startsInMulti && depth == 0 && strings.HasPrefix(strings.TrimLeft(line, " \t"), "[") {
			header = true
		}
	scan:
		for i < len(line) {
			c := line[i]
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case c == '#':
				break scan
			case c == '"' || c == '\'':
				if c == '\'' && !afterValueStart {
					i++ // an apostrophe in unquoted text: the parser reports the text
					break
				}
				q := string(c)
				if strings.HasPrefix(line[i:], q+q+q) {
					end := closingIndex(line[i+3:], q+q+q)
					if end < 0 {
						inMulti = q + q + q
						break scan
					}
					i += 3 + end
					break
				}
				end := closingIndex(line[i+1:], q)
				if end < 0 {
					// Reported where the quote is missing, as the parser does.
					end := len(strings.TrimRight(line, "\r"))
					scan.faults = append(scan.faults, lineFault{n, column(line, end), msgSyntaxStringNewline, nil})
					break scan
				}
				i += 1 + end
			case c == '[' || c == '{':
				lineDepth++
				i++
			case c == ']' || c == '}':
				lineDepth--
				i++
			default:
				if q := curlyQuoteAt(line[i:]); q != "" {
					scan.faults = append(scan.faults, lineFault{n, column(line, i), msgSyntaxCurlyQuote, []any{q}})
					break scan
				}
				_, size := utf8.DecodeRuneInString(line[i:])
				i += size
			}
			afterValueStart = c == '=' || c == '[' || c == ',' || c == '{'
		}
		if !header {
			depth += lineDepth
			if depth < 0 {
				depth = 0
			}
		}
		scan.separate[n] = !startsInMulti && inMulti == "" && !header && lineDepth == 0
	}
	return scan
}

// closingIndex returns the index just past the delimiter that closes a text
// in s, skipping escaped quotes in basic texts, or -1 when the line does not
// close it.
func closingIndex(s, delim string) int {
	for i := 0; i < len(s); i++ {
		if delim[0] == '"' && s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], delim) {
			end := i + len(delim)
			// """a"""" ends after its last quote: up to two more belong to the text.
			for n := 0; len(delim) == 3 && n < 2 && end < len(s) && s[end] == delim[0]; n++ {
				end++
			}
			return end
		}
	}
	return -1
}

func curlyQuoteAt(s string) string {
	for _, q := range curlyQuotes {
		if strings.HasPrefix(s, q) {
			return q
		}
	}
	return ""
}

// column returns the 1-based column, in characters, of byte i of line.
func column(line string, i int) int { return utf8.RuneCountInString(line[:i]) + 1 }
