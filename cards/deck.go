// Package cards reads Déclic's card decks: the TOML format of DESIGN.md
// ("The deck format (version 1)"), loaded from files, folders or an embedded
// file system, and checked so that every problem of a deck is reported at
// once, each at its line, in words a facilitator understands.
//
// The package imports nothing else of Déclic's and never Ebitengine: decks
// are loaded and checked with plain Go, without a display.
package cards

import (
	"io/fs"
	"strings"
)

// Format is the version of the deck format this package reads.
const Format = 1

// Mode is how teams take turns answering, as suggested by a deck.
type Mode string

// The turn modes of DESIGN.md.
const (
	ModeTurns  Mode = "turns"  // teams answer in turn
	ModeAll    Mode = "all"    // every team answers every card
	ModeBuzzer Mode = "buzzer" // the first team to buzz answers
)

// Deck is one loaded and valid deck: its description, its defaults already
// applied to every card, and its cards in file order.
type Deck struct {
	// Path is where the deck was read from, as it appears in messages.
	Path string
	// Assets is the deck's folder, from which Image and Sound paths are read.
	Assets fs.FS

	ID          string
	Title       string
	Language    string // a well-formed BCP 47 tag, in canonical form (fr, en, fr-BE…)
	Description string
	Audience    []string
	Minutes     int
	Author      string
	License     string

	Defaults  Defaults
	Verdicts  []Verdict  // in display order; the language's defaults when the deck sets none
	Questions []Question // only in a board deck ("Qui est-ce ?")
	Cards     []Card

	idPos pos // where the id stands, for the message of a deck loaded twice
}

// Defaults holds what a card uses when it does not say otherwise.
type Defaults struct {
	Points  int  // points for a right answer; 1 unless the deck says otherwise
	Seconds int  // answer timer in seconds; 0 means none
	Mode    Mode // suggested turn mode; turns unless the deck says otherwise
}

// Verdict is one verdict a team can give on a verdict card.
type Verdict struct {
	Key   string // the value cards use in answer, such as "faux"
	Label string // what players read, such as "Faux"
}

// Question is a yes/no question of a board deck.
type Question struct {
	ID   string
	Text string
}

// Timed reports a deck whose cards have an answer timer: its default, or
// a card's own (a Kahoot quiz gives each question its time), so that a
// game of it starts with the timer on.
func (d *Deck) Timed() bool {
	if d.Defaults.Seconds > 0 {
		return true
	}
	for i := range d.Cards {
		if d.Cards[i].Seconds > 0 {
			return true
		}
	}
	return false
}

// IsBoard reports whether the deck is a "Qui est-ce ?" board: it has
// questions and only character cards.
func (d *Deck) IsBoard() bool { return len(d.Questions) > 0 }

// VerdictLabel returns the label of the verdict key, or the key itself when
// the deck has no such verdict.
func (d *Deck) VerdictLabel(key string) string {
	for _, v := range d.Verdicts {
		if v.Key == key {
			return v.Label
		}
	}
	return key
}

// AlsoRight returns, as shown to the facilitator, the other answers a card
// counts as right: a riddle's accepted answers, or the labels of the
// verdicts a verdict card accepts besides its own.
func (d *Deck) AlsoRight(c *Card) []string {
	if c.Kind != KindVerdict {
		return c.Accept
	}
	labels := make([]string, len(c.Accept))
	for i, key := range c.Accept {
		labels[i] = d.VerdictLabel(key)
	}
	return labels
}

// VerdictLabels returns the labels of the deck's verdicts, in their
// order: what names a card of a deck with verdicts of its own
// ("Arnaque / Légitime / Douteux") where others say "vrai ou faux".
func (d *Deck) VerdictLabels() []string {
	labels := make([]string, len(d.Verdicts))
	for i, v := range d.Verdicts {
		labels[i] = v.Label
	}
	return labels
}

// OwnVerdicts reports a deck whose verdicts are its own (arnaque, légitime,
// douteux), not true, false, misleading: a card of it is then not a "true
// or false?" card.
func (d *Deck) OwnVerdicts() bool {
	def := defaultVerdicts(d.Language)
	if len(d.Verdicts) != len(def) {
		return true
	}
	for i, v := range d.Verdicts {
		if v.Key != def[i].Key {
			return true
		}
	}
	return false
}

// KindLabel names how a card played as kind k is announced to players, as
// the suffix of a "kind_" message: its kind, or "board" for a character of
// a board, "opinion" for a spectrum with no reference value, "verdict_own"
// for a verdict of a deck with its own verdicts. The game and the printed
// sheets both name cards this way.
func (d *Deck) KindLabel(k Kind, c *Card) string {
	switch {
	case k == KindCharacter:
		return "board"
	case k == KindSpectrum && !c.HasTarget:
		return "opinion"
	case k == KindVerdict && d.OwnVerdicts():
		return "verdict_own"
	}
	return string(k)
}

// KindCount is the number of cards of one kind in a deck.
type KindCount struct {
	Kind  Kind
	Count int
}

// CountByKind returns how many cards of each kind the deck holds, in the
// order of Kinds, leaving out the kinds it has none of.
func (d *Deck) CountByKind() []KindCount {
	counts := make(map[Kind]int)
	for _, c := range d.Cards {
		counts[c.Kind]++
	}
	var out []KindCount
	for _, k := range Kinds {
		if counts[k] > 0 {
			out = append(out, KindCount{k, counts[k]})
		}
	}
	return out
}

// defaultVerdicts returns the verdicts of a deck that sets none: vrai, faux,
// trompeur in French, true, false, misleading in every other language.
func defaultVerdicts(language string) []Verdict {
	if language == "fr" || strings.HasPrefix(language, "fr-") {
		return []Verdict{{"vrai", "Vrai"}, {"faux", "Faux"}, {"trompeur", "Trompeur"}}
	}
	return []Verdict{{"true", "True"}, {"false", "False"}, {"misleading", "Misleading"}}
}
