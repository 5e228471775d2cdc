package cards

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Limits of the values a deck may hold: far above any real use, low enough
// that a typo (seconds = 4500) is caught.
const (
	maxPoints  = 1000
	maxSeconds = 3600
	maxMinutes = 600
	maxTags    = 20 // tags a card, a sorting aid: more is a list pasted by mistake

	// maxCards is the most cards a deck may hold: a workshop plays 20 to 40
	// (the bundled decks hold 40 at most); ten thousand still load in a
	// fifth of a second.
	maxCards = 10_000
	// maxQuestions is the most questions a board may ask (the bundled
	// boards ask 16): its side panel scrolls through them, and 60 already
	// tell two billion characters apart.
	maxQuestions = 60
)

var (
	topKeys      = []string{"format", "deck", "defaults", "verdicts", "card", "question"}
	deckKeys     = []string{"id", "title", "language", "description", "audience", "minutes", "author", "license"}
	defaultsKeys = []string{"points", "seconds", "mode"}
	questionKeys = []string{"id", "text"}

	deckIDPattern = regexp.MustCompile(`^[a-z0-9-]+$`)
	keyPattern    = regexp.MustCompile(`^[a-z0-9_-]+$`)
)

// deck reads a decoded deck, table by table, reporting every problem.
//
// verdictOrder lists the keys of [verdicts] in the order written, which a
// decoded map loses.
func (c *checker) deck(raw map[string]any, verdictOrder []string) *Deck {
	c.pixels.limit, c.bytes.limit = maxDeckPixels, maxDeckAssetBytes
	top := table{c: c, ref: topLevel, m: raw}
	top.onlyKeys(topKeys)
	if _, ok := raw["format"]; !ok {
		c.errorAt(pos{1, 0}, msgFormatMissing)
	} else if v, ok := raw["format"].(int64); !ok {
		top.wrongType("format", typeInteger, raw["format"])
	} else if v != Format {
		top.errorAt("format", msgFormatUnsupported, v)
	}

	d := &Deck{Path: c.path, Defaults: Defaults{Points: 1, Mode: ModeTurns}}
	c.deckTable(top, d)
	c.defaults(top, d)
	c.verdicts(top, verdictOrder, d)
	c.questions(top, d)
	c.cards(top, d)
	c.budgetsSpent()
	return d
}

func (c *checker) deckTable(top table, d *Deck) {
	t, ok := top.subTable("deck")
	if !ok {
		if _, present := top.m["deck"]; !present {
			c.errorAt(pos{1, 0}, msgMissingTable, "deck")
		}
		return
	}
	t.onlyKeys(deckKeys)
	if id, ok := t.text("id", true); ok {
		if !deckIDPattern.MatchString(id) {
			t.errorAt("id", msgBadDeckID, id)
		}
		d.ID = id
		d.idPos = c.deckIDPos()
	}
	d.Title, _ = t.text("title", true)
	if lang, ok := t.text("language", true); ok {
		tag, err := language.Parse(lang)
		if err != nil || tag == language.Und {
			t.errorAt("language", msgBadLanguage, lang)
			c.unsureVerdicts = true
		} else {
			d.Language = tag.String()
		}
	}
	d.Description, _ = t.text("description", false)
	if audience, ok := t.texts("audience", false); ok && t.count("audience", len(audience), 1, maxListLen) {
		d.Audience = audience
	}
	d.Minutes, _ = t.integer("minutes", false, maxMinutes)
	d.Author, _ = t.text("author", false)
	d.License, _ = t.text("license", false)
}

func (c *checker) defaults(top table, d *Deck) {
	t, ok := top.subTable("defaults")
	if !ok {
		return
	}
	t.onlyKeys(defaultsKeys)
	if n, ok := t.integer("points", false, maxPoints); ok {
		d.Defaults.Points = n
	}
	if n, ok := t.integer("seconds", false, maxSeconds); ok {
		d.Defaults.Seconds = n
	}
	if m, ok := t.text("mode", false); ok {
		switch Mode(m) {
		case ModeTurns, ModeAll, ModeBuzzer:
			d.Defaults.Mode = Mode(m)
		default:
			t.errorAt("mode", msgBadMode, m)
		}
	}
}

// verdicts reads [verdicts] in file order, which TOML's maps lose: order
// gives it back.
func (c *checker) verdicts(top table, order []string, d *Deck) {
	t, ok := top.subTable("verdicts")
	if !ok {
		d.Verdicts = defaultVerdicts(d.Language)
		return
	}
	c.unsureVerdicts = false
	for _, key := range order {
		if !keyPattern.MatchString(key) {
			t.errorAt(key, msgVerdictKey, key)
			continue
		}
		if label, ok := t.text(key, true); ok {
			d.Verdicts = append(d.Verdicts, Verdict{Key: key, Label: label})
		}
	}
	if n := len(t.m); n < 2 || n > 6 {
		c.errorAt(t.header(), msgVerdictCount, n)
	}
}

