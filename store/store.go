package store

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"declic/cards"
	"declic/game"
	"declic/internal/safefile"
)

// SaveFormat is the version of the session file format Save writes and
// Load reads.
const SaveFormat = 1

// The errors of saving and loading sessions, tested with errors.Is.
var (
	// ErrRecovered comes with a session: its file was missing or damaged and
	// the previous save was used instead. The session is one move or so
	// behind; the damaged file is kept aside (Folder.Load).
	ErrRecovered = errors.New("the session file was damaged: the previous save was used")
	// ErrCorrupt means neither the session file nor the previous save can be
	// read: both are damaged, or their moves no longer replay with the decks.
	ErrCorrupt = errors.New("the session file and its previous save are damaged")
	// ErrNoReplay means a file read well but its moves do not replay with its
	// decks: a deck changed since, or the file was changed by hand.
	ErrNoReplay = errors.New("the saved moves do not replay with the deck")
	// ErrBadID refuses a session id that cannot name a file in the folder.
	ErrBadID = errors.New("not a session id")

	// errDamaged is the cause of every file that cannot be trusted.
	errDamaged = errors.New("damaged file")
)

// Folder keeps workshop sessions as files in a folder: Dir/<ID>.json for the
// last save, Dir/<ID>.json.bak for the one before, and
// Dir/<ID>.json.damaged-<n> for files found damaged, kept for a person to
// look at and never overwritten. Beside them, Dir/.<ID>.lock is the lock
// the instance of the game that plays a workshop holds (Resume, Save), and
// Dir/.last names the session saved last (List).
type Folder struct {
	// Dir is the sessions/ folder; Save creates it when missing.
	Dir string
}

// savedFile is the content of a session file. Checksum is the SHA-256 of
// the compact JSON of game.Session (json.Compact of the bytes as they stand in
// the file), so that a file that still parses but had bytes changed is
// detected.
type savedFile struct {
	Format   int             `json:"format"`
	Checksum string          `json:"checksum"`
	Session  json.RawMessage `json:"session"`
}

// Saved describes one saved session, read without its decks.
type Saved struct {
	ID string
	// Name is the workshop's name, "" when it was given none.
	Name    string
	Started time.Time
	Updated time.Time
	Teams   []game.Team
	// Totals holds each team's points over the whole session.
	Totals   []int
	Games    int
	Finished bool
	// Err is nil for a sound file. With ErrRecovered the session is
	// described from its previous save; with ErrCorrupt only ID is set.
	Err error
}

func (st Folder) path(id string) string { return filepath.Join(st.Dir, id+".json") }

// checkID refuses ids that would name a file outside Dir, a hidden file,
// or nothing.
func checkID(id string) error {
	if !game.ValidID(id) {
		return fmt.Errorf("%w: %q", ErrBadID, id)
	}
	return nil
}

// Save writes the session to Dir/<ID>.json so that a crash at any moment
// leaves a file that loads: the new content goes to a temporary file in the
// same folder, synced to disk, then takes the place of the old file in one
// rename. The old file, when sound, becomes <ID>.json.bak; a damaged one is
// moved to <ID>.json.damaged-<n> rather than lost. The file holds the
// workshop's and the teams' names and the moves, nothing else about people.
//
// Save writes in place only a session this instance of the game holds:
// one it resumed (Resume) or saved before. Any other session is new: it
// gets the first id of ID, ID-2, ID-3… that no instance holds and no file
// has (s.ID changes), so that a new workshop never writes over another,
// even when the clock went back. The instance then holds it until it holds
// another workshop, releases it (Release) or ends. A session another
// instance holds cannot be saved: ErrHeld.
//
// An empty workshop (game.Session.Empty: nothing played yet, or every move
// undone) is not kept: Save writes nothing and removes its files, so that
// it is neither listed nor offered to resume.
func (st Folder) Save(s *game.Session) error {
	data, err := saveData(s)
	if err != nil {
		return err
	}
	if !holding(st, s) {
		if s.Empty() && s.Checksum() == "" {
			return nil // nothing of its own to keep or to remove
		}
		if err := os.MkdirAll(st.Dir, 0o755); err != nil {
			return fmt.Errorf("saving session %s: %w", s.ID, err)
		}
		if err := own(st, s, st.lastSum); err != nil {
			return err
		}
		if data, err = saveData(s); err != nil {
			return err
		}
	}
	if err := st.write(s, data); err != nil {
		return err
	}
	if !s.Empty() {
		st.markLast(s.ID)
	}
	return nil
}

