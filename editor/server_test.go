package editor

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
)

// rig is an editor serving a fresh decks folder under httptest.
type rig struct {
	t    *testing.T
	s    *Server
	ts   *httptest.Server
	host string
}

func newRig(t *testing.T) *rig {
	dir := t.TempDir()
	s, err := New(dir, decks.FS, "fr")
	require.NoError(t, err)
	ts := httptest.NewUnstartedServer(nil)
	addr := ts.Listener.Addr().String()
	ts.Config.Handler = s.Handler(addr)
	ts.Start()
	t.Cleanup(ts.Close)
	return &rig{t: t, s: s, ts: ts, host: addr}
}

// request is one request to the rig; the fields left empty get what the
// editor's own page sends.
type request struct {
	method, path, body  string
	host, token, origin string
	noToken, noOrigin   bool
	contentType         string
}

func (r *rig) do(q request) (int, string) {
	r.t.Helper()
	if q.method == "" {
		q.method = http.MethodGet
	}
	req, err := http.NewRequest(q.method, r.ts.URL+q.path, strings.NewReader(q.body))
	require.NoError(r.t, err)
	req.Host = r.host
	if q.host != "" {
		req.Host = q.host
	}
	if !q.noToken {
		tok := r.s.token
		if q.token != "" {
			tok = q.token
		}
		req.Header.Set("X-Declic-Token", tok)
	}
	if q.method == http.MethodPost && !q.noOrigin {
		o := "http://" + r.host
		if q.origin != "" {
			o = q.origin
		}
		req.Header.Set("Origin", o)
	}
	ct := q.contentType
	if ct == "" && q.method == http.MethodPost {
		ct = "application/json"
	}
	req.Header.Set("Content-Type", ct)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(r.t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (r *rig) post(path string, v any) (int, string) {
	r.t.Helper()
	b, err := json.Marshal(v)
	require.NoError(r.t, err)
	return r.do(request{method: http.MethodPost, path: path, body: string(b)})
}

func TestRequestsRefused(t *testing.T) {
	r := newRig(t)
	check := `{"path": "a.fr/a.toml", "form": {"deck": {}}}`
	tests := []struct {
		name string
		req  request
		want int
	}{
		{"the page with its token", request{path: "/"}, http.StatusOK},
		{"the page without its token", request{path: "/", noToken: true}, http.StatusForbidden},
		{"the page with a wrong token", request{path: "/", token: "0123456789abcdef0123456789abcdef"}, http.StatusForbidden},
		{"the decks without a token", request{path: "/api/decks", noToken: true}, http.StatusForbidden},
		{"the decks with a wrong token", request{path: "/api/decks", token: "x"}, http.StatusForbidden},
		{"the page through another host name (DNS rebinding)", request{path: "/", host: "evil.com"}, http.StatusMisdirectedRequest},
		{"another port", request{path: "/", host: "127.0.0.1:1"}, http.StatusMisdirectedRequest},
		{"localhost at the port", request{path: "/api/decks", host: "localhost:" + r.host[strings.LastIndex(r.host, ":")+1:]}, http.StatusOK},
		{"a static file without a token", request{path: "/static/editor.js", noToken: true}, http.StatusOK},
		{"a static file through another host", request{path: "/static/editor.js", host: "evil.com", noToken: true}, http.StatusMisdirectedRequest},
		{"a check from the page", request{method: "POST", path: "/api/check", body: check}, http.StatusOK},
		{"a check without Origin", request{method: "POST", path: "/api/check", body: check, noOrigin: true}, http.StatusForbidden},
		{"a check from another site", request{method: "POST", path: "/api/check", body: check, origin: "http://evil.com"}, http.StatusForbidden},
		{"a check from localhost posted to 127.0.0.1", request{method: "POST", path: "/api/check", body: check, origin: "http://localhost:1"}, http.StatusForbidden},
		{"a check without token", request{method: "POST", path: "/api/check", body: check, noToken: true}, http.StatusForbidden},
		{"a check as a form post", request{method: "POST", path: "/api/check", body: check, contentType: "text/plain"}, http.StatusUnsupportedMediaType},
		{"a save too large", request{method: "POST", path: "/api/save", body: `{"path": "a.fr/a.toml", "x": "` + strings.Repeat("x", maxJSON) + `"}`}, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := r.do(tt.req)
			assert.Equal(t, tt.want, code, body)
		})
	}
}

func TestPathsStayInTheFolder(t *testing.T) {
	r := newRig(t)
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "x.toml"), []byte("format = 1\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(outside, "secret.png"), tinyPNG(t), 0o644))
	require.NoError(t, os.Symlink(outside, filepath.Join(r.s.Dir, "lien.fr")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "x.toml"), filepath.Join(r.s.Dir, "lien.toml")))
	require.NoError(t, os.MkdirAll(filepath.Join(r.s.Dir, "a.fr"), 0o755))
	for _, p := range []string{"../x.toml", "a.fr/../../x.toml", "/etc/x.toml", outside + "/x.toml", `..\x.toml`, "lien.fr/x.toml", "lien.fr/nouveau.toml",
		"lien.toml", ".cache/x.toml", "a.fr/./x.toml", "a.fr/x.txt", ""} {
		t.Run(p, func(t *testing.T) {
			code, body := r.post("/api/save", map[string]any{"path": p, "form": goodForm()})
			assert.Equal(t, http.StatusForbidden, code, body)
			code, body = r.post("/api/open", map[string]any{"path": p})
			assert.Equal(t, http.StatusForbidden, code, body)
		})
	}
	for _, image := range []string{"../../secret.png", "../lien.fr/secret.png", "/etc/passwd"} {
		code, body := r.do(request{path: "/api/picture?path=a.fr/a.toml&image=" + image})
		assert.Equal(t, http.StatusForbidden, code, "%s: %s", image, body)
	}
	code, body := r.do(request{path: "/api/picture?path=lien.fr/a.toml&image=secret.png"})
	assert.Equal(t, http.StatusForbidden, code, body)
	code, body = r.post("/api/save", map[string]any{"path": "a.fr/a.toml", "form": goodForm()})
	assert.Equal(t, http.StatusOK, code, body)
	assert.FileExists(t, filepath.Join(r.s.Dir, "a.fr", "a.toml"))
}

