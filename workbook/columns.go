package workbook

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"declic/cards"
)

// Déclic's spreadsheet template: the sheet "Cartes" / "Cards" holds one
// card a row under a header row, a column per field of every card kind; the
// sheet "Jeu" / "Deck" holds the deck's own table as rows of a label and
// its value; "Mode d'emploi" / "How to" says it all in words. Headers and
// labels are read in French or English, accents, case and spaces ignored
// (fold), and written in the user's language.

// column is one column of the cards sheet.
type column struct {
	// key is the card key the column holds; "text" is the card's main text
	// (claim, question, statement, prompt or name: cards.MainTextKey),
	// "choice1" … "choice6" the answers of a choice card.
	key    string
	fr, en string   // the header written
	also   []string // other headers read as this column
	width  float64
	kinds  []cards.Kind // the kinds that use it; nil for every kind
	list   bool         // one item a line inside the cell
	number bool         // a whole number (or, with list, numbers)
	help   Text         // the header's comment and the how-to's line
}

// maxChoices is the most answers a choice card has (DESIGN.md: 2 to 6).
const maxChoices = 6

var (
	verdictOnly   = []cards.Kind{cards.KindVerdict}
	spectrumOnly  = []cards.Kind{cards.KindSpectrum}
	characterOnly = []cards.Kind{cards.KindCharacter}
)

