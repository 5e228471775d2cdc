package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
)

// TestSessionsShowTheWorkshopName lists a workshop given a name at its
// start beside the fixture's, which have none: the name has its column.
func TestSessionsShowTheWorkshopName(t *testing.T) {
	w := newWorkshop(t)
	s := w.session(t, time.Date(2026, 11, 29, 10, 0, 0, 0, lyon), "Lynx", "Pumas")
	s.Name = "Collège Jean Moulin, 4e B"
	w.newGame(t, s, "atelier", game.Settings{InOrder: true})
	w.play(t, s, answer(0, 1), answer(1, 1))
	require.NoError(t, store.Folder{Dir: filepath.Join(w.home, "sessions")}.Save(s))

	status, stdout, _ := w.run("fr_FR.UTF-8", "sessions")
	require.Equal(t, ExitOK, status)
	lines := strings.Split(stdout, "\n")
	assert.True(t, strings.HasPrefix(lines[0], "2026-11-29-100000  29/11/2026 10:02  Collège Jean Moulin, 4e B  en cours  1 partie "), lines[0])
	assert.True(t, strings.HasSuffix(lines[0], "  Lynx 0, Pumas 0"), lines[0])
	// The workshops without a name have the column, empty: their status
	// stands under the named one's.
	col := func(line, s string) int { return utf8.RuneCountInString(line[:strings.Index(line, s)]) }
	require.True(t, strings.HasPrefix(lines[1], w.latest.ID), lines[1])
	assert.Equal(t, col(lines[0], "en cours"), col(lines[1], "en cours"), "%s\n%s", lines[0], lines[1])
}
