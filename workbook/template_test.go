package workbook

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

var updateTemplate = flag.Bool("update-template", false, "rewrite the golden files under testdata/template/")

// png1 is a 2×2 PNG, a picture cards.Parse accepts.
var png1 = func() []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
		panic(err)
	}
	return b.Bytes()
}()

// TestFromTemplate reads small books as a facilitator fills them and
// checks, in a golden file a reader checks by eye, what each gives: the
// notes (fr and en), the deck file with the cell each line comes from, and
// what cards.Parse then says, at its cell.
func TestFromTemplate(t *testing.T) {
	deckSheetFr := Sheet{Name: "Jeu", Rows: [][]string{
		{"Rubrique", "Valeur", "Code", "Aide"},
		{"Identifiant du jeu", "atelier-infox"},
		{"Titre", "Atelier info ou intox"},
		{"Langue", "fr"},
		{"Public", "ados\nadultes\n"},
		{"Durée (minutes)", "45"},
		{"Secondes pour répondre", "30"},
		{"Façon de jouer", "Tous ensemble"},
		{"Couleur", "bleu"}, // not a field: skipped with a warning
	}}
	for _, tc := range []struct {
		name string
		book Book
	}{
		{"french-headers", Book{Name: "atelier.xlsx", Sheets: []Sheet{{Name: "Cartes", Rows: [][]string{
			{"Type", "Texte", "Réponse 1", "Réponse 2", "Réponse 3", "Bonne réponse", "Explication", "Indices", "Points"},
			{"choix", "Quel mot de passe est le plus solide ?", "123456", "Soleil2024", "cheval-agrafe-batterie-correct", "3", "Long et facile à retenir."},
			{"Choix", "Lesquels sont des réseaux sociaux ?", "TikTok", "Wikipédia", "Instagram", "1,3"},
			{"choix", "Et maintenant ?", "TikTok", "Wikipédia", "Instagram", "1.3"},
			{"choix", "Et ensuite ?", "TikTok", "Wikipédia", "Instagram", "1 et 2", "Deux."},
			{"choix", "Et enfin ?", "TikTok", "Wikipédia", "Instagram", "deux", "Deux."},
			{"verdict", "Un requin nage dans une rue de Houston.", "", "", "", "Faux", "Un montage."},
			{},
			{"", "   ", ""},
			{"devinette", "", "", "", "", "Le Wi-Fi", "", "Je suis invisible.\nJe relie sans fil.\n\nOn me demande mon mot de passe.", "4, 2, 1"},
			{"", "Une ligne sans type", "", "", "", "", "oubliée"},
			{"quizz", "Une question ?"},
		}}, deckSheetFr}}},
		{"english-headers-anywhere", Book{Name: "quiz.xlsx", Sheets: []Sheet{{Name: "Sheet1", Rows: [][]string{
			{"My quiz for Tuesday"},
			{"(one card a row)"},
			{"  TYPE ", "text", "RIGHT answer", "Éléments dans l'ordre", "seconds", "Min", "Max", "Target", "Left", "Right", "Unit", "Zones", "My notes"},
			{"Order", "Oldest first", "", "Minitel\nWi-Fi\nSmartphone"},
			{"scale", "When was the first text message sent?", "", "", "twenty", "1950", "2050", "1992.5", "1950", "2050", "", "2, 5, ten"},
			{"open question", "What makes you trust a piece of news?", "", "", "60", "", "", "", "", "", "", "", "ask the group"},
		}}}}},
		{"board-and-pictures", Book{Name: "plateau.xlsx", Sheets: []Sheet{
			{Name: "Cartes", Rows: [][]string{
				{"Type", "Texte", "Image", "Oui à", "Notes du personnage", "Indices", "Identifiant"},
				{"personnage", "Le smartphone", "", "ecran\npoche", "poche : Oui : on le met dans sa poche.", "", "smartphone"},
				{"personnage", "La télé", "", "ecran", "ecran : Oui.\nsans code", ""},
				{"personnage", "Le Minitel", "img/minitel.png", "ecran", "", "J'ai un écran.\nJe suis très vieux."},
			}, Pictures: map[Cell]Picture{{Row: 1, Col: 2}: {Name: "c2.png", Data: png1}, {Row: 2, Col: 2}: {Name: "c3.png", Data: png1}}},
			{Name: "Jeu", Rows: [][]string{
				{"Identifiant du jeu", "mon-plateau"},
				{"Titre", "Mon plateau"},
				{"Langue", "fr"},
				{"Question du plateau", "A-t-il un écran ?", "ecran"},
				{"Question du plateau", "Le met-on dans sa poche ?", "poche"},
			}},
		}}},
		{"own-verdicts-and-wrong-columns", Book{Name: "arnaques.xlsx", Sheets: []Sheet{
			{Name: "Cards", Rows: [][]string{
				{"Type", "Text", "Answer 1", "Answer 2", "Answer 3", "Right answer", "Also right", "Hints", "Red flags", "Text"},
				{"verdict", "« Votre colis est bloqué : payez 1,99 € »", "", "", "", "ARNAQUE", "douteux", "", "Urgence\nLien bizarre"},
				{"verdict", "Votre banque vous écrit de vous connecter à l'appli.", "", "", "", "légitime"},
				{"choice", "Which is a phishing sign?", "Urgency", "", "A known sender", "1", "", "Look at the address"},
				{"riddle", "A riddle has no text", "", "", "", "The cloud"},
				{"choice", "Which is a phishing sign?", "Urgency", "", "A known sender", "1"},
			}},
			{Name: "Deck", Rows: [][]string{
				{"Deck id", "scams"}, {"Title", "Scams"}, {"Language", "en"},
				{"Verdict", "Arnaque"}, {"Verdict", "Légitime"}, {"Verdict", "Douteux", "suspect"},
			}},
		}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			draft, ok := fromTemplate(&tc.book)
			require.True(t, ok)
			templateGolden(t, filepath.Join("testdata", "template", tc.name+".golden"), describe(&tc.book, draft))
		})
	}
}

