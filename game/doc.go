// Package game is Déclic's rules engine: a workshop session with its teams,
// the games played in it, the turns, the scoring of every card kind, the
// timers, undo, and crash-safe saving.
//
// It is plain Go, deterministic and tested without a display: it never
// imports Ebitengine, never reads the clock (time arrives as durations passed
// in) and never uses a global random source (a game's seed is stored in it).
//
// Every move goes through Game.Apply (or Session.Apply), which checks it in a
// fixed order and returns a typed error; an accepted move becomes an Event in
// the game's log, with the points it gave each team. Scores are derived from
// the log, so undo and manual points are exact.
package game
