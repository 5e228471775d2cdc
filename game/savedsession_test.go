package game

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"declic/cards"
)

// The engine's tests of a session read back (FuzzSession, the bounds)
// share the store's small deck; the files themselves are store's
// (declic/store), tested there.

// storeDeck is a small deck of verdict cards played in turns: the default
// French verdicts are vrai (0), faux (1), trompeur (2).
const storeDeck = `format = 1
[deck]
id = "essai"
title = "Essai"
language = "fr"
[defaults]
mode = "turns"
[[card]]
type = "verdict"
id = "requin"
claim = "Un requin nage dans une rue inondée de Houston."
answer = "faux"
explanation = "Photomontage."
[[card]]
type = "verdict"
id = "sms"
claim = "Le premier SMS a été envoyé en 1992."
answer = "vrai"
explanation = "Le 3 décembre 1992."
[[card]]
type = "verdict"
id = "pape"
claim = "Le pape porte une doudoune blanche."
answer = "trompeur"
explanation = "Image générée."
`

func parseStoreDeck(t testing.TB, src string) *cards.Deck {
	t.Helper()
	d, problems := cards.Parse("t.toml", []byte(src), nil)
	require.Zero(t, problems.Errors(), "%v", problems)
	require.NotNil(t, d)
	return d
}

// storeFinder finds the decks given, by id and language.
func storeFinder(decks ...*cards.Deck) func(DeckRef) (*cards.Deck, error) {
	return func(ref DeckRef) (*cards.Deck, error) {
		for _, d := range decks {
			if d.ID == ref.ID && d.Language == ref.Language {
				return d, nil
			}
		}
		return nil, fmt.Errorf("no deck %q", ref.ID)
	}
}

var storeStart = time.Date(2026, 11, 28, 14, 0, 0, 0, time.UTC)

// maxSavedSize is store.MaxSessionSize, the largest session file a store
// reads (game cannot import store).
const maxSavedSize = 32 << 20

// readBack is what a store does with a session between a save and a later
// start, but for the file around it: encode it, decode it, restore it
// with its decks. It fails the test when any step fails.
func readBack(t testing.TB, s *Session, find func(DeckRef) (*cards.Deck, error)) *Session {
	t.Helper()
	body, err := json.Marshal(s)
	require.NoError(t, err)
	require.Less(t, len(body), maxSavedSize, "a store would not read the file back")
	got, err := DecodeSession(body)
	require.NoError(t, err)
	require.NoError(t, got.Restore(find))
	return got
}
