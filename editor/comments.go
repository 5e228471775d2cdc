package editor

import (
	"sort"
	"strconv"
	"strings"

	"declic/cards"
)

// fileComments are the comments of a hand-written deck file, by what they sit
// above: the file's top, a table (by its identity: "deck", "defaults",
// "verdicts", "question ID", "card ID" with the id the card is known by,
// "card-N" for the N-th card without one) and a key of a table. A comment
// written after a value on its line, or inside a list spread over lines,
// is kept above its key: the words stay, a little higher.
type fileComments struct {
	Top    string
	Tail   string // after the last key: no place in a written file
	Tables map[string]string
	Keys   map[string]map[string]string // table identity → key → comment ("notes.ecran" for a note)
}

// Lost is a comment that has no place left in an edited deck: the card or
// the field it sat above was removed. Where names it for the person
// (card 3, its key), Text is the comment.
type Lost struct {
	Card  int    `json:"card"` // the card's number in the file read, from 1; 0 when not on a card
	Table string `json:"table"`
	Key   string `json:"key"`
	Text  string `json:"text"`
}

// readComments reads the comments of a deck file's text. It is a scanner
// of lines, not a TOML parser: it follows strings and brackets only as far
// as needed to tell a comment from a "#" inside a value, and reads what it
// cannot make out (a text cards.Parse refuses) as best it can.
func readComments(text []byte) fileComments {
	c := fileComments{Tables: map[string]string{}, Keys: map[string]map[string]string{}}
	type tableRead struct {
		name, id, comment string
		keys              map[string]string
	}
	var tables []*tableRead
	var pending []string
	var cur *tableRead
	sub := "" // the sub-table keys are in: "notes" in [card.notes]
	lastKey := ""
	depth := 0    // brackets still open from the lines before
	inMulti := "" // the quotes of a multi-line string still open
	s := strings.ReplaceAll(strings.TrimPrefix(string(text), "\ufeff"), "\r\n", "\n")
	for _, line := range strings.Split(s, "\n") {
		inside := depth > 0 || inMulti != ""
		code, comment := splitComment(line, &inMulti, &depth)
		trimmed := strings.TrimSpace(code)
		switch {
		case inside:
			// A line of a list or a multi-line string: its comment goes
			// above the key the value belongs to.
			if comment != "" && cur != nil && lastKey != "" {
				addComment(cur.keys, lastKey, nil, comment)
			} else if comment != "" {
				pending = append(pending, comment)
			}
		case trimmed == "":
			if comment != "" {
				pending = append(pending, comment)
			}
		case strings.HasPrefix(trimmed, "["):
			name := strings.TrimSpace(strings.Trim(trimmed, "[]"))
			if before, after, dotted := strings.Cut(name, "."); dotted && cur != nil && strings.TrimSpace(before) == cur.name {
				sub = strings.TrimSpace(after)
				addComment(cur.keys, sub, pending, comment)
			} else {
				sub = ""
				cur = &tableRead{name: name, keys: map[string]string{}}
				tables = append(tables, cur)
				cur.comment = joinComments(pending, comment)
			}
			pending, lastKey = nil, ""
		default:
			eq := strings.Index(code, "=")
			if eq < 0 {
				pending = append(pending, comment)
				continue
			}
			key := unquote(strings.TrimSpace(code[:eq]))
			if cur == nil {
				c.Top = joinComments(append([]string{c.Top}, pending...), comment)
				pending = nil
				continue
			}
			if sub != "" {
				key = sub + "." + key
			} else if key == "id" {
				cur.id, _ = strconv.Unquote(strings.TrimSpace(code[eq+1:]))
			}
			addComment(cur.keys, key, pending, comment)
			pending, lastKey = nil, key
		}
	}
	c.Tail = joinComments(pending, "")
	cards := 0
	for _, t := range tables {
		id := t.name
		switch t.name {
		case "card":
			cards++
			if t.id == "" {
				t.id = "card-" + strconv.Itoa(cards)
			}
			id = "card " + t.id
		case "question":
			id = "question " + t.id
		}
		if t.comment != "" {
			c.Tables[id] = t.comment
		}
		for k, v := range t.keys {
			if v == "" {
				continue
			}
			if c.Keys[id] == nil {
				c.Keys[id] = map[string]string{}
			}
			c.Keys[id][k] = v
		}
	}
	return c
}

