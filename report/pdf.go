//go:build !js

package report

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"declic/assets"
	"declic/cards"
	"declic/game"
	"declic/internal/pdfdoc"
)

// Page geometry of the report, in millimetres: A4 portrait.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 16.0
	bottom       = 20.0 // the footer's band
	contentW     = pageW - 2*margin
)

// Colours of the report: the sheets' ink and gold, and the Okabe–Ito
// colours the teams' palette comes from, which people with the common
// colour-vision deficiencies tell apart; every figure is also written.
var (
	ink     = rgb{0x12, 0x1c, 0x33}
	muted   = rgb{0x60, 0x68, 0x78}
	light   = rgb{0xee, 0xf0, 0xf4}
	grey    = rgb{0xb4, 0xba, 0xc4}
	gold    = rgb{0xff, 0xc8, 0x3d}
	spotted = rgb{0x00, 0x72, 0xb2} // intox spotted: the screen's accent
	trusted = rgb{0x00, 0x9e, 0x73} // true news trusted: the screen's right
	wrong   = rgb{0xd5, 0x5e, 0x00}
)

type rgb [3]int

// maxHardest is how many of the hardest cards the report lists; the page
// for the group names the first groupHardest of them.
const (
	maxHardest   = 6
	groupHardest = 3
)

// PDF returns the workshop's report as an A4 PDF, in the translator's
// language, for `declic report` and the end screen's button alike. Its
// first page, "for the group", stands alone — the podium, the group's
// discernment in words with its 2 × 2 table, the change from the before
// test to the after test, the techniques that fooled the group most and
// the cards to look at again — to print or to show. The pages after it
// are the full report for a funder: the workshop (date, duration, teams,
// games and cards), scores, discernment per team and group with the
// signal-detection figures, how sure the teams were when the workshop
// asked (the trend in words, the share of right verdicts at each level,
// the rating ROC curve with its area; the group's page then says the
// trend in a line), before and after, techniques, nuance shifts and the
// hardest cards with their explanation and source. Every chart is
// a vector drawing. The only people it names are the teams. The session's
// games must be restored. The same session gives the same bytes: the
// PDF's dates are the session's, not the clock's.
func PDF(s *game.Session, tr *assets.Translator) ([]byte, error) {
	w, err := newWriter(s, tr)
	if err != nil {
		return nil, fmt.Errorf("writing the report: %w", err)
	}
	w.groupPage()
	w.fullReport()
	var buf bytes.Buffer
	if err := w.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("writing the report: %w", err)
	}
	return buf.Bytes(), nil
}

// writer is a report being written.
type writer struct {
	pdf     *pdfdoc.Doc
	s       *game.Session
	tr      *assets.Translator
	sum     game.Summary
	name    string              // the workshop's name, or "Atelier du …"
	w       func(string) string // the vocabulary: intox or scams (Words)
	hardest []hardCard
	// judged counts the cards played that have a right answer: without
	// any, the report has no hardest cards to speak of.
	judged int
}

func newWriter(s *game.Session, tr *assets.Translator) (*writer, error) {
	pdf, err := pdfdoc.New(true)
	if err != nil {
		return nil, err
	}
	w := &writer{pdf: pdf, s: s, tr: tr, sum: s.Summary()}
	w.w = Words(w.sum.Scams)
	w.name = strings.TrimSpace(s.Name)
	if w.name == "" {
		w.name = tr.T("report_unnamed", "Date", s.Started.Format(tr.T("report_date_layout")))
	}
	w.hardest, w.judged = hardestCards(s)
	pdf.SetTitle(tr.T("report_doc_title")+" — "+w.name, true)
	pdf.SetCreator("Déclic", true)
	pdf.SetLang(tr.Lang())
	// Reproducible bytes: the session's own dates, the catalogs in order.
	pdf.SetCreationDate(s.Started)
	pdf.SetModificationDate(s.Updated)
	pdf.SetCatalogSort(true)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, bottom)
	pdf.SetFooterFunc(w.footer)
	return w, nil
}

func (w *writer) colour(c rgb) { w.pdf.SetTextColor(c[0], c[1], c[2]) }
func (w *writer) fill(c rgb)   { w.pdf.SetFillColor(c[0], c[1], c[2]) }
func (w *writer) line(c rgb)   { w.pdf.SetDrawColor(c[0], c[1], c[2]) }

func (w *writer) font(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	w.pdf.SetFont(pdfdoc.Font, style, size)
}

// text writes a paragraph the width of the page from the current line.
func (w *writer) text(bold bool, size float64, c rgb, s string) {
	w.font(bold, size)
	w.colour(c)
	w.pdf.SetX(margin)
	w.pdf.MultiCell(contentW, size*0.48, s, "", "L", false)
}

// textHeight returns the height text writes s in, in millimetres: its
// lines as MultiCell cuts them (a little narrower, so as never to count
// a line short) at size's line height.
func (w *writer) textHeight(bold bool, size float64, s string) float64 {
	w.font(bold, size)
	return float64(len(w.pdf.SplitText(s, contentW-2.5))) * size * 0.48
}

// room starts a new page unless h millimetres are left on this one.
func (w *writer) room(h float64) {
	if w.pdf.GetY()+h > pageH-bottom {
		w.pdf.AddPage()
	}
}

// heading writes a section's title, with the gold mark before it; it
// starts a new page unless the title and need millimetres after it fit.
func (w *writer) heading(title string, need float64) {
	w.room(14 + need)
	p := w.pdf
	p.Ln(4)
	y := p.GetY()
	w.fill(gold)
	p.Rect(margin, y+1, 2.2, 6, "F")
	p.SetXY(margin+5, y)
	w.font(true, 14)
	w.colour(ink)
	p.MultiCell(contentW-5, 8, title, "", "L", false)
	p.Ln(1.5)
}

// footer writes the page's number and the workshop at the bottom.
func (w *writer) footer() {
	p := w.pdf
	w.font(false, 7.5)
	w.colour(muted)
	p.SetXY(margin, pageH-bottom+8)
	page := " · " + w.tr.T("sheets_page", "Page", p.PageNo())
	p.CellFormat(contentW, 4, "Déclic · "+w.fit(w.name, contentW-40)+page, "", 0, "C", false, 0, "")
}

