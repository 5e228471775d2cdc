package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/game"
	"declic/store"
)

// workshopDeck has a card of every kind but the board's, played by every
// team at once.
const workshopDeck = `format = 1
[deck]
id = "atelier"
title = "Atelier d'essai"
language = "fr"
[defaults]
mode = "all"
[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue inondée de Houston."
answer = "faux"
hints = ["Cherchez l'image avec une recherche inversée."]
explanation = "Un photomontage."
[[card]]
type = "choice"
id = "navigateurs"
question = "Lesquels sont des navigateurs ?"
choices = ["Firefox", "Wi-Fi", "Chrome"]
answer = [1, 3]
explanation = "Firefox et Chrome affichent des pages web."
[[card]]
type = "clues"
id = "minitel"
answer = "Le Minitel"
clues = ["Je suis né en France.", "On m'a éteint en 2012.", "J'avais un écran et un clavier."]
[[card]]
type = "spectrum"
id = "smartphones"
statement = "Part des Français qui ont un smartphone (en %)"
left = "0 %"
right = "100 %"
target = 84
[[card]]
type = "spectrum"
id = "reseaux"
statement = "Les réseaux sociaux rendent heureux."
left = "Pas du tout d'accord"
right = "Tout à fait d'accord"
[[card]]
type = "order"
id = "dates"
prompt = "Du plus ancien au plus récent"
items = ["Minitel", "Wi-Fi", "Smartphone"]
[[card]]
type = "open"
id = "source"
question = "Qu'est-ce qu'une source fiable ?"
`

// The board deck is not among the library's decks: it is found again at
// the path it was played from.
var boardDeck = filepath.Join(valid, "board.toml")

var lyon = time.FixedZone("CET", 3600)

// workshop is a home holding saved sessions and the user deck they play.
type workshop struct {
	home  string
	decks map[string]*cards.Deck
	// latest is the session in progress, with every kind of answer;
	// morning a finished family game; broken a file that cannot be read.
	latest, morning *game.Session
	broken          string
}

func newWorkshop(t *testing.T) *workshop {
	t.Helper()
	w := &workshop{home: t.TempDir(), decks: map[string]*cards.Deck{}}
	file := filepath.Join(w.home, "decks", "atelier.toml")
	require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
	require.NoError(t, os.WriteFile(file, []byte(workshopDeck), 0o644))
	for _, f := range []string{file, boardDeck} {
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		d, problems := cards.LoadFile(abs)
		require.Zero(t, problems.Errors(), "%v", problems)
		w.decks[d.ID] = d
	}
	st := store.Folder{Dir: filepath.Join(w.home, "sessions")}

	w.morning = w.session(t, time.Date(2026, 11, 28, 9, 30, 0, 0, lyon), "Famille")
	w.newGame(t, w.morning, "atelier", game.Settings{InOrder: true, Cards: 1})
	w.play(t, w.morning, answer(0, 0), answer(0, 1), next)
	w.morning.Finished = true
	require.NoError(t, st.Save(w.morning))

	s := w.session(t, time.Date(2026, 11, 28, 13, 30, 0, 0, lyon), "Renards", "Hiboux")
	w.newGame(t, s, "atelier", game.Settings{InOrder: true, Confidence: true})
	w.play(t, s,
		// vrai then faux, sûr the second time; faux twice, plutôt then
		// au hasard: the rating of the answer that counts is exported.
		answer(0, 0), sure(answer(1, 1), game.SureRather), sure(answer(0, 1), game.SureCertain), sure(answer(1, 1), game.SureGuess), next,
		answers(0, 2, 0), answer(1, 0), next,
		game.Move{Kind: game.MoveClue}, judge(0, true), judge(1, false), next,
		answer(0, 80), answer(1, 50), next,
		answer(0, 1), answer(1, game.NotUnderstood), heads(3, 5, 2, 1, 0, 1), game.Move{Kind: game.MoveSecondRound},
		answer(0, 3), answer(1, 4), heads(1, 4, 4, 2, 1, 0), reveal, next,
		answers(0, 0, 1, 2), answers(1, 1, 0, 2), next,
		points(0, 2, "a cité deux sources"), points(1, -1, ""), points(1, 1, "bonne question"), reveal, next,
	)
	g := w.newGame(t, s, "qui-est-ce-test", game.Settings{Cards: 1, Seed: 1, Mode: cards.ModeAll})
	secret, wrong := -1, -1
	for i, c := range g.TheDeck().Cards {
		if c.ID == g.Card().ID {
			secret = i
		} else if wrong < 0 {
			wrong = i
		}
	}
	w.play(t, s, game.Move{Kind: game.MoveAsk, Choice: 0}, game.Move{Kind: game.MoveAsk, Choice: 1},
		game.Move{Kind: game.MoveGuess, Team: 0, Choice: wrong}, game.Move{Kind: game.MoveGuess, Team: 1, Choice: secret})
	require.NoError(t, st.Save(s))
	w.latest = s

	w.broken = "2026-11-27-100000"
	require.NoError(t, os.WriteFile(filepath.Join(st.Dir, w.broken+".json"), []byte(`{"format": 1, "session": {`), 0o644))
	return w
}

