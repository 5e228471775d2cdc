package firstframe

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestReportsOnceAfterTheFirstFrameIsShown(t *testing.T) {
	var out strings.Builder
	r := &Reporter{w: &out, since: func() time.Duration { return 412340 * time.Microsecond }}
	r.Frame()
	assert.Empty(t, out.String(), "nothing drawn yet")
	r.Drew()
	assert.Empty(t, out.String(), "drawn, not yet on the screen")
	r.Frame()
	r.Drew()
	r.Frame()
	assert.Equal(t, "first frame: 412.3 ms after the process started\n", out.String())
}

func TestNilReporterReportsNothing(t *testing.T) {
	t.Setenv(Env, "")
	r := New()
	assert.Nil(t, r)
	r.Drew()
	r.Frame()
}

func TestSinceStartIsAfterTheStartOfTheTest(t *testing.T) {
	// The test binary started before this package was initialised, and
	// less than a minute ago.
	since := SinceStart()
	assert.GreaterOrEqual(t, since, time.Since(initialised)-10*time.Millisecond, "the kernel's start is 10 ms steps")
	assert.Less(t, since, time.Minute)
}
