package assets

import _ "embed"

// Icon is Déclic's icon, a 256 × 256 PNG (drawn by scripts/icon): the
// window's icon and the web page's.
//
//go:embed icon.png
var Icon []byte
