package sheets

import (
	"strconv"
	"strings"

	"declic/cards"
)

// answers writes the answers, card by card, for the facilitator: the right
// answer, then everything the game shows at the reveal (see answerLines).
func (s *sheet) answers() {
	p, tr := s.pdf, s.tr
	p.AddPage()
	s.heading(tr.T("sheets_answers"))
	w := pageW - 2*margin
	for i := range s.deck.Cards {
		c := &s.deck.Cards[i]
		answer := s.answer(c)
		lines := s.answerLines(c)
		// A card's answer stays on one page.
		s.font(false, 10)
		need := 6.0 + float64(len(p.SplitText(answer, w-10)))*5
		for _, l := range lines {
			need += float64(len(p.SplitText(l.text, w-10-l.indent))) * 5
		}
		if p.GetY()+need > pageH-margin {
			s.footer()
			p.AddPage()
			p.SetY(margin)
		}
		y := p.GetY()
		s.font(true, 10)
		s.colour(muted)
		p.SetXY(margin, y)
		p.CellFormat(10, 5, strconv.Itoa(i+1), "", 0, "L", false, 0, "")
		s.colour(ink)
		p.SetXY(margin+10, y)
		p.MultiCell(w-10, 5, answer, "", "L", false)
		for _, l := range lines {
			s.font(l.label, 10)
			s.colour(ink)
			if l.label {
				s.colour(muted)
			}
			x := margin + 10 + l.indent
			if text, ok := strings.CutPrefix(l.text, "• "); ok {
				// The bullet hangs: a long item's next lines start under its text.
				p.SetX(x - 3)
				p.CellFormat(3, 5, "•", "", 0, "L", false, 0, "")
				p.SetX(x)
				p.MultiCell(w-10-l.indent, 5, text, "", "L", false)
				continue
			}
			p.SetX(x)
			p.MultiCell(w-10-l.indent, 5, l.text, "", "L", false)
		}
		s.colour(ink)
		p.Ln(2.5)
	}
	s.footer()
}

// answerLine is a line of a card's answer on the facilitator's pages.
type answerLine struct {
	text   string
	label  bool    // a heading over the lines after it
	indent float64 // millimetres, for the items of a list
}

// answerLines returns what the facilitator needs after a card's right
// answer, in the order of the reveal: the explanation; the red flags, the
// reflex and where to report; the technique; the other answers to count as
// right; a board character's notes, question by question; the tips to check
// before a second vote; the prompts to discuss; the source. A card prints
// only what it has.
func (s *sheet) answerLines(c *cards.Card) []answerLine {
	tr := s.tr
	var out []answerLine
	text := func(t string) { out = append(out, answerLine{text: t}) }
	list := func(label string, items []string) {
		if len(items) == 0 {
			return
		}
		out = append(out, answerLine{text: label, label: true})
		for _, it := range items {
			out = append(out, answerLine{text: "• " + it, indent: 4})
		}
	}
	if c.Explanation != "" {
		text(c.Explanation)
	}
	list(tr.T("sheets_flags"), c.Flags)
	if c.Reflex != "" {
		text(tr.T("sheets_reflex", "Reflex", c.Reflex))
	}
	if c.Report != "" {
		text(tr.T("sheets_report", "Report", c.Report))
	}
	if c.Technique != "" {
		text(tr.T("technique", "Technique", c.Technique))
	}
	if also := s.deck.AlsoRight(c); len(also) > 0 {
		text(tr.T("sheets_accept", "Answers", strings.Join(also, " ; ")))
	}
	if c.Kind == cards.KindCharacter && len(c.Notes) > 0 {
		var notes []string
		for _, q := range s.deck.Questions {
			if note := c.Notes[q.ID]; note != "" {
				notes = append(notes, q.Text+" "+note)
			}
		}
		list(tr.T("sheets_board_notes"), notes)
	}
	list(tr.T("sheets_hints"), c.Hints)
	list(tr.T("discuss"), c.Discuss)
	if c.Source != "" {
		text(tr.T("sheets_source", "Source", c.Source))
	}
	return out
}

// answer says what a card's right answer is, in a line.
func (s *sheet) answer(c *cards.Card) string {
	tr := s.tr
	switch c.Kind {
	case cards.KindVerdict:
		return s.deck.VerdictLabel(c.Verdict) + " — " + c.Text
	case cards.KindChoice:
		var right []string
		for _, i := range c.Correct {
			right = append(right, string(rune('A'+i))+". "+c.Choices[i])
		}
		return strings.Join(right, " ; ")
	case cards.KindClues:
		return c.Answer
	case cards.KindOrder:
		shown := shuffled(c)
		letters := make([]string, len(c.Items))
		for i, it := range c.Items {
			for j, sh := range shown {
				if sh == it {
					letters[i] = string(rune('A' + j))
				}
			}
		}
		return strings.Join(letters, " – ") + " (" + strings.Join(c.Items, " ; ") + ")"
	case cards.KindSpectrum:
		if c.HasTarget {
			return tr.T("sheets_target", "Value", c.ScaleValue(c.Target, tr.Lang())) + " — " + c.Text
		}
		return tr.T("sheets_opinion") + " — " + c.Text
	case cards.KindCharacter:
		var yes []string
		for _, q := range s.deck.Questions {
			for _, id := range c.Yes {
				if id == q.ID {
					yes = append(yes, q.Text)
				}
			}
		}
		return c.Text + " — " + tr.T("sheets_yes", "Questions", strings.Join(yes, " ; "))
	}
	return c.Text
}

// questions writes the questions of a board, to ask about the secret
// character.
func (s *sheet) questions() {
	p := s.pdf
	p.AddPage()
	s.heading(s.tr.T("sheets_questions"))
	s.font(false, 12)
	s.colour(ink)
	for i, q := range s.deck.Questions {
		p.SetX(margin)
		p.MultiCell(pageW-2*margin, 7, strconv.Itoa(i+1)+". "+q.Text, "", "L", false)
	}
	s.footer()
}

// heading writes a page's title.
func (s *sheet) heading(text string) {
	p := s.pdf
	p.SetFillColor(gold[0], gold[1], gold[2])
	p.Rect(0, 0, pageW, 5, "F")
	p.SetXY(margin, margin)
	s.font(true, 18)
	s.colour(ink)
	p.CellFormat(pageW-2*margin, 10, text, "", 1, "L", false, 0, "")
	p.Ln(3)
}
