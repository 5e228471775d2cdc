// Package sound plays Déclic's cues — a right answer, a wrong one, a buzz,
// the last seconds of the timer, the fanfare of the end — synthesized at
// start and played with Oto. Sound is optional: without a device the game
// plays silently, and a device that fails later never stops it.
package sound

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/ebitengine/oto/v3"
)

// logLine writes one line to log, if any: "declic: " and the message.
func logLine(log io.Writer, format string, args ...any) {
	if log != nil {
		fmt.Fprintf(log, "declic: "+format+"\n", args...)
	}
}

// Cue names a short sound: a right answer, a wrong one, a buzz, the last
// seconds of the timer, the fanfare of the end.
type Cue int

// The cues.
const (
	Right Cue = iota
	Wrong
	Buzz
	Tick
	Fanfare
	cueCount
)

// Player plays the cues. A nil *Player plays nothing: sound is optional, and
// a machine without a sound device plays silently.
type Player struct {
	play  func(Cue)
	muted bool
}

// Play plays a cue, or nothing when muted.
func (s *Player) Play(c Cue) {
	if s == nil || s.play == nil || s.muted {
		return
	}
	s.play(c)
}

// SetMuted turns the cues off or back on. The device stays open: a process
// opens one sound device at most, so turning sound off must not close it.
func (s *Player) SetMuted(muted bool) {
	if s != nil {
		s.muted = muted
	}
}

// Recorder returns a player that hands every cue to f instead of a device:
// tests hear the game with it.
func Recorder(f func(Cue)) *Player { return &Player{play: f} }

// soundRate is the rate of the cues and of the device, in samples a second.
const soundRate = 44100

// deviceWait is how long New waits for the device to open before the
// game starts. Opening takes milliseconds where a device answers; past this,
// the device is checked again before each cue. A browser opens it only after
// the person's first tap or key (its autoplay rule), so there New does
// not wait: waiting cost every start 1.5 s in the browser.
func deviceWait() time.Duration {
	if runtime.GOOS == "js" {
		return 0
	}
	return 1500 * time.Millisecond
}

// New opens the sound device and synthesizes the cues. It returns nil,
// after one line on log, when no device can be opened: the game then
// plays silently. It never stops the game, now or later.
//
// It drives the device with Oto, the library under Ebitengine's audio
// package, and not with that package: an audio.Context hands every device
// error (no device at start, a speaker unplugged during the workshop) to the
// game loop, which then ends the game (RunGame returns the error), and a
// process may open only one device context, so it cannot be tried first. With
// Oto the device's errors come back to the Player alone. Nothing else in Déclic
// may make an audio.Context: it would find the device taken and end the game.
func New(log io.Writer) *Player {
	quietDeviceErrors()
	ctx, ready, err := oto.NewContext(&oto.NewContextOptions{
		SampleRate:   soundRate,
		ChannelCount: 2,
		Format:       oto.FormatFloat32LE,
	})
	if err != nil {
		logLine(log, "no sound: %v", err)
		return nil
	}
	select {
	case <-ready:
		if err := ctx.Err(); err != nil {
			logLine(log, "no sound: %v", err)
			return nil
		}
	case <-time.After(deviceWait()):
		// Still opening: each cue checks the device first.
	}
	d := &soundDevice{ctx: ctx, cues: synthesize(), log: log}
	return &Player{play: d.play}
}

// soundDevice plays the cues on an Oto context.
type soundDevice struct {
	ctx  *oto.Context
	cues [cueCount][]byte
	log  io.Writer // where a device that stops is said; nil says nothing

	mu      sync.Mutex
	playing []*oto.Player // kept until they end: a player collected mid-cue falls silent
	failed  bool
}

func (d *soundDevice) play(c Cue) {
	if c < 0 || c >= cueCount {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.failed {
		return
	}
	if err := d.ctx.Err(); err != nil {
		d.failed = true
		logLine(d.log, "sound stopped: %v", err)
		return
	}
	kept := d.playing[:0]
	for _, p := range d.playing {
		if p.IsPlaying() {
			kept = append(kept, p)
		}
	}
	d.playing = kept
	p := d.ctx.NewPlayer(bytes.NewReader(d.cues[c]))
	p.Play()
	d.playing = append(d.playing, p)
}

// cueNote is a tone of a cue: a frequency in hertz from a start time, for a
// duration, at a level from 0 to 1, with a sine or triangle wave.
type cueNote struct {
	hz, at, dur, level float64
	triangle           bool
}

// cueNotes are the cues as notes: right, two rising notes; wrong, a low
// buzz; buzz, a bright beep; tick, a short click; fanfare, an arpeggio.
var cueNotes = [cueCount][]cueNote{
	Right: {{hz: 659.25, dur: 0.13, level: 0.35}, {hz: 987.77, at: 0.11, dur: 0.3, level: 0.35}},
	Wrong: {
		{hz: 110, dur: 0.42, level: 0.4, triangle: true},
		{hz: 116.5, dur: 0.42, level: 0.3, triangle: true}, // a semitone off: the buzz beats
	},
	Buzz: {{hz: 1318.5, dur: 0.2, level: 0.3}, {hz: 2637, dur: 0.2, level: 0.08}},
	Tick: {{hz: 1800, dur: 0.035, level: 0.3}},
	Fanfare: {
		{hz: 523.25, dur: 0.16, level: 0.28, triangle: true},
		{hz: 659.25, at: 0.13, dur: 0.16, level: 0.28, triangle: true},
		{hz: 783.99, at: 0.26, dur: 0.16, level: 0.28, triangle: true},
		{hz: 1046.5, at: 0.39, dur: 0.6, level: 0.3, triangle: true},
		{hz: 659.25, at: 0.39, dur: 0.6, level: 0.15},
		{hz: 783.99, at: 0.39, dur: 0.6, level: 0.15},
	},
}

// synthesize renders every cue as 32-bit float stereo PCM.
func synthesize() [cueCount][]byte {
	var out [cueCount][]byte
	for c, notes := range cueNotes {
		out[c] = encodePCM(renderNotes(notes))
	}
	return out
}

// renderNotes mixes notes into mono samples. Each note rises in 5 ms and decays
// exponentially, then fades to silence over its last 15 ms, so that no cue
// starts or ends with a click.
func renderNotes(notes []cueNote) []float64 {
	end := 0.0
	for _, n := range notes {
		end = math.Max(end, n.at+n.dur)
	}
	out := make([]float64, int(end*soundRate)+1)
	const attack, fade = 0.005, 0.015
	for _, n := range notes {
		start := int(n.at * soundRate)
		count := int(n.dur * soundRate)
		for i := 0; i < count && start+i < len(out); i++ {
			t := float64(i) / soundRate
			env := math.Exp(-3 * t / n.dur)
			if t < attack {
				env *= t / attack
			}
			if left := n.dur - t; left < fade {
				env *= left / fade
			}
			phase := math.Mod(n.hz*t, 1)
			wave := math.Sin(2 * math.Pi * phase)
			if n.triangle {
				wave = 1 - 4*math.Abs(phase-0.5)
			}
			out[start+i] += n.level * env * wave
		}
	}
	return out
}

// encodePCM encodes mono samples as 32-bit float little-endian stereo.
func encodePCM(samples []float64) []byte {
	b := make([]byte, 0, len(samples)*8)
	for _, s := range samples {
		bits := math.Float32bits(float32(s))
		b = binary.LittleEndian.AppendUint32(b, bits)
		b = binary.LittleEndian.AppendUint32(b, bits)
	}
	return b
}
