package firstframe

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"time"

	"golang.org/x/sys/unix"
)

// userHZ is the unit of the times in /proc/PID/stat: USER_HZ, 100 a second
// on every architecture Go runs Linux on.
const userHZ = 100

// SinceStart returns how long ago the process started: from the start time
// the kernel records at exec (/proc/self/stat, 10 ms steps, since boot) and
// the boot clock, so that loading the program and its shared libraries
// count. If /proc cannot be read, it returns the time since this package was
// initialised, which misses them.
func SinceStart() time.Duration {
	start, err := startedAfterBoot()
	var ts unix.Timespec
	if err != nil || unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts) != nil {
		return time.Since(initialised)
	}
	return time.Duration(ts.Nano()) - start
}

// startedAfterBoot reads the process's start time from /proc/self/stat.
func startedAfterBoot() (time.Duration, error) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, err
	}
	// The command name, field 2, is in parentheses and may hold spaces:
	// the fields are counted after its closing one. starttime is field 22.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/self/stat: no command name")
	}
	fields := bytes.Fields(stat[i+1:])
	const starttime = 22 - 3 // fields 1 and 2 are before, and we count from 0
	if len(fields) <= starttime {
		return 0, fmt.Errorf("/proc/self/stat: %d fields", len(fields)+2)
	}
	ticks, err := strconv.ParseInt(string(fields[starttime]), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("/proc/self/stat: starttime: %w", err)
	}
	return time.Duration(ticks) * time.Second / userHZ, nil
}