// goodForm is a deck of one verdict card and one choice, as the page
// sends it.
func goodForm() map[string]any {
	var f map[string]any
	if err := json.Unmarshal([]byte(`{
		"deck": {"id": "essai", "title": "Essai", "language": "fr"},
		"defaults": {},
		"verdicts": [{"key": "vrai", "label": "Vrai"}, {"key": "faux", "label": "Faux"}, {"key": "trompeur", "label": "Trompeur"}],
		"questions": [],
		"cards": [
			{"type": "verdict", "claim": "La Terre est ronde.", "answer": "vrai", "explanation": "On l'a mesurée."},
			{"type": "choice", "question": "Combien de pattes a une araignée ?", "choices": ["Six", "Huit"], "answer": [2], "explanation": "Huit."}
		]}`), &f); err != nil {
		panic(err)
	}
	return f
}

func TestCheckFindsTheField(t *testing.T) {
	type at struct {
		Section string
		Index   int
		Key     string
	}
	tests := []struct {
		name   string
		change func(f map[string]any)
		want   []at // the errors, warnings left out
	}{
		{"a good deck", func(map[string]any) {}, nil},
		{"a choice without a right answer", func(f map[string]any) { delete(card(f, 1), "answer") }, []at{{"card", 1, ""}}},
		{"a right answer out of the choices", func(f map[string]any) { card(f, 1)["answer"] = []any{3.0} }, []at{{"card", 1, "answer"}}},
		{"one choice only", func(f map[string]any) { card(f, 1)["choices"] = []any{"Huit"}; card(f, 1)["answer"] = []any{1.0} }, []at{{"card", 1, "choices"}}},
		{"a claim left empty", func(f map[string]any) { delete(card(f, 0), "claim") }, []at{{"card", 0, ""}}},
		{"a verdict the deck does not have", func(f map[string]any) { card(f, 0)["answer"] = "peut-etre" }, []at{{"card", 0, "answer"}}},
		{"no title", func(f map[string]any) { delete(f["deck"].(map[string]any), "title") }, []at{{"deck", 0, ""}}},
		{"a bad deck id", func(f map[string]any) { f["deck"].(map[string]any)["id"] = "Mon Deck" }, []at{{"deck", 0, "id"}}},
		{"a picture missing", func(f map[string]any) { card(f, 0)["image"] = "img/absente.png" }, []at{{"card", 0, "image"}}},
		{"a picture leaving the folder", func(f map[string]any) { card(f, 0)["image"] = "../x.png" }, []at{{"card", 0, "image"}}},
		{"a picture that is none", func(f map[string]any) { card(f, 0)["image"] = "img/texte.png" }, []at{{"card", 0, "image"}}},
		{"a picture that is one", func(f map[string]any) { card(f, 0)["image"] = "img/ok.png" }, nil},
		{"the same picture twice, judged as one", func(f map[string]any) { card(f, 0)["image"] = "img/texte.png"; card(f, 1)["image"] = "img/texte.png" },
			[]at{{"card", 0, "image"}, {"card", 1, "image"}}},
		{"a negative timer", func(f map[string]any) { f["defaults"].(map[string]any)["seconds"] = -5.0 }, []at{{"defaults", 0, "seconds"}}},
		{"the id of a bundled deck", func(f map[string]any) { f["deck"].(map[string]any)["id"] = "infox" }, []at{{"deck", 0, "id"}}},
		{"the id of another deck of the person's", func(f map[string]any) { f["deck"].(map[string]any)["id"] = "autre" }, []at{{"deck", 0, "id"}}},
		{"a typo in a key", func(f map[string]any) { card(f, 1)["anwser"] = 1.0 }, []at{{"card", 1, "anwser"}}},
	}
	r := newRig(t)
	img := filepath.Join(r.s.Dir, "essai.fr", "img")
	require.NoError(t, os.MkdirAll(img, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(img, "texte.png"), []byte("pas une image"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(img, "ok.png"), tinyPNG(t), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(r.s.Dir, "autre.toml"), []byte("format = 1\n[deck]\nid = \"autre\"\ntitle = \"Autre\"\nlanguage = \"fr\"\n[[card]]\ntype = \"open\"\nquestion = \"?\"\n"), 0o644))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := goodForm()
			tt.change(f)
			code, body := r.post("/api/check", map[string]any{"path": "essai.fr/essai.toml", "form": f})
			require.Equal(t, http.StatusOK, code, body)
			var got checkedReply
			require.NoError(t, json.Unmarshal([]byte(body), &got))
			var errs []at
			for _, fl := range got.Faults {
				if !fl.Warning {
					errs = append(errs, at{fl.Section, fl.Index, fl.Key})
					assert.NotEmpty(t, fl.Message)
				}
			}
			assert.Equal(t, tt.want, errs, body)
		})
	}
}

