//go:build js

package game

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"syscall/js"

	"declic/cards"
)

// LocalStore keeps workshop sessions in the browser's localStorage, for the
// web build, which has no file system: the content of a session file under
// "declic/sessions/<ID>", the save before under "declic/sessions/<ID>.bak",
// so that the last good save is never lost. A damaged save is kept under
// "declic/sessions/<ID>.damaged" when Load falls back on the previous one.
type LocalStore struct{}

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
// under <key>.bak when that one is sound.
func (LocalStore) Save(s *Session) error {
	data, err := saveData(s)
	if err != nil {
		return err
	}
	key := localPrefix + s.ID
	if s.Empty() {
		return localRemoveEmpty(s.ID)
	}
	if old, err := getItem(key); err == nil {
		if _, derr := decode(old); derr == nil {
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
		if _, derr := decode(data); derr != nil {
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

// Rename gives the saved session id a name, as Store.Rename does, with the
// same errors.
func (LocalStore) Rename(id, name string) error {
	if err := checkID(id); err != nil {
		return err
	}
	key := localPrefix + id
	s, err := readSaved(id, func(previous bool) (*Session, error) {
		if previous {
			return localQuick(key + ".bak")
		}
		return localQuick(key)
	})
	if err != nil {
		return fmt.Errorf("renaming session %s: %w", id, err)
	}
	s.Name = strings.TrimSpace(name)
	return LocalStore{}.Save(s)
}

// Delete removes the saved session id for good, as Store.Delete does, with
// the same errors.
func (LocalStore) Delete(id string) error {
	if err := checkID(id); err != nil {
		return err
	}
	key := localPrefix + id
	_, errMain := getItem(key)
	_, errBak := getItem(key + ".bak")
	if errors.Is(errMain, fs.ErrNotExist) && errors.Is(errBak, fs.ErrNotExist) {
		return fmt.Errorf("deleting session %s: %w", id, fs.ErrNotExist)
	}
	return localRemove(id)
}

// localRead reads one key and restores its session, with the errors of read.
func localRead(key string, find func(DeckRef) (*cards.Deck, error)) (*Session, error) {
	data, err := getItem(key)
	if err != nil {
		return nil, err
	}
	return restore(data, find)
}

// Load reads the session id, falling back on its previous save as
// Store.Load does, with the same errors.
func (LocalStore) Load(id string, find func(DeckRef) (*cards.Deck, error)) (*Session, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	key := localPrefix + id
	return loadOrRecover(id, func(previous bool) (*Session, error) {
		if previous {
			return localRead(key+".bak", find)
		}
		return localRead(key, find)
	}, func() (string, error) {
		// Kept aside, as Store does, so that the next Save does not make
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
func (LocalStore) List() ([]Saved, error) {
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
	newestFirst(list)
	return list, nil
}

// localDescribe reads what List shows of a session, from its previous save
// when it is damaged, and whether it is an empty workshop.
func localDescribe(id string) (Saved, bool) {
	key := localPrefix + id
	return describeSaved(id, func(previous bool) (*Session, error) {
		if previous {
			return localQuick(key + ".bak")
		}
		return localQuick(key)
	})
}

// localQuick reads and checks one key without the decks.
func localQuick(key string) (*Session, error) {
	data, err := getItem(key)
	if err != nil {
		return nil, err
	}
	return decode(data)
}
