package editor

// messages are the server's own words to the person (the deck's problems
// are cards'), French first.
var messages = map[string][2]string{
	"failed":      {"Quelque chose n’a pas marché", "Something went wrong"},
	"bad_request": {"Demande illisible", "Unreadable request"},
	"too_large":   {"Trop gros", "Too large"},
	"bad_path":    {"Ce chemin sort du dossier des decks", "This path leaves the decks folder"},
	"no_deck":     {"Ce deck n’existe pas", "This deck does not exist"},
	"unreadable":  {"Ce deck a des erreurs qu’il faut corriger dans le fichier avant de l’ouvrir ici", "This deck has errors to fix in its file before it can be opened here"},
	"bad_picture": {"Choisissez une image PNG, JPEG, GIF ou WebP", "Choose a PNG, JPEG, GIF or WebP picture"},
	"copy_title":  {"%s (ma version)", "%s (my version)"},
	"new_title":   {"Mon deck", "My deck"},
}

// say returns a message in the server's language.
func (s *Server) say(id string) string {
	m, ok := messages[id]
	if !ok {
		return id
	}
	if s.Lang == "en" {
		return m[1]
	}
	return m[0]
}
