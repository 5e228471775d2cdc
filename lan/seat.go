package lan

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"math/big"
	"strconv"
	"time"
)

// HoldSeat is how long a seat stays its phone's after the phone left (a
// phone asleep, reloaded, out of the Wi-Fi): it comes back to it by its
// token without asking; after that the seat is freed.
const HoldSeat = 10 * time.Minute

// codeLetters are the letters of a room code: none read as another or as
// a digit (no B8 G6 I1 L O0 Q S5 Z2).
const codeLetters = "ACDEFHJKMNPRTUVWXY"

// seat is a phone's place in the room: a team's answer pad, or a person
// voting for themselves on opinion cards. It is known by its token, which
// only its phone holds, and shown on the console by its id.
type seat struct {
	id     string // "s3": what the console names, never the token
	token  string
	team   int // the team; for a person, game.NoTeam
	person bool
	seen   time.Time // when its phone was last connected
	conns  int       // connections holding it now
}

// seats is the room's table of seats. The room's mutex guards it.
type seats struct {
	byToken map[string]*seat
	next    int // the number of the next seat's id
}

func newSeats() *seats { return &seats{byToken: map[string]*seat{}} }

// add makes a seat with a new token.
func (ss *seats) add(team int, person bool, now time.Time) (*seat, error) {
	tok, err := randomToken(16)
	if err != nil {
		return nil, err
	}
	ss.next++
	s := &seat{id: "s" + strconv.Itoa(ss.next), token: tok, team: team, person: person, seen: now}
	ss.byToken[tok] = s
	return s, nil
}

// find returns the seat of a token, nil when none: the tokens are compared
// in constant time, so that timing tells nothing of a token's letters.
func (ss *seats) find(token string) *seat {
	if token == "" {
		return nil
	}
	for t, s := range ss.byToken {
		if subtle.ConstantTimeCompare([]byte(t), []byte(token)) == 1 {
			return s
		}
	}
	return nil
}

// byID returns the seat the console names, nil when none.
func (ss *seats) byID(id string) *seat {
	for _, s := range ss.byToken {
		if s.id == id {
			return s
		}
	}
	return nil
}

// remove frees a seat.
func (ss *seats) remove(s *seat) { delete(ss.byToken, s.token) }

// sweep frees the seats whose phone left HoldSeat ago or more, and reports
// whether it freed any.
func (ss *seats) sweep(now time.Time) bool {
	freed := false
	for t, s := range ss.byToken {
		if s.conns == 0 && now.Sub(s.seen) >= HoldSeat {
			delete(ss.byToken, t)
			freed = true
		}
	}
	return freed
}

// restore puts back the seats of a saved room still held at now.
func (ss *seats) restore(saved []SavedSeat, now time.Time) {
	for _, s := range saved {
		if s.Token == "" || now.Sub(s.Seen) >= HoldSeat {
			continue
		}
		ss.byToken[s.Token] = &seat{id: s.ID, token: s.Token, team: s.Team, person: s.Person, seen: s.Seen}
		if n, err := strconv.Atoi(s.ID[min(1, len(s.ID)):]); err == nil && n > ss.next {
			ss.next = n
		}
	}
}

// saved returns the seats as kept, a connected seat seen at now.
func (ss *seats) saved(now time.Time) []SavedSeat {
	var out []SavedSeat
	for _, s := range ss.byToken {
		seen := s.seen
		if s.conns > 0 {
			seen = now
		}
		out = append(out, SavedSeat{ID: s.id, Token: s.token, Team: s.team, Person: s.person, Seen: seen})
	}
	return out
}

// randomToken returns n bytes of crypto/rand, base64url: a seat's token
// (16 bytes, 128 bits) or the console's key (32 bytes).
func randomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("drawing a random token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// randomCode returns a room code of 4 letters from codeLetters.
func randomCode() (string, error) {
	b := make([]byte, 4)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(codeLetters))))
		if err != nil {
			return "", fmt.Errorf("drawing the room code: %w", err)
		}
		b[i] = codeLetters[n.Int64()]
	}
	return string(b), nil
}
