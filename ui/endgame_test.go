package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/assets"
	"declic/cards"
	"declic/game"
	"declic/host"
	"declic/store"
	"declic/ui/draw"
)

// endgameDeck has three verdict cards, two false with a technique and one
// true, and a choice card, played by every team at once.
const endgameDeck = `format = 1
[deck]
id = "fin"
title = "Fin de partie"
language = "fr"
[defaults]
mode = "all"
[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue inondée."
answer = "faux"
technique = "photo détournée"
[[card]]
type = "verdict"
id = "sms"
claim = "Le premier SMS date de 1992."
answer = "vrai"
[[card]]
type = "verdict"
id = "banque"
claim = "Votre banque vous demande votre code par SMS."
answer = "faux"
technique = "hameçonnage"
[[card]]
type = "choice"
id = "navigateurs"
question = "Lequel est un navigateur ?"
choices = ["Firefox", "Wi-Fi"]
answer = 1
`

// endgameDeps returns what the scenes need, drawing at 1920 × 1080 in
// French, with the sessions saved under a temporary home.
func endgameDeps(t *testing.T) *Deps {
	t.Helper()
	fonts, err := draw.NewFonts()
	require.NoError(t, err)
	tr, err := assets.NewTranslator("fr")
	require.NoError(t, err)
	deck, problems := cards.Parse("fin.toml", []byte(endgameDeck), nil)
	require.NotNil(t, deck, "%v", problems)
	lib := &cards.Library{Decks: []*cards.Deck{deck}}
	settings := store.DefaultSettings()
	now := time.Date(2026, 3, 14, 16, 45, 0, 0, time.UTC)
	d := &Deps{
		View:    &View{Kit: draw.Kit{Fonts: fonts, Theme: draw.NormalTheme, Metrics: draw.NewMetrics(1920, 1080, 1)}, Tr: tr, Settings: &settings},
		Library: lib,
		Store:   store.Folder{Dir: filepath.Join(t.TempDir(), "sessions")},
		Now:     func() time.Time { return now },
	}
	d.Host = host.New(d.Store, d.Now)
	d.Listen()
	return d
}

// verdict answers for (Vrai, Faux, Trompeur): the deck's verdicts in order.
const (
	saysTrue  = 0
	saysFalse = 1
)

// endgameSession plays one game of endgameDeck, in the deck's order, for
// the teams named: answers[t][c] is team t's answer to card c.
func endgameSession(t *testing.T, d *Deps, answers [][]int, names ...string) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams(names...), d.Now().Add(-time.Hour))
	require.NoError(t, err)
	_, err = s.NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	for c := range answers[0] {
		for team := range names {
			_, err := s.Apply(game.Move{Kind: game.MoveAnswer, Team: team, Choice: answers[team][c]}, d.Now())
			require.NoError(t, err)
		}
		_, err := s.Apply(game.Move{Kind: game.MoveNext}, d.Now())
		require.NoError(t, err)
	}
	require.NoError(t, d.Store.Save(s))
	return s
}

// threeTeams: Renards right everywhere (4 points), Hiboux fooled twice and
// doubting the true card (1 point), Loutres 2 points.
func threeTeams(t *testing.T, d *Deps) *game.Session {
	return endgameSession(t, d, [][]int{
		{saysFalse, saysTrue, saysFalse, 0},
		{saysTrue, saysFalse, saysTrue, 0},
		{saysFalse, saysFalse, saysTrue, 0},
	}, "Renards", "Hiboux", "Loutres")
}

// step runs one frame of a scene with the actions given.
func step(s Scene, actions ...Action) Scene {
	return s.Update(&Input{Actions: actions, Dt: time.Second / 60})
}

// tap runs one frame with a tap in the middle of r.
func tap(s Scene, r draw.Rect) Scene {
	return s.Update(&Input{Taps: []draw.Point{{X: r.X + r.W/2, Y: r.Y + r.H/2}}, Dt: time.Second / 60})
}