func (w *workshop) session(t *testing.T, at time.Time, teams ...string) *game.Session {
	t.Helper()
	s, err := game.NewSession(game.NewTeams(teams...), at)
	require.NoError(t, err)
	return s
}

func (w *workshop) newGame(t *testing.T, s *game.Session, deck string, settings game.Settings) *game.Game {
	t.Helper()
	g, err := s.NewGame(w.decks[deck], settings)
	require.NoError(t, err)
	return g
}

// play applies moves a minute apart.
func (w *workshop) play(t *testing.T, s *game.Session, moves ...game.Move) {
	t.Helper()
	for _, m := range moves {
		_, err := s.Apply(m, s.Updated.Add(time.Minute))
		require.NoError(t, err, "%+v", m)
	}
}

func answer(team, choice int) game.Move {
	return game.Move{Kind: game.MoveAnswer, Team: team, Choice: choice}
}
func sure(m game.Move, s int) game.Move { m.Sure = s; return m }
func answers(team int, choices ...int) game.Move {
	return game.Move{Kind: game.MoveAnswer, Team: team, Choices: choices}
}
func judge(team int, right bool) game.Move {
	return game.Move{Kind: game.MoveJudge, Team: team, Right: right}
}
func heads(counts ...int) game.Move { return game.Move{Kind: game.MoveHeadCount, Choices: counts} }
func points(team, n int, why string) game.Move {
	return game.Move{Kind: game.MovePoints, Team: team, Points: n, Reason: why}
}

var (
	next   = game.Move{Kind: game.MoveNext}
	reveal = game.Move{Kind: game.MoveReveal}
)

// run runs a command line with the workshop's home and LANG.
func (w *workshop) run(lang string, args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	e := env{
		stdout: &out, stderr: &errOut,
		getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		},
		home: w.home,
	}
	status = run(args, e)
	return status, out.String(), errOut.String()
}

func TestSessions(t *testing.T) {
	w := newWorkshop(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			status, stdout, stderr := w.run(lang+"_FR.UTF-8", "sessions")
			assert.Equal(t, ExitOK, status)
			assert.Empty(t, stderr)
			golden(t, "sessions."+lang+".golden", stdout)
		})
	}
	assert.Equal(t, []int{10, 5}, w.latest.Totals(), "the totals the golden files show")

	status, stdout, _ := runFor(t, "fr_FR.UTF-8", "sessions")
	assert.Equal(t, ExitOK, status)
	assert.Equal(t, "Aucun atelier enregistré.\n", stdout)
	status, stdout, _ = runFor(t, "en_GB.UTF-8", "sessions")
	assert.Equal(t, ExitOK, status)
	assert.Equal(t, "No saved workshop.\n", stdout)
	status, _, stderr := runFor(t, "fr_FR.UTF-8", "sessions", "hier")
	assert.Equal(t, ExitUsage, status)
	assert.Contains(t, stderr, "declic sessions ne prend pas d'argument")
}

