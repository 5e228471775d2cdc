package editor

import (
	"bytes"
	"io/fs"
	"mime"
	"net/http"
	"path"

	"declic/editor/web"
	lanweb "declic/lan/web"
)

// static serves the page's files, and the room's style sheet and script
// (lan/web) that the preview draws a card with. They hold no data and no
// secret: they need no token.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	var fsys fs.FS = web.FS
	if name == "room.css" || name == "room.js" {
		fsys = lanweb.FS
	} else if name == "index.html" {
		http.NotFound(w, r)
		return
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	w.Write(data)
}

// page serves the editor's page in the server's language.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	data, err := fs.ReadFile(web.FS, "index.html")
	if err != nil {
		s.fail(w, err)
		return
	}
	data = bytes.ReplaceAll(data, []byte(`lang="fr"`), []byte(`lang="`+s.Lang+`"`))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Frame-Options", "DENY")
	w.Write(data)
}