// groupPage writes the first page, for the group: it stands alone, so
// that it can be printed or shown by itself, and never runs over.
func (w *writer) groupPage() {
	p, tr := w.pdf, w.tr
	p.SetAutoPageBreak(false, bottom)
	defer p.SetAutoPageBreak(true, bottom)
	p.AddPage()
	w.fill(gold)
	p.Rect(0, 0, pageW, 7, "F")
	p.SetY(18)
	w.text(true, 11, muted, strings.ToUpper(tr.T("report_for_group")))
	p.Ln(1)
	w.text(true, 24, ink, clip(w.name, 90))
	w.text(false, 11, muted, w.when()+" · "+tr.T("report_for_group_intro"))
	p.Ln(4)

	y := p.GetY() + 10 // the names stand above the steps
	w.podium(y, 42)
	p.SetY(y + 48)

	if w.sum.Detection.Answers() > 0 {
		title, sentence, note := Reading(w.sum.Detection, w.sum.Scams, tr)
		y := p.GetY()
		w.table2x2(margin, y, 74, 50, w.sum.Detection)
		p.SetLeftMargin(margin + 80)
		p.SetXY(margin+80, y)
		w.font(true, 15)
		w.colour(toneColour(ReadingTone(w.sum.Detection.Reading())))
		p.MultiCell(contentW-80, 7, title, "", "L", false)
		p.Ln(1)
		w.font(false, 10.5)
		w.colour(ink)
		p.MultiCell(contentW-80, 5.2, sentence, "", "L", false)
		if note != "" {
			p.Ln(1)
			w.font(false, 8.5)
			w.colour(muted)
			p.MultiCell(contentW-80, 4.2, note, "", "L", false)
		}
		// How sure the group was, in a line beside the table when the
		// column has the room (it always has, in French and English): there
		// it pushes nothing off a page that stands alone.
		if w.asked() && p.GetY()+1.5+w.confidenceLineHeight(contentW-80) <= y+50 {
			p.Ln(1.5)
			w.confidenceLine(contentW - 80)
		}
		p.SetLeftMargin(margin)
		p.SetY(math.Max(p.GetY(), y+50) + 4)
	}
	if w.measured() {
		title, sentence, note := ShiftWords(w.sum.Before, w.sum.After, w.sum.Scams, tr)
		w.text(true, 12, ink, tr.T("shift_page_title"))
		w.text(true, 10.5, toneColour(ShiftTone(w.sum.Before, w.sum.After, note)), title)
		w.text(false, 10, ink, sentence)
		if note != "" {
			w.text(false, 8.5, muted, note)
		}
		p.Ln(3)
	}
	if fooled, tied := game.MostFooling(w.sum.Techniques, 3, nil); len(fooled) > 0 {
		w.text(true, 12, ink, tr.T("end_techniques_title"))
		for i, ts := range fooled {
			line := "•  " + tr.N("end_technique", ts.Fooled, "Technique", ts.Technique)
			if i == len(fooled)-1 && tied > 0 {
				line += " " + tr.N("end_technique_tied", tied, "Count", tied)
			}
			w.text(false, 10, ink, line)
		}
		p.Ln(3)
	}
	if len(w.hardest) > 0 {
		w.text(true, 12, ink, tr.T("report_to_revisit"))
		for _, h := range w.hardest[:min(groupHardest, len(w.hardest))] {
			if p.GetY() > pageH-bottom-34 {
				break // the page stands alone: what does not fit is in the full report
			}
			w.text(false, 10, ink, "•  "+clip(h.text, 150))
			w.text(false, 9, muted, "    "+tr.T("report_answer", "Answer", h.answer))
		}
		p.Ln(3)
	}
	if w.sum.Detection.Answers() > 0 {
		w.room(14)
		w.text(false, 10, muted, tr.T(w.w("end_discernment_note")))
	}
	p.SetY(pageH - bottom - 6)
	w.text(false, 7.5, muted, tr.T("report_private"))
}

// when says the workshop's date and hours, with its duration when the
// clock's two readings look like one afternoon: a session resumed days
// later has no duration worth printing.
func (w *writer) when() string {
	tr, s := w.tr, w.s
	date := s.Started.Format(tr.T("report_date_layout"))
	start := s.Started.Format("15:04")
	d := s.Updated.Sub(s.Started)
	if d < time.Minute || d > 12*time.Hour {
		return tr.T("report_when_start", "Date", date, "Start", start)
	}
	m := int(d.Round(time.Minute) / time.Minute)
	duration := tr.T("report_minutes", "Minutes", m)
	if m >= 60 {
		duration = tr.T("report_hours", "Hours", m/60, "Minutes", fmt.Sprintf("%02d", m%60))
	}
	return tr.T("report_when", "Date", date, "Start", start, "End", s.Updated.Format("15:04"), "Duration", duration)
}

// measured reports both tests of the workshop's effect played.
func (w *writer) measured() bool { return w.sum.Before.Answers() > 0 && w.sum.After.Answers() > 0 }

// asked reports the workshop asked how sure teams were: a verdict was
// rated, outside the tests, which the summary's confidence leaves out.
func (w *writer) asked() bool { return w.sum.Confidence.Rated() > 0 }

// podium draws the three first places as steps, the first in the middle,
// each with its teams and points; a team alone (a family) stands on one.
func (w *writer) podium(y, h float64) {
	p, tr := w.pdf, w.tr
	totals := w.s.Totals()
	steps := podiumSteps(totals)
	stepW := 52.0
	xs := []float64{margin + (contentW-stepW)/2, margin + (contentW-stepW)/2 - stepW - 4, margin + (contentW+stepW)/2 + 4}
	heights := []float64{h * 0.55, h * 0.40, h * 0.28}
	if len(totals) == 1 {
		xs, heights = xs[:1], heights[:1]
	}
	for rank := range xs {
		if rank >= len(steps) {
			break // teams tied: fewer steps than three
		}
		st := steps[rank]
		var names []string
		for _, t := range st.teams {
			names = append(names, w.s.Teams[t].Name)
		}
		pts, first, place := st.points, st.teams[0], st.rank
		top := y + h - heights[rank]
		w.fill(light)
		if rank == 0 {
			w.fill(gold)
		}
		p.Rect(xs[rank], top, stepW, heights[rank], "F")
		w.font(true, 18)
		w.colour(ink)
		p.SetXY(xs[rank], top+2)
		// The step's rank as the screen says it: two teams first, the
		// next one third.
		p.CellFormat(stepW, 9, strconv.Itoa(place), "", 0, "C", false, 0, "")
		w.font(false, 9.5)
		p.SetXY(xs[rank], top+11)
		p.CellFormat(stepW, 5, tr.N("report_points", pts), "", 0, "C", false, 0, "")
		// The names above the step, on up to two lines.
		w.font(true, 10.5)
		lines := w.pdf.SplitText(strings.Join(names, ", "), stepW-8)
		if len(lines) > 2 {
			lines = append(lines[:1], w.fit(strings.Join(lines[1:], " "), stepW-9))
		}
		for i, ln := range lines {
			p.SetXY(xs[rank]+8, top-5.2*float64(len(lines)-i)-1)
			p.CellFormat(stepW-8, 5, ln, "", 0, "L", false, 0, "")
		}
		if len(names) == 1 {
			// A team's symbol before its name; tied teams share one
			// line of names, and one symbol would name only one of them.
			w.symbol(xs[rank]+3.5, top-5.2*float64(len(lines))+1.5, 2.6, w.s.Teams[first])
		}
	}
}

// podiumStep is a step of the podium: the teams on it, in the session's
// order, their points and their rank as the screens say it.
type podiumStep struct {
	teams  []int
	points int
	rank   int
}

