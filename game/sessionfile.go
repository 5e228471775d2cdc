package game

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// ValidID reports whether id can be a session's id: not empty, not hidden
// (no leading dot), and one name that no file system reads as a path (no
// slash, backslash, colon or NUL). A store names a session's files after
// its id, so an id it refuses cannot reach outside the store's folder.
func ValidID(id string) bool {
	return id != "" && id != "." && id != ".." && !strings.HasPrefix(id, ".") &&
		!strings.ContainsAny(id, `/\:`+"\x00") && filepath.Base(id) == id
}

// DecodeSession reads a session from its JSON (json.Marshal of a Session,
// as a store keeps it), not yet attached to its decks (Restore), and
// refuses one no version of the game writes: a missing game, an index out
// of range, a count beyond the engine's bounds, teams that are not a
// session's. Its names are cleaned as the name rules say (TeamName,
// WorkshopName), for a file an older version or a hand wrote. A session it
// returns is safe to Restore and play on; the errors say what is wrong,
// for the store to report the file as damaged.
func DecodeSession(body []byte) (*Session, error) {
	var s Session
	if err := json.Unmarshal(body, &s); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	s.cleanNames()
	return &s, nil
}

// Checksum returns the checksum of the file this process last read the
// session from or wrote it to, "" for a session never saved. A store saves
// in place only a session whose file still holds that checksum.
func (s *Session) Checksum() string { return s.sum }

// SetChecksum records the checksum of the file the session was just read
// from or written to (see Checksum); only a store calls it.
func (s *Session) SetChecksum(sum string) { s.sum = sum }

// checkID refuses an id that ValidID refuses, for check.
func checkID(id string) error {
	if !ValidID(id) {
		return fmt.Errorf("%w: not a session id: %q", ErrInvalid, id)
	}
	return nil
}
