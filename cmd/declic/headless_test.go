package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGameBuildRunsWithoutAScreen builds the game (the gui tag, as make dist
// builds declic-linux-amd64) and runs the commands that need no window with
// no display named: Ebitengine opens the display in its package
// initialisation and panics without one, so they must all have run before
// (see package declic/internal/cli/headless). A window's command says there
// is no screen, without a panic either.
func TestGameBuildRunsWithoutAScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the game: not in -short")
	}
	if runtime.GOOS != "linux" {
		t.Skip("a display is named by DISPLAY on Linux")
	}
	dir := t.TempDir()
	exe := filepath.Join(dir, "declic-game")
	build := exec.Command("go", "build", "-tags", "gui", "-o", exe, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	decks := filepath.Join("..", "..", "decks", "fr", "decouverte.toml")
	page := filepath.Join(dir, "declic.html") // not a page: bundle must say so, not panic
	require.NoError(t, os.WriteFile(page, []byte("<!doctype html>"), 0o644))
	tests := []struct {
		args   []string
		status int
		says   string
	}{
		{[]string{"version"}, 0, "Déclic"},
		{[]string{"help"}, 0, "declic check"},
		{[]string{"check", decks}, 0, "1 jeu vérifié"},
		{[]string{"list", decks}, 0, "decouverte"},
		{[]string{"sessions"}, 0, "Aucun atelier"},
		{[]string{"export", "-o", filepath.Join(dir, "a.csv")}, 1, "Aucun atelier enregistré"},
		{[]string{"print", "decouverte", "-o", filepath.Join(dir, "d.pdf")}, 0, "Planches écrites"},
		{[]string{"bundle", "--decks", decks, "-o", filepath.Join(dir, "famille.html")}, 1, "n'est pas la page declic.html"},
		{[]string{"--nope"}, 2, "option inconnue"},
		// excelize initialises after Ebitengine: the spreadsheets wait
		// for a screen in this build, and say so.
		{[]string{"import", filepath.Join(dir, "quiz.csv")}, 1, "sans écran, cette version du jeu ne fait pas cette commande"},
		{[]string{"play", "decouverte"}, 1, "Pas d'écran ici"},
		{nil, 1, "Pas d'écran ici"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cmd := exec.Command(exe, tt.args...)
			cmd.Env = []string{"LANG=fr_FR.UTF-8", "DECLIC_HOME=" + filepath.Join(dir, "home"), "PATH=" + os.Getenv("PATH")}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			if exit, ok := err.(*exec.ExitError); ok {
				status = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			said := stdout.String() + stderr.String()
			assert.NotContains(t, said, "panic", "no panic without a screen")
			assert.NotContains(t, said, "glfw")
			assert.Equal(t, tt.status, status, said)
			assert.Contains(t, said, tt.says)
		})
	}
}

// TestBrowserBuildWithoutTheGuiTagSaysWhy: the browser build needs the gui
// tag (Ebitengine); without it `go build` stops with words saying so, not
// with "function main is undeclared".
func TestBrowserBuildWithoutTheGuiTagSaysWhy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds for the browser")
	}
	cmd := exec.Command("go", "build", "-o", os.DevNull, ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.Error(t, err, "%s", out)
	assert.Contains(t, string(out), "theBrowserBuildNeedsTheGuiTag_runMakeDist_orBuildWithTagsGui")
	assert.NotContains(t, string(out), "main is undeclared")
}
