package editor

import (
	"io/fs"

	"declic/cards"
)

// Fault is a problem of cards.Parse traced back to the field of the form
// it is about: Section "deck", "defaults", "verdicts", "question" or
// "card" with Index the question's or card's index in the form, and Key
// the field ("" for the card or table as a whole, as for a required key
// that is missing); Section "" for a problem of the whole file.
type Fault struct {
	Section string `json:"section"`
	Index   int    `json:"index"`
	Key     string `json:"key"`
	Sub     string `json:"sub,omitempty"`
	Message string `json:"message"`
	Warning bool   `json:"warning,omitempty"`
}

// checked is what checking a form gives: the deck's file as it would be
// written, the problems cards.Parse finds in it and the comments of the
// file on disk that saving would lose.
type checked struct {
	Text   []byte
	Faults []Fault
	Lost   []Lost
	Errors int
}

// fileJudge says what the rules find wrong with a card's picture or sound
// (key "image" or "sound", rel its path in the deck's folder): their
// message, "" when they take it.
type fileJudge func(key, rel string) string

// check writes form as a deck file, with the comments of the file it was
// read from (old, nil for a new deck), lets cards.Parse judge it with
// assets as the deck's folder, and traces each problem back to its field,
// worded in lang. With files, the check is the page's live one: Parse
// reads no picture, and files judges each picture and sound of the cards
// (once per version of the file: decoding a deck's photos at every key
// typed would take seconds).
//
// others are the decks the game loads beside this one (bundled, the
// user's other decks): a deck of the same id and language among them is
// an error, as the game's library reports it.
func check(form *Form, old []byte, name string, assets fs.FS, lang string, files fileJudge, others []*cards.Deck) checked {
	f, places := form.file()
	froms := make([]string, len(f.Tables))
	for i, p := range places {
		if p.section == "card" {
			froms[i] = str(form.Cards[p.index][fromKey])
		}
	}
	var lost []Lost
	if old != nil {
		lost = readComments(old).apply(f, froms)
	}
	text, spots := f.Encode()
	if files != nil {
		assets = nil
	}
	d, problems := cards.Parse(name, text, assets)
	if d != nil && len(others) > 0 {
		problems = append(problems, cards.Unique(append(others[:len(others):len(others)], d))...)
	}
	out := checked{Text: text, Lost: lost, Faults: []Fault{}}
	for _, p := range problems {
		fault := Fault{Message: p.Message(lang), Warning: p.Severity == cards.Warning}
		if !fault.Warning {
			out.Errors++
		}
		if p.Line > 0 && p.Line <= len(spots) {
			s := spots[p.Line-1]
			if s.Table >= 0 && s.Table < len(places) {
				fault.Section, fault.Index, fault.Key, fault.Sub = places[s.Table].section, places[s.Table].index, s.Key, s.Sub
			}
		}
		out.Faults = append(out.Faults, fault)
	}
	if files == nil {
		return out
	}
	judged := map[[2]string]string{}
	for i, c := range form.Cards {
		for _, key := range []string{"image", "sound"} {
			rel, _ := c[key].(string)
			if rel == "" || out.has("card", i, key) {
				continue
			}
			msg, ok := judged[[2]string{key, rel}]
			if !ok {
				msg = files(key, rel)
				judged[[2]string{key, rel}] = msg
			}
			if msg != "" {
				out.Errors++
				out.Faults = append(out.Faults, Fault{Section: "card", Index: i, Key: key, Message: msg})
			}
		}
	}
	return out
}

// has reports whether the rules already found an error in a field.
func (c checked) has(section string, index int, key string) bool {
	for _, f := range c.Faults {
		if !f.Warning && f.Section == section && f.Index == index && f.Key == key {
			return true
		}
	}
	return false
}
