package cards

import (
	"strings"
	"time"
	"unicode/utf8"
)

// checker collects the problems of one deck as its tables are read.
type checker struct {
	path     string
	text     string
	pos      *positions // located on the first problem: a valid deck never needs them
	assets   folder
	problems Problems

	// assetChecks keeps what checking each picture or sound found, by its
	// path in the deck's folder: a file named by many cards is read and
	// decoded once.
	assetChecks map[assetKey]assetCheck
	// pixels and bytes add up the width × height of the deck's distinct
	// pictures and the sizes of its distinct pictures and sounds.
	pixels, bytes budget

	// unsureVerdicts is set when the deck's language is unknown and it sets
	// no verdicts: which defaults it meant cannot be told, so its verdict
	// cards' answers are not checked.
	unsureVerdicts bool
}

// positions scans the deck's text for its keys the first time a problem
// needs a place.
func (c *checker) positions() *positions {
	if c.pos == nil {
		c.pos = scanPositions(c.text)
	}
	return c.pos
}

func (c *checker) report(sev Severity, at pos, id msgID, args ...any) {
	c.problems = append(c.problems, Problem{Path: c.path, Line: at.line, Col: at.col, Severity: sev, id: id, args: args})
}

func (c *checker) errorAt(at pos, id msgID, args ...any) { c.report(Error, at, id, args...) }

// table is one decoded TOML table being read: typed getters report a wrong
// type, a missing required key or an empty text at the key's line, and
// return ok false, so that a check goes on with the next key.
type table struct {
	c    *checker
	ref  tableRef
	m    map[string]any
	kind Kind // for the cards' messages; empty for other tables
}

func (t table) at(key string) pos { return t.c.positions().key(t.ref, key) }
func (t table) header() pos       { return t.c.positions().header(t.ref) }

func (t table) errorAt(key string, id msgID, args ...any) { t.c.errorAt(t.at(key), id, args...) }

func (t table) missing(key string) {
	if t.misspelt(key) {
		return // the misspelt key's message says what to write
	}
	if t.kind != "" {
		t.c.errorAt(t.header(), msgMissingCardKey, key, string(t.kind))
		return
	}
	t.c.errorAt(t.header(), msgMissingKey, key, t.ref.name)
}

// misspelt reports whether the table holds an unknown key that is a typo of
// key ("clue" for "clues"): one mistake then gets one message, the unknown
// key's suggestion, not a second one saying key is missing.
func (t table) misspelt(key string) bool {
	for k := range t.m {
		if !knownKeys[k] && closest(k, []string{key}) == key {
			return true
		}
	}
	return false
}

// get returns the raw value of key, reporting it missing when required.
func (t table) get(key string, required bool) (any, bool) {
	v, ok := t.m[key]
	if !ok && required {
		t.missing(key)
	}
	return v, ok
}

func (t table) wrongType(key string, want msgID, v any) {
	t.errorAt(key, msgWrongType, key, want, typeOf(v))
}

// text returns a non-blank text.
func (t table) text(key string, required bool) (string, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(key, typeText, v)
		return "", false
	}
	if isBlank(s) {
		t.errorAt(key, msgEmptyText, key)
		return "", false
	}
	if !t.bounded(key, s) {
		return "", false
	}
	return t.shown(key, s)[0], true
}

// Limits of a text's length, in characters: far above any real deck, low
// enough that laying a text out on screen stays instant. The bundled decks'
// longest text is a 556-character description, their longest word a
// 39-character web address written without https:// (in an SMS), their
// longest source a 159-character address.
const (
	maxTextLen    = 2000 // one text, or one item of a list
	maxWordLen    = 100  // one word: the screen breaks lines only at spaces
	maxAddressLen = 1000 // one web address (https://…, www.…), in any text
	maxListLen    = 20   // items of a list without a limit of its own (hints, discuss…)
)

// bounded reports a text too long for the screen: more than maxTextLen
// characters, or a word longer than maxWordLen (maxAddressLen for a web
// address). Words are what the screen cannot break: the characters between
// ordinary spaces and line breaks. The paths of pictures and sounds are
// never shown: only their length counts.
func (t table) bounded(key, s string) bool {
	// A text of n bytes has at most n characters: only a long one is counted.
	if len(s) > maxTextLen {
		if n := utf8.RuneCountInString(s); n > maxTextLen {
			t.errorAt(key, msgTextTooLong, key, n, maxTextLen)
			return false
		}
	}
	if len(s) <= maxWordLen || key == "image" || key == "sound" {
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' }) {
		if len(w) <= maxWordLen {
			continue
		}
		n, limit := utf8.RuneCountInString(w), maxWordLen
		if isAddress(w) {
			limit = maxAddressLen
		}
		if n <= limit {
			continue
		}
		start := string([]rune(w)[:20])
		if strings.ContainsAny(w, "\u00a0\u202f") {
			t.errorAt(key, msgWordNoBreak, key, n, start, maxWordLen)
		} else {
			t.errorAt(key, msgWordTooLong, key, n, start, maxWordLen, maxAddressLen)
		}
		return false
	}
	return true
}