// lastSum returns the checksum of the last sound save of the session id,
// "" when it has none.
func (st Folder) lastSum(id string) string {
	s, err := readSaved(id, st.path(id), readQuick)
	if err != nil {
		return ""
	}
	return s.Checksum()
}

// write writes the file of a session this process holds, as Save says.
func (st Folder) write(s *game.Session, data []byte) error {
	if s.Empty() {
		if err := st.removeEmpty(s.ID); err != nil {
			return fmt.Errorf("saving session %s: %w", s.ID, err)
		}
		return nil
	}
	if err := os.MkdirAll(st.Dir, 0o755); err != nil {
		return fmt.Errorf("saving session %s: %w", s.ID, err)
	}
	// The temporary file is .<ID>.json.tmp-*, which removeTemps and
	// removeFiles know. Only once it is on disk does the file it replaces
	// become the .bak (keepPrevious): a save that cannot be written (a full
	// disk) leaves the files as they were.
	main := st.path(s.ID)
	err := writeAtomic(main, data, 0o600, func() error {
		s.SetChecksum(fileSum(data))
		return keepPrevious(main, s.ID)
	})
	if err != nil {
		return fmt.Errorf("saving session %s: %w", s.ID, err)
	}
	return nil
}

// lastFile names the file that holds the id of the session saved last
// (lastSaved).
const lastFile = ".last"

// markLast records id as the session saved last (Save: a move played, not
// a new name), when it is not already: the order of saves, which no clock
// change upsets. It is a hint: a
// failure to write it only leaves List with the clock's order.
func (st Folder) markLast(id string) {
	if st.lastSaved() == id {
		return
	}
	writeAtomic(filepath.Join(st.Dir, lastFile), []byte(id+"\n"), 0o600, nil)
}

