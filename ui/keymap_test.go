package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/ui"
)

// layout is what ebiten.KeyName reports for the keys the tests press, by
// physical position (named after the US QWERTY key there). A key a layout does
// not list has no label (""), like Space or F1 for ebiten.KeyName.
type layout map[ebiten.Key]string

var qwerty = layout{
	ebiten.KeyA: "a", ebiten.KeyB: "b", ebiten.KeyC: "c", ebiten.KeyF: "f",
	ebiten.KeyH: "h", ebiten.KeyL: "l", ebiten.KeyM: "m", ebiten.KeyP: "p",
	ebiten.KeyQ: "q", ebiten.KeyS: "s", ebiten.KeyV: "v", ebiten.KeyW: "w", ebiten.KeyZ: "z",
	ebiten.KeyDigit1: "1", ebiten.KeyDigit2: "2", ebiten.KeyDigit3: "3",
	ebiten.KeyDigit4: "4", ebiten.KeyDigit5: "5", ebiten.KeyDigit6: "6",
	ebiten.KeyDigit7: "7", ebiten.KeyDigit0: "0",
	ebiten.KeyMinus: "-", ebiten.KeyEqual: "=", ebiten.KeySemicolon: ";",
	ebiten.KeyComma: ",", ebiten.KeyPeriod: ".", ebiten.KeySlash: "/",
}

// azerty is a French AZERTY keyboard: A and Q, Z and W swapped, M right of L,
// the digits on Shift of the top row.
var azerty = layout{
	ebiten.KeyA: "q", ebiten.KeyB: "b", ebiten.KeyC: "c", ebiten.KeyF: "f",
	ebiten.KeyH: "h", ebiten.KeyL: "l", ebiten.KeyM: ",", ebiten.KeyP: "p",
	ebiten.KeyQ: "a", ebiten.KeyS: "s", ebiten.KeyV: "v", ebiten.KeyW: "z", ebiten.KeyZ: "w",
	ebiten.KeyDigit1: "&", ebiten.KeyDigit2: "é", ebiten.KeyDigit3: `"`,
	ebiten.KeyDigit4: "'", ebiten.KeyDigit5: "(", ebiten.KeyDigit6: "-",
	ebiten.KeyDigit7: "è", ebiten.KeyDigit8: "_", ebiten.KeyDigit9: "ç", ebiten.KeyDigit0: "à",
	ebiten.KeyMinus: ")", ebiten.KeyEqual: "=", ebiten.KeySemicolon: "m",
	ebiten.KeyComma: ";", ebiten.KeyPeriod: ":", ebiten.KeySlash: "!",
}

// dvorak puts V where QWERTY has "." and X where it has B.
var dvorak = layout{ebiten.KeyPeriod: "v", ebiten.KeyB: "x", ebiten.KeyN: "b"}

// unknown is a platform where ebiten.KeyName gives nothing.
var unknown = layout{}

// press returns the keys at positions as they come from a keyboard with l.
func press(l layout, positions ...ebiten.Key) []ui.Key {
	keys := make([]ui.Key, len(positions))
	for i, p := range positions {
		keys[i] = ui.Key{Position: p, Label: l[p]}
	}
	return keys
}

var (
	none  = ui.Modifiers{}
	shift = ui.Modifiers{Shift: true}
	ctrl  = ui.Modifiers{Control: true}
	cmd   = ui.Modifiers{Meta: true}
	alt   = ui.Modifiers{Alt: true}
)

