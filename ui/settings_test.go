//go:build unix

package ui

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/store"
)

// TestLoadSettingsNeverFails: whatever settings.toml holds, the game starts
// with usable settings, and what was wrong is told in words.
func TestLoadSettingsNeverFails(t *testing.T) {
	fr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	en, err := assets.NewTranslator("en")
	require.NoError(t, err)
	damagedFR := "Le fichier des réglages est abîmé\u00a0: réglages par défaut."
	tests := []struct {
		name, text string
		want       store.Settings
		notice     string // in English; "" for no error
	}{
		{"a language Déclic does not speak", "language = \"ar\"\nfullscreen = true\ntext_scale = 1.4\n",
			store.Settings{Fullscreen: true, TextScale: 1.4, Sound: true},
			"The settings ask for the language \"ar\", which Déclic does not speak: it speaks the system's language."},
		{"German", "language = \"de\"\n", store.DefaultSettings(),
			"The settings ask for the language \"de\", which Déclic does not speak: it speaks the system's language."},
		{"a language in capitals", "language = \"FR\"\n", store.DefaultSettings(),
			"The settings ask for the language \"FR\", which Déclic does not speak: it speaks the system's language."},
		{"a hostile language", "language = \"\\u001b[2J" + strings.Repeat("x", 1000) + "\"\n", store.DefaultSettings(),
			"The settings ask for the language \"\uFFFD[2Jxxxxxxxxxxxx…\", which Déclic does not speak: it speaks the system's language."},
		{"a known language", "language = \"en\"\n", store.Settings{Language: "en", TextScale: 1, Sound: true}, ""},
		{"text scale NaN", "text_scale = nan\n", store.DefaultSettings(), ""},
		{"text scale infinite", "text_scale = inf\n", store.DefaultSettings(), ""},
		{"text scale huge", "text_scale = 1e308\n", store.DefaultSettings(), ""},
		{"text scale negative", "text_scale = -1.2\n", store.DefaultSettings(), ""},
		{"text scale as text", "text_scale = \"big\"\n", store.DefaultSettings(), "The settings file is damaged: default settings."},
		{"language as a number", "language = 3\n", store.DefaultSettings(), "The settings file is damaged: default settings."},
		{"sound as a list", "sound = [true]\n", store.DefaultSettings(), "The settings file is damaged: default settings."},
		{"nested too deep", "x = " + strings.Repeat("[", 33) + strings.Repeat("]", 33) + "\n", store.DefaultSettings(), "The settings file is damaged: default settings."},
		{"too large", strings.Repeat("# a comment\n", 6000), store.DefaultSettings(), "The settings file is damaged: default settings."},
		{"unknown keys are left", "colour = \"blue\"\nsound = false\n", store.Settings{TextScale: 1}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "settings.toml")
			require.NoError(t, os.WriteFile(file, []byte(tt.text), 0o644))
			s, err := store.LoadSettings(file)
			assert.Equal(t, tt.want, s)
			if tt.notice == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tt.notice, SettingsNotice(en, err))
			if strings.Contains(tt.notice, "damaged") {
				assert.Equal(t, damagedFR, SettingsNotice(fr, err))
			} else {
				assert.Contains(t, SettingsNotice(fr, err), "n'est pas proposée\u00a0: Déclic parle la langue du système.")
			}
		})
	}
	assert.False(t, math.IsNaN(store.DefaultSettings().TextScale))
}

// hostileSettings crashed every start or took gigabytes before
// internal/tomlguard.
var hostileSettings = map[string]string{
	"a million [":                 "x = " + strings.Repeat("[", 1_000_000),
	"10,000 nested inline tables": "x = " + strings.Repeat("{a=", 10_000) + "1" + strings.Repeat("}", 10_000) + "\n",
	"a key of 30,000 parts":       strings.Repeat("a.", 29_999) + "a = 1\n",
}

// TestHostileSettingsInAChild reads each hostile settings file in a child
// process (the test binary run again, its address space limited to 3 GiB):
// a stack overflow cannot be recovered in-process. The child must end
// normally, with the default settings and the damaged file's notice.
func TestHostileSettingsInAChild(t *testing.T) {
	if name := os.Getenv("DECLIC_HOSTILE_SETTINGS"); name != "" {
		limit := &syscall.Rlimit{Cur: 3 << 30, Max: 3 << 30}
		require.NoError(t, syscall.Setrlimit(syscall.RLIMIT_AS, limit))
		file := filepath.Join(t.TempDir(), "settings.toml")
		require.NoError(t, os.WriteFile(file, []byte(hostileSettings[name]), 0o644))
		s, err := store.LoadSettings(file)
		en, _ := assets.NewTranslator("en")
		fmt.Printf("defaults %v: %s\n", s == store.DefaultSettings(), SettingsNotice(en, err))
		return
	}
	for name := range hostileSettings {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestHostileSettingsInAChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "DECLIC_HOSTILE_SETTINGS="+name)
			out, err := cmd.CombinedOutput()
			s := string(out)
			if len(s) > 2000 {
				s = "…" + s[len(s)-2000:]
			}
			require.NoError(t, err, "the child died:\n%s", s)
			assert.Contains(t, string(out), "defaults true: The settings file is damaged: default settings.\n")
		})
	}
}
