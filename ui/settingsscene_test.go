package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/store"
	"declic/ui/draw"
)

func TestSettingsSceneAppliesAndSaves(t *testing.T) {
	d := sceneDeps(t)
	sc := newSettingsScene(d, backScene{}).(*settingsScene)
	var fullscreen []bool
	sc.setFullscreen = func(on bool) { fullscreen = append(fullscreen, on) }
	dr := newSceneDriver(t, d, sc)

	dr.press(ActionAnswer4) // high contrast
	assert.True(t, d.View.Settings.HighContrast)
	assert.Equal(t, draw.HighContrastTheme, d.View.Theme)
	saved, err := store.LoadSettings(d.SettingsFile)
	require.NoError(t, err)
	assert.True(t, saved.HighContrast, "saved at once")

	dr.press(ActionAnswer2) // fullscreen
	assert.Equal(t, []bool{true}, fullscreen)
	assert.True(t, d.View.Settings.Fullscreen)

	u := d.View.Metrics.U
	dr.press(ActionAnswer3) // text size: large
	assert.Equal(t, 1.2, d.View.Settings.TextScale)
	assert.InDelta(t, u*1.2, d.View.Metrics.U, 1e-9)
	l := layoutSettings(d.View.Metrics, sc.choices())
	dr.tap(l.rows[2].Options[0])
	assert.Equal(t, 1.0, d.View.Settings.TextScale)

	dr.press(ActionAnswer1) // English
	assert.Equal(t, "en", d.View.Tr.Lang())
	assert.Equal(t, "Settings", d.View.Tr.T("settings_title"))
	saved, err = store.LoadSettings(d.SettingsFile)
	require.NoError(t, err)
	assert.Equal(t, store.Settings{Language: "en", Fullscreen: true, TextScale: 1, HighContrast: true, Sound: true}, saved)

	dr.press(ActionAnswer5, ActionAnswer6) // easy to read, sound off
	assert.True(t, d.View.Settings.Easy)
	assert.False(t, d.View.Settings.Sound)
	assert.Nil(t, d.Sound)

	// Keyboard only: ↓ to the contrast row, Space picks "No".
	sc.focus.focus = 0
	dr.press(ActionDown, ActionDown, ActionDown)
	dr.press(ActionNext)
	assert.False(t, d.View.Settings.HighContrast)
	assert.Equal(t, draw.NormalTheme, d.View.Theme)

	// ← and → go along the row, as on the game's setup, and never leave
	// the screen: Space picks the option with the focus.
	dr.press(ActionRight)
	assert.False(t, d.View.Settings.HighContrast, "→ moves the focus, it picks nothing")
	dr.press(ActionLeft, ActionLeft)
	assert.Same(t, sc, dr.scene, "← at the row's first option stays on the settings")
	dr.press(ActionRight, ActionSelect)
	assert.True(t, d.View.Settings.HighContrast)

	assert.IsType(t, backScene{}, dr.press(ActionPause))
}

func TestSettingsLayoutFitsEveryScreen(t *testing.T) {
	d := sceneDeps(t)
	sc := newSettingsScene(d, backScene{}).(*settingsScene)
	eachMetrics(func(m draw.Metrics, name string) {
		l := layoutSettings(m, sc.choices())
		targets := append(choiceTargets(l.rows), l.back)
		for _, r := range l.rows {
			targets = append(targets, r.Label)
		}
		checkTargets(t, m, name, targets)
	})
}