func (c *checker) questions(top table, d *Deck) {
	first := make(map[string]int) // id → index of the question that has it
	for i, t := range top.tables("question") {
		t.onlyKeys(questionKeys)
		var q Question
		q.ID, _ = t.text("id", true)
		q.Text, _ = t.text("text", true)
		if q.ID != "" {
			if !keyPattern.MatchString(q.ID) {
				t.errorAt("id", msgBadQuestionID, q.ID)
			} else if j, dup := first[q.ID]; dup {
				t.errorAt("id", msgDuplicateQuestion, q.ID, c.positions().key(tableRef{"question", j}, "id").line)
			} else {
				first[q.ID] = i
			}
		}
		d.Questions = append(d.Questions, q)
	}
	if n := len(d.Questions); n > maxQuestions {
		c.errorAt(c.positions().header(tableRef{"question", maxQuestions}), msgTooManyQuestions, n, maxQuestions)
	}
}

func (c *checker) cards(top table, d *Deck) {
	tables := top.tables("card")
	if len(tables) == 0 {
		if _, present := top.m["card"]; !present {
			c.errorAt(pos{1, 0}, msgNoCards)
		}
		return
	}
	if len(tables) > maxCards {
		// Not read: the deck is refused whatever its cards hold.
		c.errorAt(tables[maxCards].header(), msgTooManyCards, len(tables), maxCards)
		return
	}
	first := make(map[string]int, len(tables)) // id → index of the card that has it
	d.Cards = make([]Card, len(tables))
	for i, t := range tables {
		card := &d.Cards[i]
		c.card(t, i, d, card)
		if j, dup := first[card.ID]; dup {
			t.errorAt("id", msgDuplicateCardID, card.ID, tables[j].at("id").line)
		} else {
			first[card.ID] = i
		}
	}
	c.board(top, d, tables)
}

// card reads one [[card]] table into card: the keys every card has, then
// its kind's. It fills the deck's slice in place: a card is large, and a
// big deck would otherwise be copied card by card.
func (c *checker) card(t table, i int, d *Deck, card *Card) {
	card.Points, card.Seconds = d.Defaults.Points, d.Defaults.Seconds
	kind, ok := t.text("type", false)
	if _, present := t.m["type"]; !present {
		c.errorAt(t.header(), msgMissingType)
	}
	read, known := kindReaders[Kind(kind)]
	keys := append(append([]string(nil), commonKeys...), kindKeys[Kind(kind)]...)
	if ok && !known {
		t.errorAt("type", msgUnknownKind, kind)
	}
	card.Kind = Kind(kind)
	t.kind = card.Kind
	for key := range t.m {
		switch {
		case known && contains(keys, key) || contains(commonKeys, key):
		case known && isCardKey(key):
			t.errorAt(key, msgKeyNotForKind, key, kind)
		case known && closest(key, keys) == "" && closest(key, allCardKeys) != "":
			// A typo of a key of other kinds ("clue" on a verdict card):
			// say which kinds it is for, not only that it is unknown.
			near := closest(key, allCardKeys)
			t.errorAt(key, msgUnknownKeyOtherKind, key, near, strings.Join(kindsWithKey(near), " / "), kind)
		case known:
			t.unknownKey(key, keys)
		case !isCardKey(key): // of a card whose kind is unknown: only keys of no kind
			t.unknownKey(key, allCardKeys)
		}
	}
	if id, ok := t.text("id", false); ok {
		card.ID = id
	} else {
		card.ID = "card-" + strconv.Itoa(i+1)
	}
	card.Easy, _ = t.text("easy", false)
	card.Explanation, _ = t.text("explanation", false)
	card.Source, _ = t.text("source", false)
	if ts, ok := t.textOrTexts("technique"); ok && t.count("technique", len(ts), 1, maxListLen) {
		card.Techniques = ts
		card.Technique = strings.Join(ts, ", ")
	}
	if discuss, ok := t.texts("discuss", false); ok && t.count("discuss", len(discuss), 1, maxListLen) {
		card.Discuss = discuss
	}
	card.Reflex, _ = t.text("reflex", false)
	if tags, ok := t.texts("tags", false); ok && t.count("tags", len(tags), 1, maxTags) {
		card.Tags = tags
	}
	if s, ok := t.integer("seconds", false, maxSeconds); ok {
		card.Seconds = s
	}
	if Kind(kind) != KindClues {
		if p, ok := t.integer("points", false, maxPoints); ok {
			card.Points = p
		}
	}
	if rel, ok := t.text("image", false); ok {
		if c.asset(t, "image", rel, true) {
			card.Image = cleanAssetPath(rel)
		}
	}
	if rel, ok := t.text("sound", false); ok {
		if c.asset(t, "sound", rel, false) {
			card.Sound = cleanAssetPath(rel)
		}
	}
	if known {
		read(t, card, d)
	}
}

// kindReaders read what one kind of card adds to the common keys.
var kindReaders = map[Kind]func(t table, c *Card, d *Deck){
	KindVerdict:   readVerdict,
	KindChoice:    readChoice,
	KindClues:     readClues,
	KindSpectrum:  readSpectrum,
	KindOrder:     readOrder,
	KindOpen:      readOpen,
	KindCharacter: readCharacter,
}

