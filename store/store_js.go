//go:build js

package store

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	"declic/cards"
	"declic/game"
)

// Browser keeps workshop sessions in the browser's localStorage, for the
// web build, which has no file system: the content of a session file under
// "declic/sessions/<ID>", the save before under "declic/sessions/<ID>.bak",
// so that the last good save is never lost. A damaged save is kept under
// "declic/sessions/<ID>.damaged" when Load falls back on the previous one.
type Browser struct{}

const localPrefix = "declic/sessions/"

// storage calls a method of window.localStorage; it throws when the
// storage is full or refused (private browsing), returned as an error.
func storage(method string, args ...any) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage.%s: %v", method, r)
		}
	}()
	return js.Global().Get("localStorage").Call(method, args...), nil
}

// getItem returns the value of key, or an error wrapping fs.ErrNotExist.
func getItem(key string) ([]byte, error) {
	v, err := storage("getItem", key)
	if err != nil {
		return nil, err
	}
	if v.IsNull() || v.IsUndefined() {
		return nil, fmt.Errorf("%s: %w", key, fs.ErrNotExist)
	}
	return []byte(v.String()), nil
}

// Save writes the session under its key, after keeping the save before
// under <key>.bak when that one is sound. As Folder.Save, it writes in place
// only a session this tab holds (Resume, or saved before); any other is
// new and gets an id no tab holds and no key has; a workshop another tab
// holds gives ErrHeld.
func (st Browser) Save(s *game.Session) error {
	data, err := saveData(s)
	if err != nil {
		return err
	}
	if holding(st, s) && !localStillOurs(s.ID) {
		drop(st, s.ID)
	}
	if !holding(st, s) {
		if s.Empty() && s.Checksum() == "" {
			return nil // nothing of its own to keep or to remove
		}
		if err := own(st, s, localLastSum); err != nil {
			return err
		}
		if data, err = saveData(s); err != nil {
			return err
		}
	}
	if err := localWrite(s, data); err != nil {
		return err
	}
	if last, err := getItem(localLast); !s.Empty() && (err != nil || string(last) != s.ID) {
		storage("setItem", localLast, s.ID) // a hint, as Folder's
	}
	return nil
}

// localWrite writes the session of a workshop this tab holds.
func localWrite(s *game.Session, data []byte) error {
	key := localPrefix + s.ID
	if s.Empty() {
		return localRemoveEmpty(s.ID)
	}
	s.SetChecksum(fileSum(data))
	if old, err := getItem(key); err == nil {
		if _, derr := decode(old, s.ID); derr == nil {
			if _, err := storage("setItem", key+".bak", string(old)); err != nil {
				return fmt.Errorf("saving session %s: %w", s.ID, err)
			}
		} else if _, err := storage("setItem", key+".damaged", string(old)); err != nil {
			return fmt.Errorf("saving session %s: %w", s.ID, err)
		}
	}
	if _, err := storage("setItem", key, string(data)); err != nil {
		return fmt.Errorf("saving session %s: %w", s.ID, err)
	}
	return nil
}

// localLastSum returns the checksum of the last sound save of the session
// id, "" when it has none.
func localLastSum(id string) string {
	s, err := readSaved(id, localPrefix+id, localQuick)
	if err != nil {
		return ""
	}
	return s.Checksum()
}

// localLast is the key of the id of the session saved last (newestFirst).
const localLast = "declic/last"

// localRemove removes every key of the session id: its last save, the one
// before and the damaged one kept aside (Delete).
func localRemove(id string) error {
	key := localPrefix + id
	for _, k := range []string{key, key + ".bak", key + ".damaged"} {
		if _, err := storage("removeItem", k); err != nil {
			return fmt.Errorf("removing session %s: %w", id, err)
		}
	}
	return nil
}

// localRemoveEmpty removes the keys of the empty workshop id: its last
// save and the one before. A damaged last save is kept aside, as Save does.
func localRemoveEmpty(id string) error {
	key := localPrefix + id
	if data, err := getItem(key); err == nil {
		if _, derr := decode(data, id); derr != nil {
			if _, err := storage("setItem", key+".damaged", string(data)); err != nil {
				return fmt.Errorf("removing session %s: %w", id, err)
			}
		}
	}
	for _, k := range []string{key, key + ".bak"} {
		if _, err := storage("removeItem", k); err != nil {
			return fmt.Errorf("removing session %s: %w", id, err)
		}
	}
	return nil
}