// columns are the template's columns in the order written: what every deck
// needs first — the card, its right answer and its explanation side by
// side, so that a claim, its verdict and why are typed without scrolling
// (a play-tester crossed six empty answer columns to reach them) — then
// what some kinds need, then what is rarely filled.
var columns = func() []column {
	cols := []column{
		{key: "type", fr: "Type", en: "Type", width: 16,
			help: Text{Fr: "La sorte de carte : verdict, choix, devinette, échelle, ordre, question ouverte ou personnage (la liste de la cellule les propose).",
				En: "The kind of card: verdict, choice, riddle, scale, order, open question or character (the cell's list offers them)."}},
		{key: "text", fr: "Texte", en: "Text", width: 50, also: []string{"question", "affirmation", "claim", "statement", "enonce"},
			kinds: []cards.Kind{cards.KindVerdict, cards.KindChoice, cards.KindSpectrum, cards.KindOrder, cards.KindOpen, cards.KindCharacter},
			help: Text{Fr: "Ce que la carte montre : l'information à juger (verdict), la question (choix, question ouverte), la phrase à placer (échelle), la consigne (ordre), le nom du personnage. Vide pour une devinette : ses indices disent tout.",
				En: "What the card shows: the claim to judge (verdict), the question (choice, open question), the statement to place (scale), the instruction (order), the character's name. Empty for a riddle: its clues say it all."}},
		{key: "answer", fr: "Bonne réponse", en: "Right answer", width: 16, also: []string{"reponse", "answer", "solution"},
			kinds: []cards.Kind{cards.KindVerdict, cards.KindChoice, cards.KindClues},
			help: Text{Fr: "Verdict : le bon verdict (Vrai, Faux, Trompeur, ou ceux de la feuille « Jeu »). Choix : le numéro de la bonne réponse, ou plusieurs séparés par des virgules (1,3). Devinette : ce qu'il faut trouver.",
				En: "Verdict: the right verdict (True, False, Misleading, or those of the \"Deck\" sheet). Choice: the number of the right answer, or several separated by commas (1,3). Riddle: what is to be found."}},
		{key: "explanation", fr: "Explication", en: "Explanation", width: 50,
			help: Text{Fr: "Ce que le jeu explique quand il montre la réponse.", En: "What the game explains when it shows the answer."}},
		{key: "image", fr: "Image", en: "Picture", width: 18, also: []string{"photo", "picture", "illustration"},
			help: Text{Fr: "Une image collée dans la cellule (Insertion > Image, puis placée dans la cellule), ou le nom d'un fichier image rangé à côté du jeu (img/photo.png).",
				En: "A picture pasted into the cell (Insert > Image, then placed in the cell), or the name of a picture file kept beside the deck (img/photo.png)."}},
	}
	for i := 1; i <= maxChoices; i++ {
		n := string(rune('0' + i))
		cols = append(cols, column{key: "choice" + n, fr: "Réponse " + n, en: "Answer " + n, width: 22,
			also:  []string{"choix" + n, "choice" + n},
			kinds: []cards.Kind{cards.KindChoice},
			help: Text{Fr: "Une des réponses proposées d'une carte choix, une par colonne, de 2 à 6.",
				En: "One of the answers offered on a choice card, one a column, 2 to 6."}})
	}
	return append(cols,
		column{key: "accept", fr: "Aussi juste", en: "Also right", width: 18, list: true, also: []string{"accepter", "accept"},
			kinds: []cards.Kind{cards.KindVerdict, cards.KindClues, cards.KindCharacter},
			help: Text{Fr: "D'autres réponses à compter justes, une par ligne : une autre façon d'écrire la devinette (le cloud), ou un autre verdict (Douteux à côté d'Arnaque).",
				En: "Other answers to count as right, one a line: another way to write a riddle's answer (the cloud), or another verdict (Unsure beside Scam)."}},
		column{key: "source", fr: "Source", en: "Source", width: 30,
			help: Text{Fr: "D'où vient la réponse : l'adresse d'un article, un livre.", En: "Where the answer comes from: an article's address, a book."}},
		column{key: "technique", fr: "Technique", en: "Technique", width: 22, list: true, also: []string{"techniques"},
			help: Text{Fr: "La technique de manipulation (contenu trompeur, émotion…), une par ligne s'il y en a plusieurs.",
				En: "The manipulation technique (misleading content, emotion…), one a line when there are several."}},
		column{key: "reflex", fr: "Bon réflexe", en: "Reflex", width: 30, also: []string{"reflexe"},
			help: Text{Fr: "Un réflexe court à retenir, montré avec la réponse.", En: "One short reflex to take away, shown with the answer."}},
		column{key: "hints", fr: "Pistes pour vérifier", en: "Hints", width: 36, list: true, kinds: verdictOnly, also: []string{"pistes"},
			help: Text{Fr: "Verdict : des pistes pour vérifier, une par ligne, lues avant un second vote.",
				En: "Verdict: ways to check, one a line, read before a second vote."}},
		column{key: "flags", fr: "Signaux d'alerte", en: "Red flags", width: 36, list: true, kinds: verdictOnly, also: []string{"signaux", "flags"},
			help: Text{Fr: "Verdict : les signaux d'alerte à repérer (une adresse bizarre, l'urgence…), un par ligne, montrés avec la réponse.",
				En: "Verdict: the red flags to spot (an odd address, urgency…), one a line, shown with the answer."}},
		column{key: "report", fr: "Où signaler", en: "Where to report", width: 24, kinds: verdictOnly, also: []string{"signaler", "report"},
			help: Text{Fr: "Verdict : où signaler un tel message (le 33700, signal-spam.fr…).",
				En: "Verdict: where to report such a message (a number, a website)."}},
		column{key: "clues", fr: "Indices", en: "Clues", width: 40, list: true, kinds: []cards.Kind{cards.KindClues, cards.KindCharacter},
			help: Text{Fr: "Devinette : les indices, un par ligne, du plus difficile au plus facile (2 à 8). Personnage : des indices pour le jouer aussi en devinette.",
				En: "Riddle: the clues, one a line, hardest first (2 to 8). Character: clues to play it as a riddle too."}},
		column{key: "items", fr: "Éléments dans l'ordre", en: "Items in order", width: 30, list: true, kinds: []cards.Kind{cards.KindOrder}, also: []string{"elements", "items"},
			help: Text{Fr: "Ordre : les éléments à remettre dans l'ordre, un par ligne, dans le bon ordre (3 à 8) ; le jeu les mélange.",
				En: "Order: the items to put in order, one a line, in the right order (3 to 8); the game shuffles them."}},
		column{key: "left", fr: "Gauche", en: "Left", width: 18, kinds: spectrumOnly,
			help: Text{Fr: "Échelle : ce qui est écrit à gauche (Pas du tout d'accord).", En: "Scale: what the left end says (Strongly disagree)."}},
		column{key: "right", fr: "Droite", en: "Right", width: 18, kinds: spectrumOnly,
			help: Text{Fr: "Échelle : ce qui est écrit à droite (Tout à fait d'accord).", En: "Scale: what the right end says (Strongly agree)."}},
		column{key: "min", fr: "Min", en: "Min", width: 8, number: true, kinds: spectrumOnly, also: []string{"minimum"},
			help: Text{Fr: "Échelle : le nombre à gauche (0 si vide).", En: "Scale: the number at the left end (0 when empty)."}},
		column{key: "max", fr: "Max", en: "Max", width: 8, number: true, kinds: spectrumOnly, also: []string{"maximum"},
			help: Text{Fr: "Échelle : le nombre à droite (100 si vide).", En: "Scale: the number at the right end (100 when empty)."}},
		column{key: "unit", fr: "Unité", en: "Unit", width: 8, kinds: spectrumOnly,
			help: Text{Fr: "Échelle : l'unité écrite après les nombres (%, ans, €).", En: "Scale: the unit written after numbers (%, years, €)."}},
		column{key: "target", fr: "Valeur juste", en: "Target", width: 10, number: true, kinds: spectrumOnly, also: []string{"cible", "valeur"},
			help: Text{Fr: "Échelle : la bonne valeur, si la carte en a une (un chiffre d'enquête) ; vide pour une opinion, qui n'est jamais notée.",
				En: "Scale: the right value, when the card has one (a survey figure); empty for an opinion, which is never scored."}},
		column{key: "zones", fr: "Zones", en: "Zones", width: 10, list: true, number: true, kinds: spectrumOnly,
			help: Text{Fr: "Échelle avec valeur juste : les écarts qui rapportent 3, 2, 1 points, séparés par des virgules (5, 12, 20).",
				En: "Scale with a target: the distances that earn 3, 2, 1 points, separated by commas (5, 12, 20)."}},
		column{key: "yes", fr: "Oui à", en: "Yes to", width: 18, list: true, kinds: characterOnly, also: []string{"oui", "yes"},
			help: Text{Fr: "Personnage : les codes des questions du plateau (feuille « Jeu ») auxquelles il répond oui, un par ligne ; il répond non aux autres.",
				En: "Character: the codes of the board's questions (\"Deck\" sheet) it answers yes to, one a line; it answers no to the others."}},
		column{key: "notes", fr: "Notes du personnage", en: "Character notes", width: 50, list: true, kinds: characterOnly,
			// Not "Notes": a facilitator's own notes column would be read
			// as the character's, and the file refused; a plain "Notes" is
			// an unknown column, skipped with a warning.
			also: []string{"notes personnage", "character's notes"},
			help: Text{Fr: "Personnage : pourquoi une réponse peut surprendre, une par ligne, le code de la question d'abord : « ecran : Non : c'est la télé qui a l'écran. »",
				En: "Character: why an answer may surprise, one a line, the question's code first: \"screen: No: the TV has the screen.\""}},
		column{key: "discuss", fr: "Pour en discuter", en: "To discuss", width: 36, list: true, also: []string{"discussion", "discuss"},
			help: Text{Fr: "Des questions pour en parler après la réponse, une par ligne.", En: "Questions to talk about after the answer, one a line."}},
		column{key: "easy", fr: "Texte facile", en: "Easy text", width: 36, also: []string{"facile", "falc", "easy"},
			help: Text{Fr: "Le texte en mots faciles à lire, montré quand le réglage « facile à lire » est choisi.",
				En: "The text in easy-to-read words, shown when the easy-to-read setting is on."}},
		column{key: "points", fr: "Points", en: "Points", width: 10, number: true,
			help: Text{Fr: "Les points d'une bonne réponse (ceux de la feuille « Jeu » si vide). Devinette : les points à chaque indice, séparés par des virgules (4, 3, 2, 1).",
				En: "The points of a right answer (the \"Deck\" sheet's when empty). Riddle: the points at each clue, separated by commas (4, 3, 2, 1)."}},
		column{key: "seconds", fr: "Secondes", en: "Seconds", width: 10, number: true, also: []string{"temps", "time", "duree"},
			help: Text{Fr: "Le temps pour répondre, en secondes (0 : pas de minuteur ; celui de la feuille « Jeu » si vide).",
				En: "The time to answer, in seconds (0: no timer; the \"Deck\" sheet's when empty)."}},
		column{key: "tags", fr: "Étiquettes", en: "Tags", width: 18, list: true, also: []string{"etiquette", "mots-cles", "motscles"},
			help: Text{Fr: "Des mots pour trier les cartes, un par ligne ; jamais montrés en jeu.", En: "Words to sort cards by, one a line; never shown in play."}},
		column{key: "sound", fr: "Son", en: "Sound", width: 14, also: []string{"audio"},
			help: Text{Fr: "Le nom d'un fichier son rangé à côté du jeu, lu à voix haute (sons/carte1.mp3).",
				En: "The name of a sound file kept beside the deck, read aloud (sounds/card1.mp3)."}},
		column{key: "id", fr: "Identifiant", en: "Id", width: 16, also: []string{"code"},
			help: Text{Fr: "Un nom court et unique pour la carte, en minuscules sans espace (requin-houston) ; facultatif.",
				En: "A short unique name for the card, lower case without spaces (houston-shark); optional."}},
	)
}()

