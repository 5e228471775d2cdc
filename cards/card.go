package cards

// Kind is a card's type, as written in its type key.
type Kind string

// The card kinds of the format.
const (
	KindVerdict   Kind = "verdict"   // a claim judged with the deck's verdicts
	KindChoice    Kind = "choice"    // a multiple-choice question
	KindClues     Kind = "clues"     // a riddle with clues from hardest to easiest
	KindSpectrum  Kind = "spectrum"  // a statement placed on a scale
	KindOrder     Kind = "order"     // items to put in order
	KindOpen      Kind = "open"      // an open question, points given by hand
	KindCharacter Kind = "character" // a character of a board deck
)

// Kinds lists every card kind in the order decks are described in.
var Kinds = []Kind{KindVerdict, KindChoice, KindClues, KindSpectrum, KindOrder, KindOpen, KindCharacter}

// Card is one card of a deck, its deck's defaults applied. The fields after
// Seconds belong to some kinds only, as their comments say; the others leave
// them empty.
type Card struct {
	Kind Kind
	ID   string // unique in the deck; "card-N" for the N-th card when the file gives none

	// Text is the card's main text: the claim (verdict), the question (choice,
	// open), the statement (spectrum), the prompt (order) or the name
	// (character). A clues card has none: its answer is shown at the reveal.
	Text string
	// Easy is an easy-to-read wording of Text, shown instead when the
	// easy-to-read setting is on; empty when the deck gives none.
	Easy string

	Image       string // a picture's path inside the deck's folder
	Sound       string // a read-aloud recording's path inside the deck's folder
	Explanation string
	Source      string
	// Technique names the manipulation techniques of the card, as it is
	// shown ("contenu trompeur, émotion"); Techniques lists them one by one,
	// as the deck gives them, for the summary that counts each.
	Technique  string
	Techniques []string
	Discuss    []string // prompts for the discussion after the reveal
	// Reflex is one short reflex to take away, shown at the reveal ("Je
	// raccroche et je rappelle le numéro officiel.").
	Reflex  string
	Tags    []string // free words to sort and pick cards by, never shown in play
	Points  int      // points for a right answer (not used by clues cards: see CluePoints)
	Seconds int      // answer timer in seconds; 0 means none

	Verdict string   // verdict: the key of the right verdict
	Hints   []string // verdict: verification tips shown before a second vote
	Flags   []string // verdict: the red flags to spot, shown at the reveal
	Report  string   // verdict: where to report such a message (a number, a site)

	Choices []string // choice: 2 to 6 answers
	Correct []int    // choice: the 0-based indexes of the right answers

	Answer string // clues: the answer to find
	// Accept lists other answers that count as right: for a clues or a
	// character card, answers written otherwise ("le cloud" for "Le
	// nuage"); for a verdict card, keys of the deck's verdicts ("douteux"
	// beside "arnaque").
	Accept     []string
	Clues      []string // clues, character: hardest first
	CluePoints []int    // clues, character: points when found at each clue, never increasing

	Left   string // spectrum: the left pole
	Right  string // spectrum: the right pole
	Min    int    // spectrum: the scale's left end (0 unless the card says)
	Max    int    // spectrum: the scale's right end (100 unless the card says)
	Unit   string // spectrum: shown after values ("%", "ans", "€"), "" for none
	Target int    // spectrum: the reference value, Min to Max, when HasTarget
	// HasTarget tells a spectrum card scored by distance from a reference
	// value from an opinion, which is never scored.
	HasTarget bool
	Zones     []int // spectrum with target: distances, in the scale's unit, that earn len(Zones), …, 1 points

	Items []string // order: 3 to 8 items, in the right order

	Yes []string // character: the ids of the questions answered yes
	// Notes says, by question id, why a character's answer to a question
	// is what it is, when it may surprise ("Non : la manette se branche à
	// la télé."); shown at the reveal and on the printed answers. Nil for none.
	Notes map[string]string
}

// MainText returns the text to show for the card: its easy-to-read wording
// when easy is set and the card has one, its Text otherwise.
func (c *Card) MainText(easy bool) string {
	if easy && c.Easy != "" {
		return c.Easy
	}
	return c.Text
}

// IsCorrectChoice reports whether the 0-based choice i is a right answer of
// a choice card.
func (c *Card) IsCorrectChoice(i int) bool {
	for _, r := range c.Correct {
		if r == i {
			return true
		}
	}
	return false
}