// TestLiveCheckSeesAPictureChange: the live check judges a picture once
// per version of its file, and again once it is replaced.
func TestLiveCheckSeesAPictureChange(t *testing.T) {
	r := newRig(t)
	pic := filepath.Join(r.s.Dir, "essai.fr", "img", "photo.png")
	require.NoError(t, os.MkdirAll(filepath.Dir(pic), 0o755))
	f := goodForm()
	card(f, 0)["image"] = "img/photo.png"
	errors := func() int {
		_, body := r.post("/api/check", map[string]any{"path": "essai.fr/essai.toml", "form": f})
		var got checkedReply
		require.NoError(t, json.Unmarshal([]byte(body), &got))
		return got.Errors
	}
	require.NoError(t, os.WriteFile(pic, []byte("pas encore une image"), 0o644))
	assert.Equal(t, 1, errors())
	assert.Equal(t, 1, errors(), "judged again from what was kept")
	require.NoError(t, os.WriteFile(pic, tinyPNG(t), 0o644))
	assert.Equal(t, 0, errors(), "the new picture judged")
}

func card(f map[string]any, i int) map[string]any { return f["cards"].([]any)[i].(map[string]any) }

func TestCheckSpeaksTheLanguage(t *testing.T) {
	r := newRig(t)
	f := goodForm()
	delete(card(f, 1), "answer")
	_, body := r.post("/api/check", map[string]any{"path": "essai.fr/essai.toml", "form": f})
	assert.Contains(t, body, "il manque « answer »")
	r.s.Lang = "en"
	_, body = r.post("/api/check", map[string]any{"path": "essai.fr/essai.toml", "form": f})
	assert.Contains(t, body, `\"answer\" is missing`)
}

