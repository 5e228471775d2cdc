package cards

import (
	"fmt"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// bigDeck writes a deck of n cards of every non-board kind, as a facilitator
// would, comments and all.
func bigDeck(n int) []byte {
	var b strings.Builder
	b.WriteString("format = 1\n\n[deck]\nid = \"grand\"\ntitle = \"Un grand jeu\"\nlanguage = \"fr\"\n\n[defaults]\nseconds = 45\n")
	for i := 0; i < n; i++ {
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"verdict\"\nid = \"c%d\"\nclaim = \"Affirmation numéro %d, à vérifier avant de partager.\"\nanswer = \"faux\"\nhints = [\"Cherchez la source.\", \"Regardez la date.\"]\nexplanation = \"Une explication courte.\"\nsource = \"https://example.org/%d\"\n", i, i, i)
		case 1:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"choice\"\nid = \"c%d\"\nquestion = \"Question %d ?\"\nchoices = [\"Un\", \"Deux\", \"Trois\"]  # trois choix\nanswer = 2\nexplanation = \"Parce que.\"\n", i, i)
		case 2:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"clues\"\nid = \"c%d\"\nanswer = \"Réponse %d\"\nclues = [\"Dur\", \"Moins dur\", \"Facile\", \"Très facile\"]\npoints = [4, 3, 2, 1]\n", i, i)
		case 3:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"spectrum\"\nid = \"c%d\"\nstatement = \"\"\"Une affirmation\nsur deux lignes %d.\"\"\"\nleft = \"Pas du tout d'accord\"\nright = \"Tout à fait d'accord\"\ntarget = 70\nzones = [5, 12, 20]\n", i, i)
		case 4:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"order\"\nid = \"c%d\"\nprompt = \"Du plus ancien au plus récent (%d)\"\nitems = [\n  \"Minitel\",\n  \"Wi-Fi\",\n  \"Smartphone\",\n]\n", i, i)
		case 5:
			fmt.Fprintf(&b, "\n[[card]]\ntype = \"open\"\nid = \"c%d\"\nquestion = \"Question ouverte %d ?\"\ndiscuss = [\"Pourquoi ?\"]\n", i, i)
		}
	}
	return []byte(b.String())
}

// BenchmarkLoad compares loading and checking a 10,000-card deck with a bare
// TOML decode of the same bytes into a map, the least any loader must do.
func BenchmarkLoad(b *testing.B) {
	src := bigDeck(10000)
	b.Run("toml.Decode", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			var m map[string]any
			if _, err := toml.Decode(string(src), &m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cards.Parse", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			d, problems := Parse("grand.toml", src, nil)
			if d == nil || len(problems) > 0 {
				b.Fatal(problems[0].Text("en"))
			}
		}
	})
}

func TestBigDeckIsValid(t *testing.T) {
	d, problems := Parse("grand.toml", bigDeck(60), nil)
	for _, p := range problems {
		t.Error(p.Text("en"))
	}
	if d == nil || len(d.Cards) != 60 {
		t.Fatal("the benchmark's deck does not load")
	}
}
