package workbook

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads an Office Open XML workbook (Excel, and what LibreOffice
// or Google Sheets save as .xlsx): every sheet's cells as Excel displays
// them, and the pictures placed over cells (GetPictureCells), each at the
// cell its top-left corner sits in.
func readXLSX(data []byte) (*Book, error) {
	// The declared sizes are checked first: excelize would unpack a bomb
	// before refusing it.
	z, err := openZip(data)
	if err != nil {
		return nil, err
	}
	// GetPictureCells decodes a whole sheet again: only a book with
	// pictures pays for it.
	media, _ := fs.Glob(z, "xl/media/*")
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: maxUnzippedPart,
	})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names := f.GetSheetList()
	if len(names) > MaxSheets {
		return nil, errTooManySheet
	}
	b := &Book{}
	cells := 0
	for _, name := range names {
		s, err := readXLSXSheet(f, name, &cells, len(media) > 0)
		if err != nil {
			return nil, err
		}
		b.Sheets = append(b.Sheets, s)
	}
	return b, nil
}

func readXLSXSheet(f *excelize.File, name string, cells *int, pictures bool) (Sheet, error) {
	s := Sheet{Name: name}
	rows, err := f.Rows(name)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	g := grid{cells: cells}
	for r := 0; rows.Next(); r++ {
		row, err := rows.Columns()
		if err != nil {
			return s, err
		}
		for c, text := range row {
			if err := g.set(r, c, text); err != nil {
				return s, err
			}
		}
	}
	if err := rows.Error(); err != nil {
		return s, err
	}
	s.Rows = g.rows
	if !pictures {
		return s, nil
	}
	at, err := f.GetPictureCells(name)
	if err != nil {
		return s, err
	}
	for _, ref := range at {
		col, row, err := excelize.CellNameToCoordinates(ref)
		if err != nil {
			continue
		}
		pics, err := f.GetPictures(name, ref)
		if err != nil || len(pics) == 0 {
			continue
		}
		if s.Pictures == nil {
			s.Pictures = map[Cell]Picture{}
		}
		cell := Cell{Row: row - 1, Col: col - 1}
		p := pics[0]
		s.Pictures[cell] = Picture{Name: fmt.Sprintf("%s%s", strings.ToLower(cell.String()), strings.ToLower(p.Extension)), Data: p.File}
	}
	return s, nil
}
