// Package editor is the deck editor of `declic edit`: an HTTP server on
// the loopback address that serves a page (editor/web) where a facilitator
// edits a deck in forms, and that checks and saves what the page sends
// through the one deck writer (cards.File) and the one set of rules
// (cards.Parse). It imports nothing of Ebitengine.
package editor

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"declic/cards"
)

// Form is a deck as the page edits it: the deck's own fields, its
// defaults, its verdicts, a board's questions and its cards, each card a
// map from the file's key names to their values (a string, a number, a
// list of strings or of numbers; a character's notes as a map). A choice's
// answer and a card's technique are always lists in a Form; they are
// written as one value when they hold one. A card's "_from" is the id it
// had in the file it was read from, which comments are kept by.
type Form struct {
	Deck      map[string]any   `json:"deck"`
	Defaults  map[string]any   `json:"defaults"`
	Verdicts  []Verdict        `json:"verdicts"`
	Questions []Question       `json:"questions"`
	Cards     []map[string]any `json:"cards"`
}

// Verdict is one of a deck's verdicts in a Form.
type Verdict struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// Question is one of a board deck's questions in a Form.
type Question struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// fromKey is the key of a Form's card holding the id the card had when
// it was read; it is never written.
const fromKey = "_from"

// FormOf returns the form of a loaded deck, through cards.FileOf so that
// the page shows what the file holds, defaults left out.
func FormOf(d *cards.Deck) *Form {
	f := cards.FileOf(d)
	form := &Form{Deck: map[string]any{}, Defaults: map[string]any{}, Verdicts: []Verdict{}, Questions: []Question{}, Cards: []map[string]any{}}
	card := 0
	for _, t := range f.Tables {
		switch t.Name {
		case "deck":
			for _, k := range t.Keys {
				form.Deck[k.Name] = k.Value
			}
		case "defaults":
			for _, k := range t.Keys {
				form.Defaults[k.Name] = k.Value
			}
		case "verdicts":
			for _, k := range t.Keys {
				form.Verdicts = append(form.Verdicts, Verdict{Key: k.Name, Label: fmt.Sprint(k.Value)})
			}
		case "question":
			var q Question
			for _, k := range t.Keys {
				switch k.Name {
				case "id":
					q.ID = fmt.Sprint(k.Value)
				case "text":
					q.Text = fmt.Sprint(k.Value)
				}
			}
			form.Questions = append(form.Questions, q)
		case "card":
			c := map[string]any{fromKey: d.Cards[card].ID}
			for _, k := range t.Keys {
				c[k.Name] = formValue(k)
			}
			form.Cards = append(form.Cards, c)
			card++
		}
	}
	if len(form.Verdicts) == 0 {
		// The page shows the verdicts a deck plays with, its language's
		// when it sets none; they are written only when changed (see File).
		for _, v := range d.Verdicts {
			form.Verdicts = append(form.Verdicts, Verdict{Key: v.Key, Label: v.Label})
		}
	}
	return form
}

// formValue gives the page a choice's answer and a technique as lists,
// and a character's notes as a map.
func formValue(k cards.Key) any {
	switch v := k.Value.(type) {
	case int:
		if k.Name == "answer" {
			return []int{v}
		}
	case string:
		if k.Name == "technique" {
			return []string{v}
		}
	case []cards.Key:
		m := make(map[string]string, len(v))
		for _, sk := range v {
			m[sk.Name] = fmt.Sprint(sk.Value)
		}
		return m
	}
	return k.Value
}

// deckOrder and cardOrder are the order keys are written in, as the
// bundled decks and DESIGN.md write them; a key of neither (a typo the
// rules will name) comes after, in alphabetical order.
var (
	deckOrder     = []string{"id", "title", "language", "description", "audience", "minutes", "author", "license"}
	defaultsOrder = []string{"points", "seconds", "mode"}
	cardOrder     = []string{"type", "id", "claim", "question", "statement", "prompt", "name", "easy", "image", "sound",
		"choices", "answer", "accept", "clues", "hints", "flags", "report", "left", "right", "min", "max", "unit",
		"target", "zones", "items", "yes", "explanation", "source", "technique", "reflex", "discuss", "tags",
		"points", "seconds", "notes"}
)

// place says which part of a Form a table of the File made from it holds.
type place struct {
	section string // "deck", "defaults", "verdicts", "question" or "card"
	index   int    // the question's or card's index; 0 for the others
}

