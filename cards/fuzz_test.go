package cards

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds the loader anything: it must never panic, every problem
// must render as a message (an argument for every verb) at a place inside the
// text, and a deck comes back only when no problem is an error.
func FuzzLoad(f *testing.F) {
	for _, dir := range []string{"broken", "valid"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.toml"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(deck("[[card]]\ntype = \"order\"\nprompt = '''a\n'''\nitems = [\"a\", [\"b\"], {c = 1}]\n")))
	f.Add([]byte("a.b.c = 1\n[x.y]\n[[x.z]]\n\"\" = 2\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		d, problems := Parse("f.toml", src, nil)
		lines := strings.Count(string(src), "\n") + 1
		for _, p := range problems {
			// Every verb of the message gets an argument: deck text may hold
			// "%!" itself, so the rendered text cannot tell.
			for _, format := range []string{messages[p.id].fr, messages[p.id].en} {
				if verbs := strings.Count(format, "%") - 2*strings.Count(format, "%%"); verbs != len(p.args) {
					t.Fatalf("message %q gets %d arguments: %s", format, len(p.args), p.Text("en"))
				}
			}
			if p.Line < 0 || p.Line > lines || p.Col < 0 {
				t.Fatalf("problem outside the text (%d lines): %s", lines, p.Text("en"))
			}
		}
		if (d != nil) != (problems.Errors() == 0) {
			t.Fatalf("deck %v with %d errors", d != nil, problems.Errors())
		}
	})
}
