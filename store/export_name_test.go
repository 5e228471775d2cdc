package store

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/game"
)

func TestExportFileName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"", "2026-11-28-140000.csv"},
		{"   ", "2026-11-28-140000.csv"},
		{"Collège Jean Moulin, 4e B", "2026-11-28-140000 Collège Jean Moulin, 4e B.csv"},
		{`Jeudi: 3/4 "CM2" <test>?*|\`, "2026-11-28-140000 Jeudi 3 4 CM2 test.csv"},
		{"Fin de séance...", "2026-11-28-140000 Fin de séance.csv"},
		{"Tab\tet\nligne", "2026-11-28-140000 Tab et ligne.csv"},
		{"نادي الأطفال", "2026-11-28-140000 نادي الأطفال.csv"},
		{"Un nom bien trop long pour un fichier, qui continue encore et encore", "2026-11-28-140000 Un nom bien trop long pour un fichier, qui continue encore e.csv"},
	}
	for _, tt := range tests {
		s := &game.Session{ID: "2026-11-28-140000", Name: tt.name}
		assert.Equal(t, tt.want, ExportFileName(s), "%q", tt.name)
	}
}
