package ui

import (
	"image/color"
	"math"
	"net/url"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	qr "github.com/piglig/go-qr"

	"declic/ui/draw"
)

// roomOverlay is the room on the projector: a big QR code of the players'
// address, the address and the room's code in letters for who types them,
// each team with its phones, the network the room is advertised on, and
// how to hide the overlay (the room stays open: a badge says so) or close
// the room. It reads from the back of a room: the QR code takes the height
// of the screen, and the code is the largest text of the game.
type roomOverlay struct {
	overlay
	d *Deps
	// code is the QR code of url, made again when the address changes
	// (another network).
	code *qr.QrCode
	url  string
	// focus is the button Space and Enter press: 0 hide, 1 close the room.
	focus int
}

func newRoomOverlay(d *Deps, under Scene) *roomOverlay {
	o := &roomOverlay{d: d}
	o.overlay = newOverlay(d.View, under, o)
	o.encode()
	return o
}

// encode makes the QR code of the room's address, if it changed.
func (o *roomOverlay) encode() {
	if o.d.room == nil {
		return
	}
	u := o.d.room.PlayersURL()
	if u == o.url && o.code != nil {
		return
	}
	code, err := qrCode(u)
	if err != nil {
		// An address of a few dozen characters always fits a QR code;
		// without one, the address and the code in letters still do.
		o.d.logError(err)
		code = nil
	}
	o.code, o.url = code, u
}

// modules returns the side of the QR code in modules, quiet zone left out
// (25 for a short address, the size of a version 2 code, when none could
// be made: the layout is the same).
func (o *roomOverlay) modules() int {
	if o.code == nil {
		return 25
	}
	return o.code.Size()
}

// roomLayout is where the parts of the room overlay go. Heights are shared
// out by layoutRoom; scale is how much the texts shrink to fit a short
// screen (1 on a projector at the normal text size).
type roomLayout struct {
	panel draw.Rect
	// qr is the QR code with its quiet zone, a square of whole modules of
	// module pixels each.
	qr                                    draw.Rect
	module                                float64
	title, hint, address, codeLabel, code draw.Rect
	teams                                 []draw.Rect
	people, network, networkButton        draw.Rect
	hide, close                           draw.Rect
	scale                                 float64
}

// The heights of the rows of the room overlay's right column, in units,
// before they shrink to fit the screen.
const (
	roomTitleH   = 84
	roomHintH    = 48
	roomAddressH = 80
	roomCodeH    = 170
	roomTeamH    = 72
	roomPeopleH  = 46
	roomNetworkH = 70
	roomButtonH  = 90
	roomGap      = 18
)

// layoutRoom places the room overlay on a screen of metrics m, for a QR
// code modules wide (quiet zone left out), teams teams and a room
// reachable on networks networks (a button picks another when there are
// several): the QR code on
// the left, as large as the screen's height allows, in whole pixels a
// module so that its edges stay sharp; the words on the right, shrunk
// together when the screen is short.
func layoutRoom(m draw.Metrics, modules, teams, networks int) roomLayout {
	var l roomLayout
	scr := m.Screen()
	l.panel = scr.Inset(math.Min(m.Px(28), scr.H*0.03))
	inner := l.panel.Inset(m.Px(36))
	// The buttons go along the bottom, the QR code's width for the first:
	// the right column is too narrow for their labels at the largest text.
	buttonH := math.Min(m.Px(roomButtonH), inner.H*0.14)
	buttons, top := inner.Bottom(buttonH)
	top.H -= m.Px(roomGap)
	cells := float64(modules + 2*quietZone)
	side := math.Min(top.H, inner.W*0.46)
	l.module = math.Max(1, math.Floor(side/cells))
	side = l.module * cells
	l.qr = draw.Rect{X: math.Round(inner.X), Y: math.Round(top.Y + (top.H-side)/2), W: side, H: side}
	gap := m.Px(40)
	right := draw.Rect{X: l.qr.X + side + gap, Y: top.Y, W: top.X + top.W - (l.qr.X + side + gap), H: top.H}
	l.hide, l.close = buttons.Left(side)
	_, l.close = l.close.Left(gap)

	teamRows := (teams + 1) / 2
	if teams <= 1 {
		teamRows = teams
	}
	units := []float64{roomTitleH, roomHintH, roomAddressH, roomCodeH,
		float64(teamRows)*roomTeamH + float64(max(teamRows-1, 0))*roomGap/2,
		roomPeopleH, roomNetworkH}
	total := float64(len(units)-1) * roomGap
	for _, u := range units {
		total += u
	}
	l.scale = math.Min(1, right.H/m.Px(total))
	k := func(u float64) float64 { return m.Px(u) * l.scale }
	rest := right.Centered(right.W, math.Min(right.H, k(total)))
	next := func(u float64) draw.Rect {
		r, after := rest.Top(k(u))
		_, rest = after.Top(k(roomGap))
		return r
	}
	l.title = next(roomTitleH)
	l.hint = next(roomHintH)
	l.address = next(roomAddressH)
	codeRow := next(roomCodeH)
	l.codeLabel, l.code = codeRow.Left(math.Min(codeRow.W*0.3, k(190)))
	teamArea := next(units[4])
	cols := min(teams, 2)
	if teams > 0 {
		l.teams = teamArea.Grid(teams, cols, k(roomGap/2))
	}
	l.people = next(roomPeopleH)
	l.network = next(roomNetworkH)
	if networks > 1 {
		l.networkButton, l.network = l.network.Right(math.Min(l.network.W*0.5, k(420)))
		l.network.W -= k(roomGap)
	}
	return l
}

