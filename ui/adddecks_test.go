package ui

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/store"
)

func smallDeck(id, title string) []byte {
	return []byte("format = 1\n\n[deck]\nid = \"" + id + "\"\ntitle = \"" + title + "\"\nlanguage = \"fr\"\n\n" +
		"[[card]]\ntype = \"open\"\nquestion = \"Une question ?\"\nexplanation = \"Une réponse.\"\n")
}

func TestAddDecksKeepsValidDecks(t *testing.T) {
	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	before := len(d.Library.Decks)

	notice := d.addDecks(fstest.MapFS{"atelier.toml": {Data: smallDeck("atelier", "L'atelier du jour")}})
	assert.Equal(t, "Jeu ajouté : L'atelier du jour (gardé dans "+shelf.Dir+").", notice)
	require.Len(t, d.Library.Decks, before+1)
	added := d.Library.Find("atelier", "fr")
	require.NotNil(t, added)
	assert.True(t, shelf.Owns(added))
	assert.FileExists(t, filepath.Join(shelf.Dir, "atelier.fr", "atelier.toml"), "kept for the next runs")

	// The same deck corrected replaces it, in the library and on disk.
	notice = d.addDecks(fstest.MapFS{"atelier-v2.toml": {Data: smallDeck("atelier", "L'atelier, corrigé")}})
	assert.Contains(t, notice, "Jeu ajouté : L'atelier, corrigé")
	assert.Len(t, d.Library.Decks, before+1)
	assert.Equal(t, "L'atelier, corrigé", d.Library.Find("atelier", "fr").Title)
	entries, err := os.ReadDir(filepath.Join(shelf.Dir, "atelier.fr"))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "atelier-v2.toml", entries[0].Name())
}

func TestAddDecksFromAZipWithPictures(t *testing.T) {
	d := sceneDeps(t)
	shelf := store.FolderShelf{Dir: t.TempDir()}
	d.Shelf = shelf
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"pictures.toml", "img/wifi.png", "img/minitel.jpg", "img/bip.wav"} {
		data, err := os.ReadFile(filepath.Join("..", "cards", "testdata", "valid", filepath.FromSlash(name)))
		require.NoError(t, err)
		w, err := zw.Create("mon-jeu/" + name)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())

	notice := d.addDecks(fstest.MapFS{"mon-jeu.zip": {Data: buf.Bytes()}})
	assert.Equal(t, "Jeu ajouté : Avec des images (gardé dans "+shelf.Dir+").", notice)
	deck := d.Library.Find("images", "fr")
	require.NotNil(t, deck)
	for _, f := range []string{"img/wifi.png", "img/minitel.jpg", "img/bip.wav"} {
		assert.FileExists(t, filepath.Join(shelf.Dir, "images.fr", filepath.FromSlash(f)))
		_, err := fs.ReadFile(deck.Assets, f)
		assert.NoError(t, err, "the deck reads its pictures and sounds from where they are kept")
	}
}

func TestAddDecksRefuses(t *testing.T) {
	d := sceneDeps(t)
	d.Shelf = store.FolderShelf{Dir: t.TempDir()}
	before := len(d.Library.Decks)

	broken := append(smallDeck("casse", "Cassé"), []byte("\n[[card]]\ntype = \"verdict\"\n")...)
	notice := d.addDecks(fstest.MapFS{"casse.toml": {Data: broken}})
	assert.Contains(t, notice, "Jeu refusé, il a 2 erreurs, dont : casse.toml:")
	assert.Contains(t, d.addDecks(fstest.MapFS{"notes.txt": {Data: []byte("hello")}}), "Aucun jeu de cartes dans ces fichiers")
	assert.Contains(t, d.addDecks(fstest.MapFS{"jeux.zip": {Data: []byte("PK not really")}}), "jeux.zip n'est pas une archive .zip lisible")
	assert.Equal(t, "« Découverte copiée » a le même identifiant (decouverte) qu'un jeu fourni : changez son id pour l'ajouter.",
		d.addDecks(fstest.MapFS{"d.toml": {Data: smallDeck("decouverte", "Découverte copiée")}}))
	assert.Len(t, d.Library.Decks, before, "nothing added")
	entries, err := os.ReadDir(d.Shelf.Where())
	require.NoError(t, err)
	assert.Empty(t, entries)

	d.Shelf = nil
	assert.Equal(t, "Ici, on ne peut pas ajouter de jeux.", d.addDecks(fstest.MapFS{}))
}

func TestDeckSceneAddButtonSaysHowOnAComputer(t *testing.T) {
	d := sceneDeps(t)
	d.Shelf = store.FolderShelf{Dir: "/home/anne/.config/declic/decks"}
	sc := newDeckScene(d, nil, backScene{}).(*deckScene)
	dr := newSceneDriver(t, d, sc)
	l := layoutDecks(d.View.Metrics, sc.chipCount(), sc.canAdd(), sc.canEdit())
	dr.tap(l.add)
	assert.Equal(t, "Glissez sur cette fenêtre un fichier de jeu (.toml), un dossier, un .zip ou un tableur de questions (.xlsx, .ods, .csv : modèle Kahoot ou de Déclic). Un fichier .toml peut aussi être copié dans /home/anne/.config/declic/decks.", d.View.Notice)
	d.View.Notice = ""
	dr.press(ActionPointPlus)
	assert.NotEmpty(t, d.View.Notice, "+ does the same")
}

func TestAddedDecksListedFirst(t *testing.T) {
	d := sceneDeps(t)
	d.Shelf = store.FolderShelf{Dir: t.TempDir()}
	d.addDecks(fstest.MapFS{"atelier.toml": {Data: smallDeck("atelier", "L'atelier du jour")}})
	sc := newDeckScene(d, nil, backScene{}).(*deckScene)
	assert.Equal(t, "atelier", sc.decks()[0].ID, "the player's own deck first")
	f := newFamilyScene(d, backScene{})
	assert.Equal(t, "atelier", f.decks()[0].ID)
}
