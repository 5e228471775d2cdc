package cards

import (
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/decks"
)

// TestCheckIsParseOfTheText checks a File with Check and with Parse of its
// Encode: the same deck and the same problems, at the same places, for
// every bundled deck and every broken deck of testdata that a File can
// hold (those that are TOML at all).
func TestCheckIsParseOfTheText(t *testing.T) {
	type sample struct {
		name   string
		src    []byte
		assets fs.FS
	}
	var samples []sample
	bundled, err := fs.Glob(decks.FS, "*/*.toml")
	require.NoError(t, err)
	for _, file := range bundled {
		src, err := fs.ReadFile(decks.FS, file)
		require.NoError(t, err)
		assets, err := fs.Sub(decks.FS, path.Dir(file))
		require.NoError(t, err)
		samples = append(samples, sample{file, src, assets})
	}
	broken, err := filepath.Glob(filepath.Join("testdata", "broken", "*.toml"))
	require.NoError(t, err)
	for _, file := range broken {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		samples = append(samples, sample{file, src, os.DirFS(filepath.Dir(file))})
	}
	samples = append(samples, sample{"notes.toml", []byte(boardWithNotes), fstest.MapFS{}})

	checked := 0
	for _, s := range samples {
		f, ok := fileOfText(s.src)
		if !ok {
			continue
		}
		checked++
		t.Run(s.name, func(t *testing.T) {
			text, spots, d, problems := f.Check(s.name, s.assets)
			wantText, wantSpots := f.Encode()
			require.Equal(t, string(wantText), string(text))
			require.Equal(t, wantSpots, spots)
			want, wantProblems := Parse(s.name, text, s.assets)
			assert.Equal(t, texts(wantProblems), texts(problems))
			if want == nil {
				assert.Nil(t, d)
				return
			}
			require.NotNil(t, d)
			want.idPos, d.idPos = pos{}, pos{}
			want.Assets, d.Assets = nil, nil
			assert.Equal(t, want, d)
		})
	}
	assert.Greater(t, checked, len(bundled)+10, "most samples make a File")
}

const boardWithNotes = `format = 1
[deck]
id = "b"
title = "B"
language = "fr"
[[question]]
id = "ecran"
text = "Un écran ?"
[[card]]
type = "character"
name = "A"
yes = ["ecran"]
[card.notes]
ecran = "Oui : un petit."
nulle = "Une note d'une question qui n'existe pas."
[[card]]
type = "character"
name = "B"
`

func texts(ps Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text("fr")
	}
	return out
}

// fileOfText makes a File of a deck's text: its tables in the order of the
// format, their keys sorted, its values as a File holds them; ok is false
// for a text that is not TOML or holds values a File cannot (floats,
// dates, mixed lists, tables deeper than a card's notes).
func fileOfText(src []byte) (*File, bool) {
	var raw map[string]any
	md, err := toml.Decode(string(src), &raw)
	if err != nil {
		return nil, false
	}
	if raw["format"] != int64(Format) {
		return nil, false
	}
	f := &File{}
	for _, name := range slices.Sorted(maps.Keys(raw)) {
		if name == "format" || name == "card" || name == "question" {
			continue
		}
		m, ok := raw[name].(map[string]any)
		if !ok {
			return nil, false
		}
		order := slices.Sorted(maps.Keys(m))
		if name == "verdicts" {
			order = verdictOrder(md)
		}
		keys, ok := keysOf(m, order, true)
		if !ok {
			return nil, false
		}
		f.Tables = append(f.Tables, Table{Name: name, Keys: keys})
	}
	for _, name := range []string{"question", "card"} {
		list, _ := raw[name].([]map[string]any)
		if _, given := raw[name]; given && list == nil {
			return nil, false
		}
		for _, m := range list {
			keys, ok := keysOf(m, slices.Sorted(maps.Keys(m)), true)
			if !ok {
				return nil, false
			}
			f.Tables = append(f.Tables, Table{Name: name, Keys: keys})
		}
	}
	return f, true
}

func keysOf(m map[string]any, order []string, subTables bool) ([]Key, bool) {
	var keys []Key
	for _, k := range order {
		var v any
		switch val := m[k].(type) {
		case string:
			if val == "" {
				return nil, false // a File does not write an empty text
			}
			v = val
		case int64:
			v = int(val)
		case bool:
			v = val
		case map[string]any:
			if !subTables {
				return nil, false
			}
			sub, ok := keysOf(val, slices.Sorted(maps.Keys(val)), false)
			if !ok || len(sub) == 0 {
				return nil, false
			}
			v = sub
		case []any:
			if len(val) == 0 {
				return nil, false
			}
			switch val[0].(type) {
			case string:
				list := make([]string, len(val))
				for i, item := range val {
					s, ok := item.(string)
					if !ok {
						return nil, false
					}
					list[i] = s
				}
				v = list
			case int64:
				list := make([]int, len(val))
				for i, item := range val {
					n, ok := item.(int64)
					if !ok {
						return nil, false
					}
					list[i] = int(n)
				}
				v = list
			default:
				return nil, false
			}
		default:
			return nil, false
		}
		keys = append(keys, Key{Name: k, Value: v})
	}
	return keys, true
}

// FuzzCheckFile makes a File of any deck text a File can hold and checks it
// both ways: Check must give what Parse of its Encode gives, and never
// panic.
func FuzzCheckFile(f *testing.F) {
	for _, dir := range []string{"broken", "valid"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.toml"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(boardWithNotes))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, ok := fileOfText(src)
		if !ok {
			return
		}
		text, _, d, problems := file.Check("f.toml", nil)
		want, wantProblems := Parse("f.toml", text, nil)
		assert.Equal(t, texts(wantProblems), texts(problems))
		assert.Equal(t, want == nil, d == nil)
	})
}
