// Package report writes what a workshop comes to for people to read outside
// the game: its scores and answers as a CSV file, for `declic export` and the
// end screen's export button alike. It never imports Ebitengine, so that the
// command line runs without a display.
package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"declic/assets"
	"declic/cards"
	"declic/game"
)

// CSV returns the CSV file of a workshop, for `declic export` and the
// end screen's export button alike: a byte-order mark, so that Excel on
// Windows reads the accents right, a header, then one row an answer and one
// a manual point, game by game and card by card, with the columns date,
// game, deck, card, the card's text, team, answer, right and points; on a
// debate card with head counts, a row a step of the scale with the number
// of people on it before and after the discussion, in the next two
// columns; then "test d'avant" or "test d'après" on the rows of a test of
// the workshop's effect (game.Measure), whose answers earn no points; last,
// how sure the team said it was of a verdict (sûr, plutôt, au hasard),
// empty when the game did not ask or the team did not say. New columns go
// last, so that a spreadsheet made for the file keeps its columns. Every
// answer is said in the words the screen shows. The points of those
// rows add up to the teams' totals, which close the file, after an empty
// row, one team a row. Its texts and separator (";" for French, as Excel in
// France expects) are in the player's language.
func CSV(s *game.Session, tr *assets.Translator) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true // RFC 4180, and what Excel writes
	date := s.Started.Format("2006-01-02")
	if tr.Lang() == "fr" {
		w.Comma = ';'
		date = s.Started.Format("02/01/2006") // what a French Excel reads as a date
	}
	w.Write([]string{
		tr.T("export_col_date"), tr.T("export_col_game"), tr.T("export_col_deck"), tr.T("export_col_card"),
		tr.T("export_col_text"), tr.T("export_col_team"), tr.T("export_col_answer"), tr.T("export_col_right"),
		tr.T("export_col_points"), tr.T("export_col_heads_before"), tr.T("export_col_heads_after"),
		tr.T("export_col_phase"), tr.T("export_col_sure"),
	})
	phases := map[game.Measure]string{
		game.MeasureBefore: tr.T("export_phase_before"),
		game.MeasureAfter:  tr.T("export_phase_after"),
	}
	for i, g := range s.Games {
		for _, row := range gameRows(s, g, tr) {
			row = append([]string{date, strconv.Itoa(i + 1), g.Deck.Title}, row...)
			for j := 2; j < colPoints; j++ {
				row[j] = inert(row[j])
			}
			for len(row) < colCount {
				row = append(row, "")
			}
			row[colPhase] = phases[g.Settings.Measure]
			w.Write(row)
		}
	}
	w.Write(nil)
	for t, total := range s.Totals() {
		row := make([]string, colCount)
		row[0], row[1], row[colTeam], row[colPoints] = date, tr.T("export_total"), inert(s.Teams[t].Name), strconv.Itoa(total)
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// The columns of the CSV file, by index.
const (
	colTeam   = 5
	colPoints = 8
	colPhase  = 11
	colSure   = 12
	colCount  = 13
)

// gameRows returns a game's rows from the card column on: the answers of
// each card over, the head counts of a debate, then the points given by
// hand while it was in play.
func gameRows(s *game.Session, g *game.Game, tr *assets.Translator) [][]string {
	results := make(map[int]game.Result)
	for _, r := range g.State().Results {
		results[r.Card] = r
	}
	yesNo := map[bool]string{true: tr.T("export_yes"), false: tr.T("export_no")}
	var rows [][]string
	for card := range g.Len() {
		c := g.CardAt(card)
		text := oneLine(c.Text)
		if text == "" {
			text = oneLine(c.Answer) // a riddle's text is its answer
		}
		if r, ok := results[card]; ok {
			for t := range s.Teams {
				said, right, ok := answerText(g, c, r, t, tr)
				if !ok {
					continue
				}
				judged := ""
				if right != nil {
					judged = yesNo[*right]
				}
				gained := 0
				if t < len(r.Gained) {
					gained = r.Gained[t]
				}
				row := []string{c.ID, text, s.Teams[t].Name, said, judged, strconv.Itoa(gained)}
				if sure := sureWords(r, t, tr); sure != "" {
					// From the card column on: the date, game and deck come first.
					row = append(row, make([]string, colSure-3-len(row))...)
					row = append(row, sure)
				}
				rows = append(rows, row)
			}
			rows = append(rows, headRows(c, r, text, tr)...)
		}
		for _, ev := range g.Events {
			if ev.Kind != game.MovePoints || ev.Card != card || ev.Team < 0 || ev.Team >= len(s.Teams) {
				continue
			}
			said := tr.T("export_manual_points", "Points", fmt.Sprintf("%+d", ev.Points))
			if strings.TrimSpace(ev.Reason) != "" {
				said = tr.T("export_manual_points_why", "Points", fmt.Sprintf("%+d", ev.Points), "Reason", ev.Reason)
			}
			rows = append(rows, []string{c.ID, text, s.Teams[ev.Team].Name, said, "", strconv.Itoa(ev.Points)})
		}
	}
	return rows
}

// headRows returns the head counts of a debate card, a row a step of the
// scale: how many people stood there before the discussion and after it.
// A card counted neither before nor after has none.
func headRows(c *cards.Card, r game.Result, text string, tr *assets.Translator) [][]string {
	before, after := r.Heads[0], r.Heads[1]
	if len(before) == 0 && len(after) == 0 {
		return nil
	}
	count := func(heads []int, step int) string {
		if step < len(heads) {
			return strconv.Itoa(heads[step])
		}
		return ""
	}
	rows := make([][]string, 0, game.Steps)
	for step := range game.Steps {
		rows = append(rows, []string{c.ID, text, tr.T("export_room"), scaleStep(step, tr), "", "", count(before, step), count(after, step)})
	}
	return rows
}

// sureWords says how sure team t said it was of its verdict on a card (the
// answer that counted), "" when it did not say.
func sureWords(r game.Result, t int, tr *assets.Translator) string {
	if t >= len(r.Answers) || r.Answers[t] == nil {
		return ""
	}
	switch sure := r.Answers[t].Sure; sure {
	case game.SureCertain, game.SureRather, game.SureGuess:
		return tr.T("export_sure_" + strconv.Itoa(sure))
	}
	return ""
}

// oneLine keeps a text on one line of a spreadsheet: a card's text may
// span several.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// inert keeps a spreadsheet from reading a text cell as a formula: a
// cell starting with = + - or @ gets a leading apostrophe, which Excel and
// LibreOffice hide.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// answerText says in words what team t answered on a card, and whether
// it was right (nil for an opinion, which is never right or wrong); false
// when the team gave no answer. A team that changed its mind between its
// two answers shows both: "Vrai → Faux".
func answerText(g *game.Game, c *cards.Card, r game.Result, t int, tr *assets.Translator) (string, *bool, bool) {
	var a, first *game.Answer
	if t < len(r.Answers) {
		a = r.Answers[t]
	}
	if t < len(r.First) {
		first = r.First[t]
	}
	opinion := c.Kind == cards.KindSpectrum && !c.HasTarget
	if a == nil && opinion {
		a, first = first, nil // placed before the discussion only
	}
	if a == nil {
		return "", nil, false
	}
	text := answerWords(g, c, a, tr)
	if first != nil {
		if before := answerWords(g, c, first, tr); before != text {
			text = before + " → " + text
		}
	}
	if opinion {
		return text, nil, true
	}
	return text, &a.Right, true
}

// answerWords says one answer in the words of the screen: the verdict's
// label, the choices joined by " + ", the value or the step of a scale, the
// items in the order given joined by " > ", the clue a riddle was found at
// or "Faux", the character guessed on a board.
func answerWords(g *game.Game, c *cards.Card, a *game.Answer, tr *assets.Translator) string {
	deck := g.TheDeck()
	switch {
	case c.Kind == cards.KindVerdict:
		if a.Choice >= 0 && a.Choice < len(deck.Verdicts) {
			return deck.Verdicts[a.Choice].Label
		}
	case c.Kind == cards.KindChoice:
		chosen := a.Choices
		if len(chosen) == 0 {
			chosen = []int{a.Choice}
		}
		return join(c.Choices, chosen, " + ")
	case c.Kind == cards.KindSpectrum && c.HasTarget:
		return strconv.Itoa(a.Choice)
	case c.Kind == cards.KindSpectrum:
		return scaleStep(a.Choice, tr)
	case c.Kind == cards.KindOrder:
		return join(c.Items, a.Choices, " > ")
	case c.Kind == cards.KindClues, c.Kind == cards.KindCharacter && g.Settings.Riddles:
		if a.Right {
			return tr.T("found_at_clue", "N", a.Clue+1)
		}
		return tr.T("judge_wrong")
	case c.Kind == cards.KindCharacter:
		if a.Choice >= 0 && a.Choice < len(deck.Cards) {
			return deck.Cards[a.Choice].Text
		}
	}
	return strconv.Itoa(a.Choice)
}

// join joins the texts at the indexes given, in their order.
func join(texts []string, indexes []int, sep string) string {
	parts := make([]string, 0, len(indexes))
	for _, i := range indexes {
		if i >= 0 && i < len(texts) {
			parts = append(parts, texts[i])
		}
	}
	return strings.Join(parts, sep)
}

// scaleStep names a position on the scale of a debate as the screen does.
func scaleStep(step int, tr *assets.Translator) string {
	if step == game.NotUnderstood {
		return tr.T("step_dunno")
	}
	if step >= 0 && step < game.Steps {
		return tr.T("step_" + strconv.Itoa(step+1))
	}
	return strconv.Itoa(step)
}
