package ui

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
// named keys, and the digit row, whose AZERTY labels are & é " ' ( - è _ ç
// with the digits on Shift; a number key must answer without Shift.
var byPosition = map[ebiten.Key]Action{
	ebiten.KeySpace:       ActionSelect,
	ebiten.KeyEnter:       ActionConfirm,
	ebiten.KeyNumpadEnter: ActionConfirm,
	ebiten.KeyArrowRight:  ActionRight,
	ebiten.KeyPageDown:    ActionNext,

	ebiten.KeyArrowLeft: ActionLeft,
	ebiten.KeyPageUp:    ActionBack,

	ebiten.KeyArrowUp:   ActionUp,
	ebiten.KeyArrowDown: ActionDown,

	ebiten.KeyDigit1:  ActionAnswer1,
	ebiten.KeyDigit2:  ActionAnswer2,
	ebiten.KeyDigit3:  ActionAnswer3,
	ebiten.KeyDigit4:  ActionAnswer4,
	ebiten.KeyDigit5:  ActionAnswer5,
	ebiten.KeyDigit6:  ActionAnswer6,
	ebiten.KeyDigit7:  ActionDigit7,
	ebiten.KeyDigit8:  ActionDigit8,
	ebiten.KeyDigit9:  ActionDigit9,
	ebiten.KeyNumpad1: ActionAnswer1,
	ebiten.KeyNumpad2: ActionAnswer2,
	ebiten.KeyNumpad3: ActionAnswer3,
	ebiten.KeyNumpad4: ActionAnswer4,
	ebiten.KeyNumpad5: ActionAnswer5,
	ebiten.KeyNumpad6: ActionAnswer6,
	ebiten.KeyNumpad7: ActionDigit7,
	ebiten.KeyNumpad8: ActionDigit8,
	ebiten.KeyNumpad9: ActionDigit9,

	ebiten.KeyNumpadAdd:      ActionPointPlus,
	ebiten.KeyNumpadSubtract: ActionPointMinus,
	ebiten.KeyTab:            ActionFocusNext,
	ebiten.KeyBackspace:      ActionUndo,
	ebiten.KeyF11:            ActionFullscreen,
	ebiten.KeyF1:             ActionHelp,
	ebiten.KeyEscape:         ActionPause,
	ebiten.KeyF5:             ActionPause,
	ebiten.KeyDelete:         ActionCloseRoom,
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
	"r": ActionRoom,
	"t": ActionTimer,
	"n": ActionNetwork,
}

