package ui

import (
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Key is one key pressed in a frame, as the keymap needs to know it: where it
// is on the keyboard and what the current layout prints on it.
type Key struct {
	// Position is the physical key, named after the US QWERTY key in that
	// place: on an AZERTY keyboard the key labelled A is at ebiten.KeyQ.
	Position ebiten.Key
	// Label is what the current layout gives for the key without Shift, as
	// ebiten.KeyName reports it ("a", "&", ";"), or "" when unknown, in which
	// case the keymap assumes the US QWERTY label of Position.
	Label string
}

// Modifiers tells which modifier keys were held when keys were pressed.
type Modifiers struct {
	// Shift is either Shift key.
	Shift bool
	// Control is either Ctrl key.
	Control bool
	// Alt is either Alt key, AltGr included.
	Alt bool
	// Meta is the Cmd key on a Mac, the Windows or Super key elsewhere.
	Meta bool
}

// byPosition holds the keys that act by where they are, whatever their label:
// named keys, and the digit row, whose AZERTY labels are & é " ' ( - with the
// digits on Shift; a number key must answer without Shift.
var byPosition = map[ebiten.Key]Action{
	ebiten.KeySpace:       ActionNext,
	ebiten.KeyEnter:       ActionNext,
	ebiten.KeyNumpadEnter: ActionNext,
	ebiten.KeyArrowRight:  ActionNext,
	ebiten.KeyPageDown:    ActionNext,

	ebiten.KeyArrowLeft: ActionBack,
	ebiten.KeyPageUp:    ActionBack,

	ebiten.KeyArrowUp:   ActionUp,
	ebiten.KeyArrowDown: ActionDown,

	ebiten.KeyDigit1:  ActionAnswer1,
	ebiten.KeyDigit2:  ActionAnswer2,
	ebiten.KeyDigit3:  ActionAnswer3,
	ebiten.KeyDigit4:  ActionAnswer4,
	ebiten.KeyDigit5:  ActionAnswer5,
	ebiten.KeyDigit6:  ActionAnswer6,
	ebiten.KeyNumpad1: ActionAnswer1,
	ebiten.KeyNumpad2: ActionAnswer2,
	ebiten.KeyNumpad3: ActionAnswer3,
	ebiten.KeyNumpad4: ActionAnswer4,
	ebiten.KeyNumpad5: ActionAnswer5,
	ebiten.KeyNumpad6: ActionAnswer6,

	ebiten.KeyNumpadAdd:      ActionPointPlus,
	ebiten.KeyNumpadSubtract: ActionPointMinus,
	ebiten.KeyTab:            ActionFocusNext,
	ebiten.KeyBackspace:      ActionUndo,
	ebiten.KeyF11:            ActionFullscreen,
	ebiten.KeyF1:             ActionHelp,
	ebiten.KeyEscape:         ActionPause,
	ebiten.KeyF5:             ActionPause,
}

// byLabel holds the keys that act by the label printed on them, so that the
// buzzer of team 1 is the key marked A on AZERTY as on QWERTY. Labels are
// lower case. "=" carries "+" on Shift on both layouts; nobody should need
// Shift to give a point.
var byLabel = map[string]Action{
	"a": ActionBuzz1,
	"l": ActionBuzz2,
	"v": ActionBuzz3,
	"p": ActionBuzz4,
	"z": ActionBuzz5,
	"m": ActionBuzz6,

	"c": ActionNextClue,
	"+": ActionPointPlus,
	"=": ActionPointPlus,
	"-": ActionPointMinus,
	"s": ActionScores,
	"f": ActionFullscreen,
	"h": ActionHelp,
}

// byShiftedLabel holds the labels that act only with Shift: "?" is Shift+/ on
// QWERTY and Shift+, on AZERTY (on QWERTY, Shift+, is "<" and opens the help
// too, which is harmless).
var byShiftedLabel = map[string]Action{
	"/": ActionHelp,
	",": ActionHelp,
}

// byCommandLabel holds the shortcuts with Ctrl (Cmd on a Mac). With Ctrl, Alt
// or Cmd held no other key acts, so that Alt+Tab or Ctrl+S do nothing.
var byCommandLabel = map[string]Action{
	"z": ActionUndo,
}

// byClickerPosition holds the keys a presenter clicker sends besides Esc and
// F5: B and "." (the US key, whatever the computer's layout), its "blank
// screen" button. They are looked at last, so that on a layout where that
// place carries a letter that acts (Dvorak prints V where QWERTY has "."),
// the letter wins.
var byClickerPosition = map[ebiten.Key]Action{
	ebiten.KeyB:      ActionBlank,
	ebiten.KeyPeriod: ActionBlank,
}

// whileTyping holds the only keys that act while a text field has the
// focus, without Ctrl or Cmd: those that type no character. Every other key
// types (the B of « Zèbres », the digits, "." and "+"), and Space is a
// space, not "next". ← and → would move a caret: the fields have none, and
// they do nothing rather than leave the field.
var whileTyping = map[ebiten.Key]Action{
	ebiten.KeyEnter:       ActionNext,
	ebiten.KeyNumpadEnter: ActionNext,
	ebiten.KeyTab:         ActionFocusNext,
	ebiten.KeyArrowUp:     ActionUp,
	ebiten.KeyArrowDown:   ActionDown,
	ebiten.KeyBackspace:   ActionUndo,
	ebiten.KeyEscape:      ActionPause,
	ebiten.KeyF5:          ActionPause,
	ebiten.KeyF1:          ActionHelp,
	ebiten.KeyF11:         ActionFullscreen,
}

// usLabels gives the US QWERTY label of the keys a layout may relabel, for
// when the layout's label is unknown.
var usLabels = func() map[ebiten.Key]string {
	m := map[ebiten.Key]string{
		ebiten.KeyMinus:        "-",
		ebiten.KeyEqual:        "=",
		ebiten.KeyBracketLeft:  "[",
		ebiten.KeyBracketRight: "]",
		ebiten.KeyBackslash:    `\`,
		ebiten.KeySemicolon:    ";",
		ebiten.KeyQuote:        "'",
		ebiten.KeyBackquote:    "`",
		ebiten.KeyComma:        ",",
		ebiten.KeyPeriod:       ".",
		ebiten.KeySlash:        "/",
	}
	for k := ebiten.Key(0); k <= ebiten.KeyMax; k++ {
		if s := k.String(); len(s) == 1 && 'A' <= s[0] && s[0] <= 'Z' {
			m[k] = strings.ToLower(s)
		}
	}
	return m
}()

// ActionsFor returns the actions asked for by the keys pressed in one frame
// while mods were held, in the order of pressed, each action at most once (a
// clicker's start button sends Esc and F5 together, and must pause only once).
// It returns nil when no key acts. It is pure: the label of each key comes in
// with it, so it works without a display, for any keyboard layout.
func ActionsFor(pressed []Key, mods Modifiers) []Action {
	return appendActions(nil, pressed, mods, false)
}

// TypingActionsFor is ActionsFor while a text field has the focus: a key
// that types a character asks for nothing (the scene gets the character),
// so that no letter, digit or sign of a name acts as a shortcut. Enter,
// Tab, ↑ ↓, Backspace, Esc, F5, F1 and F11 still act, and so do the
// shortcuts with Ctrl or Cmd.
func TypingActionsFor(pressed []Key, mods Modifiers) []Action {
	return appendActions(nil, pressed, mods, true)
}

func appendActions(actions []Action, pressed []Key, mods Modifiers, typing bool) []Action {
	start := len(actions)
	for _, key := range pressed {
		var a Action
		if typing {
			a = typingActionFor(key, mods)
		} else {
			a = actionFor(key, mods)
		}
		if a != 0 && !slices.Contains(actions[start:], a) {
			actions = append(actions, a)
		}
	}
	return actions
}

// typingActionFor returns the action of one key while a text field has the
// focus, or 0: with a modifier, the key's shortcut as anywhere else.
func typingActionFor(key Key, mods Modifiers) Action {
	if mods.Control || mods.Meta || mods.Alt {
		return actionFor(key, mods)
	}
	return whileTyping[key.Position]
}

// actionFor returns the action of one key, or 0.
func actionFor(key Key, mods Modifiers) Action {
	label := strings.ToLower(key.Label)
	if label == "" {
		label = usLabels[key.Position]
	}
	if mods.Control || mods.Meta || mods.Alt {
		if mods.Alt {
			return 0
		}
		return byCommandLabel[label]
	}
	if a := byPosition[key.Position]; a != 0 {
		return a
	}
	if mods.Shift {
		if a := byShiftedLabel[label]; a != 0 {
			return a
		}
	}
	if a := byLabel[label]; a != 0 {
		return a
	}
	return byClickerPosition[key.Position]
}

// Keymap reads the keyboard through Ebitengine and turns the keys pressed
// since the previous frame into actions with ActionsFor, or TypingActionsFor
// while Typing is set. The zero Keymap is ready to use; it keeps its
// buffers, so a frame without a key press costs no allocation.
type Keymap struct {
	// Typing is set while a text field has the focus: the App sets it from
	// the scene on show before each frame's keys are read.
	Typing    bool
	positions []ebiten.Key
	keys      []Key
}

// AppendActions appends to actions the actions of the keys pressed since the
// previous frame and returns the extended slice. Call it once a frame, from
// the game's Update, the only place where Ebitengine's input state is valid.
func (k *Keymap) AppendActions(actions []Action) []Action {
	k.positions = inpututil.AppendJustPressedKeys(k.positions[:0])
	if len(k.positions) == 0 {
		return actions
	}
	k.keys = k.keys[:0]
	for _, p := range k.positions {
		k.keys = append(k.keys, Key{Position: p, Label: ebiten.KeyName(p)})
	}
	mods := Modifiers{
		Shift:   ebiten.IsKeyPressed(ebiten.KeyShift),
		Control: ebiten.IsKeyPressed(ebiten.KeyControl),
		Alt:     ebiten.IsKeyPressed(ebiten.KeyAlt),
		Meta:    ebiten.IsKeyPressed(ebiten.KeyMeta),
	}
	return appendActions(actions, k.keys, mods, k.Typing)
}