func (o *roomOverlay) layout() roomLayout {
	networks := 0
	if o.d.room != nil {
		networks = len(o.d.room.Networks())
	}
	return layoutRoom(o.v.Metrics, o.modules(), o.teams(), networks)
}

// teams returns the number of teams of the live workshop, 0 without one
// (the title screen).
func (o *roomOverlay) teams() int {
	if s := o.d.Host.Session(); s != nil {
		return len(s.Teams)
	}
	return 0
}

// closesOn: the overlay handles its own keys (R, Esc and Space hide it,
// Delete closes the room).
func (o *roomOverlay) closesOn() closeRule { return closeByContent }

func (o *roomOverlay) handle(in *Input) Scene {
	d := o.d
	if d.room == nil {
		return o.close() // closed from the console
	}
	l := o.layout()
	switch {
	case in.Has(ActionRoom), in.Has(ActionPause), in.Has(ActionBack), in.Tapped(l.hide):
		return o.close()
	case in.Has(ActionCloseRoom), in.Tapped(l.close):
		d.closeRoom()
		return o.close()
	case in.Has(ActionNetwork), in.Tapped(l.networkButton):
		if n := len(d.room.Networks()); n > 1 {
			d.room.UseNetwork((d.room.Network() + 1) % n)
			o.encode()
		}
	case in.Has(ActionFocusNext), in.Has(ActionDown), in.Has(ActionUp):
		o.focus = 1 - o.focus
	case in.Has(ActionNext):
		if o.focus == 1 {
			d.closeRoom()
		}
		return o.close()
	}
	o.encode()
	return o
}

func (o *roomOverlay) box() (draw.Rect, boxLook) { return o.layout().panel, boxAccent }

// Draw draws the scene under alone once the room closed from the console:
// the overlay goes at its next update.
func (o *roomOverlay) Draw(dst *ebiten.Image) {
	if o.d.room == nil {
		o.under.Draw(dst)
		return
	}
	o.overlay.Draw(dst)
}

// roomText is one text of the room overlay, where and how it is drawn.
type roomText struct {
	text  string
	style draw.Style
	rect  draw.Rect
}

// roomStyle returns a text style of u units shrunk by the layout's scale,
// shrinking further to half of that before it is cut.
func (o *roomOverlay) roomStyle(l roomLayout, u float64, bold bool, align draw.Align, c color.Color) draw.Style {
	st := o.v.Style(u, bold, align, c)
	st.Size = o.v.Px(u) * l.scale
	st.Min = st.Size * 0.5
	return st
}

