package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMostFoolingTellsTheTiesItCuts(t *testing.T) {
	ts := func(fooled ...int) []TechniqueSummary {
		var out []TechniqueSummary
		for i, f := range fooled {
			out = append(out, TechniqueSummary{Technique: string(rune('a' + i)), Fooled: f, Lever: i%2 == 1})
		}
		return out
	}
	names := func(top []TechniqueSummary) (out []string) {
		for _, t := range top {
			out = append(out, t.Technique)
		}
		return out
	}
	for _, c := range []struct {
		name   string
		ts     []TechniqueSummary
		n      int
		levers bool
		top    []string
		tied   int
	}{
		{"fewer than n", ts(3, 1), 3, false, []string{"a", "b"}, 0},
		{"no tie at the cut", ts(4, 3, 2, 1), 3, false, []string{"a", "b", "c"}, 0},
		{"two more as often as the third", ts(4, 2, 2, 2, 2, 1), 3, false, []string{"a", "b", "c"}, 2},
		{"the spotted only are left out", ts(2, 0, 0), 3, false, []string{"a"}, 0},
		{"every one tied", ts(1, 1, 1, 1), 1, false, []string{"a"}, 3},
		{"levers alone (b, d, f)", ts(5, 2, 2, 2, 2, 2), 2, true, []string{"b", "d"}, 1},
		{"none fooled", ts(0, 0), 3, false, nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			var keep func(TechniqueSummary) bool
			if c.levers {
				keep = func(t TechniqueSummary) bool { return t.Lever }
			}
			top, tied := MostFooling(c.ts, c.n, keep)
			assert.Equal(t, c.top, names(top))
			assert.Equal(t, c.tied, tied)
		})
	}
}
