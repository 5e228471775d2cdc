//go:build !linux

package firstframe

import "time"

// SinceStart returns the time since this package was initialised: the
// nearest to the start of the process that is known without /proc.
func SinceStart() time.Duration { return time.Since(initialised) }