func TestActionsFor(t *testing.T) {
	tests := []struct {
		name string
		keys []ui.Key
		mods ui.Modifiers
		want []ui.Action
	}{
		{"nothing pressed", nil, none, nil},
		{"a key bound to nothing", press(qwerty, ebiten.KeyQ), none, nil},
		{"a lone modifier", press(qwerty, ebiten.KeyShiftLeft), shift, nil},

		{"Space", press(qwerty, ebiten.KeySpace), none, []ui.Action{ui.ActionSelect}},
		{"Enter confirms, a next", press(qwerty, ebiten.KeyEnter), none, []ui.Action{ui.ActionConfirm}},
		{"numpad Enter", press(qwerty, ebiten.KeyNumpadEnter), none, []ui.Action{ui.ActionConfirm}},
		{"→", press(qwerty, ebiten.KeyArrowRight), none, []ui.Action{ui.ActionRight}},
		{"Page Down", press(qwerty, ebiten.KeyPageDown), none, []ui.Action{ui.ActionNext}},
		{"←", press(qwerty, ebiten.KeyArrowLeft), none, []ui.Action{ui.ActionLeft}},
		{"Page Up", press(qwerty, ebiten.KeyPageUp), none, []ui.Action{ui.ActionBack}},

		{"top-row digits on QWERTY", press(qwerty, ebiten.KeyDigit1, ebiten.KeyDigit2, ebiten.KeyDigit3, ebiten.KeyDigit4, ebiten.KeyDigit5, ebiten.KeyDigit6), none,
			[]ui.Action{ui.ActionAnswer1, ui.ActionAnswer2, ui.ActionAnswer3, ui.ActionAnswer4, ui.ActionAnswer5, ui.ActionAnswer6}},
		{"top-row digits on AZERTY, no Shift", press(azerty, ebiten.KeyDigit1, ebiten.KeyDigit2, ebiten.KeyDigit3, ebiten.KeyDigit4, ebiten.KeyDigit5, ebiten.KeyDigit6), none,
			[]ui.Action{ui.ActionAnswer1, ui.ActionAnswer2, ui.ActionAnswer3, ui.ActionAnswer4, ui.ActionAnswer5, ui.ActionAnswer6}},
		{"top-row digit on AZERTY with Shift", press(azerty, ebiten.KeyDigit3), shift, []ui.Action{ui.ActionAnswer3}},
		{"AZERTY 6 carries - but answers", press(azerty, ebiten.KeyDigit6), none, []ui.Action{ui.ActionAnswer6}},
		{"numpad digits", press(qwerty, ebiten.KeyNumpad1, ebiten.KeyNumpad2, ebiten.KeyNumpad3, ebiten.KeyNumpad4, ebiten.KeyNumpad5, ebiten.KeyNumpad6), none,
			[]ui.Action{ui.ActionAnswer1, ui.ActionAnswer2, ui.ActionAnswer3, ui.ActionAnswer4, ui.ActionAnswer5, ui.ActionAnswer6}},
		{"7 to 9 are digits, no answers: a setting's row", press(qwerty, ebiten.KeyDigit7, ebiten.KeyDigit8, ebiten.KeyDigit9, ebiten.KeyNumpad7, ebiten.KeyNumpad9), none,
			[]ui.Action{ui.ActionDigit7, ui.ActionDigit8, ui.ActionDigit9, ui.ActionDigit7, ui.ActionDigit9}},
		{"AZERTY 8 carries _ but is a digit", press(azerty, ebiten.KeyDigit8), none, []ui.Action{ui.ActionDigit8}},
		{"0 does nothing", press(qwerty, ebiten.KeyDigit0, ebiten.KeyNumpad0), none, nil},

		{"buzzers on QWERTY", press(qwerty, ebiten.KeyA, ebiten.KeyL, ebiten.KeyV, ebiten.KeyP, ebiten.KeyZ, ebiten.KeyM), none,
			[]ui.Action{ui.ActionBuzz1, ui.ActionBuzz2, ui.ActionBuzz3, ui.ActionBuzz4, ui.ActionBuzz5, ui.ActionBuzz6}},
		{"buzzers on AZERTY, by label", press(azerty, ebiten.KeyQ, ebiten.KeyL, ebiten.KeyV, ebiten.KeyP, ebiten.KeyW, ebiten.KeySemicolon), none,
			[]ui.Action{ui.ActionBuzz1, ui.ActionBuzz2, ui.ActionBuzz3, ui.ActionBuzz4, ui.ActionBuzz5, ui.ActionBuzz6}},
		{"AZERTY: the QWERTY A, Z and M places are Q, W and ,", press(azerty, ebiten.KeyA, ebiten.KeyZ, ebiten.KeyM), none, nil},
		{"buzzer with Shift or Caps Lock", []ui.Key{{Position: ebiten.KeyQ, Label: "A"}}, shift, []ui.Action{ui.ActionBuzz1}},
		{"no label: the US place", press(unknown, ebiten.KeyA, ebiten.KeyM, ebiten.KeyC), none,
			[]ui.Action{ui.ActionBuzz1, ui.ActionBuzz6, ui.ActionNextClue}},

		{"C", press(azerty, ebiten.KeyC), none, []ui.Action{ui.ActionNextClue}},
		{"= gives a point", press(qwerty, ebiten.KeyEqual), none, []ui.Action{ui.ActionPointPlus}},
		{"+ (Shift and =) gives a point", press(azerty, ebiten.KeyEqual), shift, []ui.Action{ui.ActionPointPlus}},
		{"a key labelled +", []ui.Key{{Position: ebiten.KeyBracketRight, Label: "+"}}, none, []ui.Action{ui.ActionPointPlus}},
		{"numpad +", press(qwerty, ebiten.KeyNumpadAdd), none, []ui.Action{ui.ActionPointPlus}},
		{"- takes a point", press(qwerty, ebiten.KeyMinus), none, []ui.Action{ui.ActionPointMinus}},
		{"numpad -", press(azerty, ebiten.KeyNumpadSubtract), none, []ui.Action{ui.ActionPointMinus}},
		{"AZERTY ) takes nothing", press(azerty, ebiten.KeyMinus), none, nil},
		{"Tab", press(qwerty, ebiten.KeyTab), none, []ui.Action{ui.ActionFocusNext}},

		{"Ctrl+Z on QWERTY undoes, no buzz", press(qwerty, ebiten.KeyZ), ctrl, []ui.Action{ui.ActionUndo}},
		{"Ctrl+Z on AZERTY, by label", press(azerty, ebiten.KeyW), ctrl, []ui.Action{ui.ActionUndo}},
		{"Ctrl+W on AZERTY is not undo", press(azerty, ebiten.KeyZ), ctrl, nil},
		{"Cmd+Z on a Mac", press(qwerty, ebiten.KeyZ), cmd, []ui.Action{ui.ActionUndo}},
		{"Backspace", press(qwerty, ebiten.KeyBackspace), none, []ui.Action{ui.ActionUndo}},
		{"Ctrl+S is not scores", press(qwerty, ebiten.KeyS), ctrl, nil},
		{"Alt+Tab is not focus", press(qwerty, ebiten.KeyTab), alt, nil},
		{"Alt+Z is not undo", press(qwerty, ebiten.KeyZ), alt, nil},

		{"S", press(azerty, ebiten.KeyS), none, []ui.Action{ui.ActionScores}},
		{"F", press(qwerty, ebiten.KeyF), none, []ui.Action{ui.ActionFullscreen}},
		{"F11", press(qwerty, ebiten.KeyF11), none, []ui.Action{ui.ActionFullscreen}},
		{"F1", press(qwerty, ebiten.KeyF1), none, []ui.Action{ui.ActionHelp}},
		{"H", press(qwerty, ebiten.KeyH), none, []ui.Action{ui.ActionHelp}},
		{"? on QWERTY is Shift+/", press(qwerty, ebiten.KeySlash), shift, []ui.Action{ui.ActionHelp}},
		{"? on AZERTY is Shift+,", press(azerty, ebiten.KeyM), shift, []ui.Action{ui.ActionHelp}},
		{"/ without Shift", press(qwerty, ebiten.KeySlash), none, nil},

		{"Esc", press(qwerty, ebiten.KeyEscape), none, []ui.Action{ui.ActionPause}},
		{"F5", press(qwerty, ebiten.KeyF5), none, []ui.Action{ui.ActionPause}},
		{"clicker start button: Esc and F5 pause once", press(qwerty, ebiten.KeyEscape, ebiten.KeyF5), none, []ui.Action{ui.ActionPause}},
		{"clicker B: black screen, not the pause menu", press(azerty, ebiten.KeyB), none, []ui.Action{ui.ActionBlank}},
		{"clicker . on QWERTY", press(qwerty, ebiten.KeyPeriod), none, []ui.Action{ui.ActionBlank}},
		{"clicker . on AZERTY, where : is printed", press(azerty, ebiten.KeyPeriod), none, []ui.Action{ui.ActionBlank}},
		{"Dvorak V at the QWERTY . place buzzes", press(dvorak, ebiten.KeyPeriod), none, []ui.Action{ui.ActionBuzz3}},

		{"several keys keep their order", press(qwerty, ebiten.KeyM, ebiten.KeyTab, ebiten.KeyA), none,
			[]ui.Action{ui.ActionBuzz6, ui.ActionFocusNext, ui.ActionBuzz1}},
		{"two keys of one action act twice", press(qwerty, ebiten.KeyPageDown, ebiten.KeyPageDown), none, []ui.Action{ui.ActionNext, ui.ActionNext}},
		{"a key pressed twice acts twice", press(qwerty, ebiten.KeyTab, ebiten.KeyEqual, ebiten.KeyEqual), none,
			[]ui.Action{ui.ActionFocusNext, ui.ActionPointPlus, ui.ActionPointPlus}},
		{"clicker start button: pause once", press(qwerty, ebiten.KeyEscape, ebiten.KeyF5), none, []ui.Action{ui.ActionPause}},
		{"clicker blank button with its start button", press(qwerty, ebiten.KeyEscape, ebiten.KeyB, ebiten.KeyF5), none, []ui.Action{ui.ActionPause, ui.ActionBlank}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ui.ActionsFor(tt.keys, tt.mods))
		})
	}
}

