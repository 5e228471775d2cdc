// Package web holds the deck editor's page: index.html, its script and
// style sheet, and preview.html, the frame that draws a card as a phone
// shows it with the room's own style sheet and script (lan/web). No
// framework, no font and nothing outside the editor's server: the server
// serves them under a Content-Security-Policy of 'self'.
package web

import "embed"

// FS holds the page's files at its top.
//
//go:embed index.html editor.js editor.css preview.html preview.js
var FS embed.FS
