//go:build roompages

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/lan"
	"declic/lan/web"
)

// TestRoomPagesSure: in a game that asks how sure the teams are, a phone
// that taps a verdict is asked « Vous êtes sûrs ? » with three buttons
// and a way back; the rating tapped reaches the engine with its verdict.
// A screenshot of the question goes to DECLIC_ROOM_SHOTS.
//
//	go test -tags roompages -count 1 -run TestRoomPagesSure -v ./e2e/
func TestRoomPagesSure(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not on PATH")
	}
	dir := os.Getenv("DECLIC_ROOM_SHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "declic-room-shots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))

	deck, problems := cards.Parse("salle.toml", []byte(roomDeck), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	rh := newRoomHost(t)
	rh.do(func() {
		_, err := rh.h.NewSession("", game.NewTeams("Les Lynx", "Les Hiboux"))
		require.NoError(t, err)
	})
	rh.game(deck, game.Settings{InOrder: true, Mode: cards.ModeAll, Confidence: true})
	rh.do(func() {
		r, err := lan.Open(rh.h, lan.Options{Port: 0, Lang: "fr", Pages: web.FS})
		require.NoError(t, err)
		rh.room = r
	})
	t.Cleanup(func() { rh.room.Close() })
	players := strings.Replace(rh.room.PlayersURL(), hostOf(rh.room.PlayersURL()), "127.0.0.1", 1)

	a := newDevice(t, browser(t, chromium), "320x640", 320, 640, true)
	a.open(players)
	a.wait(`document.querySelectorAll("button.team").length === 3`)
	a.tapOn(`button.team:nth-of-type(1)`)
	a.wait(cardJS(1, "button.answer"))
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`) // Faux
	a.wait(`document.querySelector("#s-pad h2") && document.querySelector("#s-pad h2").textContent.startsWith("Vous êtes sûrs")`)
	a.shot(dir, "20-sure")
	assert.Contains(t, a.text(), "Votre réponse\u00a0: 2 · Faux")
	a.tapOn(`#s-pad button:not(.answer)`) // back to the verdicts
	a.wait(`document.querySelectorAll("#s-pad button.answer").length === 3 && !document.querySelector("#s-pad h2")`)
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`)
	a.wait(`!!document.querySelector("#s-pad h2")`)
	a.tapOn(`#s-pad button.answer:nth-of-type(2)`) // Plutôt
	a.wait(`!!document.querySelector("#s-pad button.answer.chosen")`)
	a.shot(dir, "21-sure-given")
	var first *game.Answer
	rh.do(func() { first = rh.h.Session().Current().State().First[0] })
	require.NotNil(t, first)
	assert.Equal(t, game.Answer{Choice: 1, Sure: game.SureRather, Right: true, Points: 1}, *first, "faux, plutôt")
}