// TestEveryActionHasAKey presses every key of the keyboard, alone and with each
// modifier, and checks that every action can be reached on both layouts.
func TestEveryActionHasAKey(t *testing.T) {
	for name, l := range map[string]layout{"qwerty": qwerty, "azerty": azerty, "unknown": unknown} {
		t.Run(name, func(t *testing.T) {
			reached := map[ui.Action]bool{}
			for p := ebiten.Key(0); p <= ebiten.KeyMax; p++ {
				for _, mods := range []ui.Modifiers{none, shift, ctrl} {
					for _, a := range ui.ActionsFor(press(l, p), mods) {
						reached[a] = true
					}
				}
			}
			for a := ui.ActionNext; a <= ui.ActionLeft; a++ {
				assert.Truef(t, reached[a], "no key gives %v", a)
			}
		})
	}
}

// TestEnterIsANext checks that a scene asking for "next" takes Enter too,
// once, and that Enter can be told apart.
func TestEnterIsANext(t *testing.T) {
	in := &ui.Input{Actions: []ui.Action{ui.ActionConfirm}}
	assert.True(t, in.Has(ui.ActionNext))
	assert.False(t, in.Has(ui.ActionNext), "taken out")
	in = &ui.Input{Actions: []ui.Action{ui.ActionNext}}
	assert.False(t, in.Has(ui.ActionConfirm), "Page Down is no Enter")
	in = &ui.Input{Actions: []ui.Action{ui.ActionSelect, ui.ActionRight, ui.ActionLeft}}
	assert.True(t, in.Has(ui.ActionNext), "Space is a next")
	assert.True(t, in.Has(ui.ActionNext), "→ is a next")
	assert.False(t, in.Has(ui.ActionNext))
	assert.True(t, in.Has(ui.ActionBack), "← is a back")
	in = &ui.Input{Actions: []ui.Action{ui.ActionNext, ui.ActionBack}}
	assert.False(t, in.Has(ui.ActionSelect), "Page Down is no Space")
	assert.False(t, in.Has(ui.ActionRight))
	assert.False(t, in.Has(ui.ActionLeft), "Page Up is no ←")
}