// podiumSteps returns the podium's steps, the first one first: teams with
// as many points share a step, and the next total stands on the next one,
// so that three teams tied first leave no step empty; each step says its
// rank (game.Ranks: two teams first, the next is third).
func podiumSteps(totals []int) []podiumStep {
	distinct := slices.Clone(totals)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	slices.Reverse(distinct)
	ranks := game.Ranks(totals)
	steps := make([]podiumStep, len(distinct))
	for i, a := range totals {
		k := slices.Index(distinct, a)
		steps[k].teams = append(steps[k].teams, i)
		steps[k].points, steps[k].rank = a, ranks[i]
	}
	return steps
}

// symbol draws a team's shape in its colour, centred on x, y: colour is
// never the only cue.
func (w *writer) symbol(x, y, r float64, t game.Team) {
	p := w.pdf
	c := game.Palette[int(t.Colour)%len(game.Palette)]
	p.SetFillColor(int(c.R), int(c.G), int(c.B))
	var pts []fpdf.PointType
	poly := func(n int, start float64, radii ...float64) {
		for i := range n {
			a := start + 2*math.Pi*float64(i)/float64(n)
			rr := r * radii[i%len(radii)]
			pts = append(pts, fpdf.PointType{X: x + rr*math.Cos(a), Y: y + rr*math.Sin(a)})
		}
	}
	switch t.Symbol {
	case game.Circle:
		p.Circle(x, y, r, "F")
		return
	case game.Triangle:
		poly(3, -math.Pi/2, 1.1)
	case game.Square:
		p.Rect(x-r*0.85, y-r*0.85, 1.7*r, 1.7*r, "F")
		return
	case game.Diamond:
		poly(4, -math.Pi/2, 1.1)
	case game.Star:
		poly(10, -math.Pi/2, 1.15, 0.5)
	default: // a cross
		p.Rect(x-r, y-r*0.3, 2*r, 0.6*r, "F")
		p.Rect(x-r*0.3, y-r, 0.6*r, 2*r, "F")
		return
	}
	p.Polygon(pts, "F")
}

// table2x2 draws the group's verdicts as a 2 × 2 table: a column for the
// intox and one for the true items, the verdicts that saw them right on
// top (in their colour), those that did not under them (in the wrong
// colour), each cell with its count and what it counts.
func (w *writer) table2x2(x, y, width, h float64, d game.Detection) {
	p, tr := w.pdf, w.tr
	head := 8.0
	gap := 2.0
	cw, ch := (width-gap)/2, (h-head-gap)/2
	w.colour(muted)
	// The columns' titles in one line over their columns, both at one
	// size: smaller when the longer would run into the other's (« Les
	// messages légitimes (30 réponses) »).
	labels := []string{tr.N(w.w("truth_col_intox"), d.Intox()), tr.N(w.w("truth_col_true"), d.TrueItems())}
	size := 8.5
	w.font(true, size)
	for size > 6 && math.Max(p.GetStringWidth(labels[0]), p.GetStringWidth(labels[1])) > cw-2 {
		size -= 0.5
		w.font(true, size)
	}
	for i, label := range labels {
		p.SetXY(x+float64(i)*(cw+gap), y)
		p.CellFormat(cw, head-1, label, "", 0, "C", false, 0, "")
	}
	cell := func(cx, cy float64, n, of int, label string, c rgb) {
		w.fill(tint(c, 0.16))
		p.RoundedRect(cx, cy, cw, ch, 2, "1234", "F")
		w.fill(c)
		p.Rect(cx, cy, 1.6, ch, "F")
		figure := "—"
		if of > 0 {
			figure = strconv.Itoa(n)
		}
		w.font(true, 20)
		w.colour(c)
		p.SetXY(cx, cy+ch*0.12)
		p.CellFormat(cw, ch*0.45, figure, "", 0, "C", false, 0, "")
		w.font(false, 8)
		w.colour(ink)
		p.SetXY(cx+2.5, cy+ch*0.6)
		p.MultiCell(cw-4, 3.6, tr.N(w.w(label), n), "", "C", false)
	}
	top := y + head
	cell(x, top, d.Hits, d.Intox(), "truth_hits", spotted)
	cell(x+cw+gap, top, d.CorrectTrusts, d.TrueItems(), "truth_trusts", trusted)
	cell(x, top+ch+gap, d.Misses, d.Intox(), "truth_misses", wrong)
	cell(x+cw+gap, top+ch+gap, d.FalseAlarms, d.TrueItems(), "truth_false_alarms", wrong)
}

// tint returns c mixed k of the way from white.
func tint(c rgb, k float64) rgb {
	var out rgb
	for i := range c {
		out[i] = int(math.Round(255 + (float64(c[i])-255)*k))
	}
	return out
}

// toneColour is the colour of a headline of its tone, as on the screen.
func toneColour(t Tone) rgb {
	switch t {
	case ToneGood:
		return trusted
	case ToneQuiet:
		return muted
	}
	return wrong
}

// fullReport writes the pages after the group's: the report a funder reads.
func (w *writer) fullReport() {
	p, tr := w.pdf, w.tr
	p.AddPage()
	w.fill(gold)
	p.Rect(0, 0, pageW, 7, "F")
	p.SetY(16)
	w.text(true, 11, muted, strings.ToUpper(tr.T("report_doc_title")))
	w.text(true, 20, ink, clip(w.name, 120))
	p.Ln(2)
	w.workshop()
	w.scores()
	if w.sum.Detection.Answers() > 0 {
		w.discernment()
	}
	if w.asked() {
		w.confidence()
	}
	if w.measured() {
		w.beforeAfter()
	}
	w.techniques()
	w.nuances()
	w.hardCards()
}

