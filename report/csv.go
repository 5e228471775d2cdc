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
// a manual point, game by game and card by card, with the columns game,
// deck, card, team, answer, right and points. The points column adds up to
// the teams' totals. Its texts and separator (";" for French, as Excel in
// France expects) are in the player's language.
func CSV(s *game.Session, tr *assets.Translator) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true // RFC 4180, and what Excel writes
	if tr.Lang() == "fr" {
		w.Comma = ';'
	}
	w.Write([]string{
		tr.T("export_col_game"), tr.T("export_col_deck"), tr.T("export_col_card"), tr.T("export_col_team"),
		tr.T("export_col_answer"), tr.T("export_col_right"), tr.T("export_col_points"),
	})
	for i, g := range s.Games {
		for _, row := range gameRows(s, g, tr) {
			row = append([]string{strconv.Itoa(i + 1), g.Deck.Title}, row...)
			for j := 1; j < len(row)-2; j++ {
				row[j] = inert(row[j])
			}
			w.Write(row)
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// gameRows returns a game's rows from the card column on: the answers of
// each card over, then the points given by hand while it was in play.
func gameRows(s *game.Session, g *game.Game, tr *assets.Translator) [][]string {
	results := make(map[int]game.Result)
	for _, r := range g.State().Results {
		results[r.Card] = r
	}
	yesNo := map[bool]string{true: tr.T("export_yes"), false: tr.T("export_no")}
	var rows [][]string
	for card := range g.Len() {
		c := g.CardAt(card)
		if r, ok := results[card]; ok {
			for t := range s.Teams {
				text, right, ok := answerText(g, c, r, t, tr)
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
				rows = append(rows, []string{c.ID, s.Teams[t].Name, text, judged, strconv.Itoa(gained)})
			}
		}
		for _, ev := range g.Events {
			if ev.Kind != game.MovePoints || ev.Card != card || ev.Team < 0 || ev.Team >= len(s.Teams) {
				continue
			}
			text := tr.T("export_manual_points", "Points", fmt.Sprintf("%+d", ev.Points))
			if strings.TrimSpace(ev.Reason) != "" {
				text = tr.T("export_manual_points_why", "Points", fmt.Sprintf("%+d", ev.Points), "Reason", ev.Reason)
			}
			rows = append(rows, []string{c.ID, s.Teams[ev.Team].Name, text, "", strconv.Itoa(ev.Points)})
		}
	}
	return rows
}

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

// answerWords says one answer in words: the verdict's label, the
// choices joined by " + ", the value or the step of a scale, the items in
// the order given joined by " > ", right or wrong for a spoken answer, the
// character guessed on a board.
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
		return scaleStep(c, a.Choice, tr)
	case c.Kind == cards.KindOrder:
		return join(c.Items, a.Choices, " > ")
	case c.Kind == cards.KindClues, c.Kind == cards.KindCharacter && g.Settings.Riddles:
		if a.Right {
			return tr.T("export_judged_right")
		}
		return tr.T("export_judged_wrong")
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

// scaleStep names a position on a five-step scale by the card's poles.
func scaleStep(c *cards.Card, step int, tr *assets.Translator) string {
	switch step {
	case 0:
		return c.Left
	case 1:
		return tr.T("export_scale_leaning", "Pole", c.Left)
	case 2:
		return tr.T("export_scale_middle")
	case 3:
		return tr.T("export_scale_leaning", "Pole", c.Right)
	case 4:
		return c.Right
	case game.NotUnderstood:
		return tr.T("export_scale_not_understood")
	}
	return strconv.Itoa(step)
}