func TestActionString(t *testing.T) {
	assert.Equal(t, "Next", ui.ActionNext.String())
	assert.Equal(t, "Buzz3", ui.ActionBuzz3.String())
	assert.Equal(t, "Pause", ui.ActionPause.String())
	assert.Equal(t, "Action(0)", ui.Action(0).String())
	assert.Equal(t, "Action(99)", ui.Action(99).String())

	seen := map[string]ui.Action{}
	for a := ui.ActionNext; a <= ui.ActionLeft; a++ {
		name := a.String()
		require.NotContains(t, name, "Action(", "%d has no name", int(a))
		require.NotContains(t, seen, name, "%v and %v have the same name", seen[name], a)
		seen[name] = a
	}
}

func TestActionAnswerAndBuzzer(t *testing.T) {
	tests := []struct {
		action       ui.Action
		answer, team int
	}{
		{ui.ActionNext, 0, 0},
		{ui.ActionAnswer1, 1, 0},
		{ui.ActionAnswer6, 6, 0},
		{ui.ActionBuzz1, 0, 1},
		{ui.ActionBuzz6, 0, 6},
		{ui.ActionNextClue, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.action.String(), func(t *testing.T) {
			answer, isAnswer := tt.action.Answer()
			assert.Equal(t, tt.answer, answer)
			assert.Equal(t, tt.answer != 0, isAnswer)
			team, isBuzzer := tt.action.Buzzer()
			assert.Equal(t, tt.team, team)
			assert.Equal(t, tt.team != 0, isBuzzer)
		})
	}
}