// workshop writes when, who and what was played.
func (w *writer) workshop() {
	p, tr, s := w.pdf, w.tr, w.s
	w.heading(tr.T("report_workshop"), 20)
	w.text(false, 10.5, ink, w.when())
	names := make([]string, len(s.Teams))
	for i, t := range s.Teams {
		names[i] = t.Name
	}
	w.text(false, 10.5, ink, tr.N("report_teams", len(s.Teams), "Names", strings.Join(names, ", ")))
	if n := w.people(); n > 0 {
		w.text(false, 10.5, ink, tr.N("report_people", n))
	}
	w.text(false, 10.5, ink, tr.N("report_cards_total", w.sum.Cards))
	p.Ln(2)
	w.text(true, 11, ink, tr.T("report_games"))
	p.Ln(1)
	// The games, a row each: number, deck, the cards played by kind.
	colN, colDeck := 12.0, 70.0
	w.font(true, 9)
	w.colour(muted)
	p.SetX(margin)
	p.CellFormat(colN, 6, tr.T("export_col_game"), "B", 0, "L", false, 0, "")
	p.CellFormat(colDeck, 6, tr.T("export_col_deck"), "B", 0, "L", false, 0, "")
	p.CellFormat(contentW-colN-colDeck, 6, tr.T("report_col_cards"), "B", 1, "L", false, 0, "")
	w.line(grey)
	for i, g := range s.Games {
		kinds := w.kindsPlayed(g)
		switch g.Settings.Measure {
		case game.MeasureBefore:
			kinds += " (" + tr.T("report_test_before") + ")"
		case game.MeasureAfter:
			kinds += " (" + tr.T("report_test_after") + ")"
		}
		w.font(false, 9.5)
		w.colour(ink)
		deck := w.pdf.SplitText(g.Deck.Title, colDeck-2)
		rest := w.pdf.SplitText(kinds, contentW-colN-colDeck-2)
		h := 5.0 * float64(max(len(deck), len(rest), 1))
		w.room(h + 1)
		y := p.GetY()
		p.SetXY(margin, y)
		p.CellFormat(colN, 5, strconv.Itoa(i+1), "", 0, "L", false, 0, "")
		p.SetXY(margin+colN, y)
		p.MultiCell(colDeck-2, 5, g.Deck.Title, "", "L", false)
		p.SetXY(margin+colN+colDeck, y)
		p.MultiCell(contentW-colN-colDeck, 5, kinds, "", "L", false)
		p.SetY(y + h + 0.8)
		p.Line(margin, p.GetY()-0.4, margin+contentW, p.GetY()-0.4)
	}
}

// people returns the most people a head count of a debate card counted,
// 0 when none was taken: the only count of players a workshop records.
func (w *writer) people() int {
	n := 0
	for _, g := range w.s.Games {
		for _, nu := range g.Nuances() {
			for i := range nu.Heads {
				if nu.HasHeads[i] {
					n = max(n, nu.Heads[i].Total())
				}
			}
		}
	}
	return n
}

// kindsPlayed says a game's cards played to their reveal, by kind, in the
// words of `declic list`: "12 vrai ou faux, 3 QCM".
func (w *writer) kindsPlayed(g *game.Game) string {
	counts := map[cards.Kind]int{}
	var order []cards.Kind
	for _, r := range g.State().Results {
		if r.Skipped {
			continue
		}
		k := g.CardAt(r.Card).Kind
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	if len(order) == 0 {
		return w.tr.N("cards_count", 0)
	}
	slices.Sort(order)
	parts := make([]string, len(order))
	for i, k := range order {
		if d := g.TheDeck(); k == cards.KindVerdict && d != nil && d.OwnVerdicts() {
			// Not "5 vrai ou faux" for a deck judged arnaque, légitime or
			// douteux: its own verdicts name what its cards ask, as on
			// the list of decks.
			parts[i] = w.tr.N("decks_kind_verdict_own", counts[k], "Verdicts", strings.Join(d.VerdictLabels(), " / "))
		} else {
			parts[i] = w.tr.N("decks_kind_"+string(k), counts[k])
		}
	}
	return strings.Join(parts, ", ")
}

// scores writes each team's points as a bar, with its right answers and
// mistakes, the first place first.
func (w *writer) scores() {
	p, tr, s := w.pdf, w.tr, w.s
	totals := s.Totals()
	order := make([]int, len(totals))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return totals[b] - totals[a] })
	top := 1
	for _, t := range totals {
		top = max(top, t)
	}
	rowH := 9.0
	w.heading(tr.T("report_scores"), rowH*float64(min(len(order), 3)))
	labelW, figureW := 48.0, 62.0
	barW := contentW - labelW - figureW - 4
	for _, t := range order {
		w.room(rowH)
		y := p.GetY()
		w.symbol(margin+2.5, y+rowH/2-0.5, 2.2, s.Teams[t])
		w.font(true, 10)
		w.colour(ink)
		p.SetXY(margin+6, y)
		p.CellFormat(labelW-6, rowH-1, w.fit(s.Teams[t].Name, labelW-7), "", 0, "L", false, 0, "")
		w.fill(light)
		p.Rect(margin+labelW, y+2, barW, rowH-5, "F")
		if totals[t] > 0 {
			c := game.Palette[int(s.Teams[t].Colour)%len(game.Palette)]
			p.SetFillColor(int(c.R), int(c.G), int(c.B))
			p.Rect(margin+labelW, y+2, barW*float64(totals[t])/float64(top), rowH-5, "F")
		}
		ts := w.sum.Teams[t]
		w.font(true, 9.5)
		p.SetXY(margin+labelW+barW+2, y)
		p.CellFormat(18, rowH-1, tr.N("report_points", totals[t]), "", 0, "R", false, 0, "")
		w.font(false, 8)
		w.colour(muted)
		p.SetXY(margin+labelW+barW+22, y)
		p.CellFormat(figureW-18, rowH-1, tr.N("end_right", ts.Right)+", "+tr.N("end_wrong", ts.Wrong), "", 0, "L", false, 0, "")
		p.SetY(y + rowH)
	}
}

// discernment writes the group's reading, its 2 × 2 table and figures,
// then each team's two bars with its reading.
func (w *writer) discernment() {
	p, tr, d := w.pdf, w.tr, w.sum.Detection
	w.heading(tr.T("report_discernment")+" — "+tr.T(w.w("end_discernment_title")), 60)
	title, sentence, note := Reading(d, w.sum.Scams, tr)
	y := p.GetY()
	w.table2x2(margin, y, 72, 52, d)
	p.SetLeftMargin(margin + 78)
	p.SetXY(margin+78, y)
	w.font(true, 13)
	w.colour(toneColour(ReadingTone(d.Reading())))
	p.MultiCell(contentW-78, 6.5, title, "", "L", false)
	w.font(false, 10)
	w.colour(ink)
	p.MultiCell(contentW-78, 5, sentence, "", "L", false)
	if note != "" {
		w.font(false, 8.5)
		w.colour(muted)
		p.MultiCell(contentW-78, 4.2, note, "", "L", false)
	}
	p.SetLeftMargin(margin)
	p.SetY(math.Max(p.GetY(), y+52) + 3)
	if d.Intox() > 0 && d.TrueItems() > 0 {
		lo, hi := d.SensitivityInterval()
		w.text(false, 8.5, muted, tr.T("report_figures", "D", w.number(d.Sensitivity()), "Lo", w.number(lo), "Hi", w.number(hi),
			"C", w.number(d.Bias()), "N", d.Answers()))
		w.text(false, 8, muted, tr.T("report_figures_help"))
	}
	if len(w.s.Teams) < 2 {
		return
	}
	p.Ln(2)
	w.room(12 + 14*2)
	w.text(true, 11, ink, tr.T("report_per_team"))
	w.legend([]rgb{spotted, trusted}, []string{tr.T(w.w("truth_legend_hits")), tr.T(w.w("truth_legend_trusts"))})
	for t, ts := range w.sum.Teams {
		if ts.Detection.Answers() == 0 {
			continue
		}
		rowH := 13.0
		w.room(rowH)
		y := p.GetY()
		w.symbol(margin+2.5, y+3, 2.2, w.s.Teams[t])
		w.font(true, 10)
		w.colour(ink)
		p.SetXY(margin+6, y)
		p.CellFormat(50, 5.5, w.fit(w.s.Teams[t].Name, 49), "", 0, "L", false, 0, "")
		rtitle, _, _ := Reading(ts.Detection, w.sum.Scams, tr)
		w.font(false, 8)
		w.colour(toneColour(ReadingTone(ts.Detection.Reading())))
		p.SetXY(margin+6, y+5.5)
		p.CellFormat(50, 4.5, rtitle, "", 0, "L", false, 0, "")
		x := margin + 60
		bw := contentW - 60 - 18
		w.shareBar(x, y+1, bw, 4.2, ts.Detection.Hits, ts.Detection.Intox(), spotted)
		w.shareBar(x, y+6.5, bw, 4.2, ts.Detection.CorrectTrusts, ts.Detection.TrueItems(), trusted)
		p.SetY(y + rowH)
	}
}