func TestStandingsRankTeamsAndShareTies(t *testing.T) {
	d := endgameDeps(t)
	s := endgameSession(t, d, [][]int{
		{saysTrue, saysTrue, saysTrue, 1},    // 1 point
		{saysFalse, saysTrue, saysFalse, 0},  // 4 points
		{saysFalse, saysFalse, saysTrue, 1},  // 1 point
		{saysFalse, saysFalse, saysFalse, 1}, // 2 points
	}, "A", "B", "C", "D")
	var got [][3]int // team, total, rank
	for _, r := range standingsOf(s) {
		got = append(got, [3]int{r.team, r.total, r.rank})
		assert.Equal(t, r.total, r.last, "one game: its points are the totals")
	}
	assert.Equal(t, [][3]int{{1, 4, 1}, {3, 2, 2}, {0, 1, 3}, {2, 1, 3}}, got)
}

func TestPointsAndRanksInWords(t *testing.T) {
	v := endgameDeps(t).View
	for n, want := range map[int]string{0: "0 point", 1: "1 point", 2: "2 points", 12: "12 points"} {
		assert.Equal(t, want, v.pointsText(n))
	}
	assert.Equal(t, []string{"1er", "2e", "3e", "4e"}, []string{v.rankText(1), v.rankText(2), v.rankText(3), v.rankText(4)})
	assert.Equal(t, []string{"+3", "0", "−2"}, []string{signed(3), signed(0), signed(-2)})
}

func TestScoresSceneBarsGrowThenRest(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	sc := newScoresScene(d, s)
	assert.True(t, sc.Animating(), "the bars grow as the scene opens")
	for range 30 { // half a second
		sc = step(sc)
	}
	assert.True(t, sc.Animating())
	for range 40 {
		sc = step(sc)
	}
	assert.False(t, sc.Animating(), "grown after 0.8 s: a static screen costs no CPU")
	assert.Equal(t, 0.0, growth(0))
	assert.Equal(t, 1.0, growth(growDuration))
}

func TestScoresSceneButtons(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	l := layoutScores(d.View, len(s.Teams))

	// The game had verdict cards: the scores come after its discernment.
	scores := func() Scene { return step(newScoresScene(d, s), ActionNext) }
	truth := layoutEnd(d.View, len(s.Teams), pageTruth)
	first := newScoresScene(d, s).(*scoresScene)
	require.True(t, first.onTruth)
	assert.Same(t, first, tap(first, truth.buttons[0]))
	assert.False(t, first.onTruth, "a tap on « Voir les scores »")
	_, ok := step(scores(), ActionAnswer1).(*deckScene)
	assert.True(t, ok, "1: another game, chosen in the deck scene")
	_, ok = tap(scores(), l.buttons[scoresAgain]).(*deckScene)
	assert.True(t, ok, "a tap on « Une autre partie »")
	_, ok = step(scores(), ActionPause).(*quitOverlay)
	assert.True(t, ok, "Esc asks before quitting")
	_, ok = step(newScoresScene(d, s), ActionPause).(*quitOverlay)
	assert.True(t, ok, "on the discernment page too")

	sc := scores()
	assert.Same(t, sc, step(sc, ActionFocusNext), "Tab only moves the focus")
	_, ok = step(sc, ActionNext).(*endScene)
	assert.True(t, ok, "Tab then Enter: « Terminer l'atelier »")
	assert.True(t, s.Finished)
}

func TestEndSceneFinishesTheWorkshopAndSavesIt(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	newEndScene(d, s)
	assert.True(t, s.Finished)
	saved, err := d.Store.List()
	require.NoError(t, err)
	require.Len(t, saved, 1)
	assert.True(t, saved[0].Finished, "the title screen no longer offers to resume it")
}

