# Déclic — build, test and tooling. `make help` lists the targets.
#
# Works from a clean clone: nothing here assumes bin/ or any hand-installed tool
# other than Go, make and (on Debian) apt.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-print-directory

GO ?= go

# Debian packages needed to build Ebitengine (cgo, X11, OpenGL, ALSA) and to
# run its tests without a screen (Xvfb), xz, which packs the wasm of
# declic.html (internal/onefile), and poppler-utils, whose pdftotext reads
# the workshop report back in report/'s and the command line's tests. The
# only list of them: CI gets them through `make test`, which depends on
# `make deps`.
DEB_PACKAGES := gcc pkg-config libx11-dev libxrandr-dev libxcursor-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev libgl1-mesa-dev libasound2-dev \
	xvfb xauth libgl1-mesa-dri xz-utils nodejs poppler-utils

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X declic/internal/cli.Version=$(VERSION)

FUZZTIME ?= 10m
# Packages whose benchmarks `make bench` runs; add others as they get some.
BENCHPKGS ?= ./cards/ ./report/ ./sheets/ ./ui/ ./workbook/
BENCHCOUNT ?= 6

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# A screen for Ebitengine: on Linux it needs X11 (DISPLAY); a Wayland session
# has XWayland, which sets DISPLAY too. Without one, tests that need a screen
# run under Xvfb.
XRUN := $(if $(DISPLAY),,xvfb-run -a)

# Packages, computed only when a target needs them. `go list` prints nothing
# for a folder without Go files yet (game/ at first): an empty list means
# "nothing to do", never an error.
# Every package but ui/ (and the hello world the benchmarks compare with)
# must build and test without a display (DESIGN.md).
PURE_PKGS = $(filter-out declic/ui declic/ui/% declic/scripts/hello,$(ALL_PKGS))
ALL_PKGS = $(shell $(GO) list ./... 2>/dev/null)
# screen_pkgs lists, among the packages matched by $(1), those whose test
# binary links Ebitengine: ui/, and cmd/declic once it has tests (it imports
# ui). Such a binary panics at start-up without a display, so they run under
# Xvfb when there is none; every other package gets a plain `go test`.
screen_pkgs = $(shell $(GO) list -test -f '{{.ImportPath}}{{range .Deps}} {{.}}{{end}}' $(1) 2>/dev/null \
	| awk '$$1 ~ /\.test$$/ && / github\.com\/hajimehoshi\/ebiten\// { print substr($$1, 1, length($$1) - 5) }')
SCREEN_PKGS = $(call screen_pkgs,./...)
PLAIN_PKGS = $(filter-out $(SCREEN_PKGS),$(ALL_PKGS))

.PHONY: help deps build run test test-js vet check-pure cross dist web e2e test-plain test-screen fuzz hostile bench bench-room bench-web stress-keys screenshots icon clean

help:
	@echo "make deps    install the Debian packages Ebitengine needs (apt, only if missing)"
	@echo "make build   build bin/declic and bin/declic-game (VERSION=$(VERSION))"
	@echo "make run     build and open the game (no screen: list the decks)"
	@echo "make test    vet, check cards/ and game/ stay free of Ebitengine, build for Windows and the browser, run every test (Xvfb if no screen)"
	@echo "make dist    the take-home builds in dist/: Windows .exe, Linux, web/ (the browser build) and declic.html (all of it in one file)"
	@echo "make e2e     make dist, then play dist/declic.html and dist/web in headless Chromium"
	@echo "make web     make dist, then serve dist/web on http://127.0.0.1:8080/"
	@echo "make fuzz    run every fuzz target (deck loader, rules engine, session files, TOML pre-scan…), FUZZTIME ($(FUZZTIME)) each"
	@echo "make hostile the hostile decks, pictures, settings and folders of issue 11: none may crash, hang or exhaust Déclic (< 2 min)"
	@echo "make stress-keys  key presses shorter than a frame sent to the game under Xvfb while busy loops hold every core: none may be lost (xdotool, < 3 min)"
	@echo "make screenshots  draw every scene at 1920x1080 and 1366x768 into screenshots/"
	@echo "make bench   run the benchmarks of BENCHPKGS ($(BENCHPKGS)), then the game on screen against a hello world (Xvfb), then make bench-web, into bench/"
	@echo "make bench-room the room: 60 phones answering over loopback against a bare WebSocket echo server (lan/load_test.go)"
	@echo "make bench-web  sizes of the take-home builds, and their first frame in headless Chromium against a hello world"
	@echo "make icon    draw assets/icon.png and the Windows program's resources (icon, manifest)"
	@echo "make clean   remove bin/ and dist/"