func TestTypingActionsFor(t *testing.T) {
	tests := []struct {
		name string
		keys []ui.Key
		mods ui.Modifiers
		want []ui.Action
	}{
		{"B types, no black screen", press(qwerty, ebiten.KeyB), none, nil},
		{"B with Shift", press(azerty, ebiten.KeyB), shift, nil},
		{". types on QWERTY", press(qwerty, ebiten.KeyPeriod), none, nil},
		{". is Shift+; on AZERTY", press(azerty, ebiten.KeyComma), shift, nil},
		{"Space is a space, not next", press(qwerty, ebiten.KeySpace), none, nil},
		{"buzzer letters", press(azerty, ebiten.KeyQ, ebiten.KeyL, ebiten.KeyV, ebiten.KeyP, ebiten.KeyW, ebiten.KeySemicolon), none, nil},
		{"C, S, F, H", press(qwerty, ebiten.KeyC, ebiten.KeyS, ebiten.KeyF, ebiten.KeyH), none, nil},
		{"digits, AZERTY without Shift", press(azerty, ebiten.KeyDigit1, ebiten.KeyDigit2, ebiten.KeyDigit7), none, nil},
		{"digits with Shift", press(azerty, ebiten.KeyDigit1), shift, nil},
		{"numpad digits and signs", press(qwerty, ebiten.KeyNumpad1, ebiten.KeyNumpadAdd, ebiten.KeyNumpadSubtract), none, nil},
		{"+ - =", press(qwerty, ebiten.KeyEqual, ebiten.KeyMinus), shift, nil},
		{"? on QWERTY", press(qwerty, ebiten.KeySlash), shift, nil},
		{"← → move no caret and leave no field", press(qwerty, ebiten.KeyArrowLeft, ebiten.KeyArrowRight), none, nil},
		{"Page Down from a clicker", press(qwerty, ebiten.KeyPageDown), none, nil},
		{"AltGr types (AltGr+0 is @ on AZERTY)", press(azerty, ebiten.KeyDigit0), alt, nil},

		{"Enter: the next name", press(qwerty, ebiten.KeyEnter), none, []ui.Action{ui.ActionNext}},
		{"numpad Enter", press(qwerty, ebiten.KeyNumpadEnter), none, []ui.Action{ui.ActionNext}},
		{"Tab: the next name", press(qwerty, ebiten.KeyTab), none, []ui.Action{ui.ActionFocusNext}},
		{"Backspace erases", press(qwerty, ebiten.KeyBackspace), none, []ui.Action{ui.ActionUndo}},
		{"Backspace with Shift", press(qwerty, ebiten.KeyBackspace), shift, []ui.Action{ui.ActionUndo}},
		{"↑ ↓", press(qwerty, ebiten.KeyArrowUp, ebiten.KeyArrowDown), none, []ui.Action{ui.ActionUp, ui.ActionDown}},
		{"Esc and F5 leave the field", press(qwerty, ebiten.KeyEscape, ebiten.KeyF5), none, []ui.Action{ui.ActionPause}},
		{"F1", press(qwerty, ebiten.KeyF1), none, []ui.Action{ui.ActionHelp}},
		{"F11", press(qwerty, ebiten.KeyF11), none, []ui.Action{ui.ActionFullscreen}},
		{"Ctrl+Z, by label", press(azerty, ebiten.KeyW), ctrl, []ui.Action{ui.ActionUndo}},
		{"Cmd+Z", press(qwerty, ebiten.KeyZ), cmd, []ui.Action{ui.ActionUndo}},
		{"Ctrl+B is no black screen either", press(qwerty, ebiten.KeyB), ctrl, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ui.TypingActionsFor(tt.keys, tt.mods))
		})
	}
}

