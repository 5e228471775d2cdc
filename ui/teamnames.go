package ui

import (
	"strings"

	"declic/assets"
)

// DefaultTeamNames returns the friendly names offered for n teams, in the
// translator's language: Renards, Hiboux, Loutres… A single team is the
// family playing together.
func DefaultTeamNames(tr *assets.Translator, n int) []string {
	if n == 1 {
		return []string{tr.T("team_family")}
	}
	names := strings.Split(tr.T("team_names"), ",")
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, strings.TrimSpace(names[i%len(names)]))
	}
	return out
}