deps:
	@if ! command -v dpkg-query >/dev/null; then \
		echo "deps: not a Debian system; install the equivalents of: $(DEB_PACKAGES)"; \
		exit 0; \
	fi; \
	missing=; \
	for p in $(DEB_PACKAGES); do \
		[ "$$(dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null)" = "install ok installed" ] \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "deps: installing$$missing"; \
		$(SUDO) apt-get update; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# Two programs from cmd/declic: declic, the command line, which never links
# Ebitengine and so runs without a screen (declic check on a server), and
# declic-game (the gui build tag), the game, which declic hands over to.
build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/declic ./cmd/declic
	$(GO) build -tags gui -ldflags "$(LDFLAGS)" -o bin/declic-game ./cmd/declic

run: deps build
	@if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
		exec ./bin/declic; \
	else \
		echo "Pas d'écran (ni DISPLAY ni WAYLAND_DISPLAY) : voici les jeux de cartes. / No screen (neither DISPLAY nor WAYLAND_DISPLAY): listing the decks instead." >&2; \
		exec ./bin/declic list; \
	fi

test: deps
	@$(MAKE) vet check-pure cross test-plain test-js test-screen

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "vet: not gofmt-ed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags gui ./cmd/declic ./internal/cli/...

# DESIGN.md: cards and game are plain Go, tested without a display; a test
# binary that imports Ebitengine panics without one.
check-pure:
	@pkgs="$(PURE_PKGS)"; \
	if [ -z "$$pkgs" ]; then echo "check-pure: no package in cards/ or game/ yet"; exit 0; fi; \
	bad=$$($(GO) list -f '{{.ImportPath}}{{range .Deps}} {{.}}{{end}}' $$pkgs \
		| awk '/ github\.com\/hajimehoshi\/ebiten/ { print "  " $$1 }'); \
	if [ -n "$$bad" ]; then \
		echo "check-pure: these packages import Ebitengine: only ui/ may (DESIGN.md): the rules, the host, the stores, the sound and the command line run and test without a screen:"; \
		echo "$$bad"; \
		exit 1; \
	fi; \
	echo "check-pure: no package outside ui/ imports Ebitengine"

test-plain:
	@pkgs="$(PLAIN_PKGS)"; \
	if [ -z "$$pkgs" ]; then echo "test-plain: no package without Ebitengine yet"; exit 0; fi; \
	echo "$(GO) test" $$pkgs; \
	$(GO) test $$pkgs

# The browser's stores (store/*_js.go, localStorage) run their tests under
# Node, with a stand-in for localStorage (store/store_js_test.go); Go's
# go_js_wasm_exec runs the test binary. The other tests of store/ need a
# file system and run in test-plain.
test-js:
	@if ! command -v node >/dev/null; then echo "test-js: no node on PATH, the browser's stores not tested"; exit 0; fi; \
	echo "$(WASM_ENV) $(GO) test -run '^TestBrowser' ./store"; \
	PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" $(WASM_ENV) $(GO) test -run '^TestBrowser' ./store

test-screen:
	@pkgs="$(SCREEN_PKGS)"; \
	if [ -z "$$pkgs" ]; then echo "test-screen: no test links Ebitengine yet"; exit 0; fi; \
	echo "$(strip $(XRUN) $(GO) test)" $$pkgs; \
	$(XRUN) $(GO) test $$pkgs