// TestEveryKeyThatTypesTypes presses, as in a text field, every key of the
// keyboard that prints a character, alone and with Shift, on every layout:
// none asks for an action, whatever it does outside a field.
func TestEveryKeyThatTypesTypes(t *testing.T) {
	typesNothing := map[ebiten.Key]bool{
		ebiten.KeyEnter: true, ebiten.KeyNumpadEnter: true, ebiten.KeyTab: true, ebiten.KeyBackspace: true,
		ebiten.KeyEscape: true, ebiten.KeyArrowUp: true, ebiten.KeyArrowDown: true,
	}
	for name, l := range map[string]layout{"qwerty": qwerty, "azerty": azerty, "dvorak": dvorak, "unknown": unknown} {
		t.Run(name, func(t *testing.T) {
			acting := 0
			for p := ebiten.Key(0); p <= ebiten.KeyMax; p++ {
				s := p.String()
				prints := l[p] != "" || len(s) == 1 || strings.HasPrefix(s, "Digit") || strings.HasPrefix(s, "Numpad") ||
					p == ebiten.KeySpace || p == ebiten.KeyMinus || p == ebiten.KeyEqual || p == ebiten.KeyPeriod ||
					p == ebiten.KeyComma || p == ebiten.KeySlash || p == ebiten.KeySemicolon || p == ebiten.KeyQuote
				if !prints || typesNothing[p] {
					continue
				}
				for _, mods := range []ui.Modifiers{none, shift} {
					if len(ui.ActionsFor(press(l, p), mods)) > 0 {
						acting++ // a shortcut outside a field
					}
					assert.Emptyf(t, ui.TypingActionsFor(press(l, p), mods), "%v (%q) acts in a field", p, l[p])
				}
			}
			assert.Positive(t, acting, "the keys tried include shortcuts")
		})
	}
}

// TestKeyNameGivesLabels checks, on the display the tests run on, what
// ActionsFor assumes of ebiten.KeyName: a letter key's label is one lower-case
// character or nothing, whatever the layout.
func TestKeyNameGivesLabels(t *testing.T) {
	for p := ebiten.KeyA; p <= ebiten.KeyZ; p++ {
		name := ebiten.KeyName(p)
		if name == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(name)
		assert.Equalf(t, 1, utf8.RuneCountInString(name), "KeyName(%v) = %q", p, name)
		assert.Falsef(t, unicode.IsUpper(r), "KeyName(%v) = %q", p, name)
	}
}

