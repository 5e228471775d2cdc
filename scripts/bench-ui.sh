#!/usr/bin/env bash
# bench-ui.sh measures the game on screen against Ebitengine's hello world
# (BENCHMARKS.md, "The game on screen"): the time to the first frame, the CPU
# a static screen costs over 10 s, and the peak memory, at a static card and
# after a few cards played. `make bench` runs it after building
# bin/declic-game and bin/bench-hello (scripts/hello).
#
# It installs nothing. Each run starts its own X server with xvfb-run (make
# deps installs it), so the figures are those of Mesa's software rendering,
# whatever screen the machine has. The cards are played with xdotool; without
# it, that figure is left out.
#
# Usage: scripts/bench-ui.sh [RUNS]     RUNS runs of each program, 5 by default.
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
game=$root/bin/declic-game
hello=$root/bin/bench-hello
screen="-screen 0 1920x1080x24"
cpu_seconds=10

# One run of one program, on the X server xvfb-run started: the script calls
# itself with --run. It prints one line:
#   name first-frame-ms cpu-% peak-rss-kB peak-rss-after-cards-kB cards-played
if [ "${1:-}" = --run ]; then
	name=$2
	shift 2
	err=$BENCH_TMP/$name.err
	rm -rf "$DECLIC_HOME/sessions"
	DECLIC_FIRST_FRAME=1 "$@" 2>"$err" &
	pid=$!
	stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
	trap stop EXIT

	# The program says when its first frame is on the screen (package
	# firstframe): the time since the process started.
	first=
	for _ in $(seq 1500); do # 30 s
		first=$(sed -n 's/^first frame: \([0-9.]*\) ms.*/\1/p' "$err")
		[ -n "$first" ] && break
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$name stopped before its first frame:" >&2
			cat "$err" >&2
			exit 1
		fi
		sleep 0.02
	done
	if [ -z "$first" ]; then
		echo "$name: no first frame after 30 s" >&2
		exit 1
	fi

	# A card opens with a short animation (0.9 s); two seconds after it the
	# game stops running frames until the next input (ui/app.go): the screen
	# is still from then on.
	sleep 5
	ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; } # utime + stime
	hwm() { awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status"; }
	before=$(ticks)
	sleep "$cpu_seconds"
	after=$(ticks)
	cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v s="$cpu_seconds" 'BEGIN { printf "%.1f", 100 * t / hz / s }')
	rss=$(hwm)

	# Four cards played with the keys, as a facilitator would: each key held
	# 0.1 s, 0.6 s apart (see BENCHMARKS.md on keys pressed faster).
	played=- cards=-
	if [ "$name" = game ] && command -v xdotool >/dev/null; then
		win=$(xdotool search --pid "$pid" | head -1)
		eval "$(xdotool getwindowgeometry --shell "$win")"
		# No window manager: the keyboard goes to the window under the pointer.
		xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
		sleep 0.5
		for key in 2 1 space 2 2 space 3 space 2 4 Return space; do
			xdotool keydown "$key"
			sleep 0.1
			xdotool keyup "$key"
			sleep 0.6
		done
		sleep 1
		played=$(hwm)
		cards=$(cat "$DECLIC_HOME"/sessions/*.json | grep -c '"kind": "next"' || true)
	fi
	echo "$name $first $cpu $rss $played $cards"
	exit 0
fi

for f in "$game" "$hello"; do
	if [ ! -x "$f" ]; then
		echo "bench-ui: $f is missing: run make bench, which builds it" >&2
		exit 1
	fi
done
if ! command -v xvfb-run >/dev/null; then
	echo "bench-ui: xvfb-run is missing: make deps installs it" >&2
	exit 1
fi

BENCH_TMP=$(mktemp -d)
trap 'rm -rf "$BENCH_TMP"' EXIT
export BENCH_TMP
export DECLIC_HOME=$BENCH_TMP/home

# The discovery deck without its timer, so that the card on screen is still:
# the same cards, every seconds = 0.
mkdir -p "$DECLIC_HOME/decks"
sed -e 's/^id = "decouverte"/id = "decouverte-fixe"/' -e 's/^seconds = [0-9]*/seconds = 0/' \
	"$root/decks/fr/decouverte.toml" >"$DECLIC_HOME/decks/decouverte-fixe.toml"
if ! out=$("$root/bin/declic" check "$DECLIC_HOME/decks/decouverte-fixe.toml" 2>&1); then
	echo "bench-ui: the deck without timer is invalid: $out" >&2
	exit 1
fi

play=(play decouverte-fixe --teams "A,B" --in-order --seed 1 --windowed --sound off)
mesa=$(dpkg-query -W -f='${Version}' libgl1-mesa-dri 2>/dev/null || echo "?")
echo "The game on screen: Xvfb ${screen#-screen 0 }, Mesa $mesa (software rendering), $(nproc) cores, $runs runs of each"
echo "game:         bin/declic-game ${play[*]}   (the first card, no timer)"
echo "hello:        bin/bench-hello              (Ebitengine's hello world, drawing every frame)"
echo "hello-static: bin/bench-hello -static      (drawn once, the screen kept: the game's frame policy)"
echo
printf '%-13s %16s %10s %17s %19s %6s\n' run "first frame (ms)" "CPU (%)" "peak RSS (MB)" "after cards (MB)" cards
results=$BENCH_TMP/results
: >"$results"
for i in $(seq "$runs"); do
	for prog in game hello hello-static; do
		case $prog in
		game) cmd=("$game" "${play[@]}") ;;
		hello) cmd=("$hello") ;;
		hello-static) cmd=("$hello" -static) ;;
		esac
		line=$(xvfb-run -a -s "$screen" "$0" --run "$prog" "${cmd[@]}")
		echo "$line" >>"$results"
		echo "$line" | awk -v i="$i" '{
			printf "%-13s %16s %10s %17.1f %19s %6s\n", $1 " " i, $2, $3, $4 / 1024, ($5 == "-" ? "-" : sprintf("%.1f", $5 / 1024)), $6
		}'
	done
done

# Medians of each column, by program, and the game against the hello world.
echo
awk '
function median(list,    n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{ first[$1] = first[$1] " " $2; cpu[$1] = cpu[$1] " " $3; rss[$1] = rss[$1] " " $4; if ($5 != "-") played[$1] = played[$1] " " $5 }
END {
	printf "%-13s %16s %10s %17s %19s\n", "median", "first frame (ms)", "CPU (%)", "peak RSS (MB)", "after cards (MB)"
	split("game hello hello-static", progs, " ")
	for (k = 1; k <= 3; k++) {
		p = progs[k]
		f[p] = median(first[p]); c[p] = median(cpu[p]); r[p] = median(rss[p]) / 1024
		a = (p in played) ? sprintf("%.1f", median(played[p]) / 1024) : "-"
		printf "%-13s %16.1f %10.1f %17.1f %19s\n", p, f[p], c[p], r[p], a
	}
	printf "%-13s %15.2f× %9.2f× %16.2f×\n", "game / hello", f["game"] / f["hello"], c["game"] / c["hello"], r["game"] / r["hello"]
	printf "%-13s %16s %9.2f×\n", "game / static", "", c["game"] / c["hello-static"]
}' "$results"
