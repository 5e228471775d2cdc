// Package assets holds what Déclic embeds besides its decks: the
// translations of everything a player or facilitator reads, and later its
// fonts and sounds. Nothing is decoded at start-up: constructors read the
// embedded files and return an error when they cannot.
package assets

import "embed"

//go:embed i18n/*.toml
var translations embed.FS