// texts returns the overlay's texts but the teams': its title, the
// address and code, the people and the network (the tests check that none
// is cut).
func (o *roomOverlay) texts(l roomLayout) []roomText {
	v, room := o.v, o.d.room
	th := v.Theme
	nets := room.Networks()
	net := v.Tr.T("room_no_network")
	if i := room.Network(); i >= 0 && i < len(nets) {
		net = v.Tr.T("room_network", "Network", nets[i])
		if len(nets) > 1 {
			net = v.Tr.T("room_network_of", "Network", nets[i], "N", i+1, "Total", len(nets))
		}
	}
	return []roomText{
		{v.Tr.T("room_title"), o.roomStyle(l, draw.SizeTitle, true, draw.Start, th.Accent), l.title},
		{v.Tr.T("room_hint"), o.roomStyle(l, draw.SizeSmall, false, draw.Start, th.Muted), l.hint},
		{roomAddress(room.PlayersURL()), o.roomStyle(l, draw.SizeTitle, true, draw.Start, nil), l.address},
		{v.Tr.T("room_code"), o.roomStyle(l, draw.SizeBody, false, draw.Start, th.Muted), l.codeLabel},
		{room.Code(), o.roomStyle(l, roomCodeH*0.82, true, draw.Start, th.Accent), l.code},
		{v.Tr.N("room_people", room.People()), o.roomStyle(l, draw.SizeSmall, false, draw.Start, th.Text), l.people},
		{net, o.roomStyle(l, draw.SizeSmall, false, draw.Start, th.Muted), l.network},
	}
}

func (o *roomOverlay) drawContent(dst *ebiten.Image) {
	d, v := o.d, o.v
	l := o.layout()
	drawQR(dst, o.code, l.qr, l.module)
	for _, t := range o.texts(l) {
		v.Fonts.Text(dst, t.text, t.style, t.rect)
	}
	for i, r := range l.teams {
		o.drawTeam(dst, r, i, l)
	}
	if len(d.room.Networks()) > 1 {
	}
	for _, b := range o.buttons(l) {
		v.DrawButton(dst, b, b.Rect.Contains(v.Pointer))
	}
	v.drawNotice(dst)
}

// buttons returns the overlay's buttons: another network (when there are
// several), hide, close the room.
func (o *roomOverlay) buttons(l roomLayout) []draw.Button {
	v := o.v
	var out []draw.Button
	if len(o.d.room.Networks()) > 1 {
		out = append(out, draw.Button{Label: v.Tr.T("room_other_network"), Key: "N", Rect: l.networkButton})
	}
	return append(out,
		draw.Button{Label: v.Tr.T("room_hide"), Key: v.Tr.T("key_esc"), Rect: l.hide, Primary: true, Focused: o.focus == 0},
		draw.Button{Label: v.Tr.T("room_close"), Key: v.Tr.T("key_delete"), Rect: l.close, Focused: o.focus == 1})
}

// drawTeam draws a team's tile: its colour, symbol and name, and how many
// phones answer for it (dimmed while none does).
func (o *roomOverlay) drawTeam(dst *ebiten.Image, r draw.Rect, team int, l roomLayout) {
	v := o.v
	t := o.d.Host.Session().Teams[team]
	phones := o.d.phonesOf(team)
	draw.FillRoundRect(dst, r, r.H*0.22, v.Theme.Panel)
	band, inner := r.Left(r.H * 0.16)
	draw.FillRoundRect(dst, band, band.W/2, TeamColour(t))
	inner = inner.InsetXY(r.H*0.2, r.H*0.14)
	sym, rest := inner.Left(inner.H)
	drawSymbol(dst, t.Symbol, sym.Centered(inner.H*0.8, inner.H*0.8), TeamColour(t))
	count, name := rest.Right(inner.H * 1.9)
	name.X += inner.H * 0.25
	name.W -= inner.H * 0.25
	fg, c := v.Theme.Text, v.Theme.Accent
	if phones == 0 {
		fg, c = v.Theme.Muted, v.Theme.Muted
	}
	v.Fonts.Text(dst, t.Name, o.roomStyle(l, draw.SizeSmall, true, draw.Start, fg), name)
	glyph, num := count.Left(inner.H * 0.7)
	drawPhone(dst, glyph.Centered(inner.H*0.45, inner.H*0.8), fg)
	v.Fonts.Text(dst, strconv.Itoa(phones), o.roomStyle(l, draw.SizeBody, true, draw.End, c), num)
}

// roomAddress returns the players' address as people type it: without the
// room's code, which the overlay shows on its own, very large.
func roomAddress(players string) string {
	u, err := url.Parse(players)
	if err != nil || u.Host == "" {
		return players
	}
	return u.Scheme + "://" + u.Host
}