// TestSaveRoundTripsBundledDecks makes a version of every bundled deck (its
// pictures copied), takes its form as the page gets it, sends it back
// through JSON and saves it: the file saved loads as the bundled deck, but
// for the copy's own id and title.
func TestSaveRoundTripsBundledDecks(t *testing.T) {
	r := newRig(t)
	bundled := r.s.bundledDecks()
	require.NotEmpty(t, bundled)
	for _, want := range bundled {
		t.Run(want.Language+"/"+want.ID, func(t *testing.T) {
			code, body := r.post("/api/open", map[string]any{"bundled": map[string]string{"id": want.ID, "language": want.Language}})
			require.Equal(t, http.StatusOK, code, body)
			var o struct {
				Path string         `json:"path"`
				Form map[string]any `json:"form"`
			}
			require.NoError(t, json.Unmarshal([]byte(body), &o))
			code, body = r.post("/api/save", map[string]any{"path": o.Path, "form": o.Form})
			require.Equal(t, http.StatusOK, code, body)
			var saved checkedReply
			require.NoError(t, json.Unmarshal([]byte(body), &saved))
			require.True(t, saved.Saved, body)

			got, problems := cards.LoadFile(filepath.Join(r.s.Dir, filepath.FromSlash(o.Path)))
			require.Zero(t, problems.Errors(), "%v", problems)
			assert.NotEqual(t, want.ID, got.ID, "a version has its own id")
			assert.Contains(t, got.Title, want.Title)
			require.Len(t, got.Cards, len(want.Cards))
			for i := range want.Cards {
				assert.Equal(t, want.Cards[i], got.Cards[i], "card %d", i+1)
			}
			assert.Equal(t, want.Verdicts, got.Verdicts)
			assert.Equal(t, want.Questions, got.Questions)
			assert.Equal(t, want.Defaults, got.Defaults)
			assert.Equal(t, []any{want.Description, want.Audience, want.Minutes, want.Author, want.License}, []any{got.Description, got.Audience, got.Minutes, got.Author, got.License})
		})
	}
}

// handWritten is a deck a facilitator wrote in Notepad, with comments.
const handWritten = `# Mon deck pour le centre social
# (version de mars)
format = 1

# Le deck lui-même
[deck]
id = "main"
title = "Écrit à la main"   # le titre provisoire
language = "fr"

[[card]]
# Celle-ci marche toujours bien
type = "verdict"
claim = "Les chats voient dans le noir complet."
answer = "faux"  # ils ont besoin d'un peu de lumière
explanation = "Il leur faut un peu de lumière."
hints = [
  "Cherchez « tapetum lucidum ».",  # le mot savant
]

# À retirer peut-être
[[card]]
type = "open"
question = "Qu'est-ce qu'une rumeur ?"
# à lire lentement
discuss = ["Qui l'a dit ?"]
`

