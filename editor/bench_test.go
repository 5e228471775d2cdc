package editor

import (
	"encoding/json"
	"io/fs"
	"path"
	"path/filepath"
	"testing"

	"declic/internal/safefile"

	"declic/decks"
)

// BenchmarkCheck is the work of one /api/check on the largest bundled deck
// (its pictures copied into the deck's folder): the form written, parsed
// by the rules, the problems traced back, each picture judged once. The
// page sends one 300 ms after the last key; this must stay well under
// that. BenchmarkSave is the same deck checked as Save checks it, every
// picture decoded.
func BenchmarkCheck(b *testing.B) { benchCheck(b, true) }

// BenchmarkSave: see BenchmarkCheck.
func BenchmarkSave(b *testing.B) { benchCheck(b, false) }

func benchCheck(b *testing.B, live bool) {
	s, err := New(b.TempDir(), decks.FS, "fr")
	if err != nil {
		b.Fatal(err)
	}
	best := s.bundledDecks()[0]
	for _, d := range s.bundledDecks() {
		if len(d.Cards) > len(best.Cards) {
			best = d
		}
	}
	text, err := fs.ReadFile(decks.FS, path.Join(best.Language, path.Base(best.Path)))
	if err != nil {
		b.Fatal(err)
	}
	// The deck's pictures on disk, as a user's deck has them.
	rel, err := s.copyBundled(best.ID, best.Language)
	if err != nil {
		b.Fatal(err)
	}
	form := FormOf(best)
	form.Deck["id"] = best.ID + "-copie"
	raw, err := json.Marshal(form)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: %d cards, %d bytes of JSON", best.Path, len(best.Cards), len(raw))
	dir := filepath.Join(s.Dir, filepath.Dir(filepath.FromSlash(rel)))
	var files fileJudge
	if live {
		files = func(key, rel string) string { return s.judgeFile(dir, key, rel) }
	}
	b.ReportAllocs()
	for b.Loop() {
		var form Form
		if err := json.Unmarshal(raw, &form); err != nil {
			b.Fatal(err)
		}
		if c := check(&form, text, best.Path, safefile.Dir(dir), "fr", files, s.others("")); c.Errors > 0 {
			b.Fatal(c.Faults)
		}
	}
}