// header returns the column's header in lang.
func (c column) header(lang string) string { return Text{Fr: c.fr, En: c.en}.In(lang) }

// serves reports whether a card of kind k uses the column.
func (c column) serves(k cards.Kind) bool {
	if c.kinds == nil {
		return true
	}
	for _, kk := range c.kinds {
		if kk == k {
			return true
		}
	}
	return false
}

// columnOf returns the index in columns of the column a header names, -1
// for none.
var columnOf = func() func(header string) int {
	names := map[string]int{}
	for i, c := range columns {
		for _, n := range append([]string{c.fr, c.en}, c.also...) {
			if _, taken := names[fold(n)]; !taken {
				names[fold(n)] = i
			}
		}
	}
	return func(header string) int {
		if i, ok := names[fold(header)]; ok {
			return i
		}
		return -1
	}
}()

// kindWord names a card kind in the template, in both languages.
type kindWord struct {
	kind   cards.Kind
	fr, en string
	also   []string
	help   Text // what the how-to says of it
}

// kindWords are the words of the type column, in the order of cards.Kinds.
var kindWords = []kindWord{
	{cards.KindVerdict, "verdict", "verdict", []string{"vrai ou faux", "vrai/faux", "true or false", "true/false", "info ou intox", "arnaque ou pas"},
		Text{Fr: "Une information, un titre ou un message à juger : Vrai, Faux, Trompeur (ou Arnaque, Légitime, Douteux). À remplir : Texte, Bonne réponse ; mieux avec Explication, Source, Technique.",
			En: "A claim, a headline or a message to judge: True, False, Misleading (or Scam, Genuine, Unsure). Fill in: Text, Right answer; better with Explanation, Source, Technique."}},
	{cards.KindChoice, "choix", "choice", []string{"qcm", "quiz", "choix multiple", "multiple choice"},
		Text{Fr: "Une question à choix : de 2 à 6 réponses. À remplir : Texte, Réponse 1, Réponse 2…, Bonne réponse (son numéro).",
			En: "A multiple-choice question: 2 to 6 answers. Fill in: Text, Answer 1, Answer 2…, Right answer (its number)."}},
	{cards.KindClues, "devinette", "riddle", []string{"indices", "qui suis-je", "who am i"},
		Text{Fr: "Qui suis-je ? : des indices du plus difficile au plus facile ; plus on trouve tôt, plus on gagne de points. À remplir : Bonne réponse, Indices.",
			En: "Who am I?: clues from hardest to easiest; the sooner found, the more points. Fill in: Right answer, Clues."}},
	{cards.KindSpectrum, "échelle", "scale", []string{"nuance", "estimation", "estimate"},
		Text{Fr: "Une phrase à placer sur une échelle : une opinion (jamais notée) ou une estimation avec une valeur juste. À remplir : Texte, Gauche, Droite ; pour une estimation, Min, Max, Valeur juste.",
			En: "A statement to place on a scale: an opinion (never scored) or an estimate with a target. Fill in: Text, Left, Right; for an estimate, Min, Max, Target."}},
	{cards.KindOrder, "ordre", "order", []string{"frise", "timeline", "classement"},
		Text{Fr: "Des éléments à remettre dans l'ordre (une frise). À remplir : Texte (la consigne), Éléments dans l'ordre.",
			En: "Items to put back in order (a timeline). Fill in: Text (the instruction), Items in order."}},
	{cards.KindOpen, "question ouverte", "open question", []string{"ouverte", "open"},
		Text{Fr: "Une question sans bonne réponse : l'animateur ou l'animatrice donne les points. À remplir : Texte.",
			En: "A question with no right answer: the facilitator gives the points. Fill in: Text."}},
	{cards.KindCharacter, "personnage", "character", []string{"qui est-ce", "guess who"},
		Text{Fr: "Un personnage d'un plateau « Qui est-ce ? » : un tel jeu n'a que des personnages (6 à 30) et ses questions sur la feuille « Jeu ». À remplir : Texte (son nom), Image, Oui à.",
			En: "A character of a \"Guess who?\" board: such a deck holds only characters (6 to 30) and its questions on the \"Deck\" sheet. Fill in: Text (its name), Picture, Yes to."}},
}