func TestEndSceneExportsTheCSV(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	sc := newEndScene(d, s)
	assert.True(t, sc.Animating(), "the podium rises")
	sc = step(sc, ActionNext) // the discernment
	require.IsType(t, &endScene{}, sc)
	require.Equal(t, pageTruth, sc.(*endScene).page)
	assert.True(t, sc.Animating(), "the teams' bars grow")
	sc = step(sc, ActionNext) // the summary
	require.Equal(t, pageSummary, sc.(*endScene).page)
	assert.False(t, sc.Animating())

	sc = step(sc, ActionAnswer1)
	file := filepath.Join(filepath.Dir(d.Store.(store.Folder).Dir), "exports", s.ID+".csv")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	abs, _ := filepath.Abs(file)
	require.IsType(t, &exportPanel{}, sc, "the facilitator is told where the file is")
	assert.Equal(t, abs, sc.(*exportPanel).path)
	figures := strings.TrimSuffix(abs, ".csv") + "-discernement.csv"
	assert.Equal(t, figures, sc.(*exportPanel).figures, "the discernment figures beside it: the workshop had verdicts")
	second, err := os.ReadFile(figures)
	require.NoError(t, err)
	assert.Contains(t, string(second), "Tout le groupe", "the group's row")
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	assert.Equal(t, []string{
		"\ufeffDate;Partie;Jeu;Carte;Texte de la carte;Équipe;Réponse;Juste;Points;Personnes avant;Personnes après;Phase;Sûr",
		"14/03/2026;1;Fin de partie;requin;Un requin nage dans une rue inondée.;Renards;Faux;oui;1;;;;",
		"14/03/2026;1;Fin de partie;requin;Un requin nage dans une rue inondée.;Hiboux;Vrai;non;0;;;;",
		"14/03/2026;1;Fin de partie;requin;Un requin nage dans une rue inondée.;Loutres;Faux;oui;1;;;;",
		"14/03/2026;1;Fin de partie;sms;Le premier SMS date de 1992.;Renards;Vrai;oui;1;;;;",
		"14/03/2026;1;Fin de partie;sms;Le premier SMS date de 1992.;Hiboux;Faux;non;0;;;;",
		"14/03/2026;1;Fin de partie;sms;Le premier SMS date de 1992.;Loutres;Faux;non;0;;;;",
		"14/03/2026;1;Fin de partie;banque;Votre banque vous demande votre code par SMS.;Renards;Faux;oui;1;;;;",
		"14/03/2026;1;Fin de partie;banque;Votre banque vous demande votre code par SMS.;Hiboux;Vrai;non;0;;;;",
		"14/03/2026;1;Fin de partie;banque;Votre banque vous demande votre code par SMS.;Loutres;Vrai;non;0;;;;",
		"14/03/2026;1;Fin de partie;navigateurs;Lequel est un navigateur ?;Renards;Firefox;oui;1;;;;",
		"14/03/2026;1;Fin de partie;navigateurs;Lequel est un navigateur ?;Hiboux;Firefox;oui;1;;;;",
		"14/03/2026;1;Fin de partie;navigateurs;Lequel est un navigateur ?;Loutres;Firefox;oui;1;;;;",
		"",
		"14/03/2026;Total de l'atelier;;;;Renards;;;4;;;;",
		"14/03/2026;Total de l'atelier;;;;Hiboux;;;1;;;;",
		"14/03/2026;Total de l'atelier;;;;Loutres;;;2;;;;",
	}, lines)
}

func TestEndSceneSummaryCounts(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	sum := newEndScene(d, s).(*endScene).sum
	assert.Equal(t, game.Discernment{FalseSpotted: 3, FalseMissed: 3, TrueTrusted: 1, TrueDoubted: 2}, sum.Discernment)
	assert.Equal(t, "Intox repérées\u00a0: 3 sur 6", d.View.Tr.T("end_false_spotted", "Count", 3, "Total", 6))
	require.NotEmpty(t, sum.Techniques)
	assert.Equal(t, "hameçonnage", sum.Techniques[0].Technique, "fooled two teams, the photo one")
	assert.Equal(t, "Hameçonnage", capitalised(sum.Techniques[0].Technique))
}

