package workbook

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"declic/internal/safefile"
)

// zipLimits bound what an .xlsx or .ods unpacks to, checked on the sizes
// its directory declares before anything is unpacked (a zip bomb is
// refused unread), and again as it is read.
var zipLimits = safefile.ZipLimits{
	File:  func(string) int64 { return maxUnzippedPart },
	Total: maxUnzipped,
}

// openZip opens a spreadsheet's zip within zipLimits; a zip past them is
// refused in words.
func openZip(data []byte) (*safefile.Zip, error) {
	z, err := safefile.OpenZip(bytes.NewReader(data), int64(len(data)), zipLimits)
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, errTooBigInside
	}
	return z, err
}

// readODS reads an OpenDocument spreadsheet (LibreOffice, OpenOffice): its
// content.xml, sheet by sheet, and the pictures framed inside cells.
func readODS(data []byte) (*Book, error) {
	z, err := openZip(data)
	if err != nil {
		return nil, err
	}
	content, err := safefile.ReadFS(z, "content.xml", maxUnzippedPart)
	if err != nil {
		if errors.Is(err, safefile.ErrTooLarge) {
			return nil, errTooBigInside
		}
		return nil, err
	}
	return parseODS(content, z)
}

// Names of OpenDocument's elements and attributes.
const (
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsDraw   = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
	nsXlink  = "http://www.w3.org/1999/xlink"
)

// odsCell is one table:table-cell as read, before its repetitions.
type odsCell struct {
	text    string
	value   string // office:value, shown when the cell has no paragraph (some programs write only it)
	repeat  int
	picture string // a framed picture's path in the zip
}

// parseODS reads content.xml. Repeated rows and cells (LibreOffice writes
// a sheet's empty tail as one row repeated a million times) cost nothing
// while empty; repeated content counts against the limits like typed
// content.
func parseODS(content []byte, files fs.FS) (*Book, error) {
	d := xml.NewDecoder(bytes.NewReader(content))
	b := &Book{}
	cells := 0
	var (
		sheet    *Sheet
		g        grid
		row      int
		rowRep   int
		rowCells []odsCell
		cell     *odsCell
		text     strings.Builder
		paras    int // text:p seen in the cell
		depth    int // nesting inside a text:p
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Space == nsTable && t.Name.Local == "table":
				if len(b.Sheets) == MaxSheets {
					return nil, errTooManySheet
				}
				b.Sheets = append(b.Sheets, Sheet{Name: attr(t, nsTable, "name")})
				sheet = &b.Sheets[len(b.Sheets)-1]
				g, row = grid{cells: &cells}, 0
			case sheet == nil:
			case t.Name.Space == nsTable && t.Name.Local == "table-row":
				rowRep, rowCells = repeat(t, "number-rows-repeated"), rowCells[:0]
			case t.Name.Space == nsTable && (t.Name.Local == "table-cell" || t.Name.Local == "covered-table-cell"):
				rowCells = append(rowCells, odsCell{repeat: repeat(t, "number-columns-repeated"),
					value: cmp.Or(attr(t, nsOffice, "string-value"), attr(t, nsOffice, "value"))})
				cell = &rowCells[len(rowCells)-1]
				text.Reset()
				paras = 0
			case cell == nil:
			case t.Name.Space == nsOffice && t.Name.Local == "annotation":
				// A comment on the cell: not what the cell shows.
				if err := d.Skip(); err != nil {
					return nil, err
				}
			case t.Name.Space == nsText && t.Name.Local == "p" && depth == 0:
				if paras > 0 {
					text.WriteByte('\n')
				}
				paras++
				depth = 1
			case t.Name.Space == nsDraw && t.Name.Local == "image":
				cell.picture = attr(t, nsXlink, "href")
				if depth > 0 {
					depth++
				}
			case depth > 0:
				// Inside a paragraph every element nests, spaces and
				// breaks (empty elements) too: their ends are counted.
				depth++
				switch {
				case t.Name.Space == nsText && t.Name.Local == "s":
					n, err := strconv.Atoi(attr(t, nsText, "c"))
					if err != nil || n < 1 {
						n = 1
					}
					text.WriteString(strings.Repeat(" ", min(n, MaxCellSize-text.Len()+1)))
				case t.Name.Space == nsText && t.Name.Local == "tab":
					text.WriteByte('\t')
				case t.Name.Space == nsText && t.Name.Local == "line-break":
					text.WriteByte('\n')
				}
			}
		case xml.EndElement:
			switch {
			case t.Name.Space == nsTable && t.Name.Local == "table" && sheet != nil:
				sheet.Rows = g.rows
				sheet = nil
			case t.Name.Space == nsTable && t.Name.Local == "table-row" && sheet != nil:
				if err := placeRow(&g, sheet, files, row, rowRep, rowCells); err != nil {
					return nil, err
				}
				row += rowRep
			case t.Name.Space == nsTable && (t.Name.Local == "table-cell" || t.Name.Local == "covered-table-cell") && cell != nil:
				cell.text = text.String()
				if paras == 0 && len(cell.value) <= MaxCellSize {
					cell.text = cell.value
				}
				cell = nil
			case depth > 0:
				depth--
			}
		case xml.CharData:
			if cell != nil && depth > 0 {
				text.Write(t)
				if text.Len() > MaxCellSize {
					return nil, errCellTooBig
				}
			}
		}
	}
	if len(b.Sheets) == 0 {
		return nil, errors.New("no table")
	}
	return b, nil
}

// placeRow sets a row's cells, repeated as the file says, in the grid.
func placeRow(g *grid, sheet *Sheet, files fs.FS, row, rowRep int, cells []odsCell) error {
	filled := false
	for _, c := range cells {
		filled = filled || c.text != "" || c.picture != ""
	}
	if !filled {
		return nil // an empty row, however repeated, holds nothing
	}
	if row+rowRep > MaxRows {
		return errTooManyRows
	}
	for r := row; r < row+rowRep; r++ {
		col := 0
		for _, c := range cells {
			if c.text != "" || c.picture != "" {
				if col+c.repeat > MaxCols {
					return errTooManyCols
				}
				for k := col; k < col+c.repeat; k++ {
					if err := g.set(r, k, c.text); err != nil {
						return err
					}
					if c.picture != "" {
						addODSPicture(sheet, files, Cell{r, k}, c.picture)
					}
				}
			}
			col += c.repeat
		}
	}
	return nil
}

// addODSPicture puts the picture at name in the zip at cell; a picture
// that cannot be read is left out (the card then says its image is missing).
func addODSPicture(sheet *Sheet, files fs.FS, at Cell, name string) {
	if files == nil || strings.Contains(name, "://") {
		return
	}
	data, err := safefile.ReadFS(files, path.Clean(strings.TrimPrefix(name, "./")), maxUnzippedPart)
	if err != nil {
		return
	}
	if sheet.Pictures == nil {
		sheet.Pictures = map[Cell]Picture{}
	}
	sheet.Pictures[at] = Picture{Name: path.Base(name), Data: data}
}

// maxRepeat caps a repeat count: no sheet is wider or longer, and a count
// of a billion must not be multiplied into memory.
const maxRepeat = 1 << 20

func repeat(t xml.StartElement, name string) int {
	n, err := strconv.Atoi(attr(t, nsTable, name))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxRepeat)
}

func attr(t xml.StartElement, space, local string) string {
	for _, a := range t.Attr {
		if a.Name.Space == space && a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