# The take-home builds (issue 6), each the game build (gui tag): on Windows
# and in a browser there is always a screen, so the game is the one program.
# Windows: cross-built without cgo; -H=windowsgui opens no console window,
# which also means the command-line output of declic check and declic list
# is lost in that build: acceptable for the family build. Web: declic.wasm
# (cmd/declic/main_js.go: title screen, navigator.language, localStorage),
# Go's wasm_exec.js, and index.html (scripts/packhtml, with declic.html);
# any static server plays it.
WASM_EXEC = $(firstword $(wildcard $(shell $(GO) env GOROOT)/lib/wasm/wasm_exec.js $(shell $(GO) env GOROOT)/misc/wasm/wasm_exec.js))
WINDOWS_ENV := CGO_ENABLED=0 GOOS=windows GOARCH=amd64
WASM_ENV := GOOS=js GOARCH=wasm

# Builds every other target, so that one that stops building fails make test.
cross:
	$(WINDOWS_ENV) $(GO) build -tags gui -o /dev/null ./cmd/declic
	$(WASM_ENV) $(GO) vet -tags gui ./cmd/declic ./ui ./game ./store
	$(WASM_ENV) $(GO) build -tags gui -o /dev/null ./cmd/declic

dist:
	@mkdir -p dist/web
	$(WINDOWS_ENV) $(GO) build -tags gui -ldflags "$(LDFLAGS) -H=windowsgui" -o dist/declic-windows-amd64.exe ./cmd/declic
	$(GO) build -tags gui -ldflags "$(LDFLAGS)" -o dist/declic-linux-amd64 ./cmd/declic
	$(WASM_ENV) $(GO) build -tags gui -ldflags "$(LDFLAGS) -s -w" -trimpath -o dist/web/declic.wasm ./cmd/declic
	@test -n "$(WASM_EXEC)" || { echo "dist: wasm_exec.js not found in $$($(GO) env GOROOT)"; exit 1; }
	cp "$(WASM_EXEC)" dist/web/wasm_exec.js
	cp assets/icon.png dist/web/icon.png
	$(GO) run ./scripts/packhtml -wasm dist/web/declic.wasm -exec dist/web/wasm_exec.js -o dist/declic.html -index dist/web/index.html

# The web build in headless Chromium (e2e/): dist/declic.html from file://
# and dist/web/ over HTTP: first frame, a card answered with the keys, the
# session in localStorage after a reload; and the room (e2e/salle_test.go):
# bin/declic --salle under its own Xvfb, two Chromium phones, the game
# killed and resumed. Needs chromium, Xvfb, xdotool and import on PATH.
e2e: dist build
	DECLIC_E2E=1 $(GO) test -count 1 -v ./e2e/

web: dist
	@echo "Déclic: http://127.0.0.1:8080/ (Ctrl+C to stop)"
	python3 -m http.server --bind 127.0.0.1 8080 -d dist/web

# Every fuzz target of the packages tested without a screen (go test -list
# finds them: the deck loader with and without assets, the rules engine,
# session files, the TOML pre-scan, names…), FUZZTIME each, one after the
# other; each target's executions are in its last "fuzz: elapsed" line.
fuzz:
	@for pkg in $(PLAIN_PKGS); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "== $$pkg $$target"; \
			$(GO) test $$pkg -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s || exit 1; \
		done; \
	done

# The hostile inputs of issue 11 (scripts/hostile.sh): decks, pictures,
# settings and folders that once crashed, hung or exhausted Déclic, each
# tried with declic check, list and print under a time and memory bound,
# then all at once in the game's decks folder under Xvfb (about 1 minute).
hostile: deps build
	@missing=; for p in xdotool:xdotool time:/usr/bin/time python3:python3; do \
		command -v $${p#*:} >/dev/null || missing="$$missing $${p%%:*}"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; fi
	scripts/hostile.sh bin

# Results go to bench/VERSION.txt, to compare two versions with benchstat.
# Then scripts/bench-ui.sh measures the game itself on screen, under Xvfb,
# against Ebitengine's hello world (scripts/hello): start-up, CPU on a static
# card, peak memory; to bench/VERSION-screen.txt. BENCHMARKS.md has both.
bench: build
	@mkdir -p bench
	$(strip $(if $(call screen_pkgs,$(BENCHPKGS)),$(XRUN)) $(GO) test) -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) $(BENCHPKGS) | tee bench/$(VERSION).txt
	$(GO) build -o bin/bench-hello ./scripts/hello
	scripts/bench-ui.sh | tee bench/$(VERSION)-screen.txt
	scripts/bench-check.sh 5 | tee bench/$(VERSION)-check.txt
	@$(MAKE) bench-room
	@$(MAKE) bench-web

