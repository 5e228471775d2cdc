package printable

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestName(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"Renards", 20, "Renards"},
		{"  Les   Renards\t\n", 20, "Les Renards"},
		{"Re\x1b[31mnards\a", 20, "Re[31mnards"},
		{"\u202eSDRANER", 20, "SDRANER"},
		{"a\u2066b\u2069c\u202ad", 20, "abcd"},
		{"Ren\x85ards\x7f", 20, "Renards"},
		{"bad \xff utf-8", 20, "bad utf-8"},
		{strings.Repeat("x", 10000), 20, strings.Repeat("x", 20)},
		{"Les Renards du collège A", 20, "Les Renards du collè"},
		{"abcdefghij klmnopqrstuvw", 11, "abcdefghij"}, // no space left dangling at the cut
		{"مرحبا\u200fبكم", 20, "مرحبا\u200fبكم"},       // a direction mark is a letter
		{"\x1b\a\u202e", 20, ""},
		{"no limit at all", 0, "no limit at all"},
		{"\u00a0Les Renards\u00a0!\u00a0", 20, "Les Renards\u00a0!"},
		{"a\u00a0 \u2003b\u2028c", 20, "a b c"},
		// Nothing that shows by itself: blank.
		{"\u200b", 20, ""},
		{"\u200b\u200d\u200e", 20, ""},
		{"\u0301\u0301\u0301", 20, ""},
		// Accents piled on a letter: MaxMarks kept.
		{"e" + strings.Repeat("\u0301", 2000) + "t\u00e9", 20, "e\u0301\u0301\u0301\u0301t\u00e9"},
		{"Vi\u1ec7t", 20, "Vi\u1ec7t"},
		{"Vie\u0323\u0302t", 20, "Vie\u0323\u0302t"},
	} {
		assert.Equal(t, c.want, Name(c.in, c.max), "%q", c.in)
	}
}

func TestVisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Un cookie 🍪 « ici » !", "Un cookie 🍪 « ici » !"},
		{"ligne 1\nligne 2\tfin", "ligne 1\nligne 2\tfin"},
		{"ligne 1\r\nligne 2\rligne 3", "ligne 1\nligne 2\nligne 3"},
		{"abc\u202edef", "abc[U+202E]def"},
		{"\x1b]0;titre\a", "[U+001B]]0;titre[U+0007]"},
		{"\u0085\u2067x\u2069", "[U+0085][U+2067]x[U+2069]"},
		{"\xffx", "\uFFFDx"},
		{"a" + strings.Repeat("\u0301", 98) + " b", "a\u0301\u0301\u0301\u0301 b"},
		{"مُّ", "مُّ"},
	} {
		assert.Equal(t, c.want, Visible(c.in), "%q", c.in)
	}
}

func TestWriter(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	assert.Same(t, w, NewWriter(w), "a writer is not wrapped twice")
	_, err := fmt.Fprintf(w, "%s\t%s\n", "Re\x1b[2Jnards\a", "ligne\rréécrite \u202egol.exe")
	require.NoError(t, err)
	// "é" cut between two writes is written whole.
	e := []byte("é")
	_, _ = w.Write([]byte{'c', 'a', 'f', e[0]})
	_, _ = w.Write([]byte{e[1], '\x9b', '\n'})
	assert.Equal(t, "Re[U+001B][2Jnards[U+0007]\tligne[U+000D]réécrite [U+202E]gol.exe\ncafé\uFFFD\n", out.String())
	for _, b := range out.Bytes() {
		assert.False(t, b < 0x20 && b != '\n' && b != '\t', "raw control byte %#x", b)
	}
}

// FuzzPrintable checks what each function promises on any input: no
// control character out (but line feeds and tabs in texts), names on one
// trimmed line within their length, a writer that does so whatever the
// cut between writes.
func FuzzPrintable(f *testing.F) {
	for _, s := range []string{"Renards", "a\x1b[2J\a", "\u202eabc", "é\xff\xc3", "  a \t\n b  ", "\r\n\r"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		controlFree := func(out string, keep string) {
			for _, r := range out {
				if IsControl(r) && !strings.ContainsRune(keep, r) {
					t.Fatalf("%q gives %q, with %U", s, out, r)
				}
			}
		}
		v := Visible(s)
		controlFree(v, "\n\t")
		n := Name(s, 20)
		controlFree(n, "")
		if utf8.RuneCountInString(n) > 20 || strings.TrimSpace(n) != n || strings.Contains(n, "  ") || !utf8.ValidString(n) {
			t.Fatalf("Name(%q) = %q", s, n)
		}
		var out bytes.Buffer
		w := NewWriter(&out)
		if cut < 0 {
			cut = -cut
		}
		cut %= len(s) + 1
		_, _ = w.Write([]byte(s[:cut]))
		_, _ = w.Write([]byte(s[cut:]))
		controlFree(out.String(), "\n\t")
	})
}
