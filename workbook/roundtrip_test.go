package workbook

import (
	"bytes"
	"fmt"
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
	"declic/decks"
)

// bookOf reads an .xlsx written by Write as declic import reads it.
func bookOf(t *testing.T, name string, data []byte) *Book {
	t.Helper()
	b, err := Read(name, data)
	require.NoError(t, err)
	return b
}

// imported reads a book in the template as declic import does (without
// its --id, --title, --lang): fromTemplate, Encode, Parse with the
// draft's pictures; it fails the test on a note or an error, told at its
// cell.
func imported(t *testing.T, b *Book) (*cards.Deck, fs.FS) {
	t.Helper()
	r, err := Import(b, Options{})
	require.NoError(t, err)
	for _, p := range r.Problems {
		t.Errorf("%s", p.Text("en"))
	}
	require.NotNil(t, r.Deck, "%s: no deck", b.Name)
	assets := fstest.MapFS{}
	for name, data := range r.Pictures {
		assets[name] = &fstest.MapFile{Data: data}
	}
	return r.Deck, assets
}

// sameDeck compares two decks field by field, each difference naming the
// deck, the card and the field; pictures are compared by their bytes, the
// template naming them after their card.
func sameDeck(t *testing.T, want *cards.Deck, wantAssets fs.FS, got *cards.Deck, gotAssets fs.FS) {
	t.Helper()
	name := want.Language + "/" + want.ID
	for _, f := range []string{"ID", "Title", "Language", "Description", "Audience", "Minutes", "Author", "License", "Defaults", "Verdicts", "Questions"} {
		assert.Equal(t, reflect.ValueOf(*want).FieldByName(f).Interface(), reflect.ValueOf(*got).FieldByName(f).Interface(), "%s: deck's %s", name, f)
	}
	require.Len(t, got.Cards, len(want.Cards), "%s: cards", name)
	ct := reflect.TypeOf(cards.Card{})
	for i := range want.Cards {
		w, g := reflect.ValueOf(want.Cards[i]), reflect.ValueOf(got.Cards[i])
		for j := 0; j < ct.NumField(); j++ {
			field := ct.Field(j).Name
			if field == "Image" {
				continue
			}
			assert.Equal(t, w.Field(j).Interface(), g.Field(j).Interface(), "%s: card %d (%s): %s", name, i+1, want.Cards[i].ID, field)
		}
		wi, gi := want.Cards[i].Image, got.Cards[i].Image
		if assert.Equal(t, wi == "", gi == "", "%s: card %d (%s): Image %q, got %q", name, i+1, want.Cards[i].ID, wi, gi) && wi != "" {
			wd, err := fs.ReadFile(wantAssets, wi)
			require.NoError(t, err)
			gd, err := fs.ReadFile(gotAssets, gi)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(wd, gd), "%s: card %d (%s): the picture %s came back as other bytes (%s)", name, i+1, want.Cards[i].ID, wi, gi)
		}
	}
}

// TestEveryBundledDeckComesBackFromItsSheet: declic sheet then declic
// import gives a bundled deck's cards, texts, answers, pictures, verdicts
// and board questions back, in both languages of the headers.
func TestEveryBundledDeckComesBackFromItsSheet(t *testing.T) {
	all, problems := cards.LoadFS(decks.FS, ".", "decks/")
	require.Empty(t, problems)
	require.NotEmpty(t, all)
	pictures := 0
	for _, d := range all {
		for _, lang := range []string{"fr", "en"} {
			t.Run(fmt.Sprintf("%s/%s/%s", d.Language, d.ID, lang), func(t *testing.T) {
				data, err := Write(d, lang)
				require.NoError(t, err)
				got, assets := imported(t, bookOf(t, d.ID+".xlsx", data))
				sameDeck(t, d, d.Assets, got, assets)
				if lang == d.Language {
					pictures += len(assets.(fstest.MapFS))
				}
			})
		}
	}
	assert.Positive(t, pictures, "the bundled decks' pictures are embedded and come back")
}

// TestTheEmptyTemplateImportsAsADeck: the examples of the empty template
// are a valid deck, one card of each kind but the character.
func TestTheEmptyTemplateImportsAsADeck(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			data, err := Write(nil, lang)
			require.NoError(t, err)
			b := bookOf(t, "modele.xlsx", data)
			require.Len(t, b.Sheets, 3)
			assert.Equal(t, []string{cardsSheet.In(lang), deckSheet.In(lang), howToSheet.In(lang)},
				[]string{b.Sheets[0].Name, b.Sheets[1].Name, b.Sheets[2].Name})
			got, _ := imported(t, b)
			var kinds []cards.Kind
			for _, c := range got.Cards {
				kinds = append(kinds, c.Kind)
			}
			assert.Equal(t, []cards.Kind{cards.KindVerdict, cards.KindChoice, cards.KindClues, cards.KindSpectrum, cards.KindOrder, cards.KindOpen}, kinds)
			want, err := Example(lang)
			require.NoError(t, err)
			sameDeck(t, want, want.Assets, got, nil)
		})
	}
}

// TestImportReadsTheTemplate: declic import's Import, with Déclic's
// template among its layouts, makes a sheet of a bundled deck into the
// same deck under another id, its pictures beside it.
func TestImportReadsTheTemplate(t *testing.T) {
	all, problems := cards.LoadFS(decks.FS, ".", "decks/")
	require.Empty(t, problems)
	for _, d := range all {
		if d.ID != "infox" && d.ID != "guess-who-digital" {
			continue
		}
		data, err := Write(d, "fr")
		require.NoError(t, err)
		b, err := Read(d.ID+".xlsx", data)
		require.NoError(t, err)
		r, err := Import(b, Options{ID: d.ID + "-club", Lang: "fr"})
		require.NoError(t, err)
		for _, p := range r.Problems {
			t.Errorf("%s", p.Text("en"))
		}
		require.NotNil(t, r.Deck, d.ID)
		assert.Equal(t, d.ID+"-club", r.Deck.ID)
		assert.Len(t, r.Deck.Cards, len(d.Cards), d.ID)
		for name := range r.Pictures {
			assert.Regexp(t, `^img/`+d.ID+`-club/[a-z0-9-]+\.png$`, name)
		}
		assert.NotEmpty(t, r.Pictures, d.ID)
	}
}

// BenchmarkSheet times declic sheet's work on the biggest bundled deck
// with pictures (Write), and reading the sheet back into a deck file
// (Read, fromTemplate, Encode, Parse).
func BenchmarkSheet(b *testing.B) {
	all, _ := cards.LoadFS(decks.FS, ".", "decks/")
	var d *cards.Deck
	for _, x := range all {
		if x.ID == "infox" {
			d = x
		}
	}
	data, err := Write(d, "fr")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Write", func(b *testing.B) {
		for b.Loop() {
			if _, err := Write(d, "fr"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Read", func(b *testing.B) {
		for b.Loop() {
			if _, err := Read("infox.xlsx", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadBack", func(b *testing.B) {
		for b.Loop() {
			book, err := Read("infox.xlsx", data)
			if err != nil {
				b.Fatal(err)
			}
			draft, _ := fromTemplate(book)
			text, _ := draft.File.Encode()
			assets := fstest.MapFS{}
			for name, data := range draft.Pictures {
				assets[name] = &fstest.MapFile{Data: data}
			}
			if _, problems := cards.Parse("infox.xlsx", text, assets); problems.Errors() > 0 {
				b.Fatal(problems)
			}
		}
	})
}