func TestSessionsRecoveredFromPreviousSave(t *testing.T) {
	w := newWorkshop(t)
	st := store.Folder{Dir: filepath.Join(w.home, "sessions")}
	w.newGame(t, w.morning, "atelier", game.Settings{InOrder: true, Cards: 1})
	w.play(t, w.morning, answer(0, 1))
	require.NoError(t, st.Save(w.morning))
	require.NoError(t, os.WriteFile(filepath.Join(st.Dir, w.morning.ID+".json"), []byte("{"), 0o644))

	_, stdout, _ := w.run("fr_FR.UTF-8", "sessions")
	assert.Contains(t, stdout, "terminé   1 partie   Famille 1  (dernier enregistrement abîmé", "listed from the previous save")

	out := filepath.Join(t.TempDir(), "matin.csv")
	status, stdout, stderr := w.run("fr_FR.UTF-8", "export", w.morning.ID, "-o", out)
	assert.Equal(t, ExitOK, status)
	assert.Equal(t, "Attention : le dernier enregistrement de l'atelier "+w.morning.ID+" était abîmé ; l'export part de l'enregistrement précédent.\n", stderr)
	assert.Equal(t, "Export écrit : "+out+"\nDiscernement écrit : "+strings.TrimSuffix(out, ".csv")+"-discernement.csv\n", stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "\r\n2;", "the previous save is exported")
}

func TestExport(t *testing.T) {
	w := newWorkshop(t)
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "atelier.csv")
			status, stdout, stderr := w.run(lang+"_FR.UTF-8", "export", "-o", out)
			require.Equal(t, ExitOK, status, stderr)
			assert.Empty(t, stderr)
			done := map[string]string{"fr": "Export écrit : ", "en": "Export written: "}[lang]
			figures := filepath.Join(filepath.Dir(out), map[string]string{"fr": "atelier-discernement.csv", "en": "atelier-discernment.csv"}[lang])
			second := map[string]string{"fr": "Discernement écrit : ", "en": "Discernment written: "}[lang]
			assert.Equal(t, done+out+"\n"+second+figures+"\n", stdout, "the full paths written")
			_, err := os.Stat(figures)
			require.NoError(t, err, "the discernment figures beside the export: the workshop has a verdict")
			data, err := os.ReadFile(out)
			require.NoError(t, err)
			golden(t, "export."+lang+".csv", string(data))
			phase := map[string]string{"fr": "Phase", "en": "Phase"}[lang]
			sure := map[string]string{"fr": "Sûr", "en": "Sure"}[lang]
			require.True(t, bytes.Contains(data, []byte(","+phase+","+sure+"\r\n")) || bytes.Contains(data, []byte(";"+phase+";"+sure+"\r\n")),
				"the phase column, then the confidence's, last: columns are added at the end")

			require.True(t, bytes.HasPrefix(data, []byte("\ufeff")), "a BOM for Excel")
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
			r.Comma = map[string]rune{"fr": ';', "en": ','}[lang]
			rows, err := r.ReadAll()
			require.NoError(t, err)
			want := map[string]int{"Renards": w.latest.Totals()[0], "Hiboux": w.latest.Totals()[1]}
			room := map[string]string{"fr": "Toute la salle", "en": "Whole room"}[lang]
			total := map[string]string{"fr": "Total de l'atelier", "en": "Workshop total"}[lang]
			date := map[string]string{"fr": "28/11/2026", "en": "2026-11-28"}[lang]
			sums, closing := map[string]int{}, map[string]int{}
			heads := [2]int{}
			end := slices.IndexFunc(rows, func(row []string) bool { return row[1] == total })
			require.Positive(t, end)
			assert.Contains(t, string(data), "\r\n\r\n"+date, "an empty row before the totals")
			for _, row := range rows[1:end] {
				require.Len(t, row, 13)
				assert.Equal(t, date, row[0])
				assert.NotEmpty(t, row[4], "the card's text")
				if row[5] == room {
					for i := range heads {
						n, err := strconv.Atoi(row[9+i])
						require.NoError(t, err)
						heads[i] += n
					}
					continue
				}
				n, err := strconv.Atoi(row[8])
				require.NoError(t, err)
				sums[row[5]] += n
			}
			assert.Equal(t, want, sums, "the points column adds up to the totals")
			assert.Equal(t, [2]int{12, 12}, heads, "every head counted, before and after")
			for _, row := range rows[end:] {
				require.Len(t, row, 13)
				assert.Equal(t, total, row[1])
				n, err := strconv.Atoi(row[8])
				require.NoError(t, err)
				closing[row[5]] = n
			}
			assert.Equal(t, want, closing, "the totals close the file")
		})
	}
}

