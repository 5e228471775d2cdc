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

// check writes form as a deck file, with the comments of the file it was
// read from (old, nil for a new deck), lets cards.Parse judge it with
// assets as the deck's folder, and traces each problem back to its field,
// worded in lang.
func check(form *Form, old []byte, name string, assets fs.FS, lang string) checked {
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
	_, problems := cards.Parse(name, text, assets)
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
	return out
}
