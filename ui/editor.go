package ui

import (
	"declic/cards"
)

// Editor is the deck editor in the browser (declic edit), opened from the
// decks screen; nil where there is none (the browser build). The command
// line makes it with package editor, so that ui imports no web server.
type Editor interface {
	// Open serves the editor if it is not served yet and opens its page in
	// the default browser. It returns the page's address, and whether a
	// browser was started: when none was, the screen shows the address.
	Open() (page string, opened bool, err error)
	// Saved gives the files of the decks the editor saved, nil until it is
	// opened.
	Saved() <-chan string
	// SetWake sets what wakes the game loop once a deck is saved.
	SetWake(func())
}

// canEdit reports the Edit decks button: where an editor can be opened and
// decks kept.
func (sc *deckScene) canEdit() bool { return sc.d.Editor != nil && sc.d.Shelf != nil }

// openEditor opens the deck editor in the browser and says so, with its
// address when no browser could be started.
func (sc *deckScene) openEditor() {
	tr := sc.d.View.Tr
	page, opened, err := sc.d.Editor.Open()
	switch {
	case err != nil:
		sc.d.logError(err)
		sc.d.View.Notice = tr.T("edit_open_failed")
	case opened:
		// Beside the screen too: a browser started may still not show.
		logLine(sc.d.Log, "%s", tr.T("edit_open_here", "URL", page))
		sc.d.View.Notice = tr.T("edit_opened")
	default:
		sc.d.View.Notice = tr.T("edit_open_here", "URL", page)
	}
}

// pollEditor adds the decks the editor saved to the library, each at once,
// and says so; it reports whether anything changed on screen.
func (d *Deps) pollEditor(notice *string) bool {
	if d.Editor == nil {
		return false
	}
	saved := d.Editor.Saved()
	changed := false
	for {
		select {
		case file := <-saved:
			deck, problems := cards.LoadFile(file)
			if deck == nil {
				if p, ok := firstError(problems); ok {
					*notice = d.View.Tr.N("add_invalid", problems.Errors(), "Problem", p.Text(d.View.Tr.Lang()))
				}
			} else {
				d.Library.Put(deck)
				*notice = d.View.Tr.T("edit_saved", "Title", deck.Title)
			}
			changed = true
		default:
			return changed
		}
	}
}
