package ui

import (
	"testing"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/game"
	"declic/store"
	"declic/ui/draw"
)

// keystroke is the key a character is typed with on a keyboard: its place,
// its label without Shift, whether Shift is held.
type keystroke struct {
	key   Key
	shift bool
}

// keyboard types characters as a keyboard layout does: the key each one is
// typed with. A character it has no key for comes as text alone, as from
// an input method.
type keyboard func(r rune) (keystroke, bool)

// qwertyKeys is a US keyboard.
func qwertyKeys(r rune) (keystroke, bool) {
	lower := unicode.ToLower(r)
	shift := lower != r
	switch {
	case 'a' <= lower && lower <= 'z':
		return keystroke{Key{ebiten.KeyA + ebiten.Key(lower-'a'), string(lower)}, shift}, true
	case '0' <= r && r <= '9':
		return keystroke{Key{ebiten.KeyDigit0 + ebiten.Key(r-'0'), string(r)}, false}, true
	}
	signs := map[rune]keystroke{
		' ': {Key{ebiten.KeySpace, ""}, false}, '.': {Key{ebiten.KeyPeriod, "."}, false},
		',': {Key{ebiten.KeyComma, ","}, false}, '-': {Key{ebiten.KeyMinus, "-"}, false},
		'=': {Key{ebiten.KeyEqual, "="}, false}, '+': {Key{ebiten.KeyEqual, "="}, true},
		'?': {Key{ebiten.KeySlash, "/"}, true}, '\'': {Key{ebiten.KeyQuote, "'"}, false},
		'!': {Key{ebiten.KeyDigit1, "1"}, true},
	}
	k, ok := signs[r]
	return k, ok
}

// azertyKeys is a French keyboard: A and Q, Z and W swapped, M right of L,
// the digits on Shift, "." on Shift of ";", é è à on the top row.
func azertyKeys(r rune) (keystroke, bool) {
	lower := unicode.ToLower(r)
	shift := lower != r
	swapped := map[rune]ebiten.Key{'a': ebiten.KeyQ, 'q': ebiten.KeyA, 'z': ebiten.KeyW, 'w': ebiten.KeyZ, 'm': ebiten.KeySemicolon}
	if p, ok := swapped[lower]; ok {
		return keystroke{Key{p, string(lower)}, shift}, true
	}
	if 'a' <= lower && lower <= 'z' {
		return keystroke{Key{ebiten.KeyA + ebiten.Key(lower-'a'), string(lower)}, shift}, true
	}
	top := []string{"à", "&", "é", `"`, "'", "(", "-", "è", "_", "ç"}
	if '0' <= r && r <= '9' {
		return keystroke{Key{ebiten.KeyDigit0 + ebiten.Key(r-'0'), top[r-'0']}, true}, true
	}
	for i, s := range top {
		if string(r) == s {
			return keystroke{Key{ebiten.KeyDigit0 + ebiten.Key(i), s}, false}, true
		}
	}
	signs := map[rune]keystroke{
		' ': {Key{ebiten.KeySpace, ""}, false}, '.': {Key{ebiten.KeyComma, ";"}, true},
		',': {Key{ebiten.KeyM, ","}, false}, ';': {Key{ebiten.KeyComma, ";"}, false},
		':': {Key{ebiten.KeyPeriod, ":"}, false}, '!': {Key{ebiten.KeySlash, "!"}, false},
		'?': {Key{ebiten.KeyM, ","}, true}, '=': {Key{ebiten.KeyEqual, "="}, false},
		'+': {Key{ebiten.KeyEqual, "="}, true},
	}
	k, ok := signs[r]
	return k, ok
}

// app plays frames as the App does, with the input a real keyboard gives:
// the scene on show says whether it is typing, the keymap reads the keys
// accordingly (TypingActionsFor or ActionsFor), switchOverlay sees them
// first (the black screen, the help), then the scene.
type app struct {
	t      *testing.T
	v      *View
	scene  Scene
	screen *ebiten.Image
}

func newApp(t *testing.T, v *View, first Scene) *app {
	screen := ebiten.NewImage(int(v.Metrics.W), int(v.Metrics.H))
	t.Cleanup(screen.Deallocate)
	return &app{t: t, v: v, scene: first, screen: screen}
}

// frame plays one frame: the keys pressed, with Shift or not, and the
// characters they typed.
func (a *app) frame(keys []Key, mods Modifiers, chars []rune) Scene {
	a.t.Helper()
	in := &Input{Chars: chars}
	if t, ok := a.scene.(interface{ Typing() bool }); ok && t.Typing() {
		in.Actions = TypingActionsFor(keys, mods)
	} else {
		in.Actions = ActionsFor(keys, mods)
	}
	a.scene = switchOverlay(a.v, a.scene, in)
	a.scene = a.scene.Update(in)
	require.NotNil(a.t, a.scene)
	a.screen.Fill(a.v.Theme.Background)
	a.scene.Draw(a.screen)
	return a.scene
}

// key presses one key that types nothing (Enter, Tab, Esc…).
func (a *app) key(p ebiten.Key) Scene {
	a.t.Helper()
	return a.frame([]Key{{Position: p}}, Modifiers{}, nil)
}

// typeText types s on kb, a key a frame, each key with the character it
// types.
func (a *app) typeText(kb keyboard, s string) Scene {
	a.t.Helper()
	for _, r := range s {
		if k, ok := kb(r); ok {
			a.frame([]Key{k.key}, Modifiers{Shift: k.shift}, []rune{r})
		} else {
			a.frame(nil, Modifiers{}, []rune{r})
		}
	}
	return a.scene
}