var (
	commonKeys = []string{"type", "id", "image", "sound", "easy", "explanation", "source", "technique", "discuss", "reflex", "tags", "points", "seconds"}
	// kindKeys are the keys each kind of card adds to the common keys.
	kindKeys = map[Kind][]string{
		KindVerdict:   {"claim", "answer", "hints", "flags", "report", "accept"},
		KindChoice:    {"question", "choices", "answer"},
		KindClues:     {"answer", "accept", "clues"},
		KindSpectrum:  {"statement", "left", "right", "min", "max", "unit", "target", "zones"},
		KindOrder:     {"prompt", "items"},
		KindOpen:      {"question"},
		KindCharacter: {"name", "yes", "clues", "accept", "notes"},
	}
	allCardKeys = func() []string {
		keys := append([]string(nil), commonKeys...)
		for _, k := range Kinds {
			for _, key := range kindKeys[k] {
				if !contains(keys, key) {
					keys = append(keys, key)
				}
			}
		}
		return keys
	}()
)

func isCardKey(key string) bool { return contains(allCardKeys, key) }

// kindsWithKey lists the kinds of card that take key, in the order of Kinds.
func kindsWithKey(key string) []string {
	var out []string
	for _, k := range Kinds {
		if contains(kindKeys[k], key) {
			out = append(out, string(k))
		}
	}
	return out
}

// knownKeys holds every key of every table of the format.
var knownKeys = func() map[string]bool {
	m := make(map[string]bool)
	for _, list := range [][]string{topKeys, deckKeys, defaultsKeys, questionKeys, allCardKeys} {
		for _, k := range list {
			m[k] = true
		}
	}
	return m
}()

// warnExplanation is the one warning of the format: a verdict or choice card
// without an explanation leaves the reveal mute. Red flags or a reflex are
// an explanation laid out in parts: a card with either says enough.
func warnExplanation(t table, c *Card) {
	for _, key := range []string{"explanation", "flags", "reflex"} {
		if _, ok := t.m[key]; ok {
			return
		}
	}
	t.c.report(Warning, t.header(), msgMissingExplanation)
}

// board checks a "Qui est-ce ?" deck: only characters, 6 to 30 of them,
// answering questions the deck asks, none answering exactly like another.
func (c *checker) board(top table, d *Deck, tables []table) {
	if !d.IsBoard() {
		for i, card := range d.Cards {
			if card.Kind == KindCharacter {
				c.errorAt(tables[i].header(), msgCharacterWithoutBoard)
			}
		}
		return
	}
	index := make(map[string]int, len(d.Questions)) // id → its question's index
	for i, q := range d.Questions {
		if _, dup := index[q.ID]; !dup {
			index[q.ID] = i
		}
	}
	// Look-alikes are told apart by their answers to every question: with
	// too many questions the deck is refused anyway.
	compare := len(d.Questions) <= maxQuestions
	characters := 0
	seen := make(map[string]int) // answers → index of the first character giving them
	for i, card := range d.Cards {
		t := tables[i]
		if card.Kind != KindCharacter {
			if card.Kind != "" && kindReaders[card.Kind] != nil {
				c.errorAt(t.header(), msgBoardOnlyCharacters, string(card.Kind))
			}
			continue
		}
		characters++
		for _, id := range card.Yes {
			if _, ok := index[id]; !ok {
				t.errorAt("yes", msgUnknownQuestion, id)
			}
		}
		for _, id := range slices.Sorted(maps.Keys(card.Notes)) {
			if _, ok := index[id]; !ok {
				notesTable(t, nil).errorAt(id, msgNoteUnknownQuestion, id)
			}
		}
		if !compare {
			continue
		}
		answers := signature(index, len(d.Questions), card.Yes)
		if j, ok := seen[answers]; ok {
			c.report(Warning, t.header(), msgLookAlike, card.Text, d.Cards[j].Text, tables[j].header().line)
		} else {
			seen[answers] = i
		}
	}
	if characters < 6 || characters > 30 {
		at := pos{1, 0}
		if dt, ok := top.m["deck"]; ok && dt != nil {
			at = c.positions().header(tableRef{"deck", -1})
		}
		c.errorAt(at, msgCharacterCount, characters)
	}
}

// signature writes a character's answers to the n questions as y/n
// letters, in the time of reading them once: index gives each question id's
// place.
func signature(index map[string]int, n int, yes []string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'n'
	}
	for _, id := range yes {
		if i, ok := index[id]; ok {
			b[i] = 'y'
		}
	}
	return string(b)
}

// deckIDPos locates the deck's id for the message of a deck loaded twice.
// The whole text is scanned only when a problem needs it; the [deck] table
// comes before the first [[card]] in any deck written by hand, so the text up
// to there is enough, and the whole text is the fallback.
func (c *checker) deckIDPos() pos {
	if c.pos == nil {
		if end := strings.Index(c.text, "[["); end >= 0 {
			if p, ok := scanPositions(c.text[:end]).keys[keyRef{tableRef{"deck", -1}, "id"}]; ok {
				return p
			}
		}
	}
	return c.positions().key(tableRef{"deck", -1}, "id")
}