// confidenceLine writes on the group's page, from the current left
// margin, in a column width wide, whether the group's confidence followed
// its answers: the page's title of confidence in bold, then the trend's
// headline in its colour; on one line when they fit (see
// confidenceLineHeight).
func (w *writer) confidenceLine(width float64) {
	p := w.pdf
	label, title, labelW, fits := w.confidenceLineParts(width)
	left, _, _, _ := p.GetMargins()
	p.SetX(left)
	w.font(true, 10)
	w.colour(ink)
	// Cells, not Write: Write keeps two cell margins for each run and
	// would break a line that fits.
	if fits {
		p.CellFormat(labelW, 5, label, "", 0, "L", false, 0, "")
	} else {
		// The title on its line, the headline under it: a small heading
		// rather than a sentence broken anywhere.
		p.CellFormat(width, 5, label, "", 1, "L", false, 0, "")
		p.SetX(left)
		labelW = 0
	}
	w.font(false, 10)
	w.colour(toneColour(TrendTone(w.sum.Confidence.Trend())))
	p.CellFormat(width-labelW, 5, w.fit(title, width-labelW-2*p.GetCellMargin()), "", 1, "L", false, 0, "")
}

// confidenceLineParts returns the line of confidence's two parts, the
// width of the first's cell and whether both fit on one line width wide.
func (w *writer) confidenceLineParts(width float64) (label, title string, labelW float64, fits bool) {
	title, _ = ConfidenceWords(w.sum.Confidence, w.tr)
	label = w.tr.T("confidence_page_title") + " "
	cm := w.pdf.GetCellMargin()
	w.font(false, 10)
	rest := w.pdf.GetStringWidth(title)
	w.font(true, 10)
	labelW = w.pdf.GetStringWidth(label)
	return label, title, labelW, labelW+rest+2*cm <= width
}

// confidenceLineHeight returns the height confidenceLine takes in a
// column width wide: one line of 5 mm when its parts fit, else two.
func (w *writer) confidenceLineHeight(width float64) float64 {
	if _, _, _, fits := w.confidenceLineParts(width); fits {
		return 5
	}
	return 10
}

// confidence writes how sure the teams were: whether their confidence
// followed their answers in words, the group's and each team's share of
// right verdicts at each level as bars with their counts, then the rating
// ROC curve of the group when it has the answers to draw it from, with
// its area in words.
func (w *writer) confidence() {
	p, tr, c := w.pdf, w.tr, w.sum.Confidence
	w.heading(tr.T("confidence_page_title"), 44)
	title, sentence := ConfidenceWords(c, tr)
	w.text(true, 12, toneColour(TrendTone(c.Trend())), title)
	w.text(false, 10, ink, sentence)
	p.Ln(1)
	w.text(false, 8.5, muted, tr.T("report_confidence_intro"))
	p.Ln(2)
	labelW, gap := 50.0, 6.0
	colW := (contentW - labelW - 2*gap) / game.SureLevels
	y := p.GetY()
	w.font(true, 9)
	w.colour(ink)
	for i := range game.SureLevels {
		p.SetXY(margin+labelW+float64(i)*(colW+gap), y)
		p.CellFormat(colW, 5, strconv.Itoa(i+1)+" · "+tr.T("sure_"+strconv.Itoa(i+1)), "", 0, "L", false, 0, "")
	}
	p.SetY(y + 6)
	type row struct {
		name string
		team *game.Team
		c    game.Confidence
	}
	rows := []row{{tr.T("shift_group"), nil, c}}
	if len(w.s.Teams) > 1 {
		for t := range w.s.Teams {
			rows = append(rows, row{w.s.Teams[t].Name, &w.s.Teams[t], w.sum.Teams[t].Confidence})
		}
	}
	for _, r := range rows {
		rowH := 11.0
		w.room(rowH)
		y := p.GetY()
		x := margin
		if r.team != nil {
			w.symbol(margin+2.5, y+3.2, 2.2, *r.team)
			x += 6
		}
		w.font(r.team == nil, 9.5)
		w.colour(ink)
		p.SetXY(x, y)
		p.CellFormat(labelW-(x-margin), 6, w.fit(r.name, labelW-1-(x-margin)), "", 0, "L", false, 0, "")
		for i, lv := range r.c.Levels {
			bx := margin + labelW + float64(i)*(colW+gap)
			w.shareBar(bx, y+1, colW-17, 4, lv.Right, lv.Answers, trusted)
			if lv.Answers > 0 {
				w.font(false, 7.5)
				w.colour(muted)
				p.SetXY(bx, y+5.4)
				p.CellFormat(colW-17, 4, tr.T("confidence_of", "Right", lv.Right, "Answers", lv.Answers), "", 0, "L", false, 0, "")
			}
		}
		p.SetY(y + rowH)
	}
	p.Ln(2)
	w.roc(c)
}

// rocSide is the side of the ROC chart's square, in millimetres.
const rocSide = 56.0