func TestEndSceneNewGameWithTheSameTeams(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	sc := step(step(newEndScene(d, s), ActionNext), ActionNext)
	require.Equal(t, pageSummary, sc.(*endScene).page)
	next := step(sc, ActionAnswer3)
	ds, ok := next.(*deckScene)
	require.True(t, ok, "the first deck of the new workshop is chosen")
	ns := ds.s
	require.NotNil(t, ns)
	assert.NotEqual(t, s.ID, ns.ID)
	assert.Equal(t, s.Teams, ns.Teams)
	assert.Equal(t, []int{0, 0, 0}, ns.Totals(), "the new workshop starts at zero")
	saved, err := d.Store.List()
	require.NoError(t, err)
	assert.Len(t, saved, 1, "the new workshop is kept from its first move")
	again := step(sc, ActionAnswer3).(*deckScene)
	assert.Same(t, ns, again.s, "coming back and choosing again does not make a third workshop")

	_, ok = step(sc, ActionAnswer4).(*titleScene)
	assert.True(t, ok, "4: home")
	back := step(sc, ActionBack)
	assert.Equal(t, pageTruth, back.(*endScene).page, "← goes back to the discernment")
	back = step(back, ActionBack)
	assert.Equal(t, pagePodium, back.(*endScene).page, "then to the podium")
}

func TestEndSceneFamily(t *testing.T) {
	d := endgameDeps(t)
	s := endgameSession(t, d, [][]int{{saysFalse, saysTrue, saysTrue, 0}}, "La famille")
	require.True(t, s.Coop())
	sc := newEndScene(d, s)
	screen := ebiten.NewImage(1920, 1080)
	defer screen.Deallocate()
	sc.Draw(screen)
	assert.Equal(t, "Bravo la famille\u00a0!", d.View.Tr.T("end_family"))
}

func TestPauseUndoRemovesTheLastScoringEvent(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	_, err := s.NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	_, err = s.Apply(game.Move{Kind: game.MoveAnswer, Team: 0, Choice: saysFalse}, d.Now())
	require.NoError(t, err)
	_, err = s.Apply(game.Move{Kind: game.MovePoints, Team: 2, Points: 1}, d.Now())
	require.NoError(t, err)
	before := s.Totals()

	play := newPlayScene(d, s)
	next := step(newPauseOverlay(d, s, play, play), ActionAnswer3)
	_, ok := next.(*playScene)
	require.True(t, ok, "back to the game")
	assert.NotSame(t, play, next, "in a fresh play scene")
	events := s.Current().Events
	require.Len(t, events, 1)
	assert.Equal(t, game.MoveAnswer, events[0].Kind, "the manual point is gone, the answer stays")
	assert.Equal(t, before[2]-1, s.Totals()[2])
	assert.Equal(t, "La dernière action est annulée.", d.View.Notice)

	loaded, err := d.Store.Load(s.ID, d.FindDeck)
	require.NoError(t, err)
	assert.Len(t, loaded.Current().Events, 1, "the undo is saved")

	step(newPauseOverlay(d, s, play, play), ActionUndo) // Ctrl+Z in the menu: the answer goes
	assert.Empty(t, s.Current().Events)
	pause := newPauseOverlay(d, s, play, play)
	d.View.Notice = ""
	assert.Same(t, pause, step(pause, ActionAnswer3), "nothing left to undo: the menu stays")
	assert.Equal(t, "Rien à annuler\u00a0: aucun point ni aucune réponse dans cette partie.", d.View.Notice)
}

func TestPauseEndsTheGameAfterAsking(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	_, err := s.NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	play := newPlayScene(d, s)
	pause := newPauseOverlay(d, s, play, play)

	assert.Same(t, pause, step(pause, ActionAnswer4), "it asks first")
	assert.True(t, pause.(*pauseOverlay).confirm)
	assert.Same(t, pause, step(pause, ActionNext), "« Non, continuer » has the focus")
	assert.False(t, pause.(*pauseOverlay).confirm)
	assert.False(t, s.Current().Over())

	step(pause, ActionAnswer4)
	assert.Same(t, pause, step(pause, ActionPause), "Esc says no too")
	assert.False(t, pause.(*pauseOverlay).confirm)

	step(pause, ActionAnswer4)
	_, _, _, answers := layoutPauseConfirm(d.View)
	_, ok := tap(pause, answers[0]).(*scoresScene)
	assert.True(t, ok, "yes: the scores")
	assert.True(t, s.Current().Over())
	loaded, err := d.Store.Load(s.ID, d.FindDeck)
	require.NoError(t, err)
	assert.True(t, loaded.Current().Over(), "the end is saved")
}

