package workbook

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ReadCSV reads a text spreadsheet as people have them: a French Excel's
// "CSV (séparateur : point-virgule)" in Windows-1252, UTF-8 with or without
// its byte order mark, Excel's "Texte Unicode" (UTF-16 with its mark, tabs
// between cells); cells separated by semicolons, commas or tabs, whichever
// gives the same number of cells on the first lines; quoted cells holding
// separators, line breaks and "" for a quote; CRLF, LF or CR lines. Text
// that is not UTF-8 is read as Windows-1252, which every byte is, so
// accents never turn into "Ã©". The book has one sheet; the error says the
// limits are passed.
func ReadCSV(data []byte) (*Book, error) {
	text := decodeText(data)
	sep := detectSeparator(text)
	cells := 0
	g := grid{cells: &cells}
	row, col := 0, 0
	var field strings.Builder
	i, n := 0, len(text)
	for i < n {
		// One field, from i.
		field.Reset()
		if text[i] == '"' {
			i++
			for i < n {
				c := text[i]
				if c == '"' {
					if i+1 < n && text[i+1] == '"' {
						field.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				if c == '\r' {
					// A line break inside a cell is "\n", whatever the file's.
					field.WriteByte('\n')
					i++
					if i < n && text[i] == '\n' {
						i++
					}
					continue
				}
				field.WriteByte(c)
				i++
				if field.Len() > MaxCellSize {
					return nil, errCellTooBig
				}
			}
		}
		// Unquoted text, or what follows a closing quote (kept: a
		// spreadsheet shows it).
		for i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r' {
			field.WriteByte(text[i])
			i++
			if field.Len() > MaxCellSize {
				return nil, errCellTooBig
			}
		}
		if err := g.set(row, col, field.String()); err != nil {
			return nil, err
		}
		if i >= n {
			break
		}
		switch text[i] {
		case sep:
			col++
			i++
		case '\r':
			i++
			if i < n && text[i] == '\n' {
				i++
			}
			row, col = row+1, 0
		case '\n':
			i++
			row, col = row+1, 0
		}
	}
	return &Book{Sheets: []Sheet{{Name: "", Rows: g.rows}}}, nil
}

// decodeText returns data as UTF-8: UTF-16 by its byte order mark, UTF-8
// with its mark dropped, else UTF-8 when it is valid and Windows-1252 when
// it is not (Excel's "CSV" on a French Windows).
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			return string(out)
		}
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	}
	if utf8.Valid(data) {
		return string(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		// Windows-1252 decodes every byte; this is not reached.
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

// detectLines is how many lines the separator is judged on.
const detectLines = 30

// detectSeparator returns the separator among ; , and tab that splits the
// first lines into the same number of cells the most often (quoted text
// left out), more than one cell; on a tie, the one giving more cells, then
// the semicolon of a French Excel, the tab of "Texte Unicode", the comma.
func detectSeparator(text string) byte {
	best, bestAgree, bestCells := byte(';'), 0, 0
	for _, sep := range []byte{';', '\t', ','} {
		counts := map[int]int{}
		cells, quoted, line := 1, false, 0
		for i := 0; i < len(text) && line < detectLines; i++ {
			switch c := text[i]; {
			case c == '"':
				quoted = !quoted
			case quoted:
			case c == sep:
				cells++
			case c == '\n' || c == '\r':
				if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				counts[cells]++
				cells, line = 1, line+1
			}
		}
		if line < detectLines {
			counts[cells]++
		}
		agree, most := 0, 0
		for c, k := range counts {
			if c > 1 && (k > agree || k == agree && c > most) {
				agree, most = k, c
			}
		}
		if agree > bestAgree || agree == bestAgree && most > bestCells {
			best, bestAgree, bestCells = sep, agree, most
		}
	}
	return best
}
