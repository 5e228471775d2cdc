package ui

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/cards"
	"declic/game"
	"declic/ui/draw"
)

// The creation workshop (issue 15) on the projector: while the teams write
// cards on their phones, the screen shows how many each has written and
// how many the facilitator accepted — never a card's text, which would
// spoil the game to come. The room writes the deck of the accepted cards
// (Room.NewDecks: the game adds it to its decks at once) and the console
// asks for it to be played (Room.PlayDeck: a new game of the live workshop
// starts on it).

// workshopLook is what the projector shows of the creation workshop.
type workshopLook struct {
	open              bool
	written, accepted []int
}

func (w workshopLook) equal(o workshopLook) bool {
	return w.open == o.open && slices.Equal(w.written, o.written) && slices.Equal(w.accepted, o.accepted)
}

// pollWorkshop reads the creation workshop once a frame, after pollRoom:
// the decks it wrote join the library, and the one the console asked to
// play is kept for followWorkshop. It reports whether the screen changed.
func (d *Deps) pollWorkshop() bool {
	if d.room == nil {
		changed := d.workshop.open
		d.workshop = workshopLook{}
		return changed
	}
	for _, file := range d.room.NewDecks() {
		deck, problems := cards.LoadFile(file)
		if deck == nil {
			if p, ok := firstError(problems); ok {
				d.View.Notice = p.Text(d.View.Tr.Lang())
			}
			continue
		}
		d.Library.Put(deck)
		d.View.Notice = d.View.Tr.T("creation_new_deck", "Title", deck.Title)
	}
	if file := d.room.PlayDeck(); file != "" {
		d.toPlay = file
	}
	open, written, accepted := d.room.Workshop()
	look := workshopLook{open: open, written: written, accepted: accepted}
	changed := !look.equal(d.workshop)
	if !look.open {
		d.workshopHidden = false
	}
	d.workshop = look
	return changed || d.toPlay != ""
}

// followWorkshop returns the scene to show after the creation workshop's
// news: the deck the console asked to play, started as a new game of the
// live workshop; the workshop's overlay over scene while it runs (unless
// the facilitator hid it); scene as it is otherwise.
func (d *Deps) followWorkshop(scene Scene) Scene {
	if file := d.toPlay; file != "" {
		d.toPlay = ""
		if next := d.playCreated(file); next != nil {
			return next
		}
	}
	o, showing := scene.(*workshopOverlay)
	switch {
	case d.workshop.open && !d.workshopHidden && !showing:
		if _, blank := scene.(*blankScreen); blank {
			return scene
		}
		return newWorkshopOverlay(d, scene)
	case !d.workshop.open && showing:
		return o.close()
	}
	return scene
}

// playCreated starts a game of the deck in file in the live workshop, all
// its cards in the order the teams wrote them, every team answering at
// once (they have their phones), and returns its play scene; nil, with a
// notice, when there is no workshop to play it in.
func (d *Deps) playCreated(file string) Scene {
	var deck *cards.Deck
	for _, x := range d.Library.Decks {
		if x.Path == file {
			deck = x
		}
	}
	s := d.Host.Session()
	if deck == nil || s == nil || len(s.Teams) == 0 {
		d.View.Notice = d.View.Tr.T("creation_no_workshop")
		return nil
	}
	settings := game.Settings{InOrder: true, Seed: d.Now().UnixNano(), Mode: cards.ModeAll}
	if _, err := d.live(s).NewGame(deck, settings); err != nil {
		d.View.Notice = d.View.Tr.T("play_no_cards")
		d.logError(err)
		return nil
	}
	d.View.Notice = "" // the deck is on the screen: no notice over its card
	return newPlayScene(d, s)
}

// workshopOverlay is the creation workshop on the projector: its title,
// what the teams do, and each team's cards written and accepted.
type workshopOverlay struct {
	overlay
	d *Deps
}

func newWorkshopOverlay(d *Deps, under Scene) *workshopOverlay {
	o := &workshopOverlay{d: d}
	o.overlay = newOverlay(d.View, under, o)
	return o
}

func (o *workshopOverlay) closesOn() closeRule { return closeByContent }

// handle hides the overlay on Esc (the workshop goes on: the console
// still gets the cards); it shows again with the next workshop.
func (o *workshopOverlay) handle(in *Input) Scene {
	if in.Has(ActionPause) || in.Has(ActionBack) {
		o.d.workshopHidden = true
		return o.close()
	}
	return o
}

func (o *workshopOverlay) box() (draw.Rect, boxLook) {
	teams := 0
	if s := o.d.Host.Session(); s != nil {
		teams = len(s.Teams)
	}
	return o.v.panel(1500, 330+float64(max(teams, 1))*130), boxAccent
}

func (o *workshopOverlay) drawContent(dst *ebiten.Image) {
	v := o.v
	p, _ := o.box()
	inner := p.Inset(v.Px(44))
	title, rest := inner.Top(v.Px(90))
	v.Fonts.Text(dst, v.Tr.T("creation_title"), v.Style(draw.SizeTitle, true, draw.Start, v.Theme.Accent), title)
	hint, rest := rest.Top(v.Px(100))
	v.Fonts.Text(dst, v.Tr.T("creation_hint"), v.Style(draw.SizeSmall, false, draw.Start, v.Theme.Text), hint)
	foot, rest := rest.Bottom(v.Px(50))
	v.Fonts.Text(dst, v.Tr.T("creation_hide"), v.Style(draw.SizeTiny, false, draw.End, v.Theme.Muted), foot)
	s := o.d.Host.Session()
	if s == nil || len(s.Teams) == 0 {
		return
	}
	rows := rest.Rows(len(s.Teams), v.Px(14))
	w := o.d.workshop
	for i, r := range rows {
		t := s.Teams[i]
		written, accepted := 0, 0
		if i < len(w.written) {
			written = w.written[i]
		}
		if i < len(w.accepted) {
			accepted = w.accepted[i]
		}
		draw.FillRoundRect(dst, r, r.H*0.22, v.Theme.Panel)
		band, in := r.Left(r.H * 0.14)
		draw.FillRoundRect(dst, band, band.W/2, TeamColour(t))
		in = in.InsetXY(r.H*0.2, r.H*0.12)
		sym, in := in.Left(in.H)
		drawSymbol(dst, t.Symbol, sym.Centered(in.H*0.75, in.H*0.75), TeamColour(t))
		count, name := in.Right(in.W * 0.55)
		name.X += in.H * 0.3
		name.W -= in.H * 0.3
		v.Fonts.Text(dst, t.Name, v.Style(draw.SizeBody, true, draw.Start, v.Theme.Text), name)
		v.Fonts.Text(dst, v.Tr.N("creation_written", written)+" · "+v.Tr.N("creation_accepted", accepted),
			v.Style(draw.SizeBody, accepted > 0, draw.End, v.Theme.Accent), count)
	}
}
