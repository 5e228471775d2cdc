package cards

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
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
	// Deep and long inputs, the tokens Go's fuzzing has no dictionary for.
	for _, s := range deepSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, problems := Parse("f.toml", src, nil)
		checkProblems(t, src, d, problems)
	})
}

// deepSeeds start the fuzzing near the limits of internal/tomlguard.
var deepSeeds = []string{
	"x = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n",
	"x = " + strings.Repeat("{a=", 20) + "1" + strings.Repeat("}", 20) + "\n",
	strings.Repeat("a.", 20) + "a = 1\n",
	"[" + strings.Repeat("t.", 20) + "t]\n[[" + strings.Repeat("\"t\".", 20) + "t]]\n",
	"x = [\"[[[[\", '{{{{', \"\"\"\n[[[[\n\"\"\", '''{{{{''', # [[[[\n" + strings.Repeat("[", 33) + "\n",
	"x = \"\\\"[[[\" " + strings.Repeat("{", 33) + "\n",
	"[" + strings.Repeat("k", 120) + "]\n" + strings.Repeat("abcdefgh = 1\n", 3),
}

// fuzzTokens are the tokens FuzzLoadAssets repeats: TOML's nesting, keys and
// texts.
var fuzzTokens = []string{"[", "{", ".", "\"", "'", "=", "\n", ",", "]", "}", "{a=", "a.", "[[", "'''", "\"\"\"", "\\", "#", "k = 1\n", "[[card]]\n"}

// FuzzLoadAssets loads a deck with a real picture and a real sound from a
// folder (fstest.MapFS, through LoadFS as the bundled decks are), its text
// made of a prefix, a token of fuzzTokens repeated up to 65,535 times, and a
// suffix: the fuzzer reaches deep and long inputs that random bytes would
// take ages to build.
func FuzzLoadAssets(f *testing.F) {
	png, err := os.ReadFile(filepath.Join("testdata", "valid", "img", "wifi.png"))
	if err != nil {
		f.Fatal(err)
	}
	wav, err := os.ReadFile(filepath.Join("testdata", "valid", "img", "bip.wav"))
	if err != nil {
		f.Fatal(err)
	}
	card := "[[card]]\ntype = \"verdict\"\nclaim = \"C\"\nanswer = \"vrai\"\nexplanation = \"E\"\nimage = \"img/p.png\"\nsound = \"img/s.wav\"\n"
	f.Add([]byte(deck(card)), uint8(0), uint16(0), []byte(""))
	f.Add([]byte(deck(card)+"x = "), uint8(0), uint16(1_000), []byte("\n"))
	f.Add([]byte(deck(card)+"x = "), uint8(10), uint16(10_000), []byte("1\n"))
	f.Add([]byte(deck(card)), uint8(11), uint16(30_000), []byte("a = 1\n"))
	f.Add([]byte(deck(card)+"image = \"img/"), uint8(2), uint16(100), []byte("/p.png\"\n"))
	f.Add([]byte(deck("")), uint8(18), uint16(2_000), []byte(card))
	f.Add([]byte(deck(card)+"claim = \"a"), uint8(15), uint16(5_000), []byte("\"\n"))
	f.Add([]byte(deck(strings.ReplaceAll(card, "img/p.png", "img/bad.png"))), uint8(6), uint16(3), []byte(card))
	f.Add([]byte(deck(strings.ReplaceAll(card, "img/s.wav", "img/p.png"))), uint8(16), uint16(40), []byte(" [[[\n"))
	f.Fuzz(func(t *testing.T, prefix []byte, token uint8, count uint16, suffix []byte) {
		src := append(append(append([]byte{}, prefix...), bytes.Repeat([]byte(fuzzTokens[int(token)%len(fuzzTokens)]), int(count))...), suffix...)
		fsys := fstest.MapFS{
			"d/deck.toml":   {Data: src},
			"d/img/p.png":   {Data: png},
			"d/img/s.wav":   {Data: wav},
			"d/img/bad.png": {Data: wav},
		}
		decks, problems := LoadFS(fsys, ".", "")
		var d *Deck
		if len(decks) > 0 {
			d = decks[0]
		}
		checkProblems(t, src, d, problems)
	})
}

// checkProblems checks what loading src gave: every problem renders with an
// argument for every verb, at a place inside the text, in a bounded
// message; a deck comes back only when no problem is an error.
func checkProblems(t *testing.T, src []byte, d *Deck, problems Problems) {
	t.Helper()
	lines := bytes.Count(src, []byte("\n")) + 1
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
		for _, lang := range []string{"fr", "en"} {
			if n := utf8.RuneCountInString(p.Message(lang)); n > 600 {
				t.Fatalf("message of %d characters: %.200s…", n, p.Message(lang))
			}
		}
	}
	if (d != nil) != (problems.Errors() == 0) {
		t.Fatalf("deck %v with %d errors", d != nil, problems.Errors())
	}
}