// drawQR draws a QR code in r, quiet zone included, module pixels a
// module: dark modules on white whatever the theme (a phone reads a light
// code on a dark screen badly), each row's dark runs as one rectangle.
func drawQR(dst *ebiten.Image, code *qr.QrCode, r draw.Rect, module float64) {
	draw.FillRect(dst, r, color.White)
	if code == nil {
		return
	}
	dark := color.Black
	n := code.Size()
	for y := range n {
		for x := 0; x < n; {
			if !code.Module(x, y) {
				x++
				continue
			}
			start := x
			for x < n && code.Module(x, y) {
				x++
			}
			draw.FillRect(dst, draw.Rect{
				X: r.X + float64(start+quietZone)*module,
				Y: r.Y + float64(y+quietZone)*module,
				W: float64(x-start) * module,
				H: module,
			}, dark)
		}
	}
}

// drawPhone draws a phone's outline in r: a tall rounded body with its
// screen, the glyph of "phones" beside a count.
func drawPhone(dst *ebiten.Image, r draw.Rect, c color.Color) {
	draw.FillRoundRect(dst, r, r.W*0.2, c)
	screen := r.InsetXY(r.W*0.14, r.H*0.13)
	bg := color.RGBA{0, 0, 0, 0xa0}
	draw.FillRect(dst, screen, bg)
}

// drawQRGlyph draws the room's small icon in r: the three corner squares
// of a QR code.
func drawQRGlyph(dst *ebiten.Image, r draw.Rect, c, bg color.Color) {
	s := r.W * 0.42
	for _, p := range []draw.Point{{X: r.X, Y: r.Y}, {X: r.X + r.W - s, Y: r.Y}, {X: r.X, Y: r.Y + r.H - s}} {
		sq := draw.Rect{X: p.X, Y: p.Y, W: s, H: s}
		draw.FillRect(dst, sq, c)
		draw.FillRect(dst, sq.Inset(s*0.18), bg)
		draw.FillRect(dst, sq.Inset(s*0.34), c)
	}
	dot := r.W * 0.16
	draw.FillRect(dst, draw.Rect{X: r.X + r.W - dot*2.2, Y: r.Y + r.H - dot*2.2, W: dot, H: dot}, c)
	draw.FillRect(dst, draw.Rect{X: r.X + r.W - dot, Y: r.Y + r.H - dot, W: dot, H: dot}, c)
}

// roomBadgeWidth returns the width, in units, of the room's button: a
// square icon while the room is closed, wider once open (its code and
// phones).
func roomBadgeWidth(open bool) float64 {
	if open {
		return 240
	}
	return 90
}

// drawRoomBadge draws the room's button in r: closed, the QR glyph; open,
// the glyph, the room's code and how many phones are in, ringed in the
// accent colour so that the room sees it is open. A tap on it, or R, shows
// the room.
func (d *Deps) drawRoomBadge(dst *ebiten.Image, r draw.Rect) {
	v := d.View
	hover := r.Contains(v.Pointer)
	if d.room == nil {
		fg := v.DrawIconButton(dst, r, true, false, hover)
		drawQRGlyph(dst, r.Centered(r.H*0.46, r.H*0.46), fg, v.Theme.Panel)
		return
	}
	bg := v.Theme.Panel
	if hover {
		bg = v.Theme.PanelHover
	}
	draw.FillRoundRect(dst, r, v.Px(20), bg)
	draw.StrokeRoundRect(dst, r, v.Px(20), v.Px(4), v.Theme.Right)
	inner := r.InsetXY(v.Px(16), r.H*0.24)
	glyph, rest := inner.Left(inner.H)
	drawQRGlyph(dst, glyph, v.Theme.Text, bg)
	_, rest = rest.Left(v.Px(12))
	count, code := rest.Right(rest.W * 0.42)
	v.Fonts.Text(dst, d.room.Code(), v.Style(draw.SizeSmall, true, draw.Start, v.Theme.Accent), code)
	phone, num := count.Left(inner.H * 0.6)
	drawPhone(dst, phone.Centered(inner.H*0.42, inner.H*0.9), v.Theme.Text)
	v.Fonts.Text(dst, strconv.Itoa(d.phoneTotal()), v.Style(draw.SizeSmall, true, draw.End, nil), num)
}