func addComment(keys map[string]string, key string, pending []string, inline string) {
	keys[key] = joinComments(append([]string{keys[key]}, pending...), inline)
}

func joinComments(lines []string, inline string) string {
	var out []string
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	if inline != "" {
		out = append(out, inline)
	}
	return strings.Join(out, "\n")
}

func unquote(k string) string {
	if u, err := strconv.Unquote(k); err == nil {
		return u
	}
	return strings.Trim(k, `'`)
}

// splitComment splits a line into its code and its comment's text (after
// "# "), following the strings and brackets that run on from the lines
// before (inMulti: the quotes of a multi-line string still open; depth:
// the brackets still open).
func splitComment(line string, inMulti *string, depth *int) (code, comment string) {
	i := 0
	for i < len(line) {
		if *inMulti != "" {
			end := strings.Index(line[i:], *inMulti)
			if end < 0 {
				return line, ""
			}
			i += end + 3
			*inMulti = ""
			continue
		}
		switch ch := line[i]; ch {
		case '#':
			return line[:i], strings.TrimPrefix(strings.TrimPrefix(line[i+1:], " "), "\t")
		case '"', '\'':
			q := string(ch)
			if strings.HasPrefix(line[i:], q+q+q) {
				*inMulti = q + q + q
				i += 3
				continue
			}
			j := i + 1
			for j < len(line) && line[j] != ch {
				if ch == '"' && line[j] == '\\' {
					j++
				}
				j++
			}
			i = j + 1
		case '[':
			*depth++
			i++
		case ']':
			if *depth > 0 {
				*depth--
			}
			i++
		default:
			i++
		}
	}
	return line, ""
}

// identity names a table of a File the way fileComments does.
func identity(t cards.Table, from string) string {
	switch t.Name {
	case "card":
		return "card " + from
	case "question":
		for _, k := range t.Keys {
			if k.Name == "id" {
				return "question " + str(k.Value)
			}
		}
	}
	return t.Name
}

// apply gives the comments back to the tables and keys of f that are
// still there, and returns those that found no place. froms holds, for
// each table of f, the id its card had when read ("" for the others).
func (c fileComments) apply(f *cards.File, froms []string) []Lost {
	f.Comment = c.Top
	used := map[string]bool{}
	usedKey := map[string]bool{}
	for i := range f.Tables {
		t := &f.Tables[i]
		id := identity(*t, froms[i])
		if t.Name == "card" && froms[i] == "" {
			continue // a new card: no comment of the file is its
		}
		if text, ok := c.Tables[id]; ok {
			t.Comment = text
			used[id] = true
		}
		keys := c.Keys[id]
		for j := range t.Keys {
			k := &t.Keys[j]
			if text, ok := keys[k.Name]; ok {
				k.Comment = text
				usedKey[id+"\x00"+k.Name] = true
			}
			if sub, ok := k.Value.([]cards.Key); ok {
				for n := range sub {
					if text, ok := keys[k.Name+"."+sub[n].Name]; ok {
						sub[n].Comment = text
						usedKey[id+"\x00"+k.Name+"."+sub[n].Name] = true
					}
				}
			}
		}
	}
	var lost []Lost
	if c.Tail != "" {
		lost = append(lost, Lost{Text: c.Tail})
	}
	for id, text := range c.Tables {
		if !used[id] {
			lost = append(lost, lostOf(id, "", text))
		}
	}
	for id, keys := range c.Keys {
		for k, text := range keys {
			if !usedKey[id+"\x00"+k] {
				lost = append(lost, lostOf(id, k, text))
			}
		}
	}
	sort.Slice(lost, func(i, j int) bool {
		a, b := lost[i], lost[j]
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		return a.Key < b.Key
	})
	return lost
}

func lostOf(id, key, text string) Lost {
	l := Lost{Table: id, Key: key, Text: text}
	if n, ok := strings.CutPrefix(id, "card card-"); ok {
		l.Card, _ = strconv.Atoi(n)
	}
	return l
}
