#!/usr/bin/env bash
# Renders the pictures of the bundled decks from their SVG sources:
# decks/LANG/img/DECK/_src/NAME.svg becomes decks/LANG/img/DECK/NAME.png.
# The sources sit in _src/ beside their pictures so that they are edited
# where they are used, and go:embed leaves folders starting with "_" out:
# neither the programs nor declic.html carry them.
#
# Text is drawn with the fonts installed on the machine (Noto Sans, else
# DejaVu Sans) and ends up in the PNG: the game never needs the fonts.
# Needs: apt-get install librsvg2-bin pngquant optipng fonts-noto-core
# Usage: scripts/deck-pictures.sh [SVG…]   (none: every source)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then
	set -- "$root"/decks/*/img/*/_src/*.svg
fi
for svg in "$@"; do
	dir=$(dirname "$(dirname "$svg")")
	png=$dir/$(basename "$svg" .svg).png
	rsvg-convert --format=png "$svg" -o "$png.tmp"
	# 256 colours are plenty for flat drawings; --skip-if-larger keeps the
	# full-colour file when quantising would not pay.
	pngquant --force --quality=80-98 --speed 1 --strip --skip-if-larger \
		--output "$png" "$png.tmp" || mv "$png.tmp" "$png"
	rm -f "$png.tmp"
	optipng -quiet -o2 -strip all "$png"
	echo "$png: $(stat -c %s "$png") bytes"
done
