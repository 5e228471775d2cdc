package lan

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
	"unicode"
	"unicode/utf8"

	"declic/cards"
)

// The creation workshop ("Atelier création", issue 15): the facilitator
// opens it from the console on a kind of card (a verdict card as in "Info
// ou intox", a riddle as in "Qui suis-je ?") or on the deck in play; each
// team writes cards on its phones, the console edits, accepts or refuses
// them, and the accepted cards become a deck in the user's folder that the
// game plays at once. A card is never built as a cards.Deck: it is written
// as a cards.File and judged by cards.Parse, declic check's rules.

// DeckFolder keeps the decks the creation workshop writes: the user's decks
// folder ($DECLIC_HOME/decks, store.FolderShelf), which the game loads at
// every start.
type DeckFolder interface {
	// Write writes files (slash-separated names, the deck's file and its
	// pictures) into a folder of its own named key, each file atomically,
	// and returns the folder's path.
	Write(key string, files map[string][]byte) (dir string, err error)
}

// The limits of what a team writes. The phone's form holds its fields to
// these; a card beyond them is refused whole.
const (
	maxClaim       = 300 // a claim or a riddle's answer, in characters
	maxWhy         = 600 // the explanation
	maxSource      = 300
	maxClue        = 200
	maxClues       = 8
	maxPicture     = 1 << 20 // bytes of a picture after decoding its base64
	maxPostBody    = 3 << 19 // bytes of a submission: a picture in base64 and its texts
	maxPictureSide = 1280    // pixels: the phone resizes to this before sending
	// maxCards is how many cards a team may send in one workshop.
	maxCards = 40
	// maxPictures is the bytes of pictures a workshop holds in memory:
	// 64 pictures of the largest size, far more than an afternoon makes.
	maxPictures = 64 << 20
)

// The states of a submission.
const (
	stateWaiting  = "waiting"
	stateAccepted = "accepted"
	stateRefused  = "refused"
)

// draft is a card as a team writes it: the fields of the phone's form.
// Claim, Verdict, Why and Source make a verdict card; Answer and Clues a
// riddle (with Why and Source too).
type draft struct {
	Claim   string   `json:"claim,omitempty"`
	Verdict string   `json:"verdict,omitempty"`
	Answer  string   `json:"answer,omitempty"`
	Clues   []string `json:"clues,omitempty"`
	Why     string   `json:"why,omitempty"`
	Source  string   `json:"source,omitempty"`
}

// fieldProblem is a problem cards.Parse found in a submission, with the
// form's field it is about ("claim", "verdict", "answer", "clues", "why",
// "source", "picture"; "" for the card as a whole).
type fieldProblem struct {
	Field string `json:"field"`
	Error bool   `json:"error"`
	Text  string `json:"text"`
}

// submission is a card a team sent.
type submission struct {
	ID       int            `json:"id"`
	Seat     string         `json:"seat"`
	Team     int            `json:"team"`
	Card     draft          `json:"card"`
	Picture  bool           `json:"picture"`
	State    string         `json:"state"`
	Problems []fieldProblem `json:"problems"`
	// Edited says the facilitator changed what the team wrote.
	Edited bool `json:"edited,omitempty"`

	nonce   string // the phone's id of the card, so that a retry is not a second card
	picture []byte
}

// creation is a creation workshop: its kind, its cards, and the deck it
// wrote. The room's mutex guards it.
type creation struct {
	kind     cards.Kind // KindVerdict or KindClues
	lang     string
	base     string          // the title of the deck it was opened on, "" for a kind
	verdicts []cards.Verdict // a verdict card's verdicts, in order
	started  time.Time
	subs     []*submission
	next     int
	// pictures counts the bytes of its cards' pictures.
	pictures int
	// closed is set once the deck is written: no more cards are taken.
	closed bool
	// deck is the deck file written, "" before; problem why it could not be.
	deck, title, problem string
}

