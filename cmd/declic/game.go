//go:build gui

package main

import (
	"fmt"
	"strings"
	"time"

	"declic/cards"
	"declic/game"
	"declic/ui"
)

// openGame opens the game window: on the title screen, or with deck set, on
// the first card of a new game of that deck (declic play). It is built into
// declic-game (the gui build tag): Ebitengine opens the display when the
// program starts, so a program that links it cannot run without a screen,
// and declic check must.
func (c *cli) openGame(deck string) int {
	sessions, settingsFile := c.places()
	settings, err := loadSettings(settingsFile)
	if err != nil {
		fmt.Fprintln(c.env.stderr, c.tr.T("settings_damaged"))
	}
	if c.opts.lang != "" {
		settings.Language = c.opts.lang
	}
	if settings.Language != "" && settings.Language != c.tr.Lang() {
		c.tr = translator(settings.Language)
	}
	switch {
	case c.opts.fullscreen:
		settings.Fullscreen = true
	case c.opts.windowed:
		settings.Fullscreen = false
	}
	if c.opts.sound == "off" {
		settings.Sound = false
	}
	fonts, err := ui.NewFonts()
	if err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return exitInvalid
	}
	lib := c.library(nil)
	for _, p := range lib.Problems {
		if p.Severity == cards.Error {
			fmt.Fprintln(c.env.stderr, p.Text(c.tr.Lang()))
		}
	}
	d := &ui.Deps{
		View:         &ui.View{Fonts: fonts, Tr: c.tr, Settings: &settings, Theme: ui.NormalTheme, Metrics: ui.NewMetrics(1366, 768, 1)},
		Library:      lib,
		Family:       c.family,
		Shelf:        c.shelf(lib),
		Store:        sessions,
		Now:          time.Now,
		SettingsFile: settingsFile,
	}
	if c.opts.sound != "off" {
		// Opened even when the settings mute it: a process opens one
		// device at most, so turning sound on later needs it open.
		d.Sound = ui.NewSound()
		d.NoSoundDevice = d.Sound == nil
		d.Sound.SetMuted(!settings.Sound)
	}
	first := ui.NewTitleScene(d)
	if deck != "" {
		scene, status := c.newGame(d, lib, deck)
		if scene == nil {
			return status
		}
		first = scene
	}
	if err := ui.Run(d, first); err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return exitInvalid
	}
	return exitOK
}

// newGame starts the session and game of declic play: the deck by id or
// path, the teams named, the settings of the flags.
func (c *cli) newGame(d *ui.Deps, lib *cards.Library, name string) (ui.Scene, int) {
	deck := c.findDeck(lib, name)
	if deck == nil {
		return nil, exitInvalid
	}
	names := ui.DefaultTeamNames(c.tr, 2)
	if c.opts.teams != "" {
		names = nil
		for _, n := range strings.Split(c.opts.teams, ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
	}
	session, err := game.NewSession(game.NewTeams(names...), d.Now())
	if err != nil {
		fmt.Fprintln(c.env.stderr, c.tr.T("play_bad_teams", "Max", game.MaxTeams))
		return nil, exitUsage
	}
	mode := cards.Mode(c.opts.mode)
	switch mode {
	case "", cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer:
	default:
		fmt.Fprintln(c.env.stderr, c.tr.T("option_bad_value", "Option", "--mode", "Value", c.opts.mode))
		return nil, exitUsage
	}
	seed := c.opts.seed
	if seed == 0 {
		seed = d.Now().UnixNano()
	}
	settings := game.Settings{Cards: c.opts.cards, InOrder: c.opts.inOrder, Seed: seed, Mode: mode, Timer: deck.Defaults.Seconds > 0}
	if _, err := session.NewGame(deck, settings); err != nil {
		fmt.Fprintln(c.env.stderr, c.tr.T("play_no_cards"))
		return nil, exitInvalid
	}
	if err := d.Store.Save(session); err != nil {
		fmt.Fprintln(c.env.stderr, err)
	}
	return ui.Resume(d, session), exitOK
}
