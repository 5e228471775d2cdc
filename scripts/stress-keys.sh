#!/usr/bin/env bash
# stress-keys.sh sends key presses shorter than a frame to the real game
# window while busy loops hold every core, and counts the presses that reach
# the game: none may be lost (issue 10, item 4). `make stress-keys` runs it
# after building bin/declic-game.
#
# Each run starts its own X server with xvfb-run (make deps installs it) and
# needs xdotool. The game is `declic-game play` on a generated verdict deck
# in turns mode, every other card with a timer (the timer ring keeps frames
# drawn), the others still; DECLIC_ACTION_LOG makes it write a line for each
# action it hands to a scene, which this script counts against the presses
# it sent. Every IDLE_EVERY-th press comes after IDLE seconds without input,
# once the game has stopped running frames (ui/app.go, pace).
#
# Usage: scripts/stress-keys.sh          (settings from the environment:)
#   PRESSES=1000   key presses sent
#   HOLD=0.012     seconds between a key's press and its release (xdotool key: 12 ms)
#   GAP=0.04       seconds between a release and the next press
#   IDLE_EVERY=100 every IDLE_EVERY-th press comes after IDLE seconds (0: never)
#   IDLE=3.5
#   BUSY=2         busy loops running meanwhile (default: one per core)
#   GAME=bin/declic-game
# Exit status: 0 when every press arrived, 1 when one was lost, 2 when the
# test could not run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
presses=${PRESSES:-1000}
hold=${HOLD:-0.012}
gap=${GAP:-0.04}
idle_every=${IDLE_EVERY:-100}
idle=${IDLE:-3.5}
busy=${BUSY:-$(nproc)}
game=${GAME:-$root/bin/declic-game}

# The keys sent, in turn, and the action each one is (ui/keymap.go): named
# keys that type nothing (Tab, arrows, Page Up/Down, Return) as well as
# digits and signs, and no key that leaves the card (pause, help, scores,
# fullscreen, undo). On the verdict cards of turns mode a digit answers and
# reveals, Next goes to the next card. "=" comes twice in a row: Ebitengine
# reads the keyboard once a frame, and the typed characters must tell the
# second press (ui.CountPresses). A key that types nothing comes once in
# the cycle: two presses of it within one frame count once (ui.Keymap),
# and a frame lasts up to half a second here. Space, → and ← have actions
# of their own (Select, Right, Left), which scenes that do not tell them
# apart read as next and back.
keys=(1 Tab equal equal Up Left KP_Add Down minus Right Prior 2 KP_Subtract space Next Return)
declare -A action=(
	[1]=Answer1 [2]=Answer2 [Tab]=FocusNext [equal]=PointPlus [KP_Add]=PointPlus
	[minus]=PointMinus [KP_Subtract]=PointMinus [Up]=Up [Down]=Down [Left]=Left
	[Prior]=Back [Right]=Right [space]=Select [Next]=Next [Return]=Confirm
)

# One run, on the X server xvfb-run started: the script calls itself with --run.
if [ "${1:-}" = --run ]; then
	log=$STRESS_TMP/game.err
	DECLIC_ACTION_LOG=1 "$game" play stress --teams "A,B,C" --mode turns --in-order --windowed --sound off 2>"$log" &
	pid=$!
	loops=()
	stop() {
		for l in "${loops[@]}"; do kill "$l" 2>/dev/null || true; done
		kill "$pid" 2>/dev/null || true
		wait 2>/dev/null || true
	}
	trap stop EXIT

	win=
	for _ in $(seq 300); do # 30 s
		win=$(xdotool search --pid "$pid" 2>/dev/null | head -1) && [ -n "$win" ] && break
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "stress-keys: the game stopped before its window opened:" >&2
			cat "$log" >&2
			exit 2
		fi
		sleep 0.1
	done
	if [ -z "$win" ]; then
		echo "stress-keys: no game window after 30 s" >&2
		exit 2
	fi
	eval "$(xdotool getwindowgeometry --shell "$win")"
	# No window manager: the keyboard goes to the window under the pointer.
	xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
	sleep 2

	for _ in $(seq "$busy"); do
		(while :; do :; done) &
		loops+=($!)
	done

	# One xdotool command for every press, so that starting a process
	# does not space them out.
	chain=()
	declare -A want=()
	for i in $(seq 0 $((presses - 1))); do
		k=${keys[i % ${#keys[@]}]}
		if [ "$idle_every" -gt 0 ] && [ $((i % idle_every)) -eq $((idle_every - 1)) ]; then
			chain+=(sleep "$idle")
		fi
		chain+=(keydown "$k" sleep "$hold" keyup "$k" sleep "$gap")
		want[${action[$k]}]=$((${want[${action[$k]}]:-0} + 1))
	done
	start=$(date +%s.%N)
	xdotool "${chain[@]}"
	sleep 1
	took=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "stress-keys: the game stopped during the test:" >&2
		cat "$log" >&2
		exit 2
	fi

	lost=0 extra=0
	report=
	for a in $(printf '%s\n' "${!want[@]}" | sort); do
		got=$(grep -c "^action: $a\$" "$log" || true)
		d=$((${want[$a]} - got))
		if [ "$d" -gt 0 ]; then lost=$((lost + d)); else extra=$((extra - d)); fi
		report+=" $a $got/${want[$a]}"
	done
	others=$(grep '^action: ' "$log" | grep -cvE "^action: ($(printf '%s|' "${!want[@]}" | sed 's/|$//'))\$" || true)
	echo "stress-keys: $lost lost of $presses presses ($extra extra, $others other actions), held ${hold}s, ${gap}s apart, every ${idle_every}th after ${idle}s idle, $busy busy loops, ${took}s:$report"
	[ "$lost" -eq 0 ] && [ "$extra" -eq 0 ] && [ "$others" -eq 0 ]
	exit $?
fi

for tool in xvfb-run xdotool; do
	if ! command -v "$tool" >/dev/null; then
		echo "stress-keys: $tool is missing (make deps installs xvfb-run; apt-get install xdotool)" >&2
		exit 2
	fi
done
if [ ! -x "$game" ]; then
	echo "stress-keys: $game is missing: run make stress-keys, which builds it" >&2
	exit 2
fi

STRESS_TMP=$(mktemp -d)
trap 'rm -rf "$STRESS_TMP"' EXIT
export STRESS_TMP
export DECLIC_HOME=$STRESS_TMP/home
export root game presses hold gap idle_every idle busy

# A verdict deck long enough for every press: every other card has a timer.
mkdir -p "$DECLIC_HOME/decks"
{
	printf 'format = 1\n\n[deck]\nid = "stress"\ntitle = "Stress"\nlanguage = "fr"\n\n[defaults]\nseconds = 30\n'
	for i in $(seq "$presses"); do
		[ $((i % 2)) -eq 0 ] && s=0 || s=30
		printf '\n[[card]]\ntype = "verdict"\nclaim = "Affirmation %d."\nanswer = "vrai"\nexplanation = "Explication %d."\nseconds = %d\n' "$i" "$i" "$s"
	done
} >"$DECLIC_HOME/decks/stress.toml"

xvfb-run -a -s "-screen 0 1366x768x24" "$0" --run
