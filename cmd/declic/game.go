//go:build gui

package main

import (
	"fmt"
	"time"

	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/internal/cli"
	"declic/sound"
	"declic/ui"
	"declic/ui/draw"
)

// window opens the game window: on the title screen, or with deck set, on
// the first card of a new game of that deck (declic play). It is built into
// the game's build (the gui tag) only: Ebitengine opens the display when the
// program starts, so the commands that need no window run before
// (headless_gui.go).
func window(c *cli.Command, deck string) int {
	sessions, settingsFile := places(c)
	settings, settingsErr := loadSettings(settingsFile)
	if c.Options().Lang != "" {
		settings.Language = c.Options().Lang
	}
	if settings.Language != "" && settings.Language != c.Tr().Lang() {
		c.Speak(settings.Language)
	}
	notice := "" // shown on the first screen: a double-click shows no terminal
	if settingsErr != nil {
		notice = ui.SettingsNotice(c.Tr(), settingsErr)
		fmt.Fprintln(c.Stderr(), notice)
	}
	switch {
	case c.Options().Fullscreen:
		settings.Fullscreen = true
	case c.Options().Windowed:
		settings.Fullscreen = false
	}
	if c.Options().Sound == "off" {
		settings.Sound = false
	}
	fonts, err := draw.NewFonts()
	if err != nil {
		fmt.Fprintln(c.Stderr(), err)
		return cli.ExitInvalid
	}
	lib := c.Library()
	for _, p := range lib.Problems {
		if p.Severity == cards.Error {
			fmt.Fprintln(c.Stderr(), p.Text(c.Tr().Lang()))
		}
	}
	d := &ui.Deps{
		View:         &ui.View{Kit: draw.Kit{Fonts: fonts, Theme: draw.NormalTheme, Metrics: draw.NewMetrics(1366, 768, 1)}, Tr: c.Tr(), Settings: &settings},
		Library:      lib,
		Family:       c.Family(),
		Shelf:        shelf(c, lib),
		Store:        sessions,
		Now:          time.Now,
		SettingsFile: settingsFile,
		Log:          c.Stderr(),
	}
	d.Host = host.New(sessions, d.Now)
	// --seed (?seed= in the browser) draws every game of the window with
	// it, those started from the title screen as well as declic play's.
	d.Host.SetSeed(c.Options().Seed)
	d.Listen()
	d.OpenRoom = roomOpener(c, d.Host)
	d.Editor = deckEditor(c)
	d.View.AddNotice(notice)
	d.View.AddNotice(c.HomeNotice())
	if c.Options().Sound != "off" {
		// Opened even when the settings mute it: a process opens one
		// device at most, so turning sound on later needs it open.
		d.Sound = sound.New(c.Stderr())
		d.NoSoundDevice = d.Sound == nil
		d.Sound.SetMuted(!settings.Sound)
	}
	first := ui.NewTitleScene(d)
	if deck != "" {
		scene, status := newGame(c, d, lib, deck)
		if scene == nil {
			return status
		}
		first = scene
	}
	if c.Options().Salle {
		// declic --salle: the room opens with the game, its overlay
		// first on the projector; a room that cannot open leaves the
		// game playable, and says why.
		var err error
		if first, err = d.OpenRoomAtStart(first); err != nil {
			fmt.Fprintln(c.Stderr(), "declic:", err)
		}
	}
	if err := ui.Run(d, first); err != nil {
		fmt.Fprintln(c.Stderr(), err)
		return cli.ExitInvalid
	}
	return cli.ExitOK
}

// newGame starts the session and game of declic play: the deck by id or
// path, the teams named, the settings of the flags.
func newGame(c *cli.Command, d *ui.Deps, lib *cards.Library, name string) (ui.Scene, int) {
	deck := c.FindDeck(lib, name)
	if deck == nil {
		return nil, cli.ExitInvalid
	}
	names, ok := c.TeamNames(ui.DefaultTeamNames(c.Tr(), 2))
	if !ok {
		return nil, cli.ExitUsage
	}
	session, err := d.Host.NewSession("", game.NewTeams(names...))
	if err != nil {
		fmt.Fprintln(c.Stderr(), c.Tr().T("play_bad_teams", "Max", game.MaxTeams))
		return nil, cli.ExitUsage
	}
	mode := cards.Mode(c.Options().Mode)
	switch mode {
	case "", cards.ModeTurns, cards.ModeAll, cards.ModeBuzzer:
	default:
		fmt.Fprintln(c.Stderr(), c.Tr().T("option_bad_value", "Option", "--mode", "Value", c.Options().Mode))
		return nil, cli.ExitUsage
	}
	seed := c.Options().Seed
	if seed == 0 {
		seed = d.Now().UnixNano()
	}
	settings := game.Settings{Cards: c.Options().Cards, InOrder: c.Options().InOrder, Seed: seed, Mode: mode, Timer: deck.Timed()}
	if _, err := d.Host.NewGame(deck, settings); err != nil {
		fmt.Fprintln(c.Stderr(), c.Tr().T("play_no_cards"))
		return nil, cli.ExitInvalid
	}
	return ui.Resume(d, session), cli.ExitOK
}