// byID returns the submission of an id, nil when none.
func (cr *creation) byID(id int) *submission {
	for _, s := range cr.subs {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// counts returns, per team of n, the cards written and accepted.
func (cr *creation) counts(n int) (written, accepted []int) {
	written, accepted = make([]int, n), make([]int, n)
	for _, s := range cr.subs {
		if s.Team >= 0 && s.Team < n {
			written[s.Team]++
			if s.State == stateAccepted {
				accepted[s.Team]++
			}
		}
	}
	return written, accepted
}

// clean trims a draft's fields and drops empty clues, and reports whether
// it is within the limits (valid UTF-8, no control character but line
// breaks in the explanation, the lengths above).
func (d *draft) clean() bool {
	fields := []struct {
		s   *string
		max int
	}{{&d.Claim, maxClaim}, {&d.Verdict, 40}, {&d.Answer, maxClaim}, {&d.Why, maxWhy}, {&d.Source, maxSource}}
	for _, f := range fields {
		*f.s = strings.TrimSpace(*f.s)
		if !writable(*f.s, f.max, f.s == &d.Why) {
			return false
		}
	}
	clues := d.Clues[:0]
	for _, c := range d.Clues {
		c = strings.TrimSpace(c)
		if !writable(c, maxClue, false) {
			return false
		}
		if c != "" {
			clues = append(clues, c)
		}
	}
	d.Clues = clues
	return len(d.Clues) <= maxClues
}

// writable accepts a field's text: valid UTF-8 of at most max characters,
// no control character (line breaks allowed where lines is set).
func writable(t string, max int, lines bool) bool {
	if !utf8.ValidString(t) || utf8.RuneCountInString(t) > max {
		return false
	}
	for _, c := range t {
		if unicode.IsControl(c) && !(lines && c == '\n') {
			return false
		}
	}
	return true
}

// entry is a card of the deck file: a submission's draft, its picture's
// name in the deck's folder, and the team it is credited to ("" for none).
type entry struct {
	card    draft
	picture string
	credit  string
}

// file returns the deck file of the cards entries, with the deck's id and
// title; authors are the teams credited.
func (cr *creation) file(id, title string, entries []entry, authors []string) *cards.File {
	deck := []cards.Key{
		{Name: "id", Value: id},
		{Name: "title", Value: title},
		{Name: "language", Value: cr.lang},
		{Name: "description", Value: tr(cr.lang, "Cartes écrites par les équipes pendant l'atelier création.", "Cards written by the teams during the creation workshop.")},
	}
	if len(authors) > 0 {
		deck = append(deck, cards.Key{Name: "author", Value: tr(cr.lang, "Équipes ", "Teams ") + strings.Join(authors, ", ")})
	}
	f := &cards.File{Comment: tr(cr.lang, "Écrit par l'atelier création de Déclic.", "Written by Déclic's creation workshop."),
		Tables: []cards.Table{{Name: "deck", Keys: deck}}}
	if cr.kind == cards.KindVerdict {
		keys := make([]cards.Key, len(cr.verdicts))
		for i, v := range cr.verdicts {
			keys[i] = cards.Key{Name: v.Key, Value: v.Label}
		}
		f.Tables = append(f.Tables, cards.Table{Name: "verdicts", Keys: keys})
	}
	for _, e := range entries {
		f.Tables = append(f.Tables, cards.Table{Name: "card", Keys: cr.cardKeys(e)})
	}
	return f
}

// cardKeys returns the keys of an entry's card.
func (cr *creation) cardKeys(e entry) []cards.Key {
	c := e.card
	keys := []cards.Key{{Name: "type", Value: string(cr.kind)}}
	if cr.kind == cards.KindVerdict {
		keys = append(keys, cards.Key{Name: "claim", Value: c.Claim}, cards.Key{Name: "answer", Value: c.Verdict})
	} else {
		keys = append(keys, cards.Key{Name: "answer", Value: c.Answer}, cards.Key{Name: "clues", Value: c.Clues})
	}
	why := c.Why
	if e.credit != "" {
		credit := tr(cr.lang, "Carte écrite par l'équipe "+e.credit+".", "Card written by team "+e.credit+".")
		if why == "" {
			why = credit
		} else {
			if !strings.ContainsAny(why[len(why)-1:], ".!?…»)") {
				why += "."
			}
			why += "\n\n" + credit
		}
	}
	return append(keys,
		cards.Key{Name: "image", Value: e.picture},
		cards.Key{Name: "explanation", Value: why},
		cards.Key{Name: "source", Value: c.Source})
}

// fieldOf is the form's field of each key of a card.
var fieldOf = map[string]string{
	"claim": "claim", "clues": "clues", "explanation": "why", "source": "source", "image": "picture",
}

// judge checks one card as its team wrote it, by cards.Parse: the card in
// a deck of its own, its picture beside it. It returns the problems, each
// on its field of the form, in the room's language.
func (cr *creation) judge(d draft, picture []byte) []fieldProblem {
	e := entry{card: d}
	assets := fstest.MapFS{}
	if picture != nil {
		e.picture = "photo.jpg"
		assets[e.picture] = &fstest.MapFile{Data: picture}
	}
	f := cr.file("creation", "creation", []entry{e}, nil)
	text, spots := f.Encode()
	_, problems := cards.Parse("creation.toml", text, assets)
	out := []fieldProblem{}
	for _, p := range problems {
		fp := fieldProblem{Error: p.Severity == cards.Error, Text: p.Message(cr.lang)}
		if p.Line > 0 && p.Line <= len(spots) {
			if s := spots[p.Line-1]; s.Table == len(f.Tables)-1 {
				key := s.Key
				if key == "" {
					key = cr.missing(d, p)
				}
				fp.Field = cr.field(key)
			}
		}
		out = append(out, fp)
	}
	return out
}

// field returns the form's field of a card's key.
func (cr *creation) field(key string) string {
	if key == "answer" {
		if cr.kind == cards.KindVerdict {
			return "verdict"
		}
		return "answer"
	}
	return fieldOf[key]
}

// missing returns the key a problem reported on the card's header is
// about: a key the form left empty, which the check names in its message
// ("no “explanation”"); "" when none is.
func (cr *creation) missing(d draft, p cards.Problem) string {
	empty := map[string]bool{"claim": d.Claim == "", "answer": d.Verdict == "", "explanation": d.Why == "", "source": d.Source == ""}
	if cr.kind == cards.KindClues {
		empty = map[string]bool{"answer": d.Answer == "", "clues": len(d.Clues) == 0, "explanation": d.Why == "", "source": d.Source == ""}
	}
	text := p.Message("en")
	for _, key := range []string{"claim", "answer", "clues", "explanation", "source"} {
		if empty[key] && strings.Contains(text, key) {
			return key
		}
	}
	return ""
}

// errors reports whether a submission's problems hold an error.
func (s *submission) errors() bool {
	return slices.ContainsFunc(s.Problems, func(p fieldProblem) bool { return p.Error })
}

// deckFiles returns the deck of the accepted cards, named after when the
// workshop started, as the files to write: the deck's file (key.toml
// under the folder key) and its pictures (photos/N.jpg), each card
// credited to its team. It reports the deck's id and title.
func (cr *creation) deckFiles(teams []teamInfo, taken []string) (key, id, title string, files map[string][]byte, err error) {
	id = "creation-" + cr.started.Format("20060102-1504")
	// Two workshops started in the same minute: the second deck is -2.
	for n := 2; slices.Contains(taken, id); n++ {
		id = "creation-" + cr.started.Format("20060102-1504") + "-" + strconv.Itoa(n)
	}
	title = tr(cr.lang, "Atelier création — ", "Creation workshop — ") + longDate(cr.started, cr.lang)
	files = map[string][]byte{}
	var entries []entry
	var authors []string
	for _, s := range cr.subs {
		if s.State != stateAccepted {
			continue
		}
		name := ""
		if s.Team >= 0 && s.Team < len(teams) {
			name = teams[s.Team].Name
		}
		e := entry{card: s.Card, credit: name}
		if s.picture != nil {
			e.picture = "photos/" + strconv.Itoa(s.ID) + ".jpg"
			files[e.picture] = s.picture
		}
		entries = append(entries, e)
		if name != "" && !slices.Contains(authors, name) {
			authors = append(authors, name)
		}
	}
	if len(entries) == 0 {
		return "", "", "", nil, errors.New(tr(cr.lang, "aucune carte acceptée", "no card accepted"))
	}
	f := cr.file(id, title, entries, authors)
	text, spots := f.Encode()
	assets := fstest.MapFS{}
	for n, b := range files {
		assets[n] = &fstest.MapFile{Data: b}
	}
	if _, problems := cards.Parse(id+".toml", text, assets); problems.Errors() > 0 {
		for _, p := range problems {
			if p.Severity == cards.Error {
				at := ""
				if p.Line > 0 && p.Line <= len(spots) {
					at = spots[p.Line-1].Key
				}
				// What the console shows, in the room's language.
				return "", "", "", nil, fmt.Errorf(tr(cr.lang, "le deck ne passe pas la vérification : %s (%s)", "the deck does not pass the check: %s (%s)"), p.Message(cr.lang), at)
			}
		}
	}
	key = id + "." + cr.lang
	files[path.Join(id+".toml")] = text
	return key, id, title, files, nil
}

// tr returns the French or the English text, by lang.
func tr(lang, fr, en string) string {
	if lang == "en" {
		return en
	}
	return fr
}

var (
	moisFR   = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// longDate writes a day and time as people read them: "2 décembre 2026,
// 19 h 15" (with non-breaking spaces around the h), "2 December 2026, 19:15".
func longDate(t time.Time, lang string) string {
	if lang == "en" {
		return fmt.Sprintf("%d %s %d, %s", t.Day(), monthsEN[t.Month()-1], t.Year(), t.Format("15:04"))
	}
	return fmt.Sprintf("%d %s %d, %d\u00a0h\u00a0%02d", t.Day(), moisFR[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// defaultVerdicts returns the verdicts of a deck in lang that sets none,
// as cards.Parse gives them.
func defaultVerdicts(lang string) []cards.Verdict {
	f := &cards.File{Tables: []cards.Table{
		{Name: "deck", Keys: []cards.Key{{Name: "id", Value: "v"}, {Name: "title", Value: "v"}, {Name: "language", Value: lang}}},
		{Name: "card", Keys: []cards.Key{{Name: "type", Value: "open"}, {Name: "question", Value: "?"}}},
	}}
	text, _ := f.Encode()
	d, _ := cards.Parse("verdicts.toml", text, fstest.MapFS{})
	if d == nil {
		return nil
	}
	return d.Verdicts
}