// file writes a form as a deck file, and says for each of its tables which
// part of the form it comes from. defaultVerdicts are the verdicts the
// deck's language plays with when it sets none: verdicts equal to them are
// not written.
func (form *Form) file() (*cards.File, []place) {
	f := &cards.File{}
	var places []place
	add := func(t cards.Table, p place) {
		f.Tables = append(f.Tables, t)
		places = append(places, p)
	}
	add(cards.Table{Name: "deck", Keys: keysOf(form.Deck, deckOrder, "")}, place{section: "deck"})
	if keys := keysOf(form.Defaults, defaultsOrder, ""); len(keys) > 0 {
		add(cards.Table{Name: "defaults", Keys: keys}, place{section: "defaults"})
	}
	if len(form.Verdicts) > 0 && !sameVerdicts(form.Verdicts, defaultVerdicts(str(form.Deck["language"]))) {
		keys := make([]cards.Key, len(form.Verdicts))
		for i, v := range form.Verdicts {
			keys[i] = cards.Key{Name: v.Key, Value: v.Label}
		}
		add(cards.Table{Name: "verdicts", Keys: keys}, place{section: "verdicts"})
	}
	for i, q := range form.Questions {
		add(cards.Table{Name: "question", Keys: []cards.Key{{Name: "id", Value: q.ID}, {Name: "text", Value: q.Text}}}, place{"question", i})
	}
	for i, c := range form.Cards {
		add(cards.Table{Name: "card", Keys: keysOf(c, cardOrder, str(c["type"]))}, place{"card", i})
	}
	return f, places
}

// keysOf writes a map of the page as keys in order.
func keysOf(m map[string]any, order []string, kind string) []cards.Key {
	names := make([]string, 0, len(m))
	for k := range m {
		if k != fromKey {
			names = append(names, k)
		}
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	keys := make([]cards.Key, 0, len(names))
	for _, k := range names {
		v := fileValue(m[k])
		if k == "answer" && kind == "choice" || k == "technique" {
			v = one(v)
		}
		keys = append(keys, cards.Key{Name: k, Value: v})
	}
	return keys
}

// fileValue turns what JSON decoded into a value the writer writes:
// whole numbers as ints, lists as lists of strings or of ints, a map as a
// sub-table. What the page should never send (a fraction, a list of
// lists) is written as text, for the rules to refuse with their words.
func fileValue(v any) any {
	switch v := v.(type) {
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return int(v)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []any:
		numbers := make([]int, 0, len(v))
		texts := make([]string, 0, len(v))
		allNumbers := len(v) > 0
		for _, x := range v {
			if n, ok := fileValue(x).(int); ok {
				numbers = append(numbers, n)
			} else {
				allNumbers = false
			}
			texts = append(texts, str(x))
		}
		if allNumbers {
			return numbers
		}
		return texts
	case map[string]string:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = x
		}
		return fileValue(m)
	case map[string]any:
		names := make([]string, 0, len(v))
		for k := range v {
			names = append(names, k)
		}
		sort.Strings(names)
		keys := make([]cards.Key, 0, len(names))
		for _, k := range names {
			keys = append(keys, cards.Key{Name: k, Value: str(v[k])})
		}
		return keys
	case nil:
		return ""
	}
	return v
}

// one writes a list of one value as that value: answer = 2 rather than
// answer = [2].
func one(v any) any {
	switch l := v.(type) {
	case []int:
		if len(l) == 1 {
			return l[0]
		}
	case []string:
		if len(l) == 1 {
			return l[0]
		}
	}
	return v
}

func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// defaultVerdicts are the verdicts of a deck that sets none, as cards
// plays them: the language's own, French unless English.
func defaultVerdicts(language string) []Verdict {
	d, _ := cards.Parse("", []byte("format = 1\n[deck]\nid = \"x\"\ntitle = \"x\"\nlanguage = "+strconv.Quote(language)+"\n[[card]]\ntype = \"open\"\nquestion = \"x\"\n"), nil)
	if d == nil {
		return nil
	}
	out := make([]Verdict, len(d.Verdicts))
	for i, v := range d.Verdicts {
		out[i] = Verdict{Key: v.Key, Label: v.Label}
	}
	return out
}

func sameVerdicts(a, b []Verdict) bool { return slices.Equal(a, b) }
