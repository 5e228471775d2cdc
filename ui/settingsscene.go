package ui

import (
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/assets"
	"declic/sound"
	"declic/ui/draw"
)

// settingsScene shows the player's settings: language, fullscreen, text
// size, high contrast, easy-to-read text, sound. A change applies at once
// and is saved.
type settingsScene struct {
	d     *Deps
	back  Scene
	focus focusGrid
	// setFullscreen is ebiten.SetFullscreen; tests replace it.
	setFullscreen func(bool)
}

// newSettingsScene returns the settings screen; back is where Esc goes.
func newSettingsScene(d *Deps, back Scene) Scene {
	sc := &settingsScene{d: d, back: back, setFullscreen: ebiten.SetFullscreen}
	sc.focus.focus = choiceTargetIndex(sc.choices(), 0, sc.choices()[0].Selected)
	return sc
}

// onOff returns the options No and Yes, Yes selected when on.
func (sc *settingsScene) onOff(label, hint string, on bool) choice {
	tr := sc.d.View.Tr
	c := choice{Label: label, Hint: hint, Options: []string{tr.T("option_no"), tr.T("option_yes")}}
	if on {
		c.Selected = 1
	}
	return c
}

// choices returns the settings as rows, in the order of their number keys.
func (sc *settingsScene) choices() []choice {
	tr := sc.d.View.Tr
	st := sc.d.View.Settings
	lang := choice{Label: tr.T("settings_language")}
	for _, l := range assets.Languages {
		lang.Options = append(lang.Options, languageName(l))
	}
	lang.Selected = max(0, slices.Index(assets.Languages, tr.Lang()))
	size := choice{Label: tr.T("settings_text_size"), Options: []string{tr.T("settings_size_normal"), tr.T("settings_size_large"), tr.T("settings_size_huge")}}
	best := math.Inf(1)
	for i, s := range TextScales {
		if d := math.Abs(s - st.TextScale); d < best {
			size.Selected, best = i, d
		}
	}
	return []choice{
		lang,
		sc.onOff(tr.T("settings_fullscreen"), tr.T("settings_fullscreen_hint"), st.Fullscreen),
		size,
		sc.onOff(tr.T("settings_contrast"), tr.T("settings_contrast_hint"), st.HighContrast),
		sc.onOff(tr.T("settings_easy"), tr.T("settings_easy_hint"), st.Easy),
		sc.onOff(tr.T("settings_sound"), "", st.Sound),
	}
}

// set applies option o of setting r at once, and saves the settings.
func (sc *settingsScene) set(r, o int) {
	d := sc.d
	st := d.View.Settings
	switch r {
	case 0:
		lang := assets.Languages[o]
		if tr, err := assets.NewTranslator(lang); err == nil {
			d.View.Tr = tr
			st.Language = lang
		}
	case 1:
		st.Fullscreen = o == 1
		sc.setFullscreen(st.Fullscreen)
	case 2:
		st.TextScale = TextScales[o]
	case 3:
		st.HighContrast = o == 1
	case 4:
		st.Easy = o == 1
	case 5:
		st.Sound = o == 1
		if st.Sound && d.Sound == nil && !d.NoSoundDevice {
			d.Sound = sound.New(d.Log) // sound was off when the game started
			d.NoSoundDevice = d.Sound == nil
		}
		d.Sound.SetMuted(!st.Sound)
	}
	d.applySettings()
	d.saveSettings()
}

// settingsLayout is where the parts of the settings screen go.
type settingsLayout struct {
	title         draw.Rect
	rows          []choiceRects
	back, message draw.Rect
}

func layoutSettings(m draw.Metrics, rows []choice) settingsLayout {
	var l settingsLayout
	scr := m.Screen().Inset(m.Px(draw.SizeMargin))
	l.title, scr = scr.Top(math.Min(m.Px(96), scr.H*0.12))
	footer, rest := scr.Bottom(math.Min(m.Px(104), scr.H*0.16))
	_, rest = rest.Bottom(m.Px(28))
	_, rest = rest.Top(m.Px(24))
	var next draw.Rect
	l.back, l.message, next = footerLayout(m, footer)
	l.message.W = next.X + next.W - l.message.X
	area := rest.Centered(math.Min(rest.W, m.Px(1600)), rest.H)
	l.rows = layoutChoices(m, area, rows)
	return l
}

func (sc *settingsScene) Update(in *Input) Scene {
	rows := sc.choices()
	l := layoutSettings(sc.d.View.Metrics, rows)
	if r, o := pickChoice(in, rows, l.rows); r >= 0 {
		sc.focus.focus = choiceTargetIndex(rows, r, o)
		sc.set(r, o)
		return sc
	}
	targets := append(choiceTargets(l.rows), l.back)
	// ← → go from option to option, as on the game's setup: the two
	// screens of settings read the keys alike.
	if sc.focus.across(in, targets) {
		return sc
	}
	switch {
	case in.Tapped(l.back), in.Has(ActionBack), in.Has(ActionPause):
		return sc.back
	}
	if sc.focus.move(in, targets, nil) {
		return sc
	}
	if in.Has(ActionNext) {
		if sc.focus.focus == len(targets)-1 {
			return sc.back
		}
		if r, o := flatChoice(rows, sc.focus.focus); r >= 0 {
			sc.set(r, o)
		}
	}
	return sc
}

func (sc *settingsScene) Animating() bool { return false }

func (sc *settingsScene) Draw(dst *ebiten.Image) {
	v := sc.d.View
	rows := sc.choices()
	l := layoutSettings(v.Metrics, rows)
	v.Fonts.Text(dst, v.Tr.T("settings_title"), v.Style(draw.SizeTitle, true, draw.Start, v.Theme.Accent), l.title)
	back := optionsIn(rows)
	focus := sc.focus.focus
	optFocus := -1
	if focus < back {
		optFocus = focus
	}
	v.drawChoices(dst, rows, l.rows, optFocus)
	v.DrawButton(dst, draw.Button{Label: v.Tr.T("button_back"), Key: v.Tr.T("key_esc"), Rect: l.back, Focused: focus == back}, l.back.Contains(v.Pointer))
	message := v.focusedHint(rows, l.rows, focus)
	if message == "" {
		message = v.Tr.T("settings_help")
	}
	v.Fonts.Text(dst, message, v.Style(draw.SizeSmall, false, draw.Center, v.Theme.Muted), l.message)
	v.drawNotice(dst)
}