// describe writes what a draft holds for a person to read: the notes in
// both languages, the deck file with the cell each line comes from, and
// what cards.Parse says of it, at its cell.
func describe(b *Book, d *Draft) string {
	var s strings.Builder
	at := func(p Place) string {
		if p.Sheet != "" {
			return p.Sheet + "!" + p.Cell.String()
		}
		return p.Cell.String()
	}
	s.WriteString("# notes\n")
	for _, n := range d.Notes {
		sev := "error"
		if n.Severity == cards.Warning {
			sev = "warning"
		}
		fmt.Fprintf(&s, "%s %s: %s\n%s %s: %s\n", at(n.Place), sev, n.Text.Fr, at(n.Place), sev, n.Text.En)
	}
	s.WriteString("# pictures\n")
	for _, name := range slices.Sorted(maps.Keys(d.Pictures)) {
		fmt.Fprintf(&s, "%s (%d bytes)\n", name, len(d.Pictures[name]))
	}
	s.WriteString("# file, each line's cell\n")
	text, spots := d.File.Encode()
	lines := strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")
	for i, l := range lines {
		cell := ""
		if p, ok := placeOf(d.From, spots[i]); ok {
			cell = at(p)
		}
		fmt.Fprintf(&s, "%-60s %s\n", l, cell)
	}
	s.WriteString("# checked\n")
	assets := fstest.MapFS{}
	for name, data := range d.Pictures {
		assets[name] = &fstest.MapFile{Data: data}
	}
	_, problems := cards.Parse(b.Name, text, assets)
	for _, p := range problems {
		cell := "(deck)"
		if p.Line > 0 && p.Line <= len(spots) {
			if c, ok := placeOf(d.From, spots[p.Line-1]); ok {
				cell = at(c)
			}
		}
		fmt.Fprintf(&s, "%s: %s\n", cell, p.Message("en"))
	}
	return s.String()
}

func templateGolden(t *testing.T, file, got string) {
	t.Helper()
	if *updateTemplate {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./workbook -run TestFromTemplate -update-template to write it")
	assert.Equal(t, string(want), got)
}

// TestFromTemplateLeavesOtherLayoutsAlone: a book with no Type and Text
// header (Kahoot's, a list of names) is not Déclic's template.
func TestFromTemplateLeavesOtherLayoutsAlone(t *testing.T) {
	for _, b := range []Book{
		{Name: "kahoot.xlsx", Sheets: []Sheet{{Name: "Sheet1", Rows: [][]string{
			{"Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters", "Time limit (sec)", "Correct answer(s) - choose at least one"},
			{"2+2?", "4", "5", "20", "1"},
		}}}},
		{Name: "noms.csv", Sheets: []Sheet{{Rows: [][]string{{"Nom", "Type"}, {"Alice", "élève"}}}}},
		{Name: "vide.xlsx"},
	} {
		_, ok := fromTemplate(&b)
		assert.False(t, ok, b.Name)
	}
}

// TestHeadersAreReadInEitherLanguage: every column's French and English
// headers, in capitals, with or without accents and spaces, name it.
func TestHeadersAreReadInEitherLanguage(t *testing.T) {
	for i, c := range columns {
		for _, h := range []string{c.fr, c.en, strings.ToUpper(c.fr), " " + strings.ToLower(c.en) + " ", strings.NewReplacer("é", "e", "É", "E", "à", "a", " ", "").Replace(c.fr)} {
			assert.Equal(t, i, columnOf(h), "%q names the column %s", h, c.key)
		}
	}
	for _, w := range kindWords {
		for _, word := range []string{w.fr, w.en, string(w.kind), strings.ToUpper(w.fr)} {
			k, ok := kindOf(word)
			assert.True(t, ok && k == w.kind, "%q names %s", word, w.kind)
		}
	}
	for _, r := range deckRows {
		for _, label := range []string{r.fr, r.en} {
			got, ok := deckRowOf(label)
			assert.True(t, ok && got.key == r.key && got.table == r.table, "%q names the deck row %s.%s", label, r.table, r.key)
		}
	}
}

// TestTheEmptyTemplateSaysItAll writes what a facilitator reads in the
// empty template, sheet by sheet, to golden files: the cards' header, the
// deck sheet and the how-to, in both languages.
func TestTheEmptyTemplateSaysItAll(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		data, err := Write(nil, lang)
		require.NoError(t, err)
		b, err := Read("modele.xlsx", data)
		require.NoError(t, err)
		var s strings.Builder
		for i, sheet := range b.Sheets {
			fmt.Fprintf(&s, "=== %s\n", sheet.Name)
			rows := sheet.Rows
			if i == 0 {
				rows = rows[:1] // the cards' header; the examples are TestTheEmptyTemplateImportsAsADeck's
			}
			for _, row := range rows {
				s.WriteString(strings.ReplaceAll(strings.Join(row, " | "), "\n", " / "))
				s.WriteString("\n")
			}
		}
		templateGolden(t, filepath.Join("testdata", "template", "empty."+lang+".golden"), s.String())
	}
}
