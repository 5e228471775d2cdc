package tomlguard

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// FuzzCheck makes sure that Check never reads a text more leniently than
// the parser: whenever Check lets a text through and the parser reads it,
// what the parser built is within the limits (its arrays nested at most
// MaxDepth deep, its key paths of at most MaxKeyParts parts and MaxKeyBytes
// bytes, at most MaxItems keys).
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"a = 1\n[t]\nb.c = [1, [2, {d = 3}]]\n[[u.v]]\n",
		"x = " + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + "\n",
		"x = \"[[[\\\"[[[\"\ny = '''\n{{{'''\nz = \"\"\"a\"\"\"\"\" # [[[\n",
		strings.Repeat("a.", MaxKeyParts-1) + "a = 1\n",
		"\"a.b\".'c.d' = {e.f = [{g = 1}]}\n",
		"[" + strings.Repeat("t", MaxKeyBytes-1) + "]\n",
		"\ufeff[" + strings.Repeat("a.", MaxKeyParts-1) + "a]\n",
		"\xff\xfe[[a]]\nb = [1, 2]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if Check(text) != nil {
			return
		}
		var v map[string]any
		md, err := toml.Decode(text, &v)
		if err != nil {
			return
		}
		if d := arrayDepth(v); d > MaxDepth {
			t.Fatalf("arrays %d deep passed", d)
		}
		keys := md.Keys()
		if len(keys) > MaxItems {
			t.Fatalf("%d keys passed", len(keys))
		}
		for _, k := range keys {
			if len(k) > MaxKeyParts {
				t.Fatalf("key %q of %d parts passed", k, len(k))
			}
			if n := len(strings.Join(k, "")); n > MaxKeyBytes {
				t.Fatalf("key %q of %d bytes passed", k, n)
			}
		}
	})
}

// arrayDepth returns how deep arrays nest in a decoded value, through the
// tables in them.
func arrayDepth(v any) int {
	deepest := 0
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			deepest = max(deepest, arrayDepth(e))
		}
		return deepest + 1
	case []map[string]any:
		for _, e := range v {
			deepest = max(deepest, arrayDepth(e))
		}
	case map[string]any:
		for _, e := range v {
			deepest = max(deepest, arrayDepth(e))
		}
	}
	return deepest
}
