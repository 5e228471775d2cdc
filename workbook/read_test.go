package workbook

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// win1252 returns s as a French Windows writes it.
func win1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestReadCSV(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(
		[]byte("Question\tRéponse\r\nÇa marche ?\tOui\r\n"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		data []byte
		want [][]string
	}{
		{"French Excel: Windows-1252, semicolons, CRLF",
			win1252(t, "Question;Réponse 1;Réponse 2\r\nQu'est-ce qu'un « cookie » ?;Un gâteau;Un fichier\r\n"),
			[][]string{{"Question", "Réponse 1", "Réponse 2"}, {"Qu'est-ce qu'un « cookie » ?", "Un gâteau", "Un fichier"}}},
		{"UTF-8 with its byte order mark, commas",
			[]byte("\xEF\xBB\xBFquestion,answer\nÉté ?,oui\n"),
			[][]string{{"question", "answer"}, {"Été ?", "oui"}}},
		{"UTF-8 without mark, tabs",
			[]byte("a\tb\tc\nd\te\tf"),
			[][]string{{"a", "b", "c"}, {"d", "e", "f"}}},
		{"Excel's Texte Unicode: UTF-16 with its mark, tabs",
			utf16,
			[][]string{{"Question", "Réponse"}, {"Ça marche ?", "Oui"}}},
		{"quoted cells: separators, line breaks, doubled quotes",
			[]byte("q;r\r\n\"Un; deux\";\"ligne 1\r\nligne 2\"\r\n\"Il dit \"\"bonjour\"\"\";x\r\n"),
			[][]string{{"q", "r"}, {"Un; deux", "ligne 1\nligne 2"}, {`Il dit "bonjour"`, "x"}}},
		{"semicolons win over the commas inside the text",
			[]byte("Question;Réponse\nBonjour, ça va ?;Oui, merci\nEt toi, ça va ?;Non\n"),
			[][]string{{"Question", "Réponse"}, {"Bonjour, ça va ?", "Oui, merci"}, {"Et toi, ça va ?", "Non"}}},
		{"padded rows and empty cells",
			[]byte(";Quiz template;;\n;;;\n1;Q;A;B\n"),
			[][]string{{"", "Quiz template"}, nil, {"1", "Q", "A", "B"}}},
		{"old Mac lines (CR only)",
			[]byte("a;b\rc;d\r"),
			[][]string{{"a", "b"}, {"c", "d"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ReadCSV(tc.data)
			require.NoError(t, err)
			require.Len(t, b.Sheets, 1)
			assert.Equal(t, tc.want, b.Sheets[0].Rows)
		})
	}
}

func TestReadRefusesWhatIsTooBig(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"a file past the size limit", "gros.csv", make([]byte, MaxFileSize+1),
			"gros.csv is too big for a spreadsheet of questions (32 MB at most)"},
		{"a cell past its limit", "cell.csv", []byte(strings.Repeat("x", MaxCellSize+1)),
			"cell.csv: a cell holds more than 128 KB of text"},
		{"too many rows", "rows.csv", []byte(strings.Repeat("a;b\n", MaxRows+1)),
			"rows.csv: more than 20000 filled rows in a sheet"},
		{"too many columns", "cols.csv", []byte(strings.Repeat("a;", MaxCols+1)),
			"cols.csv: more than 256 filled columns in a row"},
		{"an ODS row repeated past the limit", "rep.ods", zipOf(t, [2]string{"content.xml", odsContent(
			`<table:table table:name="F"><table:table-row table:number-rows-repeated="1000000000"><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>`)}),
			"rep.ods: more than 20000 filled rows in a sheet"},
		{"an ODS cell repeated past the limit", "rep.ods", zipOf(t, [2]string{"content.xml", odsContent(
			`<table:table table:name="F"><table:table-row><table:table-cell table:number-columns-repeated="100000"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`)}),
			"rep.ods: more than 256 filled columns in a row"},
		{"a zip bomb", "bomb.ods", zipBomb(t),
			"bomb.ods: it unpacks to more than 256 MB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.file, tc.data)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.want, e.Text.En)
			assert.NotEmpty(t, e.Text.Fr)
		})
	}
}

// zipBomb is a small zip that says its content.xml unpacks to 300 MB.
func zipBomb(t *testing.T) []byte {
	data := zipOf(t, [2]string{"content.xml", "<x/>"})
	// Patch the sizes of the central directory (and the local header):
	// uncompressed size at offset 24 of a central record, 22 of a local one.
	big := []byte{0, 0, 0, 0x12} // 0x12000000 = 301,989,888
	for i := 0; i+4 <= len(data); i++ {
		switch string(data[i : i+4]) {
		case "PK\x01\x02":
			copy(data[i+24:], big)
		case "PK\x03\x04":
			copy(data[i+22:], big)
		}
	}
	return data
}

