package workbook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// report is what a person reads of an import: its problems in French and
// English, then the deck file written (or that nothing is).
func report(t *testing.T, name string, data []byte, opts Options) string {
	t.Helper()
	var b strings.Builder
	book, err := Read(name, data)
	if err == nil {
		var r *Result
		r, err = Import(book, opts)
		if err == nil {
			for _, lang := range []string{"fr", "en"} {
				b.WriteString("== " + lang + " ==\n")
				for _, p := range r.Problems {
					b.WriteString(p.Text(lang) + "\n")
				}
			}
			b.WriteString("== deck ==\n")
			if r.Text == nil {
				b.WriteString("(nothing written)\n")
			} else {
				b.Write(r.Text)
			}
			for name := range r.Pictures {
				b.WriteString("== picture " + name + " ==\n")
			}
			return b.String()
		}
	}
	var e *Error
	require.ErrorAs(t, err, &e, "an import's error is said in words")
	return "== fr ==\n" + e.Text.Fr + "\n== en ==\n" + e.Text.En + "\n"
}

func TestImportKahoot(t *testing.T) {
	kahoot := func(questions ...[]string) []byte {
		return xlsxOf(t, sheetData{name: "Sheet1", rows: kahootRows(questions...)})
	}
	for _, tc := range []struct {
		name string
		file string
		data []byte
		opts Options
	}{
		{"choices-and-verdicts", "Quiz Écrans.xlsx", kahoot(
			[]string{"Combien d'heures par jour un ado passe-t-il sur écran en moyenne ?", "1 h", "3 h", "5 h", "8 h", "20", "3"},
			[]string{"Quels réseaux appartiennent à Meta ?", "Instagram", "TikTok", "WhatsApp", "Snapchat", "30", "1,3"},
			[]string{"Une photo peut être retouchée sans que ça se voie.", "Vrai", "Faux", "", "", "10", "1"},
			[]string{"Le Wi-Fi a été inventé en 2015.", "Faux", "Vrai", "", "", "10", "1"},
			[]string{"Lesquels sont des navigateurs ?", "Firefox", "", "Chrome", "Linux", "", "1 et 3"},
		), Options{Lang: "fr"}},
		{"true-false-in-english", "quiz.xlsx", kahoot(
			[]string{"The Earth is flat.", "True", "False", "", "", "20", "2"},
			[]string{"Which is a search engine?", "Qwant", "Paint", "", "", "20", "1"},
		), Options{ID: "earth", Title: "Earth quiz", Lang: "en"}},
		{"skipped-rows", "quiz.xlsx", kahoot(
			[]string{"Première question ?", "Oui", "Non", "", "", "20", "1"},
			[]string{},
			[]string{"Une question sans réponses", "", "", "", "", "20", ""},
			[]string{"", "Une réponse", "Une autre", "", "", "", "1"},
			[]string{"Dernière question ?", "A", "B", "", "", "20", "2"},
		), Options{Lang: "fr"}},
		{"errors-at-their-cells", "quiz.xlsx", kahoot(
			[]string{"Bonne réponse en lettres", "Un", "Deux", "", "", "20", "deux"},
			[]string{"Bonne réponse sur une case vide", "Un", "Deux", "", "", "20", "3"},
			[]string{"Pas de bonne réponse", "Un", "Deux", "", "", "20", ""},
			[]string{"Temps en lettres", "Un", "Deux", "", "", "vingt", "1"},
			[]string{"Une seule réponse", "Seule", "", "", "", "20", "1"},
			[]string{"Bonne réponse 5", "Un", "Deux", "", "", "20", "5"},
		), Options{Lang: "fr"}},
		{"bad-id", "quiz.xlsx", kahoot(
			[]string{"Question ?", "Un", "Deux", "", "", "20", "1"},
		), Options{ID: "Mon Quiz", Lang: "fr"}},
		{"several-sheets", "quiz.xlsx", xlsxOf(t,
			sheetData{name: "Consignes", rows: [][]string{{"À lire avant de jouer"}}},
			sheetData{name: "Feuille 2", rows: kahootRows(
				[]string{"Question ?", "Un", "Deux", "", "", "20", "trois"},
			)}), Options{Lang: "fr"}},
		{"not-a-quiz", "courses.xlsx", xlsxOf(t, sheetData{name: "Sheet1", rows: [][]string{{"Lait", "Pain"}, {"2", "1"}}}), Options{Lang: "fr"}},
		{"not-a-spreadsheet", "quiz.docx", []byte("PK\x03\x04 a Word file"), Options{Lang: "fr"}},
		{"damaged", "quiz.xlsx", []byte("PK\x03\x04 cut short"), Options{Lang: "fr"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, "import/"+tc.name+".golden", report(t, tc.file, tc.data, tc.opts))
		})
	}
}

