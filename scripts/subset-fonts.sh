#!/usr/bin/env bash
# Writes the fonts of assets/fonts/ from Debian's fonts-noto-core, cut down to
# what Déclic draws, so that every build (the web one above all: declic.html
# must stay under 8 MB) carries less:
#   - Noto Sans, regular and bold: Latin (with Vietnamese), Greek, Cyrillic,
#     punctuation, currency, letter-like symbols, arrows; the scripts a deck
#     written in a European language may use.
#   - Noto Sans Arabic, regular and bold: every glyph.
#   - Noto Sans Math: only the arrows, operators and shapes used for keys.
# Hinting is dropped: Ebitengine's text renderer draws outlines and never
# runs TrueType instructions. OpenType layout (kerning, ligatures, Arabic
# joining) is kept whole.
#
# Needs pyftsubset (apt-get install fonttools fonts-noto-core). Run it again
# only to change the ranges; its output is committed.
set -euo pipefail
src=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
dst=$(cd "$(dirname "$0")/.." && pwd)/assets/fonts

latin=U+0000-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FB00-FB06,U+FFFD
symbols=U+2190-21FF,U+2200-22FF,U+2300-23FF,U+25A0-25FF,U+27F0-27FF,U+2900-297F

subset() { # font ranges
	pyftsubset "$src/$1" --unicodes="$2" --layout-features='*' --no-hinting \
		--output-file="$dst/$1"
	echo "$1: $(stat -c %s "$src/$1") → $(stat -c %s "$dst/$1") bytes"
}
subset NotoSans-Regular.ttf "$latin"
subset NotoSans-Bold.ttf "$latin"
subset NotoSansArabic-Regular.ttf '*'
subset NotoSansArabic-Bold.ttf '*'
subset NotoSansMath-Regular.ttf "$symbols"