func TestTeamNamesTakeEveryKey(t *testing.T) {
	for name, kb := range map[string]keyboard{"qwerty": qwertyKeys, "azerty": azertyKeys} {
		t.Run(name, func(t *testing.T) {
			d := sceneDeps(t)
			ts := newTeamsScene(d, backScene{}).(*teamsScene)
			a := newApp(t, d.View, ts)
			ts.setCount(5)
			a.frame(nil, Modifiers{}, nil)
			// The tap is how the first name gets the focus; then keys only.
			a.scene.Update(&Input{Taps: []draw.Point{centre(layoutTeams(d.View.Metrics, 5).names[0])}})
			require.Equal(t, ts.nameTarget(0), ts.focus.focus)

			a.typeText(kb, "Les Zèbres")
			a.key(ebiten.KeyEnter)
			a.typeText(kb, "Équipe B.")
			a.key(ebiten.KeyTab) // Tab goes to the next name, not to its symbol
			// Every letter, digit and sign the keymap gives an action to:
			// buzzers, clue, scores, fullscreen, help, black screen, the
			// number of teams, points.
			a.typeText(kb, "Alvpzm Cs fh b.")
			a.key(ebiten.KeyTab)
			a.typeText(kb, "123456 +-=?!")
			a.key(ebiten.KeyEnter)
			a.typeText(kb, "ALVPZM CSFHB")
			a.key(ebiten.KeyEnter) // after the last name, Continue has the focus

			assert.Same(t, ts, a.scene, "no overlay, no other screen")
			assert.Equal(t, 5, ts.n, "no digit changed the number of teams")
			assert.Equal(t, []string{"Les Zèbres", "Équipe B.", "Alvpzm Cs fh b.", "123456 +-=?!", "ALVPZM CSFHB"},
				[]string{ts.name(0), ts.name(1), ts.name(2), ts.name(3), ts.name(4)})
			assert.Equal(t, ts.nextTarget(), ts.focus.focus)
			assert.False(t, ts.Typing())
			assert.Empty(t, d.View.Notice)

			// Out of the fields, the keys are shortcuts again: 2 teams.
			a.typeText(kb, "2")
			assert.Equal(t, 2, ts.n)
		})
	}
}

func TestTabAndEnterGoFromNameToName(t *testing.T) {
	d := sceneDeps(t)
	ts := newTeamsScene(d, backScene{}).(*teamsScene)
	a := newApp(t, d.View, ts)
	ts.setCount(3)
	ts.focusOn(targetWorkshop)
	assert.Equal(t, "Entrée ou Tab\u00a0: les noms des équipes. Échap\u00a0: fini.", ts.footer())
	a.typeText(qwertyKeys, "Jeudi 4e B")
	a.key(ebiten.KeyTab)
	assert.Equal(t, ts.nameTarget(0), ts.focus.focus, "the workshop's name, then the first team's")
	assert.Equal(t, "Entrée ou Tab\u00a0: l'équipe suivante. Échap\u00a0: fini.", ts.footer(), "the screen says where Enter and Tab go")
	a.key(ebiten.KeyTab)
	assert.Equal(t, ts.nameTarget(1), ts.focus.focus)
	a.typeText(qwertyKeys, "Bobcats")
	a.key(ebiten.KeyEnter)
	assert.Equal(t, ts.nameTarget(2), ts.focus.focus)
	assert.Equal(t, "Entrée ou Tab\u00a0: fini, puis Entrée pour continuer.", ts.footer())
	a.key(ebiten.KeyTab)
	assert.Equal(t, ts.nextTarget(), ts.focus.focus)
	assert.Equal(t, "Touchez un nom pour l'écrire, un symbole ou une couleur pour en changer.", ts.footer())
	assert.Equal(t, []string{"Renards", "Bobcats", "Loutres"}, []string{ts.name(0), ts.name(1), ts.name(2)})

	// The workshop's name goes with it, once a move makes it worth keeping.
	next := a.key(ebiten.KeyEnter)
	require.IsType(t, &deckScene{}, next)
	assert.Equal(t, "Jeudi 4e B", ts.session.Name)
}

func TestTheWorkshopNameIsSavedAndListed(t *testing.T) {
	d := sceneDeps(t)
	ts := newTeamsScene(d, backScene{}).(*teamsScene)
	a := newApp(t, d.View, ts)
	a.scene.Update(&Input{Taps: []draw.Point{centre(layoutTeams(d.View.Metrics, 2).workshop)}})
	require.True(t, ts.Typing())
	a.typeText(azertyKeys, "  Collège Jean Moulin, 4e B. ")
	a.key(ebiten.KeyEscape)
	a.key(ebiten.KeyEnter)
	s := ts.session
	require.NotNil(t, s)
	assert.Equal(t, "Collège Jean Moulin, 4e B.", s.Name)

	saved, err := d.Store.List()
	require.NoError(t, err)
	assert.Empty(t, saved, "an empty workshop is not kept")
	_, err = d.live(s).NewGame(d.Library.Decks[0], game.Settings{InOrder: true})
	require.NoError(t, err)
	_, err = d.play(s, game.Move{Kind: game.MoveSkip})
	require.NoError(t, err)
	saved, err = d.Store.List()
	require.NoError(t, err)
	require.Len(t, saved, 1)
	assert.Equal(t, "Collège Jean Moulin, 4e B.", saved[0].Name)
	assert.Equal(t, s.ID+" Collège Jean Moulin, 4e B.csv", store.ExportFileName(s), "and in the CSV file's name")
}
