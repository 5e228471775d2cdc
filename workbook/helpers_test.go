package workbook

import (
	"archive/zip"
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// golden compares got with testdata/name, or writes it there with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run go test ./workbook/ -update to write it")
	require.Equal(t, string(want), got)
}

// kahootInstructions are the first rows of Kahoot's quiz template as
// Kahoot distributes it (KahootQuizTemplate.xlsx): row 1 empty, the title
// and instructions in column B, row 7 empty, the header on row 8 with
// column A blank (it numbers the questions below).
var kahootInstructions = [][]string{
	{},
	{"", "Quiz template"},
	{"", "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!"},
	{"", "Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma."},
	{"", "See an example question below (don't forget to overwrite this with your first question!)"},
	{"", "And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"},
	{},
	{"", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
		"Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
		"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"},
}

// kahootRows returns the template's rows with questions: each question
// row is Question, Answer 1…4, Time limit, Correct answer(s), numbered in
// column A as the template numbers its rows, down to 100.
func kahootRows(questions ...[]string) [][]string {
	rows := append([][]string{}, kahootInstructions...)
	for i := 1; i <= 100; i++ {
		row := []string{strconv.Itoa(i)}
		if i <= len(questions) {
			row = append(row, questions[i-1]...)
		}
		rows = append(rows, row)
	}
	return rows
}

// tinyPNG is a 4×3 picture, as a card's image.
func tinyPNG(t testing.TB) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 4, 3))
	for i := range img.Pix {
		img.Pix[i] = 0xC0
	}
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, img))
	return b.Bytes()
}

// sheetData is one sheet to write with xlsxOf.
type sheetData struct {
	name     string
	rows     [][]string
	pictures map[string][]byte // cell → PNG
}

// xlsxOf writes sheets as an .xlsx with excelize, as Excel would save them.
func xlsxOf(t testing.TB, sheets ...sheetData) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			require.NoError(t, f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			require.NoError(t, err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, err := excelize.CoordinatesToCellName(c+1, r+1)
				require.NoError(t, err)
				require.NoError(t, f.SetCellValue(s.name, cell, v))
			}
		}
		for cell, png := range s.pictures {
			require.NoError(t, f.AddPictureFromBytes(s.name, cell, &excelize.Picture{Extension: ".png", File: png}))
		}
	}
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

// zipOf writes files (name → content) as a zip, in the order given.
func zipOf(t testing.TB, files ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, f := range files {
		fw, err := w.Create(f[0])
		require.NoError(t, err)
		_, err = fw.Write([]byte(f[1]))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.Bytes()
}
