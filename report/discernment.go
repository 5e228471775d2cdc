package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"declic/assets"
	"declic/game"
)

// DiscernmentCSV returns the discernment figures of a workshop as a CSV
// file, the second file of an export: a row for the whole group, then one
// a team, for every game with verdicts (its phase said when it is a test
// of the workshop's effect), then for the whole workshop — its games, and
// its before and after tests apart when it had them. Each row holds the
// counts of the 2 × 2 table, the hit and false-alarm rates as played (the
// share of intox spotted, of true items doubted), the sensitivity d′ with
// its 95 % interval and the bias c (game.Detection, log-linear corrected;
// empty without both intox and true items), and the reading in words;
// then, last, how sure the teams said they were (game.Confidence), filled
// on the rows of games that asked and of the workshop's games when any
// did: at each level — sûr, plutôt, au hasard — the verdicts rated so and
// the share of them that was right, and the area under the rating ROC
// curve (0.5 chance, 1 perfect), empty below the answers
// game.Confidence.ROC draws it from. The tests of the workshop's effect
// are never rated there: the summary leaves their ratings out, as it does
// their verdicts from the games'. Numbers are written as the player's
// spreadsheet reads them: a decimal comma and ";" between columns in
// French. It returns nil when no verdict was given: there is nothing to
// read.
func DiscernmentCSV(s *game.Session, tr *assets.Translator) ([]byte, error) {
	sum := s.Summary()
	if sum.Detection.Answers()+sum.Before.Answers()+sum.After.Answers() == 0 {
		return nil, nil
	}
	w := Words(sum.Scams)
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	out := csv.NewWriter(&buf)
	out.UseCRLF = true
	french := tr.Lang() == "fr"
	if french {
		out.Comma = ';'
	}
	out.Write(append([]string{
		tr.T("export_col_game"), tr.T("export_col_deck"), tr.T("export_col_phase"), tr.T("export_col_team"),
		tr.T(w("discernment_col_intox")), tr.T(w("discernment_col_hits")), tr.T(w("discernment_col_misses")),
		tr.T(w("discernment_col_true")), tr.T(w("discernment_col_false_alarms")), tr.T(w("discernment_col_trusts")),
		tr.T(w("discernment_col_hit_rate")), tr.T(w("discernment_col_false_alarm_rate")),
		tr.T("discernment_col_sensitivity"), tr.T("discernment_col_sensitivity_low"), tr.T("discernment_col_sensitivity_high"),
		tr.T("discernment_col_bias"), tr.T("discernment_col_reading"),
	}, confidenceColumns(tr)...))
	row := func(number, deck, phase, team string, d game.Detection, c game.Confidence) {
		if d.Answers() == 0 {
			return
		}
		title, _, _ := Reading(d, sum.Scams, tr)
		// d′ and c compare intox with true items: without both, the
		// correction's 0.5 alone makes a figure, which would mislead.
		sensitivity, lo, hi, bias := "", "", "", ""
		if d.Intox() > 0 && d.TrueItems() > 0 {
			l, h := d.SensitivityInterval()
			sensitivity, lo, hi, bias = decimal(d.Sensitivity(), french), decimal(l, french), decimal(h, french), decimal(d.Bias(), french)
		}
		out.Write(append([]string{
			number, inert(deck), phase, inert(team),
			strconv.Itoa(d.Intox()), strconv.Itoa(d.Hits), strconv.Itoa(d.Misses),
			strconv.Itoa(d.TrueItems()), strconv.Itoa(d.FalseAlarms), strconv.Itoa(d.CorrectTrusts),
			percent(d.Hits, d.Intox()), percent(d.FalseAlarms, d.TrueItems()),
			sensitivity, lo, hi, bias, title,
		}, confidenceCells(c, french)...))
	}
	group := tr.T("discernment_group")
	phases := map[game.Measure]string{
		game.MeasureNone:   "",
		game.MeasureBefore: tr.T("export_phase_before"),
		game.MeasureAfter:  tr.T("export_phase_after"),
	}
	for i, g := range s.Games {
		gs := g.Summary()
		pick := func(ts game.TeamSummary) game.Detection { return ts.Detection }
		switch g.Settings.Measure {
		case game.MeasureBefore:
			pick = func(ts game.TeamSummary) game.Detection { return ts.Before }
		case game.MeasureAfter:
			pick = func(ts game.TeamSummary) game.Detection { return ts.After }
		}
		var all game.Detection
		for _, ts := range gs.Teams {
			all = all.Add(pick(ts))
		}
		number, phase := strconv.Itoa(i+1), phases[g.Settings.Measure]
		row(number, g.Deck.Title, phase, group, all, gs.Confidence)
		for t, ts := range gs.Teams {
			row(number, g.Deck.Title, phase, s.Teams[t].Name, pick(ts), ts.Confidence)
		}
	}
	workshop := tr.T("export_total")
	for _, part := range []struct {
		phase string
		all   game.Detection
		team  func(game.TeamSummary) game.Detection
		games bool // the workshop's games, whose ratings the summary holds
	}{
		{"", sum.Detection, func(ts game.TeamSummary) game.Detection { return ts.Detection }, true},
		{phases[game.MeasureBefore], sum.Before, func(ts game.TeamSummary) game.Detection { return ts.Before }, false},
		{phases[game.MeasureAfter], sum.After, func(ts game.TeamSummary) game.Detection { return ts.After }, false},
	} {
		sure := func(c game.Confidence) game.Confidence {
			if part.games {
				return c
			}
			return game.Confidence{}
		}
		row(workshop, "", part.phase, group, part.all, sure(sum.Confidence))
		for t, ts := range sum.Teams {
			row(workshop, "", part.phase, s.Teams[t].Name, part.team(ts), sure(ts.Confidence))
		}
	}
	out.Flush()
	return buf.Bytes(), out.Error()
}

