package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
)

// panel is the part of the play screen that belongs to one kind of card:
// what teams answer with, and the draft of an answer not given yet (the
// answers picked, the items arranged, the value placed, the portrait
// marked). The play scene, its frame, makes a new one each time the card
// changes, so that no draft outlives its card; what must outlive it (a
// scale counted in heads) is the frame's. A panel reads the game and acts
// on it only through the frame's apply.
type panel interface {
	// update handles the keys and taps of the card in play, once the
	// frame has taken its own (navigation, points, buzzers).
	update(in *Input, l playLayout)
	// draw draws the card in play and what teams answer with, under the
	// frame's header and teams.
	draw(dst *ebiten.Image, l playLayout)
	// editing reports whether keys type into a field, or a choice is
	// marked, where Backspace deletes or unmarks instead of undoing.
	editing() bool
	// fresh puts the draft back where it starts, for the team the laptop
	// is handed to: it must never see the answer of the team before.
	fresh()
	// nextRound tells that the card moved on to its next phase (a second
	// round, the reveal): the drafts of the round before go.
	nextRound()
}

// newPanel makes the panel of the card in play.
func newPanel(p *playScene) panel {
	switch {
	case p.g.TheDeck().IsBoard() && !p.g.Settings.Riddles:
		return &boardPanel{p: p, marked: -1}
	}
	switch p.g.Kind() {
	case cards.KindVerdict:
		return newVerdictPanel(p)
	case cards.KindChoice:
		return &choicePanel{p: p}
	case cards.KindClues:
		return &cluesPanel{p: p}
	case cards.KindOrder:
		return newOrderPanel(p)
	case cards.KindSpectrum:
		return newSpectrumPanel(p)
	}
	return &openPanel{p: p}
}

// discussion is a panel with a screen of its own between its rounds: a
// debate's prompts, discussed before the teams place themselves again.
type discussion interface {
	discussing() bool
	// updateDiscussion reports whether it took the input.
	updateDiscussion(in *Input, l playLayout) bool
	drawDiscussion(dst *ebiten.Image, l playLayout)
}

// keyTaker is a panel that takes some keys before the frame does: a head
// count's + and − count people, not points, and its undo takes back counts.
type keyTaker interface {
	takeKeys(in *Input)
}