// Rename gives the saved session id a name, as Folder.Rename does, with the
// same errors.
func (st Browser) Rename(id, name string) error {
	if err := checkID(id); err != nil {
		return err
	}
	playing, done, err := borrow(st, id)
	if err != nil {
		return fmt.Errorf("renaming session %s: %w", id, err)
	}
	defer done()
	s, err := readSaved(id, localPrefix+id, localQuick)
	if err != nil {
		return fmt.Errorf("renaming session %s: %w", id, err)
	}
	s.Name = strings.TrimSpace(name)
	if playing != nil {
		playing.Name = s.Name
	}
	data, err := saveData(s)
	if err != nil {
		return err
	}
	return localWrite(s, data)
}

// Delete removes the saved session id for good, as Folder.Delete does, with
// the same errors.
func (st Browser) Delete(id string) error {
	if err := checkID(id); err != nil {
		return err
	}
	_, done, err := borrow(st, id)
	if err != nil {
		return fmt.Errorf("deleting session %s: %w", id, err)
	}
	defer done()
	defer drop(st, id)
	key := localPrefix + id
	_, errMain := getItem(key)
	_, errBak := getItem(key + ".bak")
	if errors.Is(errMain, fs.ErrNotExist) && errors.Is(errBak, fs.ErrNotExist) {
		return fmt.Errorf("deleting session %s: %w", id, fs.ErrNotExist)
	}
	return localRemove(id)
}

// localRead reads one key and restores its session, with the errors of read.
func localRead(key, id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	data, err := getItem(key)
	if err != nil {
		return nil, err
	}
	return restore(data, id, find)
}

// Load reads the session id, falling back on its previous save as
// Folder.Load does, with the same errors.
func (st Browser) Load(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	key := localPrefix + id
	_, done, err := borrow(st, id)
	tidy := err == nil // another tab's workshop is only read, as Folder's
	if tidy {
		defer done()
	}
	return loadOrRecover(id, func(previous bool) (*game.Session, error) {
		if previous {
			return localRead(key+".bak", id, find)
		}
		return localRead(key, id, find)
	}, func() (string, error) {
		if !tidy {
			return id + ", left to the tab that plays it", nil
		}
		// Kept aside, as Folder does, so that the next Save does not make
		// the damaged save the previous one.
		if data, err := getItem(key); err == nil {
			storage("setItem", key+".damaged", string(data))
			storage("removeItem", key)
		}
		return id + ".damaged", nil
	})
}

