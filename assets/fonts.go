package assets

import "embed"

//go:embed fonts/*.ttf fonts/OFL.txt
var fonts embed.FS

// Font names the embedded fonts: Noto Sans for Latin text, Noto Sans Arabic
// for Arabic, each regular and bold, and Noto Sans Math for the arrows and
// the minus sign of the keys, which Noto Sans lacks (SIL Open Font License,
// fonts/OFL.txt). They are subsets (scripts/subset-fonts.sh): Noto Sans keeps
// Latin, Greek and Cyrillic, Noto Sans Math the arrows and operators.
type Font string

// The embedded fonts.
const (
	Regular       Font = "NotoSans-Regular.ttf"
	Bold          Font = "NotoSans-Bold.ttf"
	ArabicRegular Font = "NotoSansArabic-Regular.ttf"
	ArabicBold    Font = "NotoSansArabic-Bold.ttf"
	Symbols       Font = "NotoSansMath-Regular.ttf"
)

// FontData returns the bytes of an embedded font file, for the front end to
// parse; an error means a broken build.
func FontData(f Font) ([]byte, error) {
	return fonts.ReadFile("fonts/" + string(f))
}