func TestImportKahootPicture(t *testing.T) {
	pic := tinyPNG(t)
	data := xlsxOf(t, sheetData{name: "Sheet1", rows: kahootRows(
		[]string{"Ce requin nage-t-il vraiment dans une rue ?", "Vrai", "Faux", "", "", "20", "2"},
	), pictures: map[string][]byte{"H9": pic}})
	book, err := Read("requin.xlsx", data)
	require.NoError(t, err)
	r, err := Import(book, Options{Lang: "fr"})
	require.NoError(t, err)
	require.Zero(t, r.Errors())
	require.NotNil(t, r.Deck)
	assert.Equal(t, map[string][]byte{"img/requin/h9.png": pic}, r.Pictures)
	assert.Equal(t, "img/requin/h9.png", r.Deck.Cards[0].Image)
	golden(t, "import/picture.golden", report(t, "requin.xlsx", data, Options{Lang: "fr"}))
}

// kahootCSV is Kahoot's template saved by a French Excel as "CSV
// (séparateur : point-virgule)": every row padded to the sheet's width.
func kahootCSV(questions ...[]string) string {
	var b strings.Builder
	for _, row := range kahootRows(questions...) {
		cells := make([]string, 8)
		copy(cells, row)
		for i, c := range cells {
			if strings.ContainsAny(c, ";\"\n") {
				cells[i] = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
		}
		b.WriteString(strings.Join(cells, ";") + "\r\n")
	}
	return b.String()
}

func TestImportCSVAndODS(t *testing.T) {
	questions := [][]string{
		{"Qu'est-ce qu'un « cookie » sur un site ?", "Un gâteau", "Un petit fichier", "Un virus", "", "20", "2"},
		{"Un site en « https » est forcément honnête.", "Vrai", "Faux", "", "", "20", "2"},
		{"Que faire d'un SMS \"colis en attente\" ; lien à cliquer ?\nAvant de cliquer…", "Cliquer", "Le supprimer", "Le signaler au 33700", "", "30", "2;3"},
	}
	ods := func() []byte {
		var rows strings.Builder
		for _, row := range kahootRows(questions...) {
			rows.WriteString("<table:table-row>")
			for _, c := range row {
				rows.WriteString(`<table:table-cell office:value-type="string">`)
				for _, p := range strings.Split(c, "\n") {
					if c != "" {
						rows.WriteString("<text:p>" + strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;").Replace(p) + "</text:p>")
					}
				}
				rows.WriteString("</table:table-cell>")
			}
			rows.WriteString(`<table:table-cell table:number-columns-repeated="1016"/></table:table-row>`)
		}
		return zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
			[2]string{"content.xml", odsContent(`<table:table table:name="Feuille1">` + rows.String() +
				`<table:table-row table:number-rows-repeated="1048468"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`)})
	}
	for _, tc := range []struct {
		name, file string
		data       []byte
	}{
		{"csv-windows-1252", "Quiz arnaques.csv", win1252(t, kahootCSV(questions...))},
		{"csv-utf8-bom", "Quiz arnaques.csv", []byte("\xEF\xBB\xBF" + kahootCSV(questions...))},
		{"ods", "Quiz arnaques.ods", ods()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The three files are one quiz: one deck, one golden file.
			got := strings.ReplaceAll(report(t, tc.file, tc.data, Options{Lang: "fr"}), tc.file, "FILE")
			golden(t, "import/kahoot-elsewhere.golden", got)
		})
	}
}

// TestKahootRightAnswersAsNumbers reads right answers as a French Excel
// keeps them: "1,3" typed in a cell becomes the number 1.3, "2" the
// number 2.
func TestKahootRightAnswersAsNumbers(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range kahootRows(
		[]string{"Lesquels ?", "Un", "Deux", "Trois", "", "20", ""},
		[]string{"Lequel ?", "Un", "Deux", "", "", "20", ""},
		[]string{"Lesquels encore ?", "Un", "Deux", "Trois", "Quatre", "20", ""},
	) {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			require.NoError(t, f.SetCellValue("Sheet1", cell, v))
		}
	}
	require.NoError(t, f.SetCellFloat("Sheet1", "H9", 1.3, -1, 64))
	require.NoError(t, f.SetCellInt("Sheet1", "H10", 2))
	require.NoError(t, f.SetCellFloat("Sheet1", "H11", 2.34, -1, 64))
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	book, err := Read("quiz.xlsx", b.Bytes())
	require.NoError(t, err)
	require.Equal(t, []string{"1.3", "2", "2.34"}, []string{book.Sheets[0].Rows[8][7], book.Sheets[0].Rows[9][7], book.Sheets[0].Rows[10][7]})
	r, err := Import(book, Options{Lang: "fr"})
	require.NoError(t, err)
	require.NotNil(t, r.Deck, r.Problems)
	assert.Equal(t, []int{0, 2}, r.Deck.Cards[0].Correct)
	assert.Equal(t, []int{1}, r.Deck.Cards[1].Correct)
	assert.Equal(t, []int{1, 2, 3}, r.Deck.Cards[2].Correct)
}