// lastSaved returns the id of the session saved last, "" when unknown.
func (st Folder) lastSaved() string {
	data, err := safefile.ReadFile(filepath.Join(st.Dir, lastFile), 1024)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// saveData checks that a session can be saved and encodes it, for both
// stores' Save.
func saveData(s *game.Session) ([]byte, error) {
	if s == nil {
		return nil, fmt.Errorf("%w: no session", game.ErrInvalid)
	}
	if err := checkID(s.ID); err != nil {
		return nil, err
	}
	data, err := encode(s)
	if err != nil {
		return nil, fmt.Errorf("saving session %s: %w", s.ID, err)
	}
	return data, nil
}

// remove removes every file of the session id: its last save, the one
// before, the damaged files kept aside and the temporary files of a Save
// killed halfway (Delete).
func (st Folder) remove(id string) error {
	main := st.path(id)
	files, err := filepath.Glob(main + ".damaged-*")
	if err != nil {
		return err
	}
	return st.removeFiles(id, append(files, main))
}

// removeEmpty removes the files of the empty workshop id: its last save,
// the one before, the temporary files. A damaged last save is moved aside
// rather than removed, as Save does: nobody can tell what it held.
func (st Folder) removeEmpty(id string) error {
	main := st.path(id)
	data, err := readSessionFile(main)
	if err == nil {
		if _, derr := decode(data, id); derr != nil {
			_, err = moveAside(main)
		}
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return st.removeFiles(id, []string{main})
}

// removeFiles removes files, the .bak and the temporary files of the
// session id; a file already gone is no error.
func (st Folder) removeFiles(id string, files []string) error {
	temps, err := filepath.Glob(filepath.Join(st.Dir, "."+id+".json.tmp-*"))
	if err != nil {
		return err
	}
	files = append(append(files, temps...), st.path(id)+".bak")
	for _, f := range files {
		if err := os.Remove(f); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// Rename gives the saved session id a name, trimmed ("" takes its name
// away), as a Save would: the save before is kept as <ID>.json.bak. When
// its last save is damaged the previous one is renamed, and the damaged
// file moved aside, as Load does. The session's decks are not needed, and
// its Updated time stays that of its last move. An unknown id gives an
// error wrapping fs.ErrNotExist; a session whose files are both damaged,
// one wrapping ErrCorrupt; a workshop another instance holds, ErrHeld.
func (st Folder) Rename(id, name string) error {
	if err := checkID(id); err != nil {
		return err
	}
	playing, done, err := borrow(st, id)
	if err != nil {
		return fmt.Errorf("renaming session %s: %w", id, err)
	}
	defer done()
	s, err := readSaved(id, st.path(id), readQuick)
	if err != nil {
		return fmt.Errorf("renaming session %s: %w", id, err)
	}
	s.Name = strings.TrimSpace(name)
	if playing != nil {
		playing.Name = s.Name // its next save keeps the name
	}
	data, err := saveData(s)
	if err != nil {
		return err
	}
	return st.write(s, data)
}

// readSaved reads a session without its decks for a change that does not
// replay it (Rename): the last save, at main, else the previous one, at
// main + ".bak", each read by read (a file's, or a localStorage key's).
// Both missing give fs.ErrNotExist; both damaged, ErrCorrupt.
func readSaved(id, main string, read func(main, id string) (*game.Session, error)) (*game.Session, error) {
	s, err := read(main, id)
	if err == nil {
		return s, nil
	}
	prev, bakErr := read(main+".bak", id)
	switch {
	case bakErr == nil:
		return prev, nil
	case missing(err) && missing(bakErr):
		return nil, err
	case !damaged(err) || !damaged(bakErr):
		return nil, err
	}
	return nil, fmt.Errorf("%w: %v; previous save: %v", ErrCorrupt, err, bakErr)
}

// Delete removes the saved session id for good: its last save, the one
// before and the damaged files kept aside. A session that does not exist
// gives an error wrapping fs.ErrNotExist; a workshop another instance
// holds, ErrHeld.
func (st Folder) Delete(id string) error {
	if err := checkID(id); err != nil {
		return err
	}
	if _, err := os.Stat(st.Dir); err != nil {
		return fmt.Errorf("deleting session %s: %w", id, err)
	}
	_, done, err := borrow(st, id)
	if err != nil {
		return fmt.Errorf("deleting session %s: %w", id, err)
	}
	defer done()
	main := st.path(id)
	_, errMain := os.Lstat(main)
	_, errBak := os.Lstat(main + ".bak")
	if errors.Is(errMain, fs.ErrNotExist) && errors.Is(errBak, fs.ErrNotExist) {
		removeLockFile(st.lockPath(id))
		return fmt.Errorf("deleting session %s: %w", id, fs.ErrNotExist)
	}
	if err := st.remove(id); err != nil {
		return fmt.Errorf("deleting session %s: %w", id, err)
	}
	removeLockFile(st.lockPath(id))
	drop(st, id)
	return nil
}

// Resume holds the workshop id for this instance of the game and loads it
// as Load does, with the same errors: the session it returns is saved in
// place (Save). A workshop another instance holds gives ErrHeld and is not
// read; the hold on it stays with that instance until it ends or holds
// another workshop.
func (st Folder) Resume(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	_, done, err := borrow(st, id)
	switch {
	case errors.Is(err, ErrHeld):
		return nil, fmt.Errorf("loading session %s: %w", id, err)
	case err != nil:
		// No lock file can be made (a read-only folder): the workshop is
		// shown all the same, and its saves fail as they would.
		return st.Load(id, find)
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

// Release gives back every workshop this instance holds in the folder, for
// another instance to resume. Ending the process releases them too, even
// killed.
func (st Folder) Release() { dropAll(st) }

// lockPath is the lock file of the workshop id (Resume, Save).
func (st Folder) lockPath(id string) string { return filepath.Join(st.Dir, "."+id+".lock") }

// The locks of a Folder are lock files in its folder (lockKeeper).
func (st Folder) key(id string) string { return absPath(st.lockPath(id)) }
func (st Folder) group() string        { return absPath(st.Dir) }
func (st Folder) lock(id string) (func(), error) {
	return lockFile(st.lockPath(id))
}
func (st Folder) taken(id string) (bool, error) {
	main := st.path(id)
	for _, f := range []string{main, main + ".bak"} {
		if _, err := os.Lstat(f); err == nil {
			return true, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return false, err
		}
	}
	aside, err := filepath.Glob(main + ".damaged-*")
	return len(aside) > 0, err
}

// absPath returns path made absolute, as it is when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// encode returns the content of the session's file.
func encode(s *game.Session) ([]byte, error) {
	body, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	data, err := json.MarshalIndent(savedFile{Format: SaveFormat, Checksum: hex.EncodeToString(sum[:]), Session: body}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// keepPrevious makes the current file, if sound, the .bak, and moves a
// damaged one aside, before the new save takes its place. The .bak is a
// hard link where the file system has them, so that the main file never
// goes missing, even for an instant; elsewhere (FAT32 USB sticks) it is a
// rename, and a crash right after it leaves only the .bak, which Load reads.
func keepPrevious(main, id string) error {
	data, err := readSessionFile(main)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil && !errors.Is(err, errDamaged) {
		return err
	}
	if err == nil {
		_, err = decode(data, id)
	}
	if err != nil {
		_, err := moveAside(main)
		return err
	}
	bak := main + ".bak"
	if err := os.Remove(bak); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if os.Link(main, bak) == nil {
		return nil
	}
	return os.Rename(main, bak)
}

// moveAside renames a damaged file to the first free <file>.damaged-<n> and
// returns that name.
func moveAside(file string) (string, error) {
	for n := 1; ; n++ {
		aside := file + ".damaged-" + strconv.Itoa(n)
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			return aside, os.Rename(file, aside)
		} else if err != nil {
			return "", err
		}
	}
}

// MaxSessionSize is the largest session file read: some hundred times a
// long day of workshops. A larger file is damaged, never read into memory.
const MaxSessionSize = 32 << 20

// readSessionFile reads a session file through a limit, without waiting on
// what is not a regular file (a FIFO, a device): those, and a file over
// MaxSessionSize, are damaged files.
func readSessionFile(file string) ([]byte, error) {
	data, err := safefile.ReadFile(file, MaxSessionSize)
	if errors.Is(err, safefile.ErrNotRegular) || errors.Is(err, safefile.ErrTooLarge) || safefile.IsDir(err) {
		return nil, fmt.Errorf("%w: %w", errDamaged, err)
	}
	return data, err
}

// decode checks a file's format and checksum and reads its session, not
// yet attached to its decks, checking its shape (game.DecodeSession): the file
// of the session id. Every error it returns wraps errDamaged.
func decode(data []byte, id string) (*game.Session, error) {
	var f savedFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: not readable JSON (%v)", errDamaged, err)
	}
	if f.Format != SaveFormat {
		return nil, fmt.Errorf("%w: format %d, this version reads %d", errDamaged, f.Format, SaveFormat)
	}
	var body bytes.Buffer
	if err := json.Compact(&body, f.Session); err != nil || body.Len() == 0 {
		return nil, fmt.Errorf("%w: no session in the file", errDamaged)
	}
	sum := sha256.Sum256(body.Bytes())
	if hex.EncodeToString(sum[:]) != f.Checksum {
		return nil, fmt.Errorf("%w: wrong checksum", errDamaged)
	}
	s, err := game.DecodeSession(body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errDamaged, err)
	}
	if s.ID != id {
		return nil, fmt.Errorf("%w: the file of session %q holds session %q", errDamaged, id, s.ID)
	}
	s.SetChecksum(f.Checksum)
	return s, nil
}

// fileSum returns the checksum a file written by encode holds.
func fileSum(data []byte) string {
	var f savedFile
	if json.Unmarshal(data, &f) != nil {
		return ""
	}
	return f.Checksum
}

// read reads one file and restores its session with the decks find gives.
// A deck that is not found gives game.ErrNoDeck; a file that cannot be trusted,
// errDamaged; moves that no longer replay, ErrNoReplay.
func read(file, id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	data, err := readSessionFile(file)
	if err != nil {
		return nil, err
	}
	return restore(data, id, find)
}

// restore decodes the content of a session file and restores its session
// with the decks find gives, with the errors of read.
func restore(data []byte, id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	s, err := decode(data, id)
	if err != nil {
		return nil, err
	}
	noDeck := false
	err = s.Restore(func(ref game.DeckRef) (*cards.Deck, error) {
		d, err := find(ref)
		if err == nil && d == nil {
			err = errors.New("no deck")
		}
		if err != nil {
			noDeck = true
			return nil, fmt.Errorf("%w: %s (%s): %w", game.ErrNoDeck, ref.ID, ref.Language, err)
		}
		return d, nil
	})
	switch {
	case err != nil && noDeck:
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrNoReplay, err)
	}
	return s, nil
}

// damaged reports whether a read error means the file cannot be used: it
// is missing, damaged or does not replay. A deck not found or a disk that
// cannot be read are not the file's fault.
func damaged(err error) bool {
	return !errors.Is(err, game.ErrNoDeck) && (errors.Is(err, fs.ErrNotExist) || errors.Is(err, errDamaged) || errors.Is(err, ErrNoReplay))
}

// missing reports a read error saying the file does not exist (and not a
// deck's file).
func missing(err error) bool {
	return !errors.Is(err, game.ErrNoDeck) && errors.Is(err, fs.ErrNotExist)
}

// Load reads the session id and attaches its games to the decks find
// returns. When its file is missing or damaged (not JSON, cut short, a
// changed byte, an unknown format, moves that no longer replay), Load
// moves the damaged file aside to <ID>.json.damaged-<n>, so that no later
// Save destroys it, and returns the session of the previous save with an
// error wrapping ErrRecovered. When both files are damaged it returns an
// error wrapping ErrCorrupt and leaves them in place. A session that does
// not exist gives an error wrapping fs.ErrNotExist; a deck find does not
// have, one wrapping game.ErrNoDeck, and nothing is moved.
//
// Load does not hold the workshop (Resume does): it reads one another
// instance plays without moving anything, and the session it returns is
// saved in place only if nobody saved it since (Save).
func (st Folder) Load(id string, find func(game.DeckRef) (*cards.Deck, error)) (*game.Session, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	main := st.path(id)
	// Files are tidied (temporary files removed, a damaged one moved
	// aside) only under the workshop's lock: the instance that plays it may
	// be in the middle of a save.
	tidy := false
	if st.exists(id) {
		if _, done, err := borrow(st, id); err == nil {
			defer done()
			tidy = true
		}
	}
	if tidy {
		st.removeTemps(id)
	}
	return loadOrRecover(id, func(previous bool) (*game.Session, error) {
		if previous {
			return read(main+".bak", id, find)
		}
		return read(main, id, find)
	}, func() (string, error) {
		if !tidy {
			return filepath.Base(main) + ", left to the instance that plays it", nil
		}
		aside, err := moveAside(main)
		return filepath.Base(aside), err
	})
}

// exists reports whether the session id has a last save or a previous one.
func (st Folder) exists(id string) bool {
	for _, f := range []string{st.path(id), st.path(id) + ".bak"} {
		if _, err := os.Lstat(f); err == nil {
			return true
		}
	}
	return false
}

// loadOrRecover is the fallback of Folder.Load and Browser.Load: read
// reads the last save or the previous one; aside moves a damaged last save
// out of the way of the next Save and says where it went.
func loadOrRecover(id string, read func(previous bool) (*game.Session, error), aside func() (string, error)) (*game.Session, error) {
	s, err := read(false)
	if err == nil {
		return s, nil
	}
	if !damaged(err) {
		return nil, fmt.Errorf("loading session %s: %w", id, err)
	}
	prev, bakErr := read(true)
	if bakErr != nil {
		switch {
		case missing(err) && missing(bakErr):
			return nil, fmt.Errorf("loading session %s: %w", id, err)
		case !damaged(bakErr):
			return nil, fmt.Errorf("loading session %s, previous save: %w", id, bakErr)
		}
		return nil, fmt.Errorf("loading session %s: %w: %v; previous save: %v", id, ErrCorrupt, err, bakErr)
	}
	if missing(err) {
		return prev, fmt.Errorf("loading session %s: %w (the last save was missing)", id, ErrRecovered)
	}
	where, moveErr := aside()
	if moveErr != nil {
		return nil, fmt.Errorf("loading session %s: %w; moving it aside: %w", id, err, moveErr)
	}
	return prev, fmt.Errorf("loading session %s: %w (%v; kept as %s)", id, ErrRecovered, err, where)
}

// removeTemps removes the temporary files a Save killed halfway left.
func (st Folder) removeTemps(id string) {
	temps, _ := filepath.Glob(filepath.Join(st.Dir, "."+id+".json.tmp-*"))
	for _, t := range temps {
		os.Remove(t)
	}
}

// List describes every session in Dir, without their decks: the session
// saved last first, then the others newest first by Updated (newestFirst).
// A damaged file is listed with its error (see Saved.Err), not returned as
// one; a missing Dir holds no session. An empty workshop (game.Session.Empty),
// saved by an older version, is left out and its files removed.
func (st Folder) List() ([]Saved, error) {
	entries, err := os.ReadDir(st.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing sessions: %w", err)
	}
	var ids []string
	for _, e := range entries {
		name := e.Name()
		id, ok := strings.CutSuffix(name, ".json")
		if !ok {
			id, ok = strings.CutSuffix(name, ".json.bak")
		}
		if ok && e.Type().IsRegular() && checkID(id) == nil && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	list := make([]Saved, 0, len(ids))
	for _, id := range ids {
		saved, empty := st.describe(id)
		if empty {
			// Not kept; a failure, or another instance playing it, leaves it
			// unlisted all the same.
			if _, done, err := borrow(st, id); err == nil {
				st.removeEmpty(id)
				done()
			}
			continue
		}
		list = append(list, saved)
	}
	newestFirst(list, st.lastSaved())
	return list, nil
}

// newestFirst sorts what List returns: the session saved last first, when
// the store knows which (last), then by when their last move was played.
// The order of saves comes first because a clock can go back: a workshop
// played after a clock change has an older Updated than the one before.
func newestFirst(list []Saved, last string) {
	slices.SortStableFunc(list, func(a, b Saved) int {
		if (a.ID == last) != (b.ID == last) {
			if a.ID == last {
				return -1
			}
			return 1
		}
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return cmp.Compare(b.ID, a.ID)
	})
}

// describe reads what List shows of a session, from its previous save when
// its file is damaged, and whether it is an empty workshop.
func (st Folder) describe(id string) (Saved, bool) {
	main := st.path(id)
	return describeSaved(id, func(previous bool) (*game.Session, error) {
		if previous {
			return readQuick(main+".bak", id)
		}
		return readQuick(main, id)
	})
}

// describeSaved is what both stores' List show of a session, and whether
// it is an empty workshop: read reads its last save or the previous one,
// without the decks. A session whose files are both damaged is not empty:
// nobody can tell.
func describeSaved(id string, read func(previous bool) (*game.Session, error)) (Saved, bool) {
	s, err := read(false)
	if err != nil {
		prev, bakErr := read(true)
		if bakErr != nil {
			return Saved{ID: id, Err: fmt.Errorf("%w: %v; previous save: %v", ErrCorrupt, err, bakErr)}, false
		}
		s, err = prev, fmt.Errorf("%w (%v)", ErrRecovered, err)
	}
	return Saved{ID: id, Name: s.Name, Started: s.Started, Updated: s.Updated, Teams: s.Teams, Totals: s.Totals(),
		Games: len(s.Games), Finished: s.Finished, Err: err}, s.Empty()
}

// readQuick reads and checks a file without its decks.
func readQuick(file, id string) (*game.Session, error) {
	data, err := readSessionFile(file)
	if err != nil {
		return nil, err
	}
	return decode(data, id)
}

// Latest returns the id of the last session saved (in List's order) that
// can be loaded, recovered ones included, and false when there is none.
func (st Folder) Latest() (string, bool) {
	list, err := st.List()
	if err != nil {
		return "", false
	}
	for _, s := range list {
		if s.Err == nil || errors.Is(s.Err, ErrRecovered) {
			return s.ID, true
		}
	}
	return "", false
}