// odsContent wraps tables as LibreOffice writes content.xml.
func odsContent(tables string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:spreadsheet>` +
		tables + `</office:spreadsheet></office:body></office:document-content>`
}

func TestReadODS(t *testing.T) {
	content := odsContent(`<table:table table:name="Feuille1" table:style-name="ta1">` +
		`<table:table-column table:style-name="co1" table:number-columns-repeated="3" table:default-cell-style-name="Default"/>` +
		`<table:table-row table:style-name="ro1">` +
		`<table:table-cell office:value-type="string" calcext:value-type="string" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><text:p>Question</text:p></table:table-cell>` +
		`<table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>Réponse</text:p></table:table-cell>` +
		`</table:table-row>` +
		`<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
		`<table:table-row>` +
		`<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Deux<text:s text:c="3"/>espaces</text:p><text:p>et <text:span text:style-name="T1">une</text:span> ligne<text:line-break/>de plus</text:p></table:table-cell>` +
		`<table:covered-table-cell/>` +
		`<table:table-cell office:value-type="float" office:value="20"><office:annotation><dc:creator>Anne</dc:creator><text:p>un commentaire</text:p></office:annotation><text:p>20</text:p></table:table-cell>` +
		`<table:table-cell office:value-type="float" office:value="30"/>` +
		`</table:table-row>` +
		`<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
		`</table:table>` +
		`<table:table table:name="Feuille2"><table:table-row><table:table-cell><text:p>B</text:p><draw:frame draw:name="Image 1"><draw:image xlink:href="Pictures/1000.png"/></draw:frame></table:table-cell></table:table-row></table:table>`)
	pic := tinyPNG(t)
	data := zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
		[2]string{"content.xml", content}, [2]string{"Pictures/1000.png", string(pic)})
	b, err := Read("quiz.ods", data)
	require.NoError(t, err)
	require.Len(t, b.Sheets, 2)
	assert.Equal(t, "quiz.ods", b.Name)
	assert.Equal(t, "Feuille1", b.Sheets[0].Name)
	assert.Equal(t, [][]string{
		{"Question", "Réponse", "Réponse"},
		nil, nil,
		{"Deux   espaces\net une ligne\nde plus", "", "20", "30"},
	}, b.Sheets[0].Rows)
	assert.Equal(t, [][]string{{"B"}}, b.Sheets[1].Rows)
	assert.Equal(t, map[Cell]Picture{{0, 0}: {Name: "1000.png", Data: pic}}, b.Sheets[1].Pictures)
}

// FuzzImportCSV checks that no text makes reading or importing panic, and
// that text already in UTF-8 is never turned into mojibake: every
// character of every cell is one the file holds (a CR inside a quoted
// cell read as "\n").
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte("Question;Réponse 1;Réponse 2\r\nQ ?;A;B\r\n"))
	f.Add([]byte("\xEF\xBB\xBF\"a\r\nb\",\"c\"\"d\"\n"))
	f.Add([]byte("q\xe9;r\xe8\n"))
	f.Add([]byte("\xFF\xFEa\x00\t\x00b\x00"))
	f.Add([]byte(";Question - max 120 characters;Answer 1 - max 75 characters;Answer 2 - max 75 characters;Answer 3;Answer 4;Time limit (sec);Correct answer(s) - choose at least one\n1;Q ?;Vrai;Faux;;;20;1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Read("fuzz.csv", data)
		if err != nil {
			var e *Error
			require.ErrorAs(t, err, &e)
			return
		}
		plain := utf8.Valid(data) && !strings.HasPrefix(string(data), "\xFF\xFE") && !strings.HasPrefix(string(data), "\xFE\xFF")
		for _, row := range b.Sheets[0].Rows {
			for _, cell := range row {
				require.True(t, utf8.ValidString(cell))
				if plain {
					for _, r := range cell {
						if r == '\n' && strings.Contains(string(data), "\r") {
							continue // a CR line break inside a cell is read as "\n"
						}
						require.Contains(t, string(data), string(r), "a character the file does not hold")
					}
				}
			}
		}
		if r, err := Import(b, Options{Lang: "fr"}); err == nil && r.Text != nil {
			require.NotNil(t, r.Deck)
		}
	})
}
