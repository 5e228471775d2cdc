package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"declic/ui/draw"
)

// helpOverlay lists every key over the scene; any key or tap closes it.
type helpOverlay struct {
	overlay
}

func newHelpOverlay(v *View, under Scene) *helpOverlay {
	h := &helpOverlay{}
	h.overlay = newOverlay(v, under, h)
	return h
}

// helpKeys pairs the keys of DESIGN.md's table with what they do.
var helpKeys = [][2]string{
	{"help_key_next", "help_next"},
	{"help_key_back", "help_back"},
	{"help_key_answers", "help_answers"},
	{"help_key_sure", "help_sure"},
	{"help_key_buzzers", "help_buzzers"},
	{"help_key_clue", "help_clue"},
	{"help_key_points", "help_points"},
	{"help_key_focus", "help_focus"},
	{"help_key_undo", "help_undo"},
	{"help_key_scores", "help_scores"},
	{"help_key_fullscreen", "help_fullscreen"},
	{"help_key_help", "help_help"},
	{"help_key_pause", "help_pause"},
	{"help_key_blank", "help_blank"},
	{"help_key_zoom", "help_zoom"},
	{"help_key_room", "help_room"},
	{"help_key_timer", "help_timer"},
}

func (h *helpOverlay) closesOn() closeRule { return closeOnAnyKey }

// handle has nothing to do: the help has no keys of its own.
func (h *helpOverlay) handle(*Input) Scene { return h }

func (h *helpOverlay) box() (draw.Rect, boxLook) { return h.v.panel(1500, 960), boxAccent }

func (h *helpOverlay) drawContent(dst *ebiten.Image) {
	v := h.v
	p, _ := h.box()
	inner := p.Inset(v.Px(40))
	title, rest := inner.Top(v.Px(90))
	v.Fonts.Text(dst, v.Tr.T("help_title"), v.Style(draw.SizeTitle, true, draw.Start, v.Theme.Accent), title)
	foot, rest := rest.Bottom(v.Px(60))
	v.Fonts.Text(dst, v.Tr.T("help_close"), v.Style(draw.SizeSmall, false, draw.Center, v.Theme.Muted), foot)
	rows := rest.Rows(len(helpKeys), v.Px(6))
	size := h.textSize(rows[0])
	for i, row := range rows {
		keys, what := row.Left(row.W * 0.36)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][0]), draw.Style{Size: size, Min: size, Bold: true, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Accent}, keys)
		v.Fonts.Text(dst, v.Tr.T(helpKeys[i][1]), draw.Style{Size: size, Min: size, Align: draw.Start, VAlign: draw.Center, Colour: v.Theme.Text}, what)
	}
}

// textSize returns the one text size of every row of the help, each row
// row high: the largest, up to SizeSmall, at which every row fits on one
// line. Rows shrunk each on its own would look like a mistake.
func (h *helpOverlay) textSize(row draw.Rect) float64 {
	v := h.v
	keysW, whatW := row.W*0.36, row.W*0.64
	size := math.Min(v.Px(draw.SizeSmall), row.H/1.2)
	for ; size > v.Px(draw.SizeTiny)*0.5; size *= 0.94 {
		fits := true
		for _, k := range helpKeys {
			kw, _ := v.Fonts.Measure(v.Tr.T(k[0]), draw.Style{Size: size, Min: size, Bold: true}, math.Inf(1), math.Inf(1))
			ww, _ := v.Fonts.Measure(v.Tr.T(k[1]), draw.Style{Size: size, Min: size}, math.Inf(1), math.Inf(1))
			if kw > keysW-v.Px(16) || ww > whatW {
				fits = false
				break
			}
		}
		if fits {
			break
		}
	}
	return size
}
