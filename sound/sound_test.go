package sound

import (
	"encoding/binary"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCuesAreShortAndQuietAtTheirEnds(t *testing.T) {
	cues := synthesize()
	longest := map[Cue]time.Duration{Right: 500 * time.Millisecond, Wrong: 600 * time.Millisecond,
		Buzz: 300 * time.Millisecond, Tick: 60 * time.Millisecond, Fanfare: 1200 * time.Millisecond}
	for c := Cue(0); c < cueCount; c++ {
		b := cues[c]
		require.NotEmpty(t, b, "cue %d", c)
		require.Zero(t, len(b)%8, "cue %d: whole stereo float32 frames", c)
		frames := len(b) / 8
		assert.LessOrEqual(t, time.Duration(frames)*time.Second/soundRate, longest[c], "cue %d", c)
		sample := func(i int) float64 {
			return float64(math.Float32frombits(binary.LittleEndian.Uint32(b[i*8:])))
		}
		peak := 0.0
		for i := range frames {
			peak = math.Max(peak, math.Abs(sample(i)))
		}
		assert.Greater(t, peak, 0.1, "cue %d is audible", c)
		assert.LessOrEqual(t, peak, 0.9, "cue %d does not clip", c)
		assert.Less(t, math.Abs(sample(0)), 0.01, "cue %d starts without a click", c)
		assert.Less(t, math.Abs(sample(frames-1)), 0.01, "cue %d ends without a click", c)
	}
	var none *Player
	none.Play(Fanfare) // a machine without sound plays nothing, and does not panic
}