// roc draws the group's rating ROC curve with what it says: its axes from
// 0 to 100 %, the chance diagonal dashed, the points joined and the area
// under them tinted, and beside it what the curve is and its area in
// words; one line saying why there is none when too few answers were
// rated.
func (w *writer) roc(c game.Confidence) {
	p, tr := w.pdf, w.tr
	points, ok := c.ROC()
	if !ok {
		w.text(false, 8.5, muted, tr.T(w.w("report_roc_too_few"), "Min", game.MinROCAnswers, "Items", game.MinROCItems))
		return
	}
	area, _ := c.Area()
	w.room(rocSide + 18)
	top := p.GetY()
	ox, oy := margin+12, top+7+rocSide // the origin, bottom left
	X := func(v float64) float64 { return ox + v*rocSide }
	Y := func(v float64) float64 { return oy - v*rocSide }

	// The area under the curve, tinted: what the figure beside it measures.
	under := []fpdf.PointType{{X: X(1), Y: Y(0)}}
	for _, pt := range points {
		under = append(under, fpdf.PointType{X: X(pt.FalseAlarm), Y: Y(pt.Hit)})
	}
	w.fill(tint(spotted, 0.12))
	p.Polygon(under, "F")
	width := p.GetLineWidth()
	w.line(light)
	for _, v := range []float64{0.25, 0.5, 0.75} {
		p.Line(X(v), Y(0), X(v), Y(1))
		p.Line(X(0), Y(v), X(1), Y(v))
	}
	w.line(grey)
	p.Rect(X(0), Y(1), rocSide, rocSide, "D")
	p.SetDashPattern([]float64{1.2, 1.2}, 0)
	p.Line(X(0), Y(0), X(1), Y(1))
	p.SetDashPattern(nil, 0)
	w.line(spotted)
	p.SetLineWidth(0.6)
	for i := 1; i < len(points); i++ {
		a, b := points[i-1], points[i]
		p.Line(X(a.FalseAlarm), Y(a.Hit), X(b.FalseAlarm), Y(b.Hit))
	}
	p.SetLineWidth(width)
	w.fill(spotted)
	for _, pt := range points {
		p.Circle(X(pt.FalseAlarm), Y(pt.Hit), 0.9, "F")
	}
	// Ticks and what the axes count.
	w.font(false, 7)
	w.colour(muted)
	for _, v := range []int{0, 50, 100} {
		f := float64(v) / 100
		label := tr.T("truth_percent", "Percent", v)
		p.SetXY(X(f)-8, oy+0.8)
		p.CellFormat(16, 3.5, label, "", 0, "C", false, 0, "")
		p.SetXY(ox-12, Y(f)-1.75)
		p.CellFormat(11, 3.5, label, "", 0, "R", false, 0, "")
	}
	w.font(true, 7.5)
	w.colour(ink)
	p.SetXY(ox-1, top)
	p.CellFormat(rocSide+2, 4, w.fit(tr.T(w.w("discernment_col_hit_rate")), rocSide+2), "", 0, "L", false, 0, "")
	p.SetXY(ox-8, oy+4.6)
	p.CellFormat(rocSide+16, 4, w.fit(tr.T(w.w("discernment_col_false_alarm_rate")), rocSide+16), "", 0, "C", false, 0, "")

	// Beside it, the curve in words.
	tx := margin + 12 + rocSide + 10
	p.SetLeftMargin(tx)
	p.SetXY(tx, top)
	w.font(true, 11)
	w.colour(ink)
	p.MultiCell(contentW-(tx-margin), 5.5, tr.T("report_roc_title"), "", "L", false)
	p.Ln(1)
	w.font(false, 8.5)
	w.colour(muted)
	p.MultiCell(contentW-(tx-margin), 4.2, tr.T(w.w("report_roc_intro")), "", "L", false)
	p.Ln(2)
	w.font(false, 10)
	w.colour(ink)
	p.MultiCell(contentW-(tx-margin), 5, w.rocArea(area), "", "L", false)
	p.SetLeftMargin(margin)
	p.SetY(math.Max(p.GetY(), oy+10) + 2)
}

// rocArea says the area under the rating ROC curve in words: the figure
// with what its ends mean, and the chance it is.
func (w *writer) rocArea(area float64) string {
	return w.tr.T(w.w("report_roc_area"), "Area", w.number(area), "Percent", int(math.Round(100*area)))
}

// legend writes colour swatches and what they stand for, on one line.
func (w *writer) legend(colours []rgb, labels []string) {
	p := w.pdf
	y := p.GetY()
	x := margin
	w.font(false, 8.5)
	for i, c := range colours {
		w.fill(c)
		p.Rect(x, y+1.2, 3.2, 3.2, "F")
		w.colour(ink)
		p.SetXY(x+4.5, y)
		lw := w.pdf.GetStringWidth(labels[i]) + 2
		p.CellFormat(lw, 5.5, labels[i], "", 0, "L", false, 0, "")
		x += 4.5 + lw + 6
	}
	p.SetY(y + 7)
}

// shareBar draws n of total as a bar on its track, and the percentage
// after it; a dash and the track alone when total is 0.
func (w *writer) shareBar(x, y, width, h float64, n, total int, c rgb) {
	p := w.pdf
	w.fill(light)
	p.Rect(x, y, width, h, "F")
	figure := "—"
	if total > 0 {
		w.fill(c)
		p.Rect(x, y, width*float64(n)/float64(total), h, "F")
		figure = w.tr.T("truth_percent", "Percent", int(math.Round(100*float64(n)/float64(total))))
	}
	w.font(true, 8)
	w.colour(ink)
	p.SetXY(x+width+1, y-0.6)
	p.CellFormat(16, h+1.2, figure, "", 0, "R", false, 0, "")
}

// beforeAfter writes the change between the tests, in words, then the
// group's and each team's shares before (grey) and after (in colour).
func (w *writer) beforeAfter() {
	p, tr := w.pdf, w.tr
	w.heading(tr.T("shift_page_title"), 40)
	title, sentence, note := ShiftWords(w.sum.Before, w.sum.After, w.sum.Scams, tr)
	w.text(true, 12, toneColour(ShiftTone(w.sum.Before, w.sum.After, note)), title)
	w.text(false, 10, ink, sentence)
	if note != "" {
		w.text(false, 8.5, muted, note)
	}
	p.Ln(2)
	w.text(false, 8.5, muted, tr.T("shift_legend_before"))
	half := (contentW - 56 - 8) / 2
	w.font(true, 9)
	y := p.GetY()
	w.colour(spotted)
	p.SetXY(margin+56, y)
	p.CellFormat(half-18, 5, tr.T(w.w("truth_legend_hits")), "", 0, "L", false, 0, "")
	w.colour(trusted)
	p.SetXY(margin+56+half+8, y)
	p.CellFormat(half-18, 5, tr.T(w.w("truth_legend_trusts")), "", 0, "L", false, 0, "")
	p.SetY(y + 6)
	type row struct {
		name          string
		team          *game.Team
		before, after game.Detection
	}
	rows := []row{{tr.T("shift_group"), nil, w.sum.Before, w.sum.After}}
	if len(w.s.Teams) > 1 {
		for t := range w.s.Teams {
			rows = append(rows, row{w.s.Teams[t].Name, &w.s.Teams[t], w.sum.Teams[t].Before, w.sum.Teams[t].After})
		}
	}
	for _, r := range rows {
		w.room(12)
		y := p.GetY()
		x := margin
		if r.team != nil {
			w.symbol(margin+2.5, y+4.5, 2.2, *r.team)
			x += 6
		}
		w.font(r.team == nil, 9.5)
		w.colour(ink)
		p.SetXY(x, y+1.5)
		p.CellFormat(56-(x-margin), 6, w.fit(r.name, 55-(x-margin)), "", 0, "L", false, 0, "")
		for i, c := range []rgb{spotted, trusted} {
			bx := margin + 56 + float64(i)*(half+8)
			nb, ofb, na, ofa := r.before.Hits, r.before.Intox(), r.after.Hits, r.after.Intox()
			if i == 1 {
				nb, ofb, na, ofa = r.before.CorrectTrusts, r.before.TrueItems(), r.after.CorrectTrusts, r.after.TrueItems()
			}
			w.shareBar(bx, y+1, half-18, 3.6, nb, ofb, grey)
			w.shareBar(bx, y+5.6, half-18, 3.6, na, ofa, c)
		}
		p.SetY(y + 12)
	}
}