func TestPauseMenuItems(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	under := newScoresScene(d, s) // any scene will do
	pause := func() Scene { return newPauseOverlay(d, s, under, under) }

	assert.Same(t, under, step(pause(), ActionPause), "Esc and F5 resume")
	assert.Same(t, under, step(pause(), ActionAnswer1), "1: Reprendre")
	assert.Same(t, under, step(pause(), ActionNext), "Reprendre has the focus")
	scores := step(pause(), ActionAnswer2)
	require.IsType(t, &scoresOverlay{}, scores)
	assert.IsType(t, &pauseOverlay{}, step(scores, ActionNext), "any key closes the scores, back to the menu")
	assert.IsType(t, &settingsScene{}, step(pause(), ActionAnswer5))
	assert.IsType(t, &quitOverlay{}, step(pause(), ActionAnswer6))
	p := pause()
	p = step(p, ActionDown)
	p = step(p, ActionDown)
	assert.Equal(t, pauseUndo, p.(*pauseOverlay).menu.focus, "↓ moves the focus")
	assert.Same(t, under, step(newPauseOverlay(d, s, nil, under), ActionPause), "without a scene under, the play scene")
}

func TestScoresOverlayClosesOnAnyKeyOrTap(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	under := newScoresScene(d, s)
	o := newScoresOverlay(d, s, under)
	assert.Same(t, o, step(o), "stays while nothing happens")
	assert.Same(t, under, step(o, ActionBuzz3))
	assert.Same(t, under, tap(o, draw.Rect{X: 0, Y: 0, W: 10, H: 10}))
}

// TestEndgameLayoutsFit checks every button of these scenes on the screens
// the game meets, at every text size: on the screen, apart, big enough.
func TestEndgameLayoutsFit(t *testing.T) {
	d := endgameDeps(t)
	sizes := [][2]int{{1366, 768}, {1920, 1080}, {3840, 2160}, {1280, 800}}
	for _, size := range sizes {
		for _, scale := range TextScales {
			v := *d.View
			v.Metrics = draw.NewMetrics(size[0], size[1], scale)
			scr := v.Metrics.Screen()
			check := func(what string, rects []draw.Rect) {
				for i, r := range rects {
					assert.Truef(t, r.Within(scr), "%v ×%.1f %s %d is off the screen: %v", size, scale, what, i, r)
					assert.GreaterOrEqualf(t, r.H, 44.0, "%v ×%.1f %s %d is too small: %v", size, scale, what, i, r)
					for j := i + 1; j < len(rects); j++ {
						assert.Falsef(t, r.Overlaps(rects[j]), "%v ×%.1f %s %d and %d overlap", size, scale, what, i, j)
					}
				}
			}
			for teams := 1; teams <= game.MaxTeams; teams++ {
				l := layoutScores(&v, teams)
				check("scores buttons", l.buttons)
				for _, r := range l.rows {
					assert.Falsef(t, r.Overlaps(l.buttons[0]) || r.Overlaps(l.title), "%v ×%.1f: a score row overlaps", size, scale)
				}
				e := layoutEnd(&v, teams, pagePodium)
				check("podium button", e.buttons)
				assert.False(t, e.podium.Overlaps(e.buttons[0]) || e.others.Overlaps(e.buttons[0]))
				e = layoutEnd(&v, teams, pageSummary)
				check("summary buttons", e.buttons)
				assert.False(t, e.answers.Overlaps(e.truth) || e.truth.Overlaps(e.buttons[1]))
				e = layoutEnd(&v, teams, pageTruth)
				assert.False(t, e.body.Overlaps(e.buttons[0]) || e.body.Overlaps(e.title), "%v ×%.1f: the discernment page", size, scale)
				tl := layoutTruth(&v, e.body, teams)
				assert.True(t, tl.reading.Within(e.body) && tl.table.Within(e.body), "%v ×%.1f", size, scale)
				assert.False(t, tl.reading.Overlaps(tl.table) || tl.table.Overlaps(tl.bars))
				if teams > 1 {
					assert.True(t, tl.bars.Within(e.body))
					assert.False(t, tl.reading.Overlaps(tl.bars))
				}
			}
			_, _, items := layoutPause(&v)
			check("pause items", items)
			_, _, _, answers := layoutPauseConfirm(&v)
			check("confirm answers", answers)
		}
	}
}