func TestExportNamedSession(t *testing.T) {
	w := newWorkshop(t)
	out := filepath.Join(t.TempDir(), "matin.csv")
	status, _, stderr := w.run("en_GB.UTF-8", "export", w.morning.ID, "-o", out)
	require.Equal(t, ExitOK, status, stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	// Neither a test nor a game that asked how sure the team was: the last
	// two columns are empty.
	assert.Equal(t, "\ufeffDate,Game,Deck,Card,Card text,Team,Answer,Right,Points,People before,People after,Phase,Sure\r\n"+
		"2026-11-28,1,Atelier d'essai,requin,Un requin nage dans une rue inondée de Houston.,Famille,Vrai → Faux,yes,1,,,,\r\n"+
		"\r\n"+
		"2026-11-28,Workshop total,,,,Famille,,,1,,,,\r\n", string(data))
}

func TestExportErrors(t *testing.T) {
	w := newWorkshop(t)
	out := filepath.Join(t.TempDir(), "x.csv")
	tests := []struct {
		name   string
		lang   string
		args   []string
		status int
		stderr string
	}{
		{"no output file", "fr", []string{"export"}, ExitUsage,
			"declic export attend le fichier à écrire : declic export [ATELIER] -o FICHIER.csv\n"},
		{"two sessions", "en", []string{"export", "a", "b", "-o", out}, ExitUsage,
			"declic export needs the file to write: declic export [SESSION] -o FILE.csv\n"},
		{"unknown session", "fr", []string{"export", "2020-01-01-000000", "-o", out}, ExitInvalid,
			"Atelier « 2020-01-01-000000 » introuvable : tapez « declic sessions » pour la liste des ateliers.\n"},
		{"not a session id", "en", []string{"export", "../decks/atelier", "-o", out}, ExitInvalid,
			"No workshop \"../decks/atelier\": type \"declic sessions\" for the list of workshops.\n"},
		{"damaged session", "fr", []string{"export", w.broken, "-o", out}, ExitInvalid,
			"L'atelier 2026-11-27-100000 ne peut pas être relu : son enregistrement est abîmé, ou un de ses jeux a changé depuis l'atelier.\n"},
		{"folder to write in missing", "en", []string{"export", "-o", filepath.Join(out, "no", "x.csv")}, ExitInvalid,
			"Cannot write " + filepath.Join(out, "no", "x.csv") + ": check that the folder exists and that the file is not open in a spreadsheet.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := w.run(tt.lang+"_FR.UTF-8", tt.args...)
			assert.Equal(t, tt.status, status)
			assert.Empty(t, stdout)
			assert.Equal(t, tt.stderr, stderr)
		})
	}
	assert.NoFileExists(t, out)

	status, _, stderr := runFor(t, "fr_FR.UTF-8", "export", "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Aucun atelier enregistré : rien à exporter.\n", stderr)
}

func TestExportDeckMissing(t *testing.T) {
	w := newWorkshop(t)
	require.NoError(t, os.Remove(filepath.Join(w.home, "decks", "atelier.toml")))
	out := filepath.Join(t.TempDir(), "x.csv")
	status, _, stderr := w.run("fr_FR.UTF-8", "export", w.latest.ID, "-o", out)
	assert.Equal(t, ExitInvalid, status)
	assert.Equal(t, "Le jeu « Atelier d'essai » (atelier) de la partie 1 est introuvable ou invalide : vérifiez-le avec « declic check », ou indiquez son dossier avec --decks DOSSIER.\n", stderr)
	files, err := filepath.Glob(filepath.Join(w.home, "sessions", "*"))
	require.NoError(t, err)
	for _, f := range files {
		assert.NotContains(t, f, "damaged", "a missing deck does not make a session damaged")
	}

	// Given back with --decks, from another folder.
	other := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(other, "atelier.toml"), []byte(workshopDeck), 0o644))
	status, _, stderr = w.run("fr_FR.UTF-8", "export", w.latest.ID, "-o", out, "--decks", other)
	assert.Equal(t, ExitOK, status, stderr)
	assert.FileExists(t, out)
}

func TestNoGoErrorInSessionsOutput(t *testing.T) {
	w := newWorkshop(t)
	for _, lang := range []string{"fr", "en"} {
		_, stdout, stderr := w.run(lang+"_FR.UTF-8", "sessions")
		for _, s := range []string{"game.", "json", "checksum", "Err"} {
			assert.NotContains(t, stdout+stderr, s)
		}
		assert.True(t, strings.HasSuffix(strings.TrimSpace(stdout), map[string]string{
			"fr": "enregistrement abîmé : cet atelier ne peut pas être relu",
			"en": "damaged save: this workshop cannot be read",
		}[lang]), "the damaged session comes last, in words")
	}
}
