#!/usr/bin/env bash
# Hostile and odd inputs, tried as a facilitator's machine meets them (issue
# 11): each case is a deck, a picture, a settings file or a drop that once
# crashed, hung or exhausted Déclic. Every command must end by itself within
# LIMIT seconds, with no panic or fatal error, under MEM_KB of peak memory,
# and say something; then the game itself must open its window with all of
# them in the user's decks folder and a hostile settings.toml.
#
# Needs bin/declic and bin/declic-game (make build); the game part needs
# xvfb-run and xdotool, and is skipped without them.
#
# usage: scripts/hostile.sh [BIN_DIR]
set -uo pipefail

BIN=$(realpath "${1:-bin}")
LIMIT=${LIMIT:-60}
MEM_KB=${MEM_KB:-1500000}
# A runaway case dies of an address-space limit rather than taking the
# machine down with it.
AS=$((6 << 30))
declic=$(realpath "$BIN/declic")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# deck HEADER: the lines every deck starts with.
header() {
	printf 'format = 1\n\n[deck]\nid = "%s"\ntitle = "Essai"\nlanguage = "fr"\n\n' "$1"
}

# repeat S N: S written N times.
repeat() { python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2"; }

mkdir -p "$work/cases"
cd "$work/cases" || exit 1

{ printf 'x = '; repeat '[' 3000000; } >deep-brackets.toml
{ header deep-closed; printf 'x = '; repeat '[' 3000000; printf '1'; repeat ']' 3000000; echo; } >deep-closed.toml
{ header deep-tables; printf 'x = '; repeat '{a = ' 10000; repeat '}' 10000; echo; } >deep-tables.toml
{ header long-key; repeat 'a.' 30000; echo 'b = 1'; } >long-key.toml
ln -s /dev/zero zero.toml
mkfifo fifo.toml
{ header long-word; printf '[[card]]\ntype = "open"\nquestion = "'; repeat 'a' 10000000; printf '"\n'; } >long-word.toml
{
	header many-questions
	for i in $(seq 20000); do printf '[[question]]\nid = "q%d"\ntext = "Question %d ?"\n' "$i" "$i"; done
	for i in $(seq 6); do printf '[[card]]\ntype = "character"\nname = "P%d"\nyes = ["q%d"]\n' "$i" "$i"; done
} >many-questions.toml
mkdir -p pic && mkfifo pic/pipe.png
{ header fifo-picture; printf '[[card]]\ntype = "open"\nquestion = "Et ça ?"\nimage = "pic/pipe.png"\n'; } >fifo-picture.toml
# A 4096×4096 PNG (the largest side accepted) of a few kilobytes.
mkdir -p big
python3 - big/huge.png <<'PY'
import struct, sys, zlib
w = h = 4096
def chunk(kind, data):
    c = kind + data
    return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
raw = zlib.compress(b"".join(b"\x00" + b"\x80" * (w * 3) for _ in range(h)), 9)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
{
	header huge-board
	for i in $(seq 6); do printf '[[question]]\nid = "q%d"\ntext = "Question %d ?"\n' "$i" "$i"; done
	for i in $(seq 30); do printf '[[card]]\ntype = "character"\nname = "P%d"\nimage = "big/huge.png"\nyes = ["q%d"]\n' "$i" $(( i % 6 + 1 )); done
} >huge-board.toml
{
	header shared-picture
	for i in $(seq 2000); do printf '[[card]]\ntype = "open"\nquestion = "Carte %d ?"\nimage = "big/huge.png"\n' "$i"; done
} >shared-picture.toml
# A BOM, then a header the parser reads after it; a list of seven million
# numbers; a progressive JPEG of 2,000 scans (100 KB, each scan going over
# all of its 4096 × 4096 pixels).
{ printf '\xef\xbb\xbf\xef\xbb\xbf['; repeat 'a.' 30000; echo 'b]'; } >bom-header.toml
{ header long-list; printf 'x = ['; repeat '1,' 7000000; echo '1]'; } >long-list.toml
python3 - big/scans.jpg <<'PY'
import struct, sys
side, scans = 4096, 2000
def seg(m, body): return b"\xff" + bytes([m]) + struct.pack(">H", len(body) + 2) + body
def coded(bits):
    bits += "1" * (-len(bits) % 8)
    out = bytearray()
    for i in range(0, len(bits), 8):
        out.append(int(bits[i:i + 8], 2))
        if out[-1] == 0xFF: out.append(0)
    return bytes(out)
blocks = (side // 8) ** 2
o = b"\xff\xd8" + seg(0xDB, b"\x00" + b"\x01" * 64) + seg(0xC2, struct.pack(">BHHB", 8, side, side, 1) + b"\x01\x11\x00")
o += seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00") + seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\xe0")
o += seg(0xDA, b"\x01\x01\x00\x00\x00\x00") + coded("0" * blocks)
runs = coded(("0" + "1" * 14) * -(-blocks // 32767))
o += (seg(0xDA, b"\x01\x01\x00\x01\x3f\x00") + runs) * (scans - 1) + b"\xff\xd9"
open(sys.argv[1], "wb").write(o)
PY
{ header scans; printf '[[card]]\ntype = "open"\nquestion = "Et ça ?"\nimage = "big/scans.jpg"\n'; } >scans.toml
mkdir -p print
{ header emoji; printf '[[card]]\ntype = "open"\nquestion = "Un cookie 🍪 et un 𝕏 ?"\n'; } >print/emoji.toml
{ header names; printf '[[card]]\ntype = "open"\nquestion = "\\u001b[31mrouge\\u0007 \\u202eabc"\n'; } >control.toml

# run NAME CMD…: runs a command under the limits and reports it.
run() {
	local name=$1
	shift
	local out="$work/$name.out"
	/usr/bin/time -f '%e %M' -o "$work/$name.time" timeout "$LIMIT" prlimit --as=$AS -- "$@" >"$out" 2>&1 </dev/null
	local rc=$?
	local secs=? kb=0
	read -r secs kb < <(tail -n1 "$work/$name.time")
	local verdict=ok
	if [ "$rc" = 124 ]; then
		verdict="HUNG (killed after ${LIMIT} s)"
	elif grep -qE '^(panic:|fatal error:|runtime: goroutine stack exceeds)' "$out"; then
		verdict="CRASHED: $(grep -m1 -E '^(panic:|fatal error:|runtime:)' "$out")"
	elif [ "${kb:-0}" -gt "$MEM_KB" ]; then
		verdict="EXHAUSTED (${kb} KB)"
	elif [ ! -s "$out" ]; then
		verdict="SILENT"
	fi
	printf '%-22s %-5s %6s s %7s MB  %s\n' "$name" "rc=$rc" "$secs" "$(( ${kb:-0} / 1024 ))" "$verdict"
	if [ "$verdict" != ok ]; then
		failed=1
		head -c 600 "$out" | sed 's/^/    /'
		echo
	else
		head -c 300 "$out" | head -n 3 | cut -c1-160 | sed 's/^/    /'
	fi
}

echo "declic check, one case at a time:"
for f in *.toml; do
	run "check-${f%.toml}" "$declic" check "$f"
done
run check-folder "$declic" check .
run home-unset env -u HOME -u XDG_CONFIG_HOME -u DECLIC_HOME "$declic" sessions
run list-folder "$declic" list .
run print-emoji "$declic" --decks print print emoji -o "$work/emoji.pdf"

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null && [ -x "$BIN/declic-game" ]; then
	echo
	echo "the game with all of them in its decks folder, and a settings.toml of three million ["
	home="$work/home"
	mkdir -p "$home/decks"
	cp -a "$work/cases/." "$home/decks/"
	{ printf 'language = '; repeat '[' 3000000; } >"$home/settings.toml"
	DECLIC_HOME=$home xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
		prlimit --as='"$AS"' -- "$1" >"$2/game.out" 2>&1 &
		pid=$!
		for _ in $(seq 40); do
			sleep 0.5
			if xdotool search --name "Déclic" >/dev/null 2>&1; then
				echo "window open after $(( SECONDS )) s; memory $(( $(awk "/VmRSS/ {print \$2}" /proc/$pid/status) / 1024 )) MB"
				kill $pid
				exit 0
			fi
			kill -0 $pid 2>/dev/null || { echo "the game ended without a window:"; head -c 600 "$2/game.out"; exit 1; }
		done
		echo "no window after 20 s"
		kill -9 $pid
		exit 1
	' _ "$(realpath "$BIN/declic-game")" "$work" || failed=1
fi

if [ "$failed" = 1 ]; then
	echo "hostile: some inputs still crash, hang or exhaust Déclic"
	exit 1
fi
echo "hostile: every input answered with a message, in bounded time and memory"