func TestCommentsKept(t *testing.T) {
	r := newRig(t)
	file := filepath.Join(r.s.Dir, "main.fr", "main.toml")
	require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
	require.NoError(t, os.WriteFile(file, []byte(handWritten), 0o644))

	code, body := r.post("/api/open", map[string]any{"path": "main.fr/main.toml"})
	require.Equal(t, http.StatusOK, code, body)
	var o struct {
		Form map[string]any `json:"form"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &o))
	card(o.Form, 0)["claim"] = "Les chats voient dans le noir."
	code, body = r.post("/api/save", map[string]any{"path": "main.fr/main.toml", "form": o.Form})
	require.Equal(t, http.StatusOK, code, body)
	assert.Contains(t, body, `"saved":true`)
	text, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, `# Mon deck pour le centre social
# (version de mars)
format = 1

# Le deck lui-même
[deck]
id = "main"
# le titre provisoire
title = "Écrit à la main"
language = "fr"

[[card]]
# Celle-ci marche toujours bien
type = "verdict"
claim = "Les chats voient dans le noir."
# ils ont besoin d'un peu de lumière
answer = "faux"
# le mot savant
hints = ["Cherchez « tapetum lucidum »."]
explanation = "Il leur faut un peu de lumière."

# À retirer peut-être
[[card]]
type = "open"
question = "Qu'est-ce qu'une rumeur ?"
# à lire lentement
discuss = ["Qui l'a dit ?"]
`, string(text))

	// The second card removed: its comments have no place left, and the
	// editor says so before saving.
	o.Form["cards"] = o.Form["cards"].([]any)[:1]
	code, body = r.post("/api/save", map[string]any{"path": "main.fr/main.toml", "form": o.Form})
	require.Equal(t, http.StatusOK, code, body)
	var got checkedReply
	require.NoError(t, json.Unmarshal([]byte(body), &got))
	assert.False(t, got.Saved)
	assert.Equal(t, []Lost{
		{Card: 2, Table: "card card-2", Text: "À retirer peut-être"},
		{Card: 2, Table: "card card-2", Key: "discuss", Text: "à lire lentement"},
	}, got.Lost)
	after, _ := os.ReadFile(file)
	assert.Equal(t, text, after, "nothing written")
	code, body = r.post("/api/save", map[string]any{"path": "main.fr/main.toml", "form": o.Form, "dropComments": true})
	require.Equal(t, http.StatusOK, code, body)
	assert.Contains(t, body, `"saved":true`)
}

func TestSaveRefusesErrors(t *testing.T) {
	r := newRig(t)
	f := goodForm()
	delete(card(f, 1), "answer")
	code, body := r.post("/api/save", map[string]any{"path": "essai.fr/essai.toml", "form": f})
	require.Equal(t, http.StatusOK, code, body)
	assert.Contains(t, body, `"saved":false`)
	assert.NoFileExists(t, filepath.Join(r.s.Dir, "essai.fr", "essai.toml"))
}

func tinyPNG(t *testing.T) []byte {
	b, err := base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==")
	require.NoError(t, err)
	return b
}

func TestUploadJudgedByTheRules(t *testing.T) {
	r := newRig(t)
	up := func(name string, data []byte) (int, string) {
		return r.do(request{method: http.MethodPost, path: "/api/picture?path=essai.fr/essai.toml&name=" + name, body: string(data), contentType: "image/png"})
	}
	code, body := up("Photo%20Été.png", tinyPNG(t))
	require.Equal(t, http.StatusOK, code, body)
	assert.JSONEq(t, `{"image": "img/photo-t.png"}`, body)
	assert.FileExists(t, filepath.Join(r.s.Dir, "essai.fr", "img", "photo-t.png"))

	code, body = up("faux.png", []byte("ceci n'est pas une image"))
	assert.Equal(t, http.StatusUnprocessableEntity, code)
	assert.Contains(t, body, "illisible")
	assert.NoFileExists(t, filepath.Join(r.s.Dir, "essai.fr", "img", "faux.png"))

	code, body = up("script.svg", []byte("<svg/>"))
	assert.Equal(t, http.StatusUnprocessableEntity, code, body)

	code, body = up("grosse.png", bytes.Repeat([]byte{0}, maxPicture+1))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, body)
}

func TestIDFromTheTitle(t *testing.T) {
	r := newRig(t)
	require.NoError(t, os.MkdirAll(filepath.Join(r.s.Dir, "mon-atelier.fr"), 0o755))
	for _, c := range []struct {
		title, language, id string
	}{
		{"Les Écrans & nous", "fr", "les-ecrans-nous"},
		{"  Œuvres d'art, vraies ou fausses ?", "fr", "oeuvres-d-art-vraies-ou-fausses"},
		{"Mon atelier", "fr", "mon-atelier-2"}, // its folder is taken
		{"Mon atelier", "en", "mon-atelier"},
		{"!!!", "fr", "mon-deck"},
		{"", "en", "my-deck"},
		{strings.Repeat("abcdefghij ", 6), "fr", "abcdefghij-abcdefghij-abcdefghij-abcdefg"},
	} {
		t.Run(c.title, func(t *testing.T) {
			code, body := r.post("/api/id", map[string]any{"title": c.title, "language": c.language})
			require.Equal(t, http.StatusOK, code, body)
			var got struct{ ID, Path string }
			require.NoError(t, json.Unmarshal([]byte(body), &got))
			assert.Equal(t, c.id, got.ID)
			assert.Equal(t, c.id+"."+c.language+"/"+c.id+".toml", got.Path)
		})
	}
}
