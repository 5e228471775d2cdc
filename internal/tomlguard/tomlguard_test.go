package tomlguard

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheck(t *testing.T) {
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	parts := func(n int) string { return strings.TrimSuffix(strings.Repeat("a.", n), ".") }
	tests := []struct {
		name, text string
		want       *Error // nil: within the limits
	}{
		{"a deck", "format = 1\n[deck]\nid = \"x\"\n[[card]]\ntype = \"choice\"\nchoices = [\"a\", \"b\"]\ncorrect = [1]\n", nil},
		{"arrays at the limit", "x = " + deep(MaxDepth) + "\n", nil},
		{"arrays past the limit", "x = " + deep(MaxDepth+1) + "\n", &Error{1, 5 + MaxDepth, TooDeep, MaxDepth}},
		{"a million [", "x = " + strings.Repeat("[", 1_000_000), &Error{1, 5 + MaxDepth, TooDeep, MaxDepth}},
		{"braces past the limit", "\n\nx = " + strings.Repeat("{", MaxDepth+1), &Error{3, 5 + MaxDepth, TooDeep, MaxDepth}},
		{"arrays and tables mixed", "x = " + strings.Repeat("[{a=", MaxKeyParts-2) + "1" + strings.Repeat("}]", MaxKeyParts-2) + "\ny = [{a=[{}]}]\n", nil},
		{"closed values do not add up", strings.Repeat("x = "+deep(MaxDepth)+"\n", 3) + "y = [" + strings.Repeat(deep(MaxDepth-1)+",", 3) + "]\n", nil},
		{"an array over several lines", "x = [\n" + strings.Repeat("  [1, 2],\n", 100) + "]\n", nil},
		{"brackets in texts", "x = \"[[[[\"\ny = '{{{{'\nz = \"\"\"\n" + strings.Repeat("[", 100) + "\n\"\"\"\nw = '''" + strings.Repeat("{", 100) + "'''\n", nil},
		{"brackets in comments", "x = 1 # " + strings.Repeat("[", 100) + "\n# " + strings.Repeat("{", 100) + "\n", nil},
		{"an escaped quote", `x = "a\"` + strings.Repeat("[", 100) + `"` + "\n", nil},
		{"an escaped backslash", `x = "a\\"` + strings.Repeat("[", MaxDepth+1) + "\n", &Error{1, 10 + MaxDepth, TooDeep, MaxDepth}},
		{"a multi-line text ending in quotes", "x = \"\"\"a\"\"\"\"\" " + deep(MaxDepth+1) + "\n", &Error{1, 15 + MaxDepth, TooDeep, MaxDepth}},
		{"a line-ending backslash", "x = \"\"\"a\\\n" + strings.Repeat("[", 50) + "\"\"\"\ny = " + deep(MaxDepth+1) + "\n", &Error{3, 5 + MaxDepth, TooDeep, MaxDepth}},
		{"an unclosed text ends with its line", "x = \"abc\ny = " + deep(MaxDepth+1) + "\n", &Error{2, 5 + MaxDepth, TooDeep, MaxDepth}},
		{"an unclosed multi-line text hides the rest", "x = '''abc\ny = " + deep(MaxDepth+1) + "\n", nil},
		{"columns count characters", "x = \"é\", " + deep(MaxDepth+1), &Error{1, 10 + MaxDepth, TooDeep, MaxDepth}},

		// A key that is a multi-line text is counted once read, lines later:
		// the error is where the key starts (found by FuzzCheck: it panicked).
		{"a long multi-line key", "'''" + strings.Repeat("0", MaxKeyBytes) + "\n", &Error{1, 1, KeyTooLong, MaxKeyBytes}},
		{"a long multi-line key over lines", "a = 1\n  '''x\n" + strings.Repeat("k", MaxKeyBytes) + "''' = 2\n", &Error{2, 3, KeyTooLong, MaxKeyBytes}},
		{"a header after a byte order mark", "\xef\xbb\xbf[" + parts(MaxKeyParts+1) + "]\n", &Error{1, 2*MaxKeyParts + 2, TooManyKeyParts, MaxKeyParts}},
		{"a header after a UTF-16 byte order mark", "\xff\xfe[[" + parts(MaxKeyParts+1) + "]]\n", &Error{1, 2*MaxKeyParts + 3, TooManyKeyParts, MaxKeyParts}},
		{"key parts at the limit", parts(MaxKeyParts) + " = 1\n", nil},
		{"key parts past the limit", parts(MaxKeyParts+1) + " = 1\n", &Error{1, 2*MaxKeyParts + 1, TooManyKeyParts, MaxKeyParts}},
		{"30,000 parts", parts(30000) + " = 1\n", &Error{1, 2*MaxKeyParts + 1, TooManyKeyParts, MaxKeyParts}},
		{"a header's parts", "[" + parts(MaxKeyParts+1) + "]\n", &Error{1, 2*MaxKeyParts + 2, TooManyKeyParts, MaxKeyParts}},
		{"an array header's parts", "[[" + parts(MaxKeyParts+1) + "]]\n", &Error{1, 2*MaxKeyParts + 3, TooManyKeyParts, MaxKeyParts}},
		{"keys add to their header", "[" + parts(MaxKeyParts-2) + "]\nb.c = 1\n[t]\nd.e.f.g = 1\n[" + parts(MaxKeyParts-2) + "]\nb.c.d = 1\n", &Error{6, 5, TooManyKeyParts, MaxKeyParts}},
		{"keys of inline tables add up", "a.b = { c.d = { e = 1 } }\nx = [{" + parts(MaxKeyParts-1) + " = 1}, {" + parts(MaxKeyParts-1) + " = 1}]\n", nil},
		{"inline tables past the limit", "x = {" + strings.Repeat("a.a = {", MaxKeyParts/2) + "b = 1", &Error{1, 6 + 7*(MaxKeyParts/2-1) + 2, TooManyKeyParts, MaxKeyParts}},
		{"dots in quoted keys and values", "\"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\" = 1.5\nx = 1979-05-27T07:32:00.5Z\ny = [1.5, 2.5, \"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q\", " + strings.Repeat("1.", 40) + "]\n", nil},
		{"quoted parts count", strings.Repeat(`"a".'b'.`, MaxKeyParts/2) + "c = 1\n", &Error{1, 8*MaxKeyParts/2 + 1, TooManyKeyParts, MaxKeyParts}},

		{"key bytes at the limit", strings.Repeat("k", MaxKeyBytes) + " = 1\n", nil},
		{"a key too long", strings.Repeat("k", MaxKeyBytes+1) + " = 1\n", &Error{1, 1, KeyTooLong, MaxKeyBytes}},
		{"a quoted key too long", "x = 1\n\"" + strings.Repeat("é", MaxKeyBytes/2) + "\" = 1\n", &Error{2, 1, KeyTooLong, MaxKeyBytes}},
		{"a header adds its bytes", "[" + strings.Repeat("t", MaxKeyBytes-4) + "]\nabcd = 1\nabcde = 1\n", &Error{3, 1, KeyTooLong, MaxKeyBytes}},
		{"keys up to the limit", strings.Repeat("k = 1\n", MaxItems), nil},
		{"too many keys", strings.Repeat("k = 1\n", MaxItems) + "k = 1\n", &Error{MaxItems + 1, 3, TooManyItems, MaxItems}},
		{"dotted keys count a table a part", strings.Repeat("a.b.c.d = 1\n", MaxItems/16) + "a.b.c.d = 1\n", &Error{MaxItems/16 + 1, 9, TooManyItems, MaxItems}},
		{"tables count", strings.Repeat("[[t]]\n", MaxItems) + "[[t]]\n", &Error{MaxItems + 1, 4, TooManyItems, MaxItems}},
		{"arrays count", "x = [" + strings.Repeat("[],", MaxItems-1) + "[]]\n", &Error{1, 6 + 3*(MaxItems-2), TooManyItems, MaxItems}}, // x and the outer array count too
		{"values up to the limit", "x = [" + strings.Repeat("1,", MaxValues/2) + "1]\ny = [[" + strings.Repeat("'a', ", MaxValues/2-1) + "'a'], {a = 1, b = 2}]\n", nil},
		{"too many values", "x = [" + strings.Repeat("1,", MaxValues/2) + "1]\ny = [\n" + strings.Repeat("'a',\n", MaxValues/2+1) + "]\n", &Error{3 + MaxValues/2, 4, TooManyValues, MaxValues}},
		{"long texts are no keys", "x = \"" + strings.Repeat("a", 10*MaxKeyBytes) + "\"\ny = [" + strings.Repeat("a", 10*MaxKeyBytes) + "]\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Check(tt.text))
		})
	}
}

