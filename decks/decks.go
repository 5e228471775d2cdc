// Package decks holds the decks bundled with Déclic. They are ordinary deck
// files in the TOML format that the cards package reads, so a facilitator can
// copy one as a template for their own deck.
package decks

import "embed"

// FS holds the bundled decks, one folder per language named by its language
// tag (fr/, en/), each folder holding *.toml deck files. Paths are
// slash-separated and relative to the root, such as "fr/decouverte.toml".
//
//go:embed fr en
var FS embed.FS
