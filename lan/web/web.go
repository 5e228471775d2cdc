// Package web holds the room's pages (issue 14): phone.html, a player's
// answer pad, and console.html, the facilitator's presenter view, with the
// script of each and the style sheet they share. They use no framework, no
// web font and nothing outside the room, and keep their scripts and
// styles in files of their own, so that lan serves them under a
// Content-Security-Policy of 'self'. lan.Options.Pages takes FS.
package web

import "embed"

// FS holds the pages at its top: phone.html, console.html, phone.js,
// console.js and room.css. It is read once when the room opens.
//
//go:embed phone.html console.html phone.js console.js room.js room.css
var FS embed.FS