// word returns the kind's word in lang.
func (w kindWord) word(lang string) string { return Text{Fr: w.fr, En: w.en}.In(lang) }

// kindOf returns the kind a type cell names, in either language or as the
// deck format writes it.
func kindOf(cell string) (cards.Kind, bool) {
	f := fold(cell)
	for _, w := range kindWords {
		for _, n := range append([]string{string(w.kind), w.fr, w.en}, w.also...) {
			if fold(n) == f {
				return w.kind, true
			}
		}
	}
	return "", false
}

// wordOf returns the word of kind k in lang.
func wordOf(k cards.Kind, lang string) string {
	for _, w := range kindWords {
		if w.kind == k {
			return w.word(lang)
		}
	}
	return string(k)
}

// kindList names every kind's word in lang, for a message.
func kindList(lang string) string {
	words := make([]string, len(kindWords))
	for i, w := range kindWords {
		words[i] = w.word(lang)
	}
	return strings.Join(words, ", ")
}

// deckRow is one row of the deck sheet: a label, the key of the deck file
// it fills, and what the how-to and the row's help cell say of it.
type deckRow struct {
	table, key string // "deck", "defaults"; "verdicts" and "question" rows repeat
	fr, en     string
	also       []string
	list       bool
	number     bool
	help       Text
}