// List describes every session in localStorage, newest first by Updated,
// by scanning its keys.
func (Browser) List() ([]Saved, error) {
	if _, err := storage("key", 0); err != nil { // refused storage
		return nil, fmt.Errorf("listing sessions: %w", err)
	}
	ls := js.Global().Get("localStorage")
	var ids []string
	for i := range ls.Get("length").Int() {
		k := ls.Call("key", i)
		if k.IsNull() {
			continue
		}
		id, ok := strings.CutPrefix(k.String(), localPrefix)
		if !ok {
			continue
		}
		id = strings.TrimSuffix(id, ".bak")
		if checkID(id) == nil && !strings.Contains(id, ".") && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	list := make([]Saved, 0, len(ids))
	for _, id := range ids {
		saved, empty := localDescribe(id)
		if empty {
			localRemoveEmpty(id) // not kept; a failure leaves it unlisted all the same
			continue
		}
		list = append(list, saved)
	}
	last, _ := getItem(localLast)
	newestFirst(list, string(last))
	return list, nil
}

// localDescribe reads what List shows of a session, from its previous save
// when it is damaged, and whether it is an empty workshop.
func localDescribe(id string) (Saved, bool) {
	key := localPrefix + id
	return describeSaved(id, func(previous bool) (*game.Session, error) {
		if previous {
			return localQuick(key+".bak", id)
		}
		return localQuick(key, id)
	})
}

// localQuick reads and checks one key without the decks.
func localQuick(key, id string) (*game.Session, error) {
	data, err := getItem(key)
	if err != nil {
		return nil, err
	}
	return decode(data, id)
}

// Resume holds the workshop id for this tab and loads it, as Folder.Resume
// does, with the same errors: another tab's workshop gives ErrHeld.
func (st Browser) Resume(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	_, done, err := borrow(st, id)
	switch {
	case errors.Is(err, ErrHeld):
		return nil, fmt.Errorf("loading session %s: %w", id, err)
	case err != nil:
		return st.Load(id, find) // a full or refused storage: shown all the same
	}
	defer done()
	s, err := st.Load(id, find)
	if s != nil {
		if herr := take(st, id, s); herr != nil {
			return nil, fmt.Errorf("loading session %s: %w", id, herr)
		}
	}
	return s, err
}

// Release gives back every workshop this tab holds.
func (st Browser) Release() { dropAll(st) }

// A tab's hold on a workshop is an entry "declic/locks/<ID>" holding the
// tab's token and when the hold ends unless renewed: a tab renews its
// holds every lockRenew while it is open, so that a closed tab, which
// cannot say so, holds nothing after lockLife (a browser runs the timers
// of a tab in the background as seldom as once a minute: lockLife leaves
// room for that, and Save checks the hold still stands). localStorage has
// no atomic test-and-set: two tabs opened within the same instant may both
// take a hold, which the storage event of a later version could catch.
const (
	localLocks = "declic/locks/"
	lockLife   = 3 * time.Minute
	lockRenew  = 20 * time.Second
)

func (Browser) key(id string) string { return "localStorage:" + localLocks + id }
func (Browser) group() string        { return "localStorage" }

func (Browser) taken(id string) (bool, error) {
	key := localPrefix + id
	for _, k := range []string{key, key + ".bak", key + ".damaged"} {
		_, err := getItem(k)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return false, err
		}
	}
	return false, nil
}

// localStillOurs reports whether this tab's hold on the workshop id
// stands: a tab left in the background may renew too seldom (browsers slow
// its timers down), and another tab may have taken the workshop since.
// Then this tab's hold is void, and its next save a copy (Save).
func localStillOurs(id string) bool {
	v, err := getItem(localLocks + id)
	if err != nil {
		return true // its entry was removed: nobody else holds it
	}
	return !heldElsewhere(string(v))
}

// heldElsewhere reports whether a lock entry is another tab's, still
// running.
func heldElsewhere(entry string) bool {
	token, until, _ := strings.Cut(entry, " ")
	ms, _ := strconv.ParseInt(until, 10, 64)
	return token != tabToken() && time.Now().UnixMilli() < ms
}

func (Browser) lock(id string) (func(), error) {
	key := localLocks + id
	if v, err := getItem(key); err == nil && heldElsewhere(string(v)) {
		return nil, ErrHeld
	}
	var stopped atomic.Bool
	renew := func() error {
		if stopped.Load() {
			return nil
		}
		_, err := storage("setItem", key, tabToken()+" "+strconv.FormatInt(time.Now().Add(lockLife).UnixMilli(), 10))
		return err
	}
	if err := renew(); err != nil {
		return nil, err
	}
	stop := make(chan struct{})
	go func() {
		tick := time.NewTicker(lockRenew)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				renew()
			case <-stop:
				return
			}
		}
	}()
	return func() {
		stopped.Store(true)
		close(stop)
		if v, err := getItem(key); err == nil && strings.HasPrefix(string(v), tabToken()+" ") {
			storage("removeItem", key)
		}
	}, nil
}

// tabToken names this tab among the tabs holding workshops: kept in
// sessionStorage, which a reload keeps, so that a reloaded tab gets its
// holds back at once.
var tabToken = sync.OnceValue(func() (token string) {
	const key = "declic/tab"
	token = rand.Text()
	defer func() { recover() }() // a refused sessionStorage throws: the token is this page's
	ss := js.Global().Get("sessionStorage")
	if ss.Truthy() {
		if v := ss.Call("getItem", key); v.Type() == js.TypeString && v.String() != "" {
			return v.String()
		}
	}
	if ss.Truthy() {
		ss.Call("setItem", key, token)
	}
	return token
})
