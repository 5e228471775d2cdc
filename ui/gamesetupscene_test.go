package ui

import (
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
)

// keysOf returns the actions of keys pressed one after the other on a US
// keyboard, through the keymap, as a person pressing them gives them.
func keysOf(t *testing.T, keys ...ebiten.Key) []Action {
	t.Helper()
	var out []Action
	for _, k := range keys {
		out = append(out, ActionsFor([]Key{{Position: k}}, Modifiers{})...)
	}
	return out
}

// rowIDs returns the ids of the setup's rows, in the order of their keys.
func rowIDs(g *gameSetupScene) []string {
	var out []string
	for _, r := range g.rows() {
		out = append(out, r.id)
	}
	return out
}

// arnaquesSetup returns the setup of the « Arnaque ou pas ? » deck for two
// teams, driven by a scene driver.
func arnaquesSetup(t *testing.T) (*sceneDriver, *gameSetupScene, *game.Session) {
	t.Helper()
	d := allDecksDeps(t)
	s := newTestSession(t, d, "Renards", "Hiboux")
	deck := d.Library.Find("arnaques", "fr")
	require.NotNil(t, deck)
	dr := newSceneDriver(t, d, newGameSetupScene(d, s, deck, backScene{}))
	return dr, dr.scene.(*gameSetupScene), s
}

// TestEverySetupRowHasItsDigit checks that each row of a setup with more
// rows than answers (the scam deck in turns mode: eight) has its digit, that
// the digit works, and that every label starts where the others do.
func TestEverySetupRowHasItsDigit(t *testing.T) {
	dr, g, _ := arnaquesSetup(t)
	rows := g.rows()
	require.Greater(t, len(rows), MaxAnswers, "more rows than answer keys")
	keys := []ebiten.Key{ebiten.KeyDigit1, ebiten.KeyDigit2, ebiten.KeyDigit3, ebiten.KeyDigit4, ebiten.KeyDigit5,
		ebiten.KeyDigit6, ebiten.KeyDigit7, ebiten.KeyDigit8, ebiten.KeyDigit9}
	for i, row := range rows {
		dr, g, _ := arnaquesSetup(t) // each key on a fresh screen: a row may change the others
		dr.press(keysOf(t, keys[i])...)
		after := g.rows()
		j := slices.IndexFunc(after, func(r setupRow) bool { return r.id == row.id })
		require.GreaterOrEqualf(t, j, 0, "row %s went", row.id)
		assert.NotEqualf(t, row.Selected, after[j].Selected, "key %d moves row %s to its next option", i+1, row.id)
	}

	v := dr.d.View
	rects := g.layout(g.rows()).rows
	var xs []float64
	for i, r := range rects {
		key := choiceKey(i)
		assert.NotEmptyf(t, key, "row %d has a digit", i+1)
		_, text := v.labelParts(r.Label, v.Px(40), true)
		xs = append(xs, text.X)
	}
	for _, x := range xs {
		assert.InDelta(t, xs[0], x, 0.5, "every label in line")
	}
}
