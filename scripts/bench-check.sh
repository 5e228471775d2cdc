#!/usr/bin/env bash
# bench-check.sh measures `declic check` on the worst valid deck the limits
# allow against `declic check` of a bundled deck, in the same run
# (BENCHMARKS.md, "Checking the worst deck the limits allow"): the wall time,
# the CPU time (user + system: steadier than the wall time on a busy
# machine) and the peak memory (maximum resident set size) of each, from
# /usr/bin/time -v, median of RUNS runs, the two commands alternating.
#
# The worst deck is written by the cards tests (TestWriteWorstDeck, in
# cards/worst_test.go) in a temporary folder: a board of 30 characters and
# 60 questions, every text as long as allowed (9 MB of TOML), pictures of
# 32 megapixels in all (4096 × 4096, 4096 × 3716 and 2048 × 1, 16 bits a
# channel, 60 MB files) and a sound a character, 512 MiB of files in all,
# each picture named by several characters. The bundled deck
# is the French board, read from decks/fr as a user's deck would be (its
# pictures decoded whole).
#
# It builds declic from the working tree in a temporary folder (so that the
# figures are those of the code at hand), and installs nothing.
#
# Usage: scripts/bench-check.sh [RUNS]     RUNS runs of each, 5 by default.
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
bundled=$root/decks/fr/qui-est-ce-numerique.toml
[ -x /usr/bin/time ] || { echo "bench-check: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declic=$tmp/declic
(cd "$root" && go build -o "$declic" ./cmd/declic)
(cd "$root" && go test ./cards -run '^TestWriteWorstDeck$' -count 1 -worstdeck "$tmp/worst" >/dev/null)
worst=$tmp/worst/pire.toml

# One run: prints "wall-seconds cpu-seconds peak-kB".
measure() {
	if ! /usr/bin/time -v -o "$tmp/time" "$declic" check "$1" >"$tmp/out" 2>&1; then
		echo "bench-check: declic check $1 failed:" >&2
		cat "$tmp/out" >&2
		exit 1
	fi
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = p[n] + (n > 1 ? 60 * p[n-1] : 0) }
		/User time \(seconds\)/ || /System time \(seconds\)/ { cpu += $2 }
		/Maximum resident set size/ { kb = $2 }
		END { print s, cpu, kb }' "$tmp/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: >"$tmp/worst.txt"
: >"$tmp/bundled.txt"
for _ in $(seq "$runs"); do
	measure "$bundled" >>"$tmp/bundled.txt"
	measure "$worst" >>"$tmp/worst.txt"
done

echo "declic check, median of $runs runs ($(nproc) cores, $(go version | awk '{ print $3 }'))"
printf '%-50s %10s %10s %14s\n' "deck" "wall time" "CPU time" "peak RSS"
for name in bundled worst; do
	file=$bundled
	[ $name = worst ] && file=$worst
	t=$(awk '{ print $1 }' "$tmp/$name.txt" | median)
	cpu=$(awk '{ print $2 }' "$tmp/$name.txt" | median)
	kb=$(awk '{ print $3 }' "$tmp/$name.txt" | median)
	label="$(basename "$file") (worst, $(du -sh --apparent-size "$(dirname "$file")" | cut -f1) of files)"
	[ $name = bundled ] && label="$(basename "$file") (bundled, 24 pictures)"
	printf '%-50s %9.2fs %9.2fs %10.1f MiB\n' "$label" "$t" "$cpu" "$(awk -v kb="$kb" 'BEGIN { print kb / 1024 }')"
done
