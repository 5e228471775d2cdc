package game

import (
	"fmt"
	"time"

	"declic/cards"
)

// Session is a workshop: its teams, the games played in it one after the
// other, and the running total of each team across them.
type Session struct {
	// ID names the session and its file; it is made from its start time.
	ID string `json:"id"`
	// Name is what the facilitator called the workshop ("Collège Jean
	// Moulin, 4e B"), or "". Files saved before it existed have none.
	Name    string    `json:"name,omitempty"`
	Started time.Time `json:"started"`
	// Updated is when the last move was played, as the caller said.
	Updated time.Time `json:"updated"`
	Teams   []Team    `json:"teams"`
	// Finished is set when the facilitator ends the workshop.
	Finished bool    `json:"finished,omitempty"`
	Games    []*Game `json:"games"`

	// sum is the checksum of the file this process last read the session
	// from or wrote it to, "" for a session never saved: a store saves in
	// place only a session whose file is still that one (store.Folder.Save).
	sum string
}

// NewSession starts a workshop with its teams, at the time the caller gives.
// One team is a cooperative family game.
func NewSession(teams []Team, now time.Time) (*Session, error) {
	if err := checkTeams(teams); err != nil {
		return nil, err
	}
	return &Session{ID: now.Format("2006-01-02-150405"), Started: now, Updated: now, Teams: teams}, nil
}

// Empty reports a workshop in which nothing was played: no game, or games
// without a move (a game ended before its first card counts for nothing).
// An empty workshop is not kept (store.Folder.Save).
func (s *Session) Empty() bool {
	for _, g := range s.Games {
		for _, ev := range g.Events {
			if ev.Kind != MoveEnd {
				return false
			}
		}
	}
	return true
}

// Coop reports a cooperative session: one team, playing together.
func (s *Session) Coop() bool { return len(s.Teams) == 1 }

// NewGame starts a game of deck in the session, the previous one being
// over or abandoned.
func (s *Session) NewGame(deck *cards.Deck, settings Settings) (*Game, error) {
	if len(s.Games) >= maxGames {
		return nil, fmt.Errorf("%w: the session holds %d games, the most it keeps", ErrInvalid, maxGames)
	}
	if g := s.Current(); g != nil && !g.Over() {
		if _, err := g.Apply(Move{Kind: MoveEnd}); err != nil {
			return nil, err
		}
	}
	var fixed []string
	if settings.Measure == MeasureAfter {
		if before := s.OpenBefore(deck.ID); before != nil {
			fixed = before.Reserved
		}
	}
	g, err := startGame(deck, len(s.Teams), settings, fixed, s.reserved(deck.ID))
	if err != nil {
		return nil, err
	}
	s.Games = append(s.Games, g)
	return g, nil
}

// Current returns the game being played or last played, nil before the first.
func (s *Session) Current() *Game {
	if len(s.Games) == 0 {
		return nil
	}
	return s.Games[len(s.Games)-1]
}

// Apply plays a move in the current game, at the time the caller gives.
func (s *Session) Apply(m Move, now time.Time) (Event, error) {
	g := s.Current()
	if g == nil {
		return Event{}, ErrNoGame
	}
	ev, err := g.Apply(m)
	if err == nil {
		s.Updated = now
	}
	return ev, err
}

// Totals returns each team's points over every game of the session, summed
// from the events' points: a session read from a file has totals before
// its decks are found.
func (s *Session) Totals() []int {
	totals := make([]int, len(s.Teams))
	for _, g := range s.Games {
		for _, ev := range g.Events {
			for t, d := range ev.Delta {
				if t < len(totals) {
					totals[t] += d
				}
			}
		}
	}
	return totals
}

// Restore attaches every game of a session read from a file to its deck,
// found by find, and rebuilds its state.
func (s *Session) Restore(find func(DeckRef) (*cards.Deck, error)) error {
	if err := checkTeams(s.Teams); err != nil {
		return err
	}
	for i, g := range s.Games {
		deck, err := find(g.Deck)
		if err != nil {
			return fmt.Errorf("game %d (%s): %w", i+1, g.Deck.Title, err)
		}
		if err := g.Restore(deck, len(s.Teams)); err != nil {
			return fmt.Errorf("game %d (%s): %w", i+1, g.Deck.Title, err)
		}
	}
	return nil
}