// TestEndgameScenesDraw draws every page at several sizes: nothing panics,
// and the podium's first step shows the first team's colour.
func TestEndgameScenesDraw(t *testing.T) {
	d := endgameDeps(t)
	s := threeTeams(t, d)
	live := threeTeams(t, d)
	_, err := live.NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	for _, size := range [][2]int{{1366, 768}, {1920, 1080}} {
		d.View.Metrics = draw.NewMetrics(size[0], size[1], 1)
		screen := ebiten.NewImage(size[0], size[1])
		play := newPlayScene(d, live)
		for _, sc := range []Scene{
			newScoresScene(d, s), step(newScoresScene(d, s), ActionNext),
			newEndScene(d, s), step(newEndScene(d, s), ActionNext), step(step(newEndScene(d, s), ActionNext), ActionNext),
			newPauseOverlay(d, live, play, play), step(newPauseOverlay(d, live, play, play), ActionAnswer4),
			newScoresOverlay(d, live, play),
		} {
			screen.Fill(d.View.Theme.Background)
			sc.Draw(screen)
		}
		screen.Deallocate()
	}
}

// TestEndSceneNamesKindsAndLeversApart: the summary of decks whose cards
// name a kind of content and a lever (["contenu fabriqué", "émotion"]) says
// which is which, on two labelled lines; a deck with one technique a card
// keeps its numbered list.
func TestEndSceneNamesKindsAndLeversApart(t *testing.T) {
	d := endgameDeps(t)
	sc := newEndScene(d, threeTeams(t, d)).(*endScene)
	lines, grouped := sc.techniqueLines()
	assert.False(t, grouped)
	assert.True(t, strings.HasPrefix(lines[0], "1. Hameçonnage"), "%q", lines)

	sc.sum.Techniques = []game.TechniqueSummary{
		{Technique: "contenu fabriqué", Fooled: 3}, {Technique: "émotion", Fooled: 2, Lever: true},
		{Technique: "contenu trompeur", Fooled: 1}, {Technique: "discrédit", Fooled: 1, Lever: true},
		{Technique: "trolling", Fooled: 1, Lever: true}, {Technique: "usurpation", Fooled: 1, Lever: true},
		{Technique: "satire ou parodie", Spotted: 2},
	}
	lines, grouped = sc.techniqueLines()
	assert.True(t, grouped)
	assert.Equal(t, []string{
		"Types de contenu\u00a0: Contenu fabriqué (3), Contenu trompeur (1)",
		"Leviers\u00a0: Émotion (2), Discrédit (1), Trolling (1) (et 1 autre aussi souvent)",
	}, lines, "usurpation fooled the group as often as trolling: the list says so")

	// A numbered list cut at three says how many more fooled the group as
	// often as the third.
	sc.sum.Techniques = []game.TechniqueSummary{
		{Technique: "émotion", Fooled: 4}, {Technique: "contenu fabriqué", Fooled: 2},
		{Technique: "contenu imposteur", Fooled: 2}, {Technique: "contenu trompeur", Fooled: 2},
		{Technique: "satire ou parodie", Fooled: 2}, {Technique: "faux contexte", Fooled: 1},
	}
	lines, grouped = sc.techniqueLines()
	assert.False(t, grouped)
	assert.Equal(t, []string{
		"1. Émotion\u00a0: 4 fois",
		"2. Contenu fabriqué\u00a0: 2 fois",
		"3. Contenu imposteur\u00a0: 2 fois (et 2 autres aussi souvent)",
	}, lines)
}
