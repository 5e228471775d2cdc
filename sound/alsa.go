//go:build !android && !darwin && !js && !windows && !nintendosdk && !playstation5

package sound

// #cgo pkg-config: alsa
// #include <alsa/asoundlib.h>
//
// static void declicQuiet(const char *file, int line, const char *function, int err, const char *fmt, ...) {}
// static void declicQuietALSA(void) { snd_lib_error_set_handler(declicQuiet); }
import "C"

// quietDeviceErrors stops ALSA's library printing its own messages on
// stderr: a machine without a sound card would otherwise show a screenful
// of them at start. New says in one line what went wrong.
func quietDeviceErrors() { C.declicQuietALSA() }
