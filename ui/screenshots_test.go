package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// screenshotSizes are the screens screenshots are taken at: a projector's
// and a laptop's, at the normal and the largest text size.
var screenshotSizes = [][3]float64{{1920, 1080, 1}, {1366, 768, 1}, {1920, 1080, 1.4}, {1366, 768, 1.4}}

// screenshotFolder makes and returns the folder of one size's screenshots
// in dir: "1920x1080", "1366x768@1.4" (the largest text size).
func screenshotFolder(t *testing.T, dir string, sized [3]float64) string {
	t.Helper()
	out := filepath.Join(dir, fmt.Sprintf("%dx%d", int(sized[0]), int(sized[1])))
	if sized[2] != 1 {
		out += fmt.Sprintf("@%.1f", sized[2])
	}
	require.NoError(t, os.MkdirAll(out, 0o755))
	return out
}

// TestScreenshots draws every scene of a workshop, at a laptop's and a
// projector's size, at the normal and the largest text size, into PNG files in the folder DECLIC_SCREENSHOTS names
// (make screenshots): what a facilitator sees, to look at before a release
// and for the README. It is skipped when the variable is not set.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("DECLIC_SCREENSHOTS")
	if dir == "" {
		t.Skip("DECLIC_SCREENSHOTS names no folder")
	}
	for _, sized := range screenshotSizes {
		size := [2]int{int(sized[0]), int(sized[1])}
		out := screenshotFolder(t, dir, sized)
		d := allDecksDeps(t)
		d.View.Metrics = draw.NewMetrics(size[0], size[1], sized[2])
		d.View.Settings.TextScale = sized[2]
		d.Shelf = store.FolderShelf{Dir: t.TempDir()}
		shot := func(name string, s Scene) {
			t.Helper()
			img := ebiten.NewImage(size[0], size[1])
			defer img.Deallocate()
			img.Fill(d.View.Theme.Background)
			s.Draw(img)
			f, err := os.Create(filepath.Join(out, name+".png"))
			require.NoError(t, err)
			defer f.Close()
			require.NoError(t, png.Encode(f, img))
		}
		title := NewTitleScene(d)
		shot("01-title", title)
		shot("02-teams", newTeamsScene(d, title))

		session, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, 3)...), d.Now())
		require.NoError(t, err)
		decks := newDeckScene(d, session, title)
		shot("03-decks", decks)
		setup := decks.Update(&Input{Actions: []Action{ActionAnswer1}})
		shot("04-setup", setup)

		p, dr, s := newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns, Timer: true})
		play := func(name string, actions ...Action) {
			for _, a := range actions {
				p.shown = revealDelay // the room has read the card
				playStep(t, dr, p, a)
			}
			p.since = 10e9 // animations at their end
			if name != "" {
				shot(name, p)
			}
		}
		play("05-verdict")
		play("06-hints", ActionAnswer2)
		play("07-reveal", ActionAnswer1)
		play("08-choice", ActionNext, ActionAnswer2, ActionAnswer2, ActionNext)
		play("09-choice-reveal", ActionAnswer3)
		play("10-several", ActionNext, ActionAnswer2, ActionAnswer4)
		play("11-several-reveal", ActionNext)
		play("12-clues", ActionNext, ActionAnswer2, ActionNextClue)
		play("13-clues-reveal", ActionAnswer1)
		play("14-debate", ActionNext, ActionAnswer1, ActionAnswer5, ActionAnswer2)
		play("15-discussion", ActionNext)
		play("15-debate-after", ActionNext, ActionAnswer2, ActionAnswer4, ActionAnswer2)
		play("16-debate-shift", ActionNext)
		play("17-order", ActionNext, ActionNext, ActionDown)
		play("18-open", ActionDown, ActionDown, ActionDown, ActionDown, ActionDown, ActionNext, ActionNext, ActionPointPlus)
		play("19-open-reveal", ActionNext)
		shot("20-pause", newPauseOverlay(d, s, p, p))
		shot("21-help", newHelpOverlay(d.View, p))
		playStep(t, dr, p, ActionNext)
		shot("22-scores", newScoresScene(d, s))
		shot("23-decks-again", newDeckScene(d, s, title)) // « Une autre partie »

		b, bdr, bs := newPlay(t, d, "qui-est-ce-numerique", 2, game.Settings{Mode: cards.ModeTurns, Seed: 3})
		p, dr = b, bdr
		play("23-board")
		play("24-board-asked", ActionNext, ActionDown, ActionNext, ActionDown, ActionDown, ActionNext)
		tile := panelOf[*boardPanel](t, b).boardLayout(b.layout()).tiles[4]
		b.Update(&Input{Taps: []draw.Point{{X: tile.X + tile.W/2, Y: tile.Y + tile.H/2}}})
		play("33-board-marked")
		play("25-board-reveal", ActionConfirm)
		for !b.g.Over() {
			_, err := b.g.Apply(game.Move{Kind: game.MoveEnd})
			require.NoError(t, err)
		}
		_ = bs
		bz, bzdr, _ := newPlay(t, d, "arnaques", 6, game.Settings{InOrder: true, Mode: cards.ModeBuzzer})
		p, dr = bz, bzdr
		play("31-buzzer")
		play("32-buzzed", ActionBuzz3)
		end := newEndScene(d, s)
		shot("26-podium", end)
		// The summary, with its buttons (the report beside the CSV
		// export), past the discernment page.
		for end.(*endScene).page != pageSummary {
			end.Update(&Input{Actions: []Action{ActionNext}})
		}
		shot("27-summary", end)
		infox := infoxWorkshop(t, d)
		shot("22-truth", newScoresScene(d, infox))
		infoxEnd := newEndScene(d, infox)
		infoxEnd.Update(&Input{Actions: []Action{ActionNext}})
		for range 60 {
			infoxEnd.Update(&Input{Dt: time.Second / 60})
		}
		shot("27-truth", infoxEnd)
		measureSetup := newGameSetupScene(d, infox, d.Library.Find("infox", "fr"), nil)
		measureSetup.measure, measureSetup.testCount = game.MeasureBefore, game.MeasureCards
		shot("42-setup-measure", measureSetup)
		shift := newScoresScene(d, measuredSession(t, d))
		for range 60 {
			shift.Update(&Input{Dt: time.Second / 60})
		}
		shot("44-before-after", shift)
		sure := newScoresScene(d, sureWorkshop(t, d)).(*scoresScene)
		sure.Update(&Input{Actions: []Action{ActionNext}})
		for range 60 {
			sure.Update(&Input{Dt: time.Second / 60})
		}
		shot("48-sure-page", sure)
		// A before test played: its end, then « Terminer l'atelier ».
		tested, err := game.NewSession(game.NewTeams("Renards", "Hiboux", "Équipe des Étoiles"), d.Now())
		require.NoError(t, err)
		_, err = d.live(tested).NewGame(d.Library.Find("infox", "fr"), game.Settings{Measure: game.MeasureBefore, Cards: 6, Seed: 5})
		require.NoError(t, err)
		for !tested.Current().Over() {
			for team := range 3 {
				_, err = d.play(tested, game.Move{Kind: game.MoveAnswer, Team: team, Choice: team % 2})
				require.NoError(t, err)
			}
		}
		beforeDone := newScoresScene(d, tested)
		shot("49-before-done", beforeDone)
		shot("50-after-prompt", beforeDone.Update(&Input{Actions: []Action{ActionAnswer2}}))
		shot("28-settings", newSettingsScene(d, title))
		family := newFamilyScene(d, title)
		shot("29-family", family)
		family.players = 1
		shot("30-family-decks", family)

		// All mode on one laptop: the time waits on the hand-over screen, and
		// its end shows.
		p, dr, _ = newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 45})
		play("31-handover-paused")
		play("32-team-answering", ActionNext)
		p.Update(&Input{Dt: 46 * time.Second})
		play("33-time-up")

		// How sure: the rating asked once the verdict is picked.
		p, dr, _ = newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeTurns, Confidence: true})
		play("47-sure", ActionAnswer2)

		// A debate counted by heads, and estimates in their scale.
		p, dr, _ = newPlay(t, d, "nuance", 3, game.Settings{InOrder: true, Mode: cards.ModeAll})
		play("34-headcount", ActionNextClue, ActionAnswer2, ActionAnswer3, ActionAnswer3, ActionAnswer4, ActionAnswer1)
		_, err = p.g.Apply(game.Move{Kind: game.MoveSkip})
		require.NoError(t, err)
		p.sync()
		play("35-estimate-percent", ActionNext, ActionUp, ActionUp)
		web, problems := cards.Parse("web.toml", []byte(yearDeck), nil)
		require.Empty(t, problems)
		ws, err := game.NewSession(game.NewTeams(DefaultTeamNames(d.View.Tr, 3)...), d.Now())
		require.NoError(t, err)
		_, err = ws.NewGame(web, game.Settings{Mode: cards.ModeAll})
		require.NoError(t, err)
		p = newPlayScene(d, ws).(*playScene)
		dr.scene = p
		play("36-estimate-year", ActionNext, ActionDown, ActionDown, ActionDown, ActionDown, ActionDown, ActionDown)
		play("", ActionNext) // Renards place their mark
		for _, presses := range []int{2, 30} {
			play("", ActionNext) // the laptop goes to the next team
			for range presses {
				panelOf[*spectrumPanel](t, p).sinceStep = time.Second // one by one
				playStep(t, dr, p, ActionDown)
			}
			play("", ActionNext)
		}
		play("37-estimate-year-reveal")

		// The room: its overlay over a game, three teams joining, two
		// networks; then hidden, the badge of the room left open; and a
		// timer paused from the console.
		room := withRoom(d, newFakeRoom(3))
		room.phones, room.people = []int{2, 1, 0}, 4
		var rs *game.Session
		p, dr, rs = newPlay(t, d, "decouverte", 3, game.Settings{InOrder: true, Mode: cards.ModeAll, Timer: true, Seconds: 45})
		shot("38-room", d.showRoom(p))
		shot("41-setup-room", newGameSetupScene(d, rs, p.g.TheDeck(), title))
		play("39-room-badge")
		room.phones = []int{2, 1, 1} // every team on its phones: no hand-over
		_, err = d.Host.Apply("phone", d.Host.Rev(), game.Move{Kind: game.MoveAnswer, Team: 1, Choice: 0})
		require.NoError(t, err)
		d.Host.SetPaused(true)
		play("40-phones-paused")
		d.Host.SetPaused(false)
		d.CloseRoom()
		d.OpenRoom = nil
	}
}

// yearDeck is an estimate on a scale of years.
const yearDeck = `format = 1

[deck]
id = "web"
title = "Le Web"
language = "fr"

[[card]]
type = "spectrum"
statement = "En quelle année le Web a-t-il été inventé ?"
left = "1950"
right = "2050"
min = 1950
max = 2050
target = 1989
zones = [2, 5, 10]
explanation = "Le Web a été proposé en 1989 au CERN, près de Genève."
`