// techniques writes the techniques met, those that fooled the group most
// first, as bars of answers fooled and answers that saw through them.
func (w *writer) techniques() {
	p, tr := w.pdf, w.tr
	var ts []game.TechniqueSummary
	for _, t := range w.sum.Techniques {
		if t.Fooled+t.Spotted > 0 && len(ts) < 8 {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return
	}
	w.heading(tr.T("end_techniques_title"), 20)
	if fooled, _ := game.MostFooling(w.sum.Techniques, 1, nil); len(fooled) == 0 {
		w.text(false, 10, ink, tr.T("end_no_technique"))
	}
	w.legend([]rgb{wrong, spotted}, []string{tr.T("report_fooled"), tr.T("report_spotted")})
	top := 1
	for _, t := range ts {
		top = max(top, t.Fooled+t.Spotted)
	}
	labelW := 62.0
	barW := contentW - labelW - 58
	for _, t := range ts {
		w.room(8)
		y := p.GetY()
		name := t.Technique
		if t.Lever {
			name += " (" + tr.T("report_lever") + ")"
		}
		w.font(false, 9.5)
		w.colour(ink)
		// A technique's whole name, on two lines when it needs them (« faux
		// conseiller bancaire, usurpation d'identité »), cut only past two.
		lines := p.SplitText(name, labelW-2)
		if len(lines) > 2 {
			lines = append(lines[:1], w.fit(strings.Join(lines[1:], " "), labelW-2))
		}
		if len(lines) > 1 {
			w.room(4.6*float64(len(lines)) + 2)
			y = p.GetY()
		}
		for i, ln := range lines {
			p.SetXY(margin, y+4.6*float64(i))
			p.CellFormat(labelW, 6, ln, "", 0, "L", false, 0, "")
		}
		unit := barW / float64(top)
		w.fill(wrong)
		p.Rect(margin+labelW, y+1, unit*float64(t.Fooled), 4, "F")
		w.fill(spotted)
		p.Rect(margin+labelW+unit*float64(t.Fooled), y+1, unit*float64(t.Spotted), 4, "F")
		w.font(false, 8)
		w.colour(muted)
		p.SetXY(margin+labelW+barW+2, y)
		p.CellFormat(56, 6, tr.T("report_technique_count", "Fooled", t.Fooled, "Spotted", t.Spotted), "", 0, "L", false, 0, "")
		p.SetY(y + 7.5 + 4.6*float64(len(lines)-1))
	}
}

// nuanceChart is the height of a debate card's chart, in millimetres.
const nuanceChart = 26.0

// nuanceItem is a debate card and what its discussion did.
type nuanceItem struct {
	card *cards.Card
	lang string // the deck's language
	n    game.Nuance
}

// nuances writes, for each debate card, its small chart of positions
// before and after the discussion and who moved where, two to a row.
func (w *writer) nuances() {
	p, tr := w.pdf, w.tr
	var items []nuanceItem
	for _, g := range w.s.Games {
		for _, n := range g.Nuances() {
			items = append(items, nuanceItem{g.CardAt(n.Card), g.Deck.Language, n})
		}
	}
	if len(items) == 0 {
		return
	}
	boxW := (contentW - 6) / 2
	w.heading(tr.T("report_nuance"), 12+w.nuanceHeight(boxW, items[0]))
	w.text(false, 9, muted, tr.T("report_nuance_intro"))
	p.Ln(2)
	for i := 0; i < len(items); i += 2 {
		row := items[i:min(i+2, len(items))]
		h := 0.0
		for _, it := range row {
			h = max(h, w.nuanceHeight(boxW, it))
		}
		w.room(h + 2)
		y := p.GetY()
		for k, it := range row {
			w.nuanceCard(margin+float64(k)*(boxW+6), y, boxW, h, it)
		}
		p.SetY(y + h + 4)
	}
}

// nuanceStatement returns a debate card's statement as its box shows it:
// three lines at most.
func (w *writer) nuanceStatement(width float64, it nuanceItem) []string {
	w.font(true, 9)
	lines := w.pdf.SplitText(typeset(flat(it.card.Text), it.lang), width)
	if len(lines) > 3 {
		lines = append(lines[:2], w.fit(strings.Join(lines[2:], " "), width-1))
	}
	return lines
}

// nuanceLines returns the words under a debate card's chart.
func (w *writer) nuanceLines(width float64, it nuanceItem) []string {
	w.font(false, 7.8)
	return w.pdf.SplitText(nuanceWords(it.card, it.n, w.tr), width)
}

// nuanceHeight returns the height of a debate card's box.
func (w *writer) nuanceHeight(width float64, it nuanceItem) float64 {
	inner := width - 8
	return 3 + 4.2*float64(len(w.nuanceStatement(inner, it))) + 4 + nuanceChart + 8.5 + 3.6*float64(len(w.nuanceLines(inner, it))) + 3
}

// nuanceCard draws one debate card in a box of height h: its statement,
// the chart of the positions (people when the room was counted, else
// teams) with the scale's poles under it, and in words who moved, how far
// and where.
func (w *writer) nuanceCard(x, y, width, h float64, it nuanceItem) {
	p, tr, c, n := w.pdf, w.tr, it.card, it.n
	w.fill(light)
	p.RoundedRect(x, y, width, h, 2.5, "1234", "F")
	inner := width - 8
	lines := w.nuanceStatement(inner, it)
	w.colour(ink)
	for i, ln := range lines {
		p.SetXY(x+4, y+3+4.2*float64(i))
		p.CellFormat(inner, 4.2, ln, "", 0, "L", false, 0, "")
	}
	before, after, label := n.Before, n.After, tr.T("report_nuance_teams")
	if n.HasHeads[0] && n.HasHeads[1] {
		before, after, label = n.Heads[0], n.Heads[1], tr.T("report_nuance_people")
	}
	chartY := y + 3 + 4.2*float64(len(lines)) + 4
	top := 1
	for i := range before {
		top = max(top, before[i], after[i])
	}
	w.font(false, 7)
	w.colour(muted)
	p.SetXY(x+4, chartY-3)
	p.CellFormat(inner, 3, label, "", 0, "L", false, 0, "")
	base := chartY + nuanceChart
	slot := inner / float64(game.Steps)
	bw := slot * 0.34
	w.line(grey)
	p.Line(x+4, base, x+4+inner, base)
	for step := range game.Steps {
		sx := x + 4 + slot*float64(step) + slot*0.12
		for k, v := range []int{before[step], after[step]} {
			bh := (nuanceChart - 5) * float64(v) / float64(top)
			col := grey
			if k == 1 {
				col = spotted
			}
			w.fill(col)
			bx := sx + float64(k)*(bw+slot*0.04)
			if v > 0 {
				p.Rect(bx, base-bh, bw, bh, "F")
			}
			w.font(false, 6.5)
			w.colour(ink)
			p.SetXY(bx-1, base-bh-3.4)
			p.CellFormat(bw+2, 3, strconv.Itoa(v), "", 0, "C", false, 0, "")
		}
		mark := strconv.Itoa(step + 1)
		if step == game.NotUnderstood {
			mark = "?"
		}
		w.font(true, 7.5)
		w.colour(ink)
		p.SetXY(x+4+slot*float64(step), base+0.6)
		p.CellFormat(slot, 3.5, mark, "", 0, "C", false, 0, "")
	}
	// The poles under their ends of the scale.
	w.font(false, 6.5)
	w.colour(muted)
	p.SetXY(x+4, base+4.2)
	p.CellFormat(inner/2, 3, w.fit(typeset(c.Left, it.lang), inner/2-1), "", 0, "L", false, 0, "")
	p.SetXY(x+4+inner/2, base+4.2)
	p.CellFormat(inner/2-slot, 3, w.fit(typeset(c.Right, it.lang), inner/2-slot-1), "", 0, "R", false, 0, "")
	w.colour(ink)
	for i, ln := range w.nuanceLines(inner, it) {
		p.SetXY(x+4, base+8.5+3.6*float64(i))
		p.CellFormat(inner, 3.6, ln, "", 0, "L", false, 0, "")
	}
}

// nuanceWords says who moved on a debate card, how far and where.
func nuanceWords(c *cards.Card, n game.Nuance, tr *assets.Translator) string {
	var s string
	if n.Moved == 0 {
		s = tr.T("report_nuance_none")
	} else {
		var where []string
		if n.ToRight > 0 {
			where = append(where, tr.T("report_nuance_towards", "Count", n.ToRight, "End", c.Right))
		}
		if n.ToLeft > 0 {
			where = append(where, tr.T("report_nuance_towards", "Count", n.ToLeft, "End", c.Left))
		}
		if n.ToNotUnderstood > 0 {
			where = append(where, tr.T("report_nuance_to_dunno", "Count", n.ToNotUnderstood))
		}
		if n.FromNotUnderstood > 0 {
			where = append(where, tr.T("report_nuance_from_dunno", "Count", n.FromNotUnderstood))
		}
		moved := tr.N("report_nuance_moved", n.Moved, "Total", n.Moved+n.Stayed)
		if n.Steps > 0 {
			moved += ", " + tr.N("report_nuance_steps", n.Steps)
		}
		s = tr.T("report_nuance_where", "Moved", moved, "Where", strings.Join(where, ", "))
	}
	if n.HasHeads[0] && n.HasHeads[1] {
		key := "report_nuance_heads"
		if n.HeadsMoved() == 0 {
			key = "report_nuance_heads_still" // "at least nobody moved" says nothing
		}
		s += " " + tr.N(key, n.HeadsMoved(), "Before", n.Heads[0].Total(), "After", n.Heads[1].Total())
	}
	return s
}

// hardCards writes the cards the group found hardest, with their answer,
// explanation, technique and source: to go on with at the next session.
func (w *writer) hardCards() {
	p, tr := w.pdf, w.tr
	if w.judged == 0 {
		return // a board, debates, open questions: nothing was right or wrong
	}
	w.heading(tr.T("report_hardest"), 30)
	if len(w.hardest) == 0 {
		w.text(false, 10, ink, tr.T("report_hardest_none"))
		return
	}
	w.text(false, 9, muted, tr.T("report_hardest_intro"))
	p.Ln(2)
	// A card's block stays on one page: its source, its last line, is no
	// orphan at the top of the next one.
	type line struct {
		bold bool
		size float64
		c    rgb
		s    string
	}
	for _, h := range w.hardest {
		block := []line{
			{true, 10.5, ink, h.text},
			{false, 8.5, muted, h.deck + " · " + tr.N("report_hardest_right", h.right, "Total", h.total)},
			{true, 9.5, trusted, tr.T("report_answer", "Answer", h.answer)},
		}
		if h.card.Explanation != "" {
			block = append(block, line{false, 9.5, ink, typeset(h.card.Explanation, h.lang)})
		}
		if h.card.Technique != "" {
			block = append(block, line{false, 8.5, muted, tr.T("report_technique", "Technique", h.card.Technique)})
		}
		if h.card.Source != "" {
			block = append(block, line{false, 8.5, muted, tr.T("sheets_source", "Source", cards.ReadableSource(h.card.Source))})
		}
		height := 0.0
		for _, l := range block {
			height += w.textHeight(l.bold, l.size, l.s)
		}
		w.room(min(height, pageH-bottom-margin-10))
		for _, l := range block {
			w.text(l.bold, l.size, l.c, l.s)
		}
		p.Ln(3)
	}
}

// number writes a figure with two decimals, with a decimal comma in
// French, and a hyphen for its minus: Noto Sans's minus sign (U+2212) is
// not in both of the report's fonts.
func (w *writer) number(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	if s == "-0.00" {
		s = "0.00"
	}
	if w.tr.Lang() == "fr" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// spaceBefore and spaceAfter find the spaces French typography makes
// non-breaking: before a colon, semicolon, question or exclamation mark
// and a closing guillemet, after an opening one; blanks are the breaking
// spaces a line is joined on.
var (
	blanks      = regexp.MustCompile(`[ \t\r\n]+`)
	spaceBefore = regexp.MustCompile(`[ \t]+([:;?!»])`)
	spaceAfter  = regexp.MustCompile(`«[ \t]+`)
)

// typeset gives a deck's text in French its non-breaking spaces, which a
// deck typed in Notepad seldom has: the report never starts a line with
// « ? » or « » ». Texts in other languages are left as they are.
func typeset(s, lang string) string {
	if lang != "fr" && !strings.HasPrefix(lang, "fr-") {
		return s
	}
	s = spaceBefore.ReplaceAllString(s, "\u00a0$1")
	return spaceAfter.ReplaceAllString(s, "«\u00a0")
}

// fit returns s on one line, shortened with an ellipsis until it is at
// most width millimetres wide in the current font: a long team name ends
// in "…" instead of running under the bar beside it.
func (w *writer) fit(s string, width float64) string {
	s = flat(s)
	if w.pdf.GetStringWidth(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && w.pdf.GetStringWidth(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// flat puts a text on one line; unlike strings.Fields it keeps the
// non-breaking spaces.
func flat(s string) string { return strings.TrimSpace(blanks.ReplaceAllString(s, " ")) }

// clip shortens s to n characters at most, on one line, with an ellipsis.
func clip(s string, n int) string {
	s = flat(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
