package ui

import (
	"math"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/game"
	"declic/ui/draw"
)

// exportWorkshop writes the workshop's CSV file and says where it went,
// over the scene from, with a way to open its folder (exportPanel); when
// it cannot be written, from says so.
func exportWorkshop(d *Deps, s *game.Session, from Scene) Scene {
	v := d.View
	path, figures, err := writeExport(exportPath(d, s), s, v.Tr)
	if err != nil {
		failed := path
		if figures != "" {
			failed = figures
		}
		v.Notice = v.Tr.T("end_export_failed", "Path", failed)
		d.logError(err)
		return from
	}
	p := newExportPanel(v, from, path, d.logError)
	p.figures = figures
	return p
}

// exportPanel says where a workshop's CSV file went, over the screen that
// exported it (the end of a workshop, the list of workshops): the folder
// and the file's name in full, read from the back of the room, and a
// button that opens the folder. In the browser the file is a download, and
// the panel says so.
type exportPanel struct {
	overlay
	// path is the file's absolute path; in the browser, its name.
	path string
	// figures is where the discernment figures went, beside path; "" when
	// the workshop had no verdict.
	figures string
	// open shows the file's folder (openFolder; tests replace it).
	open func(file string) error
	// logError says what went wrong beside the screen (Deps.logError).
	logError func(error)
	menu     menu
	// opened says what became of "open the folder": "" before it is
	// pressed, else the message to show.
	opened string
}

// newExportPanel shows where the file at path went, over under.
func newExportPanel(v *View, under Scene, path string, logError func(error)) *exportPanel {
	p := &exportPanel{path: path, open: openFolder, logError: logError}
	p.overlay = newOverlay(v, under, p)
	return p
}

// The buttons of the panel, in order: the browser has only the second.
const (
	exportOpen = iota
	exportClose
)

// buttons returns the panel's buttons, by their meaning (exportOpen,
// exportClose).
func (p *exportPanel) buttons() []int {
	if exportDownloads {
		return []int{exportClose}
	}
	return []int{exportOpen, exportClose}
}

// exportPanelLayout is where the panel's parts go.
type exportPanelLayout struct {
	panel, title       draw.Rect
	folderLabel, where draw.Rect
	fileLabel, file    draw.Rect
	status             draw.Rect
	buttons            []draw.Rect
}

func layoutExportPanel(v *View, buttons int) exportPanelLayout {
	var l exportPanelLayout
	l.panel = v.panel(1600, 820)
	inner := l.panel.Inset(v.Px(44))
	// Rows in units: the title, the folder (three lines of it), the file
	// (two), the line saying what became of "open", the buttons; they
	// shrink together on a small screen at a large text size.
	rows := stack(inner, v.Px(96), v.Px(16), v.Px(46), v.Px(180), v.Px(16), v.Px(46), v.Px(120), v.Px(56), v.Px(24), v.Px(104))
	l.title, l.folderLabel, l.where, l.fileLabel, l.file, l.status = rows[0], rows[2], rows[3], rows[5], rows[6], rows[7]
	foot := rows[9]
	w := math.Min(foot.W, v.Px(560)*float64(buttons)+v.Px(28)*float64(buttons-1))
	l.buttons = foot.Centered(w, foot.H).Cols(buttons, v.Px(28))
	return l
}

func (p *exportPanel) closesOn() closeRule { return closeOnEsc }

// handle opens the folder, or closes the panel.
func (p *exportPanel) handle(in *Input) Scene {
	l := layoutExportPanel(p.v, len(p.buttons()))
	i := p.menu.update(in, l.buttons, nil)
	if i < 0 {
		return p
	}
	switch p.buttons()[i] {
	case exportOpen:
		if err := p.open(p.path); err != nil {
			p.opened = p.v.Tr.T("export_open_failed")
			p.logError(err)
		} else {
			p.opened = p.v.Tr.T("export_opening")
		}
		return p
	}
	return p.close()
}

func (p *exportPanel) box() (draw.Rect, boxLook) {
	return layoutExportPanel(p.v, len(p.buttons())).panel, boxMenu
}

func (p *exportPanel) drawContent(dst *ebiten.Image) {
	v := p.v
	th := v.Theme
	l := layoutExportPanel(v, len(p.buttons()))
	v.Fonts.Text(dst, v.Tr.T("export_done_title"), v.Style(draw.SizeTitle, true, draw.Start, th.Accent), l.title)
	body := v.Style(draw.SizeBody, false, draw.Start, nil)
	body.VAlign = draw.Start
	if exportDownloads {
		all := draw.Rect{X: l.folderLabel.X, Y: l.folderLabel.Y, W: l.folderLabel.W, H: l.file.Y + l.file.H - l.folderLabel.Y}
		said := v.Tr.T("export_downloaded", "File", p.path)
		if p.figures != "" {
			said = v.Tr.T("export_downloaded_two", "File", p.path, "Figures", p.figures)
		}
		v.Fonts.Text(dst, said, body, all)
	} else {
		label := v.Style(draw.SizeSmall, true, draw.Start, th.Muted)
		v.Fonts.Text(dst, v.Tr.T("export_folder"), label, l.folderLabel)
		v.Fonts.Text(dst, v.Fonts.PathLines(filepath.Dir(p.path), body, l.where.W), body, l.where)
		name := v.Style(draw.SizeBody, true, draw.Start, nil)
		name.VAlign = draw.Start
		if p.figures == "" {
			v.Fonts.Text(dst, v.Tr.T("export_file"), label, l.fileLabel)
			v.Fonts.Text(dst, filepath.Base(p.path), name, l.file)
		} else {
			// The two names, one a line: the scores, then the figures.
			v.Fonts.Text(dst, v.Tr.T("export_files"), label, l.fileLabel)
			v.Fonts.Text(dst, filepath.Base(p.path)+"\n"+filepath.Base(p.figures), name, l.file)
		}
	}
	if p.opened != "" {
		v.Fonts.Text(dst, p.opened, v.Style(draw.SizeSmall, false, draw.Start, th.Muted), l.status)
	}
	labels := map[int]string{exportOpen: v.Tr.T("export_open"), exportClose: v.Tr.T("export_close")}
	for i, r := range l.buttons {
		b := p.buttons()[i]
		v.DrawButton(dst, draw.Button{Label: labels[b], Key: string(rune('1' + i)), Rect: r, Primary: i == 0, Focused: p.menu.focus == i}, r.Contains(v.Pointer))
	}
}
