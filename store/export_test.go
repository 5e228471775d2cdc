//go:build !js

package store

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOpenCommand(t *testing.T) {
	file := filepath.Join("home", "ana", "exports", "a.csv")
	tests := []struct {
		goos, name string
		args       []string
	}{
		{"windows", "explorer", []string{"/select," + file}},
		{"darwin", "open", []string{"-R", file}},
		{"linux", "xdg-open", []string{filepath.Dir(file)}},
		{"freebsd", "xdg-open", []string{filepath.Dir(file)}},
	}
	for _, tt := range tests {
		name, args := openCommand(tt.goos, file)
		assert.Equal(t, tt.name, name, tt.goos)
		assert.Equal(t, tt.args, args, tt.goos)
	}
}