// TestCheckMatchesTheParser makes sure that what Check lets through, the
// parser reads: a text at every limit is valid TOML.
func TestCheckMatchesTheParser(t *testing.T) {
	for _, text := range []string{
		"x = " + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + "\n",
		"x = " + strings.Repeat("[", MaxDepth-1) + "{a=1}" + strings.Repeat("]", MaxDepth-1) + "\n",
		"x = " + strings.Repeat("{a=", MaxKeyParts-1) + "1" + strings.Repeat("}", MaxKeyParts-1) + "\n",
		strings.TrimSuffix(strings.Repeat("a.", MaxKeyParts), ".") + " = 1\n",
		"[" + strings.Repeat("t", MaxKeyBytes-4) + "]\nabcd = 1\n",
	} {
		require.Nil(t, Check(text))
		var v map[string]any
		_, err := toml.Decode(text, &v)
		assert.NoError(t, err, text)
	}
}

// TestRealFilesPass: the bundled decks, the test decks and the translations
// are far inside the limits.
func TestRealFilesPass(t *testing.T) {
	n := 0
	for _, dir := range []string{"../../decks", "../../cards/testdata", "../../assets/i18n"} {
		err := filepath.WalkDir(dir, func(file string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || filepath.Ext(file) != ".toml" {
				return err
			}
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.Nil(t, Check(string(b)), file)
			n++
			return nil
		})
		require.NoError(t, err)
	}
	assert.Greater(t, n, 20)
}

func TestErrorText(t *testing.T) {
	assert.Equal(t, "line 2, column 3: values nested more than 32 deep", (&Error{2, 3, TooDeep, 32}).Error())
}