# The room (issue 14, lan/load_test.go): 60 phones over loopback against a
# real lan.Room and host, and a bare coder/websocket echo server with the
# same clients, alternating, 5 runs of each; then the phone page's size
# gzipped (phone.html and the two files it loads) and its first paint in
# headless Chromium with the CPU 4× slower against a bare page
# (e2e/sallebench_test.go); to bench/VERSION-room.txt.
bench-room:
	@mkdir -p bench
	DECLIC_BENCH_ROOM=5 $(GO) test -count 1 -run '^TestRoomLoad$$' -v ./lan/ | sed -n '/^room load/,/^--- /p' | tee bench/$(VERSION)-room.txt
	@{ echo "phone page (lan/web) raw gzip-9"; total=0; \
	for f in lan/web/phone.html lan/web/room.js lan/web/phone.js lan/web/room.css; do \
		z=$$(gzip -9 -c $$f | wc -c); total=$$((total + z)); echo "$$f $$(stat -c %s $$f) $$z"; done; \
	echo "total gzipped $$total"; } | tee -a bench/$(VERSION)-room.txt
	@if command -v chromium >/dev/null; then \
		DECLIC_E2E=1 DECLIC_E2E_BENCH=7 $(GO) test -count 1 -run '^TestSalleFirstPaint$$' -v ./e2e/ | grep -A2 '^first contentful paint' | tee -a bench/$(VERSION)-room.txt; \
	else echo "bench-room: no chromium on PATH, the phone page's first paint not measured"; fi

# The take-home builds: each artefact's size, raw and gzipped, then the time
# to the first frame in headless Chromium against Ebitengine's hello world
# packed the same ways (e2e/bench_test.go); to bench/VERSION-web.txt.
bench-web: dist
	@mkdir -p bench
	@{ echo "artefact raw gzip-9"; \
	for f in dist/declic-windows-amd64.exe dist/declic-linux-amd64 dist/web/declic.wasm dist/declic.html; do \
		echo "$$f $$(stat -c %s $$f) $$(gzip -9 -c $$f | wc -c)"; done; } | tee bench/$(VERSION)-web.txt
	@if command -v chromium >/dev/null; then \
		DECLIC_E2E=1 DECLIC_E2E_BENCH=7 $(GO) test -count 1 -run TestWebFirstFrame -v ./e2e/ | grep -A5 '^first frame' | tee -a bench/$(VERSION)-web.txt; \
	else echo "bench-web: no chromium on PATH, first frame in the browser not measured"; fi

# 1,000 key presses of 12 ms, 40 ms apart (every 100th after 3.5 s without
# input), sent with xdotool to the game's window under Xvfb while a busy
# loop runs on every core; the game counts the actions that reach its
# scenes (DECLIC_ACTION_LOG) and every press must arrive (issue 10). About
# 2.5 minutes. xdotool is installed here rather than by make deps: only this
# target needs it.
stress-keys: deps build
	@command -v xdotool >/dev/null || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xdotool; }
	scripts/stress-keys.sh

# Every scene at 1920×1080 and 1366×768, drawn offscreen into screenshots/:
# what a facilitator sees, to look at before a release.
screenshots: deps
	DECLIC_SCREENSHOTS=$(CURDIR)/screenshots $(XRUN) $(GO) test -run TestScreenshots -count 1 ./ui/

# The icon (assets/icon.png), and the Windows resources that carry it with a
# manifest (DPI-aware, so that text is sharp on a high-density screen) and
# the program's name: cmd/declic/rsrc_windows_amd64.syso, which go build
# links into the Windows program. Both are committed; run this after
# changing scripts/icon.
icon:
	$(GO) run ./scripts/icon -o assets/icon.png
	$(GO) run github.com/tc-hib/go-winres@v0.3.3 simply --arch amd64 --manifest gui \
		--icon assets/icon.png --product-name "Déclic" \
		--file-description "Déclic : jeux de cartes pour les ateliers d'esprit critique" \
		--original-filename declic.exe --out cmd/declic/rsrc

clean:
	rm -rf bin dist