// deckRows are the deck sheet's rows, in the order written.
var deckRows = []deckRow{
	{table: "deck", key: "id", fr: "Identifiant du jeu", en: "Deck id", also: []string{"identifiant", "id"},
		help: Text{Fr: "Un nom court, en minuscules, chiffres et tirets (atelier-infox). Pour un jeu fourni avec Déclic, changez-le (infox-centre) : sinon l'import le refuse.",
			En: "A short name in lower case, digits and hyphens (infox-workshop). For a deck that comes with Déclic, change it (fake-or-fact-club): else the import refuses it."}},
	{table: "deck", key: "title", fr: "Titre", en: "Title", also: []string{"titre du jeu", "deck title"},
		help: Text{Fr: "Le titre que les joueurs voient.", En: "The title players see."}},
	{table: "deck", key: "language", fr: "Langue", en: "Language", also: []string{"lang"},
		help: Text{Fr: "fr pour le français, en pour l'anglais (ar, fr-BE…).", En: "en for English, fr for French (ar, fr-BE…)."}},
	{table: "deck", key: "description", fr: "Description", en: "Description",
		help: Text{Fr: "Quelques phrases sur le jeu, montrées quand on le choisit.", En: "A few sentences on the deck, shown when it is chosen."}},
	{table: "deck", key: "audience", fr: "Public", en: "Audience", list: true,
		help: Text{Fr: "Pour qui : enfants, ados, adultes, seniors… un par ligne.", En: "Who it is for: children, teens, adults, seniors… one a line."}},
	{table: "deck", key: "minutes", fr: "Durée (minutes)", en: "Length (minutes)", number: true, also: []string{"duree", "minutes", "length"},
		help: Text{Fr: "Combien de minutes dure une partie, à peu près.", En: "About how many minutes a game lasts."}},
	{table: "deck", key: "author", fr: "Auteur", en: "Author", also: []string{"autrice", "auteurs"},
		help: Text{Fr: "Qui a écrit le jeu.", En: "Who wrote the deck."}},
	{table: "deck", key: "license", fr: "Licence", en: "License", also: []string{"licence"},
		help: Text{Fr: "Ce que d'autres ont le droit d'en faire (CC BY-SA 4.0).", En: "What others may do with it (CC BY-SA 4.0)."}},
	{table: "defaults", key: "points", fr: "Points par bonne réponse", en: "Points per right answer", number: true, also: []string{"points"},
		help: Text{Fr: "Les points d'une bonne réponse, pour les cartes qui n'en disent pas (1 si vide).", En: "The points of a right answer, for cards that say none (1 when empty)."}},
	{table: "defaults", key: "seconds", fr: "Secondes pour répondre", en: "Seconds to answer", number: true, also: []string{"secondes", "seconds"},
		help: Text{Fr: "Le temps pour répondre, pour les cartes qui n'en disent pas (0 ou vide : pas de minuteur).", En: "The time to answer, for cards that say none (0 or empty: no timer)."}},
	{table: "defaults", key: "mode", fr: "Façon de jouer", en: "Turn mode", also: []string{"mode"},
		help: Text{Fr: "chacun son tour, tous ensemble ou buzzer.", En: "in turns, all together or buzzer."}},
	{table: "verdicts", fr: "Verdict", en: "Verdict", also: []string{"verdicts"},
		help: Text{Fr: "Un verdict que les équipes peuvent donner, une ligne chacun, dans l'ordre des boutons (2 à 6) ; son code à droite, si vide tiré du mot. Sans ces lignes : Vrai, Faux, Trompeur.",
			En: "A verdict teams can give, a row each, in the order of the buttons (2 to 6); its code on the right, made from the word when empty. Without these rows: True, False, Misleading."}},
	{table: "question", fr: "Question du plateau", en: "Board question", also: []string{"question"},
		help: Text{Fr: "« Qui est-ce ? » : une question à poser, une ligne chacune ; à droite son code, que la colonne « Oui à » des personnages reprend.",
			En: "\"Guess who?\": a question to ask, a row each; on the right its code, which the characters' \"Yes to\" column uses."}},
}

