package store

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"declic/game"
)

// ErrHeld means another instance of the game holds the workshop: it is
// being played in another window (or another browser tab). Only the
// instance that holds a workshop saves it, so that two instances never
// erase each other's moves.
var ErrHeld = errors.New("the workshop is open in another instance of the game")

// maxSuffix bounds the ids a new session tries when its own is taken.
const maxSuffix = 1000

// A hold is this process's claim on one workshop: the lock that keeps
// every other instance from saving it, and the session it was taken for.
// A session saved in place is one this process holds; any other is new.
type hold struct {
	unlock func()
	s      *game.Session // nil while the workshop is only used for a moment (Rename, Delete)
	group  string        // the folder or storage the workshop is in
}

// holds maps a workshop's lock, by its key (lockKeeper.key), to this
// process's hold on it. Locks belong to the process, so the table does too:
// every Folder on one folder shares it.
var holds struct {
	sync.Mutex
	m map[string]*hold
}

// lockKeeper is what a store does with its locks: Folder with lock files,
// Browser with entries in localStorage.
type lockKeeper interface {
	// key names the workshop id's lock among every store's.
	key(id string) string
	// group names the folder or storage, for releasing what it holds.
	group() string
	// lock takes the workshop id's lock, or fails with ErrHeld when another
	// instance has it; unlock gives it back.
	lock(id string) (unlock func(), err error)
	// taken reports whether the store has files (or entries) for id.
	taken(id string) (bool, error)
}

// holding reports whether this process holds the workshop s was loaded or
// saved as: only then is it saved in place.
func holding(k lockKeeper, s *game.Session) bool {
	holds.Lock()
	defer holds.Unlock()
	h := holds.m[k.key(s.ID)]
	return h != nil && h.s == s
}

// take holds the workshop id for s: this process's hold when it has one
// (given to s), else the lock, which fails with ErrHeld when another
// instance has it. Holding one workshop releases the others this process
// held in the same store: an instance plays one workshop at a time.
func take(k lockKeeper, id string, s *game.Session) error {
	holds.Lock()
	defer holds.Unlock()
	key := k.key(id)
	h := holds.m[key]
	if h == nil {
		unlock, err := k.lock(id)
		if err != nil {
			return err
		}
		h = &hold{unlock: unlock, group: k.group()}
		if holds.m == nil {
			holds.m = make(map[string]*hold)
		}
		holds.m[key] = h
	}
	h.s = s
	for other, o := range holds.m {
		if other != key && o.group == h.group && o.s != nil {
			o.unlock()
			delete(holds.m, other)
		}
	}
	return nil
}

// borrow holds the workshop id for a change that is not a move (a name, a
// deletion) and returns the session this process plays it as (nil when it
// does not play it) and what gives the hold back. Another instance's
// workshop gives ErrHeld.
func borrow(k lockKeeper, id string) (playing *game.Session, done func(), err error) {
	holds.Lock()
	defer holds.Unlock()
	key := k.key(id)
	if h := holds.m[key]; h != nil {
		return h.s, func() {}, nil
	}
	unlock, err := k.lock(id)
	if err != nil {
		return nil, nil, err
	}
	if holds.m == nil {
		holds.m = make(map[string]*hold)
	}
	h := &hold{unlock: unlock, group: k.group()}
	holds.m[key] = h
	return nil, func() {
		holds.Lock()
		defer holds.Unlock()
		if holds.m[key] == h && h.s == nil {
			h.unlock()
			delete(holds.m, key)
		}
	}, nil
}

// drop gives back this process's hold on the workshop id, if any.
func drop(k lockKeeper, id string) {
	holds.Lock()
	defer holds.Unlock()
	key := k.key(id)
	if h := holds.m[key]; h != nil {
		h.unlock()
		delete(holds.m, key)
	}
}

// dropAll gives back every hold this process has in the store.
func dropAll(k lockKeeper) {
	holds.Lock()
	defer holds.Unlock()
	for key, h := range holds.m {
		if h.group == k.group() {
			h.unlock()
			delete(holds.m, key)
		}
	}
}

// own makes this process the holder of a session it does not hold yet,
// before saving it: a session it read or wrote before takes its hold back
// when no instance holds it and its last save (lastSum) is still the one
// this process knew, so that nothing another instance saved since is
// written over; a workshop another instance holds gives ErrHeld. Any other
// session is new, or a copy of a workshop saved since by another: it gets
// an id of its own (claim).
func own(k lockKeeper, s *game.Session, lastSum func(id string) string) error {
	if s.Checksum() != "" {
		playing, done, err := borrow(k, s.ID)
		if err != nil {
			return fmt.Errorf("saving session %s: %w", s.ID, err)
		}
		defer done()
		if playing == nil && lastSum(s.ID) == s.Checksum() {
			return take(k, s.ID, s)
		}
	}
	return claim(k, s)
}

// claim gives a new session, one this process does not hold, an id of its
// own and holds it: its id when no instance holds it and the store has
// nothing under it, else the first free one of id-2, id-3… So a new
// workshop never writes over another, even when the clock went back and
// its start second is that of an older one.
func claim(k lockKeeper, s *game.Session) error {
	base := s.ID
	for n := 1; n <= maxSuffix; n++ {
		id := base
		if n > 1 {
			id = base + "-" + strconv.Itoa(n)
		}
		if checkID(id) != nil {
			return checkID(id)
		}
		ok, err := claimID(k, id, s)
		if err != nil {
			return fmt.Errorf("saving session %s: %w", base, err)
		}
		if ok {
			s.ID = id
			return nil
		}
	}
	return fmt.Errorf("saving session %s: every id up to %s-%d is taken", base, base, maxSuffix)
}

// claimID holds id for s if it is free, and reports whether it was.
func claimID(k lockKeeper, id string, s *game.Session) (bool, error) {
	playing, done, err := borrow(k, id)
	if errors.Is(err, ErrHeld) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer done()
	if playing != nil {
		return false, nil // this process plays another workshop of that id
	}
	taken, err := k.taken(id)
	if err != nil || taken {
		return false, err
	}
	return true, take(k, id, s)
}
