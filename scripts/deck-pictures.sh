#!/usr/bin/env bash
# Renders the pictures of the bundled decks from their SVG sources:
# decks/LANG/img/DECK/_src/NAME.svg becomes decks/LANG/img/DECK/NAME.png.
# The sources sit in _src/ beside their pictures so that they are edited
# where they are used, and go:embed leaves folders starting with "_" out:
# neither the programs nor declic.html carry them.
#
# Text is drawn with the fonts installed on the machine (Noto Sans, else
# DejaVu Sans) and ends up in the PNG: the game never needs the fonts.
# A picture's size comes from its SVG's width and height (see below).
# Needs: apt-get install librsvg2-bin pngquant zopfli fonts-noto-core
# Usage: scripts/deck-pictures.sh [SVG…]   (none: every source)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then
	set -- "$root"/decks/*/img/*/_src/*.svg
fi
for svg in "$@"; do
	dir=$(dirname "$(dirname "$svg")")
	png=$dir/$(basename "$svg" .svg).png
	# The shorter side becomes 600 px: sharp at 40 % of a 1080p projector's
	# height and still readable full screen, and light enough for the
	# one-file browser build (declic.html stays under 8 MB with them all).
	read -r w h < <(sed -n 's/.*<svg[^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1 \2/p' "$svg" | head -1)
	if [ "$w" -le "$h" ]; then
		h=$(( (h * 600 + w / 2) / w )) w=600
	else
		w=$(( (w * 600 + h / 2) / h )) h=600
	fi
	rsvg-convert --format=png -w "$w" -h "$h" "$svg" -o "$png.tmp"
	# 16 colours are enough for flat drawings and their anti-aliased text
	# (no dithering, and no gradients in the drawings: flat colours pack
	# best); zopflipng then packs them.
	pngquant 16 --nofs --force --speed 1 --strip --output "$png" "$png.tmp"
	rm -f "$png.tmp"
	zopflipng -y -m "$png" "$png" >/dev/null
	echo "$png: ${w}x${h}, $(stat -c %s "$png") bytes"
done