// deckRowOf returns the deck row a label names.
func deckRowOf(label string) (deckRow, bool) {
	f := fold(label)
	for _, r := range deckRows {
		for _, n := range append([]string{r.fr, r.en}, r.also...) {
			if fold(n) == f {
				return r, true
			}
		}
	}
	return deckRow{}, false
}

// modeWords are the words of the deck sheet's turn mode.
var modeWords = []struct {
	mode   cards.Mode
	fr, en string
}{
	{cards.ModeTurns, "chacun son tour", "in turns"},
	{cards.ModeAll, "tous ensemble", "all together"},
	{cards.ModeBuzzer, "buzzer", "buzzer"},
}

// modeOf returns the mode a cell names, or the cell as it is (cards.Parse
// then says it is no mode).
func modeOf(cell string) string {
	f := fold(cell)
	for _, m := range modeWords {
		if f == fold(m.fr) || f == fold(m.en) || f == fold(string(m.mode)) {
			return string(m.mode)
		}
	}
	return cell
}

// Sheet names, in both languages.
var (
	cardsSheet = Text{Fr: "Cartes", En: "Cards"}
	deckSheet  = Text{Fr: "Jeu", En: "Deck"}
	howToSheet = Text{Fr: "Mode d'emploi", En: "How to"}
	// deckHeader heads the deck sheet's columns.
	deckHeader = [4]Text{{Fr: "Rubrique", En: "Field"}, {Fr: "Valeur", En: "Value"},
		{Fr: "Code", En: "Code"}, {Fr: "Aide", En: "Help"}}
)

// fold returns s as headers and words are compared: lower case, accents
// dropped, only letters and digits kept ("Bonne réponse" → "bonnereponse").
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r), unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