// confidenceColumns returns the titles of the columns of confidence: at
// each level its rated verdicts and their share right, then the ROC area.
func confidenceColumns(tr *assets.Translator) []string {
	var cols []string
	for sure := game.SureCertain; sure <= game.SureGuess; sure++ {
		level := tr.T("sure_" + strconv.Itoa(sure))
		cols = append(cols, tr.T("discernment_col_level_answers", "Level", level), tr.T("discernment_col_level_right", "Level", level))
	}
	return append(cols, tr.T("discernment_col_roc_area"))
}

// confidenceCells returns a row's cells of confidence, as
// confidenceColumns: empty without a rated verdict, a level's share empty
// without a verdict rated so, the area empty without a curve.
func confidenceCells(c game.Confidence, french bool) []string {
	cells := make([]string, 0, 2*game.SureLevels+1)
	if c.Rated() == 0 {
		return append(cells, make([]string, 2*game.SureLevels+1)...)
	}
	for _, l := range c.Levels {
		cells = append(cells, strconv.Itoa(l.Answers), percent(l.Right, l.Answers))
	}
	area := ""
	if a, ok := c.Area(); ok {
		area = decimal(a, french)
	}
	return append(cells, area)
}

// DiscernmentPath returns where the discernment figures of an export to
// file go: beside it, its name ending in the word for discernment in the
// player's language ("atelier.csv" → "atelier-discernement.csv").
func DiscernmentPath(file string, tr *assets.Translator) string {
	base := strings.TrimSuffix(file, ".csv")
	return base + "-" + tr.T("discernment_file") + ".csv"
}

// percent writes part/total as a percentage rounded to the unit, without
// its sign (the column's title has it, so that a spreadsheet reads a
// number), empty when there is no total: the rate as played, which people
// read, not the corrected one that d′ uses.
func percent(part, total int) string {
	if total == 0 {
		return ""
	}
	return strconv.Itoa((200*part + total) / (2 * total))
}

// decimal writes x with two decimals, with a comma in French.
func decimal(x float64, french bool) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	if s == "-0.00" {
		s = "0.00"
	}
	if french {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