// isAddress reports a word that is a web address, maybe inside brackets or
// quotes: "https://…", "(www.…".
func isAddress(w string) bool {
	w = strings.ToLower(strings.TrimLeft(w, "([{<\"'«“‘"))
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

// integer returns a whole number between 0 and max.
func (t table) integer(key string, required bool, max int) (int, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return 0, false
	}
	n, ok := v.(int64)
	if !ok {
		t.wrongType(key, typeInteger, v)
		return 0, false
	}
	return t.inRange(key, n, max)
}

func (t table) inRange(key string, n int64, max int) (int, bool) {
	if n < 0 {
		t.errorAt(key, msgNegative, key)
		return 0, false
	}
	if n > int64(max) {
		t.errorAt(key, msgTooLong, key, n, max)
		return 0, false
	}
	return int(n), true
}

// texts returns a non-empty list of non-blank texts.
func (t table) texts(key string, required bool) ([]string, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return nil, false
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(key, typeTextList, v)
		return nil, false
	}
	if len(list) == 0 {
		t.errorAt(key, msgEmptyList, key)
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			t.wrongType(key, typeTextList, v)
			return nil, false
		}
		if isBlank(s) {
			t.errorAt(key, msgEmptyItem, key)
			return nil, false
		}
		if !t.bounded(key, s) {
			return nil, false
		}
		out = append(out, s)
	}
	return t.shown(key, out...), true
}

// textOrTexts returns a non-blank text, or a non-empty list of them, as a
// list.
func (t table) textOrTexts(key string) ([]string, bool) {
	v, ok := t.get(key, false)
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case string:
		s, ok := t.text(key, false)
		return []string{s}, ok
	case []any:
		return t.texts(key, false)
	}
	t.wrongType(key, typeTextOrList, v)
	return nil, false
}

// integers returns a non-empty list of whole numbers between 0 and max.
func (t table) integers(key string, required bool, max int) ([]int, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return nil, false
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(key, typeIntegerList, v)
		return nil, false
	}
	if len(list) == 0 {
		t.errorAt(key, msgEmptyList, key)
		return nil, false
	}
	out := make([]int, 0, len(list))
	for _, item := range list {
		n, ok := item.(int64)
		if !ok {
			t.wrongType(key, typeIntegerList, v)
			return nil, false
		}
		i, ok := t.inRange(key, n, max)
		if !ok {
			return nil, false
		}
		out = append(out, i)
	}
	return out, true
}

// count reports a list whose length is outside min…max.
func (t table) count(key string, n, min, max int) bool {
	if n < min || n > max {
		t.errorAt(key, msgCount, key, min, max, n)
		return false
	}
	return true
}

// distinct reports the first text a list holds twice.
func (t table) distinct(key string, list []string) bool {
	seen := make(map[string]bool, len(list))
	for _, s := range list {
		if seen[s] {
			t.errorAt(key, msgDuplicateItem, key, s)
			return false
		}
		seen[s] = true
	}
	return true
}

// subTable returns the table under key.
func (t table) subTable(key string) (table, bool) {
	v, ok := t.m[key]
	if !ok {
		return table{}, false
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(key, typeTable, v)
		return table{}, false
	}
	return table{c: t.c, ref: tableRef{key, -1}, m: m}, true
}

// tables returns the tables of an array of tables ([[key]]).
func (t table) tables(key string) []table {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	var maps []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		maps = v
	case []any:
		for _, item := range v {
			m, ok := item.(map[string]any)
			if !ok {
				t.wrongType(key, typeTable, item)
				return nil
			}
			maps = append(maps, m)
		}
	default:
		t.wrongType(key, typeTable, v)
		return nil
	}
	out := make([]table, len(maps))
	for i, m := range maps {
		out[i] = table{c: t.c, ref: tableRef{key, i}, m: m}
	}
	return out
}

// onlyKeys reports every key of the table that is not allowed, suggesting
// the allowed key it was probably meant to be.
func (t table) onlyKeys(allowed []string) {
	for key := range t.m {
		if !contains(allowed, key) {
			t.unknownKey(key, allowed)
		}
	}
}

func (t table) unknownKey(key string, candidates []string) {
	if s := closest(key, candidates); s != "" {
		t.errorAt(key, msgUnknownKeySuggest, key, s)
		return
	}
	t.errorAt(key, msgUnknownKey, key)
}

// typeOf names the type of a decoded TOML value.
func typeOf(v any) msgID {
	switch v.(type) {
	case string:
		return typeText
	case int64:
		return typeInteger
	case float64:
		return typeFloat
	case bool:
		return typeBool
	case time.Time:
		return typeDate
	case map[string]any:
		return typeTable
	default:
		return typeList
	}
}

func isBlank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u200b', '\ufeff':
		default:
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// closest returns the candidate nearest to a mistyped key, if one is near
// enough to be a typo (two edits at most, one for short keys).
func closest(key string, candidates []string) string {
	best, bestDist := "", 3
	if len([]rune(key)) <= 4 {
		bestDist = 2
	}
	for _, c := range candidates {
		if d := editDistance(key, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Damerau–Levenshtein distance (optimal string
// alignment) between two short keys: a swap of two letters counts one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
