package draw

// The text sizes of the screens, in units (Metrics.Px turns them into
// pixels): readable from the back of a room on a projector (1 unit is 1
// pixel at 1920 × 1080). SizeMargin is the margin around a screen's content.
const (
	SizeHuge   = 96
	SizeTitle  = 64
	SizeLarge  = 52
	SizeBody   = 42
	SizeSmall  = 32
	SizeTiny   = 26
	SizeMargin = 48
)
