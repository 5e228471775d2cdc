package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"declic/cards"
	"declic/internal/bundle"
	"declic/internal/onefile"
	"declic/internal/safefile"
)

// The take-home builds declic bundle starts from, as make dist names them.
const (
	webBase     = "declic.html"
	windowsBase = "declic-windows-amd64.exe"
)

// bundle writes a copy of the game for a family to take home, with the
// decks named (by --decks or as arguments) inside it: famille.html, the
// one-file web build, or famille.exe, the Windows program. Only valid decks
// go in: one error and nothing is written.
func (c *Command) bundle(args []string) int {
	tr := c.tr
	paths := append(append([]string(nil), args...), c.opts.Decks...)
	if len(paths) == 0 || c.opts.Output == "" {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_usage"))
		return ExitUsage
	}
	out := c.opts.Output
	ext := strings.ToLower(filepath.Ext(out))
	if ext != ".html" && ext != ".htm" && ext != ".exe" {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_bad_output", "Path", out))
		return ExitUsage
	}
	quoted := strings.Join(paths, " ")

	var lib cards.Library
	for _, p := range paths {
		lib.AddPath(p)
	}
	for _, p := range lib.Problems {
		fmt.Fprintln(c.env.stderr, p.Text(tr.Lang()))
	}
	if lib.Problems.Errors() > 0 {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_invalid", "Paths", quoted))
		return ExitInvalid
	}
	if len(lib.Decks) == 0 {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_no_decks", "Paths", quoted))
		return ExitInvalid
	}
	archive, err := bundle.Archive(lib.Decks)
	if errors.Is(err, bundle.ErrTooLarge) || errors.Is(err, safefile.ErrTooLarge) {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_too_large", "Paths", quoted, "Max", bundle.MaxZipSize>>20))
		return ExitInvalid
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, err)
		return ExitInvalid
	}

	web := ext != ".exe"
	basePath, base, status := c.bundleBase(web, out)
	if status != ExitOK {
		return status
	}
	var copy []byte
	if web {
		copy, err = onefile.WithDecks(base, archive)
	} else if bytes.HasPrefix(base, []byte("MZ")) {
		copy = bundle.Program(base, archive)
	} else {
		err = onefile.ErrNotAPage // not a Windows program either
	}
	if err != nil {
		fmt.Fprintln(c.env.stderr, tr.T("bundle_bad_base", "Path", basePath, "Kind", c.baseKind(web)))
		return ExitInvalid
	}
	mode := os.FileMode(0o644)
	if !web {
		mode = 0o755
	}
	if err := os.WriteFile(out, copy, mode); err != nil {
		fmt.Fprintln(c.env.stderr, c.unwritable("bundle_unwritable", out, err))
		return ExitInvalid
	}
	titles := make([]string, len(lib.Decks))
	for i, d := range lib.Decks {
		titles[i] = d.Title
	}
	sep := ", "
	if tr.Lang() == "fr" {
		sep = " ; "
	}
	fmt.Fprintln(c.env.stdout, tr.T("bundle_done", "Path", out, "Size", megabytes(len(copy), tr.Lang()),
		"Decks", tr.N("bundle_decks", len(lib.Decks)), "Titles", strings.Join(titles, sep)))
	return ExitOK
}

// maxBaseSize is the largest build a family copy starts from that is read,
// some ten times the size of declic.html or of the Windows program.
const maxBaseSize = 256 << 20

// bundleBase reads the build a family copy starts from: --from, else the
// one make dist writes, looked for where a facilitator expects it: beside
// this program (the release unzipped and run from there; on Windows the
// program itself is the Windows build), then in dist/ under the current
// folder and beside the program's folder (bin/declic run from the sources
// after make dist). When none is there, the message names every place
// looked at and how to make the file.
func (c *Command) bundleBase(web bool, out string) (string, []byte, int) {
	name := windowsBase
	if web {
		name = webBase
	}
	if c.opts.From != "" {
		data, err := safefile.ReadFile(c.opts.From, maxBaseSize)
		if err != nil {
			fmt.Fprintln(c.env.stderr, c.tr.T("bundle_bad_base", "Path", c.opts.From, "Kind", c.baseKind(web)))
			return "", nil, ExitInvalid
		}
		return c.opts.From, data, ExitOK
	}
	candidates := c.baseCandidates(web, name)
	for _, p := range candidates {
		data, err := safefile.ReadFile(p, maxBaseSize)
		if err == nil {
			return p, data, ExitOK
		}
		if !errors.Is(err, os.ErrNotExist) {
			fmt.Fprintln(c.env.stderr, c.tr.T("bundle_bad_base", "Path", p, "Kind", c.baseKind(web)))
			return "", nil, ExitInvalid
		}
	}
	fmt.Fprintln(c.env.stderr, c.tr.T("bundle_no_base", "Output", out, "Base", name, "Places", strings.Join(candidates, ", ")))
	return "", nil, ExitInvalid
}

// baseCandidates lists where the build named name is looked for, in order,
// each place once.
func (c *Command) baseCandidates(web bool, name string) []string {
	var places []string
	add := func(p string) {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if !slices.Contains(places, p) {
			places = append(places, p)
		}
	}
	if c.env.program != "" {
		if !web && runtime.GOOS == "windows" {
			add(c.env.program)
		}
		add(filepath.Join(filepath.Dir(c.env.program), name))
	}
	if c.env.workDir != "" {
		add(filepath.Join(c.env.workDir, "dist", name))
	}
	if c.env.program != "" {
		add(filepath.Join(filepath.Dir(filepath.Dir(c.env.program)), "dist", name))
	}
	return places
}

// baseKind names the build a family copy starts from.
func (c *Command) baseKind(web bool) string {
	if web {
		return c.tr.T("bundle_kind_html")
	}
	return c.tr.T("bundle_kind_exe")
}

// megabytes writes a size for people: "6,9 Mo" in French, "6.9 MB" in
// English.
func megabytes(n int, lang string) string {
	s := fmt.Sprintf("%.1f", float64(n)/1e6)
	if lang == "fr" {
		return strings.Replace(s, ".", ",", 1) + " Mo"
	}
	return s + " MB"
}