// BuzzerKey returns the label of the buzzer key of team (0-based), upper
// case as printed on the key ("A" for the first team), or "" when the team
// has none.
func BuzzerKey(team int) string {
	for label, a := range byLabel {
		if t, ok := a.Buzzer(); ok && t == team+1 {
			return strings.ToUpper(label)
		}
	}
	return ""
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
// while mods were held, one for each key in the order of pressed: a key
// listed twice (pressed twice within the frame) acts twice, and two keys of
// one action act twice (Space then Enter is two "next"), except that keys
// that pause pause once: a clicker's start button sends Esc and F5 together,
// and must pause only once. It returns nil when no key acts. It is pure: the
// label of each key comes in with it, so it works without a display, for any
// keyboard layout.
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
	paused := false
	for _, key := range pressed {
		var a Action
		if typing {
			a = typingActionFor(key, mods)
		} else {
			a = actionFor(key, mods)
		}
		if a == 0 || a == ActionPause && paused {
			continue
		}
		paused = paused || a == ActionPause
		actions = append(actions, a)
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
//
// Ebitengine reads the keyboard's state once a frame; GLFW's sticky keys
// (on while frames run, see App.pace) keep a press released before the
// frame, so every key pressed since the previous frame is seen, but once,
// and a key pressed again before the next frame looks held. The characters
// typed in the frame, which come from events, tell how many times a
// printable key was pressed: a frame can last a tenth of a second on a
// loaded computer, and "+ +" pressed within one must give two points.
type Keymap struct {
	// Typing is set while a text field has the focus: the App sets it from
	// the scene on show before each frame's keys are read.
	Typing    bool
	positions []ebiten.Key
	keys      []Key
	held      []Key
	// seen is when each key was last seen going down, last the previous
	// frame.
	seen [ebiten.KeyMax + 1]time.Time
	last time.Time
}

// repeatAfter is how long a key must be held before the system repeats
// it: the characters of a key held for less are new presses. It is the
// default delay of Windows and macOS (X11's is 660 ms). A key that went
// down in the previous frame is taken as pressed again whatever the time,
// as a frame on a loaded laptop can last half a second: who holds a key
// through such a frame may get a repeat as a press.
const repeatAfter = 500 * time.Millisecond

// AppendActions appends to actions the actions of the keys pressed since the
// previous frame and returns the extended slice; chars are the characters
// typed in the same frame (ebiten.AppendInputChars), now the frame's time.
// Call it once a frame, from the game's Update, the only place where
// Ebitengine's input state is valid.
func (k *Keymap) AppendActions(actions []Action, chars []rune, now time.Time) []Action {
	k.positions = inpututil.AppendJustPressedKeys(k.positions[:0])
	k.keys = k.keys[:0]
	for _, p := range k.positions {
		k.seen[p] = now
		k.keys = append(k.keys, Key{Position: p, Label: ebiten.KeyName(p)})
	}
	k.held = k.held[:0]
	if len(chars) > 0 {
		k.positions = inpututil.AppendPressedKeys(k.positions[:0])
		for _, p := range k.positions {
			if !inpututil.IsKeyJustPressed(p) && (k.seen[p] == k.last || now.Sub(k.seen[p]) < repeatAfter) {
				k.held = append(k.held, Key{Position: p, Label: ebiten.KeyName(p)})
			}
		}
	}
	k.last = now
	k.keys = CountPresses(k.keys, k.held, chars)
	if len(k.keys) == 0 {
		return actions
	}
	mods := Modifiers{
		Shift:   ebiten.IsKeyPressed(ebiten.KeyShift),
		Control: ebiten.IsKeyPressed(ebiten.KeyControl),
		Alt:     ebiten.IsKeyPressed(ebiten.KeyAlt),
		Meta:    ebiten.IsKeyPressed(ebiten.KeyMeta),
	}
	return appendActions(actions, k.keys, mods, k.Typing)
}

// CountPresses returns the keys pressed in a frame, each listed as many
// times as it was pressed, as chars, the characters typed in that frame,
// tell. pressed are the keys seen going down, held those seen down in the
// frame before too, for less time than a system takes to repeat a key:
// "+" pressed twice between two frames is seen pressed once and types
// "++"; "+" pressed again just before the next frame is seen held, and its
// "+" is a new press. Only keys that type their label (letters, digits,
// signs, Space, without Shift) can be counted so; any other key counts once,
// if pressed. When two keys type the same character (the - of the main
// keyboard and the keypad's), the presses more than one each go to the
// first.
func CountPresses(pressed, held []Key, chars []rune) []Key {
	if len(chars) == 0 || len(chars) == 1 && len(held) == 0 {
		return pressed
	}
	types := func(key Key, r rune) bool {
		t, ok := typed(key)
		return ok && t == r
	}
	count := func(r rune) (n int) {
		for _, c := range chars {
			if unicode.ToLower(c) == r {
				n++
			}
		}
		return n
	}
	out := make([]Key, 0, len(pressed)+len(chars))
	for i, key := range pressed {
		out = append(out, key)
		r, ok := typed(key)
		if !ok || slices.ContainsFunc(pressed[:i], func(o Key) bool { return types(o, r) }) {
			continue
		}
		n := count(r)
		for _, o := range pressed {
			if types(o, r) {
				n--
			}
		}
		for ; n > 0; n-- {
			out = append(out, key)
		}
	}
	for i, key := range held {
		r, ok := typed(key)
		if !ok || slices.ContainsFunc(pressed, func(o Key) bool { return types(o, r) }) ||
			slices.ContainsFunc(held[:i], func(o Key) bool { return types(o, r) }) {
			continue
		}
		for range count(r) {
			out = append(out, key)
		}
	}
	return out
}

// typed returns the character key types without Shift, lower case, and
// whether it types one.
func typed(key Key) (rune, bool) {
	label := strings.ToLower(key.Label)
	if label == "" {
		label = usLabels[key.Position]
	}
	if key.Position == ebiten.KeySpace {
		label = " "
	}
	r, size := utf8.DecodeRuneInString(label)
	return r, size > 0 && size == len(label)
}
