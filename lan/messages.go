package lan

import (
	"encoding/json"

	"declic/game"
)

// in is any message a phone or the console sends: one JSON object whose
// "t" names it, with the fields of every kind (each reads its own).
type in struct {
	T      string `json:"t"`
	Token  string `json:"token"`
	Team   *int   `json:"team"`
	Person bool   `json:"person"`
	Rev    int    `json:"rev"`
	ID     int    `json:"id"`
	Kind   string `json:"kind"`
	Choice int    `json:"choice"`
	// Choices are several choices, or an order's positions as shown.
	Choices []int `json:"choices"`
	// Sure is how sure the team says it is of its verdict (game.Move.Sure),
	// 0 when not said.
	Sure   int    `json:"sure"`
	Step   *int   `json:"step"`
	Text   string `json:"text"`
	Act    string `json:"act"`
	Points int    `json:"points"`
	Right  *bool  `json:"right"`
	Seat   string `json:"seat"`
	// Card is a card of the creation workshop, as the console edits it.
	Card *draft `json:"card"`
}

// teamInfo is a team as a phone shows its button.
type teamInfo struct {
	Name   string `json:"name"`
	Colour string `json:"colour"`
	Symbol string `json:"symbol"`
}

// roomMsg is the first answer to a phone without a seat: the teams to join.
type roomMsg struct {
	T      string     `json:"t"`
	Lang   string     `json:"lang"`
	Code   string     `json:"code"`
	Teams  []teamInfo `json:"teams"`
	People bool       `json:"people"`
}

// seatMsg gives a phone its seat: the token it keeps, and its id, which
// the views' Pending.By names.
type seatMsg struct {
	T      string `json:"t"`
	Token  string `json:"token"`
	ID     string `json:"id"`
	Team   int    `json:"team"`
	Person bool   `json:"person"`
	// Teams are the teams as the buttons showed them: a phone that comes
	// back to its seat by itself never saw the room message, and still
	// draws its team in its colour and symbol.
	Teams []teamInfo `json:"teams"`
	// Lang is the room's language, which the page speaks whatever the
	// phone's own.
	Lang string `json:"lang"`
}

// viewMsg is a PhoneView as a message.
type viewMsg struct {
	T string `json:"t"`
	PhoneView
}

// refusedMsg says why a phone's message changed nothing.
type refusedMsg struct {
	T   string `json:"t"`
	ID  int    `json:"id,omitempty"`
	Why string `json:"why"`
}

// The whys of a refusal.
const (
	whyStale   = "stale"         // made for a card or phase no longer in play
	whyClosed  = "closed"        // the card takes no answer now
	whyLocked  = "locked"        // another phone of the team changed the answer less than 2 s ago
	whyTurn    = "not-your-turn" // another team's turn, or the team is locked out
	whyAlready = "already"       // answered, or asked, already
	whyInvalid = "invalid"       // not a move of this card, or no seat for it
	whyLimit   = "limit"         // too many messages
)

// symbols are game.Symbol as a phone draws them.
var symbols = [...]string{"●", "▲", "■", "◆", "★", "✖"}

// teamsOf returns the session's teams as phones show them.
func teamsOf(s *game.Session) []teamInfo {
	if s == nil {
		return nil
	}
	out := make([]teamInfo, len(s.Teams))
	for i, t := range s.Teams {
		ti := teamInfo{Name: t.Name}
		if int(t.Colour) >= 0 && int(t.Colour) < len(game.Palette) {
			c := game.Palette[t.Colour]
			ti.Colour = "#" + hex2(c.R) + hex2(c.G) + hex2(c.B)
		}
		if int(t.Symbol) >= 0 && int(t.Symbol) < len(symbols) {
			ti.Symbol = symbols[t.Symbol]
		}
		out[i] = ti
	}
	return out
}

func hex2(b uint8) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// encode marshals a message; the messages are the room's own types, which
// always marshal.
func encode(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("lan: a message that does not marshal: " + err.Error())
	}
	return b
}