// TestKeymapWithoutKeys reads the real keyboard: in a test nobody types, so a
// frame brings no action and leaves the caller's slice alone.
func TestKeymapWithoutKeys(t *testing.T) {
	var k ui.Keymap
	before := []ui.Action{ui.ActionNext}
	assert.Equal(t, before, k.AppendActions(before, nil, time.Now()))
	assert.Empty(t, k.AppendActions(nil, []rune("a"), time.Now()))
}

// TestCountPresses checks that the characters typed in a frame tell how many
// times a key seen pressed in it was pressed: Ebitengine reads the keyboard
// once a frame, and a frame lasts a tenth of a second on a loaded laptop.
func TestCountPresses(t *testing.T) {
	minus := ui.Key{Position: ebiten.KeyMinus, Label: "-"}
	numpadMinus := ui.Key{Position: ebiten.KeyNumpadSubtract, Label: "-"}
	tests := []struct {
		name          string
		pressed, held []ui.Key
		chars         string
		want          []ui.Key
	}{
		{"nothing typed", press(qwerty, ebiten.KeyEqual), nil, "", press(qwerty, ebiten.KeyEqual)},
		{"typed once", press(qwerty, ebiten.KeyEqual), nil, "=", press(qwerty, ebiten.KeyEqual)},
		{"+ pressed twice", press(qwerty, ebiten.KeyTab, ebiten.KeyEqual), nil, "==", press(qwerty, ebiten.KeyTab, ebiten.KeyEqual, ebiten.KeyEqual)},
		{"AZERTY 1 three times", press(azerty, ebiten.KeyDigit1), nil, "&&&", press(azerty, ebiten.KeyDigit1, ebiten.KeyDigit1, ebiten.KeyDigit1)},
		{"Space twice", press(qwerty, ebiten.KeySpace, ebiten.KeyA), nil, "a  ", press(qwerty, ebiten.KeySpace, ebiten.KeySpace, ebiten.KeyA)},
		{"a capital letter", press(qwerty, ebiten.KeyA), nil, "Aa", press(qwerty, ebiten.KeyA, ebiten.KeyA)},
		{"no label: the US one", press(unknown, ebiten.KeyM), nil, "mm", press(unknown, ebiten.KeyM, ebiten.KeyM)},
		{"two keys typing -: the extra press to the first", []ui.Key{minus, numpadMinus}, nil, "---", []ui.Key{minus, minus, numpadMinus}},
		{"a key without character counts once", press(qwerty, ebiten.KeyTab, ebiten.KeyEnter), nil, "ab", press(qwerty, ebiten.KeyTab, ebiten.KeyEnter)},
		{"Shift+= types +, not =", press(qwerty, ebiten.KeyEqual), nil, "++", press(qwerty, ebiten.KeyEqual)},

		{"pressed again before the frame: seen held", nil, press(qwerty, ebiten.KeyEqual), "=", press(qwerty, ebiten.KeyEqual)},
		{"held, nothing typed", nil, press(qwerty, ebiten.KeyEqual), "", nil},
		{"held and another key", press(qwerty, ebiten.KeyTab), press(qwerty, ebiten.KeyEqual), "==", press(qwerty, ebiten.KeyTab, ebiten.KeyEqual, ebiten.KeyEqual)},
		{"held and pressed typing the same", []ui.Key{numpadMinus}, []ui.Key{minus}, "--", []ui.Key{numpadMinus, numpadMinus}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ui.CountPresses(tt.pressed, tt.held, []rune(tt.chars)))
		})
	}
}

func ExampleActionsFor() {
	// On a French AZERTY keyboard the key labelled A is where QWERTY has Q,
	// and the top-row 1 prints "&" without Shift.
	pressed := []ui.Key{
		{Position: ebiten.KeyQ, Label: "a"},
		{Position: ebiten.KeyDigit1, Label: "&"},
	}
	fmt.Println(ui.ActionsFor(pressed, ui.Modifiers{}))
	// Output: [Buzz1 Answer1]
}
